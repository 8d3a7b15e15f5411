#include "app/bridge/GenerationController.h"

#include "ui/lm/PlaygroundPanel.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace ts {

namespace {

constexpr int kGenerationThreads = 1;  // training may be paused, not gone: leave it the other cores

/// The source and the modification times of the checkpoints it may load: a new checkpoint means a new model.
QString sourceKey(const QString& source) {
    QString key = source;
    const QFileInfo info(source);
    const QStringList files = info.isDir() ? QStringList{QDir(source).filePath(QStringLiteral("checkpoint-last.pt")),
                                                         QDir(source).filePath(QStringLiteral("checkpoint-best.pt"))}
                                           : QStringList{source};
    for (const QString& file : files)
        key += QLatin1Char('|') + QString::number(QFileInfo(file).lastModified().toMSecsSinceEpoch());
    return key;
}

}  // namespace

TextGenerator& GenerationWorker::generatorFor(const QString& source) {
    const QString key = sourceKey(source);
    if (!m_generator || key != m_loadedKey) {
        m_generator.reset();
        m_loadedKey.clear();
        m_generator = TextGenerator::load(source.toStdString(), kGenerationThreads);
        m_loadedKey = key;
    }
    return *m_generator;
}

void GenerationWorker::generate(const GenerationRequest& request) {
    try {
        TextGenerator& generator = generatorFor(request.source);
        Q_EMIT started(QString::fromStdString(generator.description()));
        QElapsedTimer timer;
        timer.start();
        int count = 0;
        generator.generate(request.prompt.toStdString(), request.settings, [this, &count](const StreamedToken& t) {
            ++count;
            Q_EMIT token(t);
            return !m_stop.load();
        });
        Q_EMIT finished(count, double(timer.nsecsElapsed()) * 1e-9, m_stop.load());
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    }
}

GenerationController::GenerationController(QObject* parent) : QObject(parent) {
    registerMetaTypes();
    qRegisterMetaType<ts::GenerationRequest>();
    qRegisterMetaType<ts::StreamedToken>();
    m_worker = new GenerationWorker;  // deleted on its own thread when the thread ends
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &GenerationController::generateRequested, m_worker, &GenerationWorker::generate);
    m_thread.setObjectName(QStringLiteral("TrainScope generation"));
    m_thread.start();
}

GenerationController::~GenerationController() { shutdown(); }

void GenerationController::shutdown() {
    if (!m_thread.isRunning()) return;
    m_worker->requestStop();
    m_thread.quit();
    m_thread.wait();
}

void GenerationController::attach(PlaygroundPanel* panel) {
    m_panel = panel;
    connect(panel, &PlaygroundPanel::generateRequested, this, [this](const GenerationRequest& request) {
        m_worker->clearStop();
        Q_EMIT generateRequested(request);
    });
    connect(panel, &PlaygroundPanel::stopRequested, this, [this] { m_worker->requestStop(); });
    connect(m_worker, &GenerationWorker::started, panel, &PlaygroundPanel::generationStarted);
    connect(m_worker, &GenerationWorker::token, panel, &PlaygroundPanel::appendToken);
    connect(m_worker, &GenerationWorker::failed, panel, &PlaygroundPanel::generationFailed);
    connect(m_worker, &GenerationWorker::finished, panel, [panel](int tokens, double seconds, bool stopped) {
        const QString rate = seconds > 0.0 ? PlaygroundPanel::tr(" (%1 tokens/s)").arg(tokens / seconds, 0, 'f', 0)
                                           : QString();
        panel->generationFinished(stopped ? PlaygroundPanel::tr("Stopped after %n token(s)", nullptr, tokens) + rate
                                          : PlaygroundPanel::tr("%n token(s) in %1 s", nullptr, tokens)
                                                    .arg(seconds, 0, 'f', 2) + rate);
    });
}

}  // namespace ts
