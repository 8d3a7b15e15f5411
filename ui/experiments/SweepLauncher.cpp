#include "ui/experiments/SweepLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

#include <cerrno>
#include <csignal>

namespace ts {

namespace {
/// Whether process `pid` still runs (it is not our child: startDetached hands it to init; a zombie that init has not
/// reaped yet counts as ended).
bool alive(qint64 pid) {
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM)) return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) return true;
    const QByteArray line = stat.readAll();
    const int close = line.lastIndexOf(')');  // "pid (name) S ..."
    return close < 0 || line.mid(close + 2, 1) != "Z";
}
}  // namespace

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
    m_timer->start();
    return true;
}

void SweepLauncher::stop() {
    if (isRunning()) ::kill(pid_t(m_pid), SIGTERM);
}

void SweepLauncher::poll() {
    if (alive(m_pid)) return;
    m_timer->stop();
    m_pid = 0;
    QString errors;
    QFile log(QDir(m_dir).filePath(QString::fromLatin1(kErrorLog)));
    if (log.open(QIODevice::ReadOnly) && log.seek(m_errorOffset)) errors = QString::fromUtf8(log.readAll()).trimmed();
    Q_EMIT finished(m_dir, errors);
}

}  // namespace ts
