// The Generate panel: continue a prompt with a trained language model and watch the tokens stream in.
#pragma once

#include "ui/lm/GenerationRequest.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace ts {

class TokenStreamView;

/// The playground ("playgroundPanel"): model source (the current run's latest checkpoint or a chosen run folder or
/// checkpoint), prompt, temperature, top-k, maximum tokens and seed, Generate/Stop (Ctrl+Return), and the streamed
/// continuation. It asks by signal (generateRequested) and a controller feeds it tokens; it never loads a model.
class PlaygroundPanel : public QWidget {
    Q_OBJECT
public:
    /// Builds the panel with no model chosen.
    explicit PlaygroundPanel(QWidget* parent = nullptr);

    /// The model source generateRequested would name ("" = none).
    QString source() const { return m_source; }
    /// Uses `path` (a run folder or a .pt checkpoint) as the model.
    void setSource(const QString& path);
    /// The current run's folder ("" = none): "Current run" uses its latest checkpoint.
    void setCurrentRun(const QString& runDir);
    /// Whether the current run is training (its checkpoint is then not offered until a pause or the end).
    void setTrainingRunning(bool running);
    /// Puts the keyboard focus in the prompt box.
    void focusPrompt();
    /// True between generationStarted-ish request and generationFinished/Failed.
    bool isGenerating() const { return m_generating; }
    /// The output view.
    TokenStreamView* output() const { return m_output; }

public Q_SLOTS:
    /// Asks for a generation with the panel's settings (what Generate and Ctrl+Return do).
    void requestGeneration();
    /// The model is loaded: `description` says which ("gpt-tiny, ..., step 2000").
    void generationStarted(const QString& description);
    /// A new token of the continuation.
    void appendToken(const ts::StreamedToken& token);
    /// The generation ended (finished or stopped); `note` says how it went.
    void generationFinished(const QString& note);
    /// The generation failed: `message` says why.
    void generationFailed(const QString& message);

Q_SIGNALS:
    /// Generate this (the controller answers with generationStarted, appendToken..., generationFinished/Failed).
    void generateRequested(const ts::GenerationRequest& request);
    /// Stop the generation in progress.
    void stopRequested();

protected:
    /// Ctrl+Return (or Ctrl+Enter) in the prompt box generates, before the window's Train shortcut sees it.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildSourceRow();
    QWidget* buildSettingsRow();
    QWidget* buildButtonsRow();
    void chooseCheckpoint();
    void chooseRunFolder();
    void useCurrentRun();
    void updateButtons();
    void setStatus(const QString& text);

    QLabel* m_sourceLabel = nullptr;
    QToolButton* m_currentRunButton = nullptr;
    QPlainTextEdit* m_promptEdit = nullptr;
    QDoubleSpinBox* m_temperatureSpin = nullptr;
    QSpinBox* m_topKSpin = nullptr;
    QSpinBox* m_maxTokensSpin = nullptr;
    QSpinBox* m_seedSpin = nullptr;
    QPushButton* m_generateButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QCheckBox* m_colorCheck = nullptr;
    QLabel* m_statusLabel = nullptr;
    TokenStreamView* m_output = nullptr;
    QString m_source;
    QString m_currentRun;
    bool m_sourceIsCurrentRun = false;
    bool m_trainingRunning = false;
    bool m_generating = false;
};

}  // namespace ts
