// The playground's Qt bridge: a worker that loads a language model and streams a continuation on its own thread,
// and the controller that wires the Generate panel to it.
#pragma once

#include "app/bridge/MetaTypes.h"
#include "core/lm/TextGenerator.h"
#include "ui/lm/GenerationRequest.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace ts {

class PlaygroundPanel;

/// Lives on the generation thread: keeps the last model loaded (reloaded when its checkpoint changes) and streams
/// each token as a queued signal. Stop is thread-safe.
class GenerationWorker : public QObject {
    Q_OBJECT
public:
    /// Asks the running generation to stop after its current token. Thread-safe.
    void requestStop() { m_stop.store(true); }
    /// Clears a stop left from an earlier generation; called on the GUI thread before a request is queued.
    void clearStop() { m_stop.store(false); }

public Q_SLOTS:
    /// Loads the model when needed and generates; emits started, token..., then finished or failed.
    void generate(const ts::GenerationRequest& request);

Q_SIGNALS:
    /// The model is loaded: "gpt-tiny, 0.80 M parameters, ..., step 2000 (checkpoint-last.pt)".
    void started(const QString& description);
    /// One token of the continuation.
    void token(const ts::StreamedToken& token);
    /// The generation ended after `tokens` tokens in `seconds` (`stopped`: by the user).
    void finished(int tokens, double seconds, bool stopped);
    /// Loading or generating failed.
    void failed(const QString& message);

private:
    /// The generator for `source`, loaded again when the source or its checkpoint files changed.
    TextGenerator& generatorFor(const QString& source);

    std::unique_ptr<TextGenerator> m_generator;
    QString m_loadedKey;  // source and the modification times of its checkpoints
    std::atomic<bool> m_stop{false};
};

/// Owns the generation thread and connects a PlaygroundPanel to its worker; the GUI never waits for it.
class GenerationController : public QObject {
    Q_OBJECT
public:
    explicit GenerationController(QObject* parent = nullptr);
    /// Stops any generation and joins the thread.
    ~GenerationController() override;

    /// Wires `panel`'s requests to the worker and the worker's tokens back to the panel.
    void attach(PlaygroundPanel* panel);
    /// The worker (on the generation thread; only requestStop/clearStop may be called directly).
    GenerationWorker* worker() const { return m_worker; }
    /// Stops and joins. Safe to call twice.
    void shutdown();

Q_SIGNALS:
    /// Relayed to the worker thread (queued).
    void generateRequested(const ts::GenerationRequest& request);

private:
    QThread m_thread;
    GenerationWorker* m_worker = nullptr;
    QPointer<PlaygroundPanel> m_panel;
};

}  // namespace ts
