// Starts trainscope-cli sweeps for the Experiments window as detached processes, so that a sweep goes on when the
// window (or the app) closes; their output goes to files in the sweep folder, and their end is noticed by polling.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

namespace ts {

/// Runs one trainscope-cli at a time, detached, and says when it ended and what it wrote on stderr.
class SweepLauncher : public QObject {
    Q_OBJECT
public:
    /// How often the running process is looked for.
    static constexpr int kPollMs = 1000;
    /// The CLI's standard output and error, appended to in the sweep folder.
    static constexpr const char* kOutputLog = "cli-output.log";
    static constexpr const char* kErrorLog = "cli-errors.log";

    explicit SweepLauncher(QObject* parent = nullptr);

    /// trainscope-cli in the app's folder, where the build and the installation put it.
    static QString defaultProgram();
    /// The program started (defaultProgram() unless set).
    void setProgram(const QString& program) { m_program = program; }
    QString program() const { return m_program; }

    /// Starts `program arguments` for `sweepDir` (created); false with `error` set when it cannot start.
    bool start(const QStringList& arguments, const QString& sweepDir, QString* error);
    /// True while the started process lives.
    bool isRunning() const { return m_pid > 0; }
    /// Asks the running sweep to stop (SIGTERM: the current trial stays pending and --resume continues it).
    void stop();

Q_SIGNALS:
    /// The process ended; `errors` is what it wrote on stderr meanwhile ("" when nothing).
    void finished(const QString& sweepDir, const QString& errors);

private:
    void poll();

    QString m_program;
    QString m_dir;
    qint64 m_pid = 0;
    qint64 m_errorOffset = 0;  // size of the error log when the process started
    QTimer* m_timer = nullptr;
};

}  // namespace ts
