#include "ui/experiments/SweepLauncher.h"

#include "ui/experiments/SweepSnapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

#include <csignal>

namespace ts {

SweepLauncher::SweepLauncher(QObject* parent) : QObject(parent), m_program(defaultProgram()) {
    m_timer = new QTimer(this);
    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, &SweepLauncher::poll);
}

QString SweepLauncher::defaultProgram() {
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("trainscope-cli"));
}

bool SweepLauncher::start(const QStringList& arguments, const QString& sweepDir, QString* error) {
    if (isRunning()) {
        *error = tr("Another sweep is running");
        return false;
    }
    if (!QFileInfo(m_program).isExecutable()) {
        *error = tr("%1 was not found or cannot run").arg(QDir::toNativeSeparators(m_program));
        return false;
    }
    if (!QDir().mkpath(sweepDir)) {
        *error = tr("Cannot create %1").arg(QDir::toNativeSeparators(sweepDir));
        return false;
    }
    const QDir dir(sweepDir);
    const QString errorLog = dir.filePath(QString::fromLatin1(kErrorLog));
    m_errorOffset = QFileInfo(errorLog).size();
    QProcess process;
    process.setProgram(m_program);
    process.setArguments(arguments);
    process.setStandardOutputFile(dir.filePath(QString::fromLatin1(kOutputLog)), QIODevice::Append);
    process.setStandardErrorFile(errorLog, QIODevice::Append);
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        *error = tr("Cannot start %1").arg(QDir::toNativeSeparators(m_program));
        return false;
    }
    m_pid = pid;
    m_dir = sweepDir;
    // Whoever opens the folder later (this window after a restart) tells a running sweep from an interrupted one.
    QFile pidFile(dir.filePath(QString::fromLatin1(SweepSnapshot::kPidFile)));
    if (pidFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) pidFile.write(QByteArray::number(pid));
    m_timer->start();
    return true;
}

void SweepLauncher::stop() {
    if (isRunning()) ::kill(pid_t(m_pid), SIGTERM);
}

void SweepLauncher::poll() {
    if (processRunning(m_pid)) return;
    m_timer->stop();
    m_pid = 0;
    QFile::remove(QDir(m_dir).filePath(QString::fromLatin1(SweepSnapshot::kPidFile)));
    QString errors;
    QFile log(QDir(m_dir).filePath(QString::fromLatin1(kErrorLog)));
    if (log.open(QIODevice::ReadOnly) && log.seek(m_errorOffset)) errors = QString::fromUtf8(log.readAll()).trimmed();
    Q_EMIT finished(m_dir, errors);
}

}  // namespace ts
