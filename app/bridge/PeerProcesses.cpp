#include "app/bridge/PeerProcesses.h"

#include "core/common/Json.h"
#include "core/dist/DistEnv.h"
#include "core/dist/Launcher.h"
#include "core/runs/RunJson.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>

#include <sys/prctl.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstring>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>

namespace ts {

namespace {

constexpr auto kJoinPoll = std::chrono::milliseconds(100);    // how often the children are checked while joining
constexpr auto kAbortWait = std::chrono::milliseconds(3000);  // for a join to give up once the store is closed
constexpr int kStartMs = 10000;                               // for a child process to start
constexpr int kKillWaitMs = 3000;                             // for a killed child to be reaped
constexpr int kMillisPerSecond = 1000;

/// True once `child` has ended (without blocking).
bool ended(QProcess& child) { return child.state() == QProcess::NotRunning || child.waitForFinished(0); }

}  // namespace

struct PeerProcesses::JoinState {
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    std::unique_ptr<Collective> group;
    std::string error;
};

PeerProcesses::PeerProcesses() = default;

PeerProcesses::~PeerProcesses() { abort(); }

QString PeerProcesses::defaultProgram() {
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("trainscope-cli"));
}

int PeerProcesses::threadsPerProcess(int configured, int processes) {
    if (configured > 0) return configured;
    return std::max(1, QThread::idealThreadCount() / std::max(1, processes));
}

QStringList PeerProcesses::newRunArguments(const TrainConfig& cfg, const DatasetInfo& data, int threads) {
    if (!m_files.isValid())
        throw std::runtime_error("no temporary folder for the other processes: " + m_files.errorString().toStdString());
    Json j;
    j.set("config", toJson(cfg));
    j.set("dataset", toJson(data));
    const QString path = m_files.filePath(QStringLiteral("config.json"));
    QFile file(path);
    const QByteArray text = QByteArray::fromStdString(j.dump(2) + "\n");
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        throw std::runtime_error("cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
    return {QStringLiteral("train"), QStringLiteral("--config"), path, QStringLiteral("--threads"),
            QString::number(threads), QStringLiteral("--quiet")};
}

QStringList PeerProcesses::resumeArguments(const QString& runDir, int threads) {
    return {QStringLiteral("train"), QStringLiteral("--resume"), runDir, QStringLiteral("--threads"),
            QString::number(threads), QStringLiteral("--quiet")};
}

std::unique_ptr<Collective> PeerProcesses::start(const QString& program, const QStringList& arguments, int world,
                                                 double timeoutSec, bool cuda, const std::function<bool()>& cancelled) {
    if (!QFileInfo(program).isExecutable())
        throw std::runtime_error("a data-parallel run starts its other processes with trainscope-cli, and there is "
                                 "none at " + program.toStdString() + " (build it next to trainscope, or train with "
                                 "1 process)");
    if (!m_files.isValid())
        throw std::runtime_error("no temporary folder for the other processes: " + m_files.errorString().toStdString());
    m_store = std::make_unique<StoreHost>();
    const int port = m_store->port();
    for (int rank = 1; rank < world; ++rank) startChild(program, arguments, rank, world, port);
    // Rank 0 reads the same environment the children get, as they read it.
    const std::vector<std::string> own = workerEnvironment(0, world, port);
    const DistEnv env = distEnvFromEnvironment([&own](const char* name) {
        const std::string prefix = std::string(name) + "=";
        for (const std::string& kv : own)
            if (kv.rfind(prefix, 0) == 0) return kv.substr(prefix.size());
        return std::string();
    });
    auto state = std::make_shared<JoinState>();
    // Joining blocks until every rank arrived: on a thread of its own, so that a child that dies, or the user's
    // stop, is noticed at once instead of after the timeout.
    std::thread([state, env, timeoutSec, cuda] {
        std::unique_ptr<Collective> group;
        std::string error;
        try {
            group = joinProcessGroup(env, timeoutSec, cuda);
        } catch (const std::exception& e) {
            error = e.what();
        }
        const std::lock_guard<std::mutex> lock(state->mutex);
        state->group = std::move(group);
        state->error = error;
        state->finished = true;
        state->done.notify_all();
    }).detach();
    return awaitJoin(state, cancelled);
}

void PeerProcesses::startChild(const QString& program, const QStringList& arguments, int rank, int world, int port) {
    auto child = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const std::string& kv : workerEnvironment(rank, world, port)) {
        const auto eq = kv.find('=');
        env.insert(QString::fromStdString(kv.substr(0, eq)), QString::fromStdString(kv.substr(eq + 1)));
    }
    child->setProcessEnvironment(env);
    child->setProcessChannelMode(QProcess::MergedChannels);
    child->setStandardOutputFile(m_files.filePath(QStringLiteral("rank-%1.log").arg(rank)));
    child->setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGKILL); });  // never outlives the window
    child->start(program, arguments);
    const bool started = child->waitForStarted(kStartMs);
    m_children.push_back(std::move(child));
    if (!started) {
        const std::string why = m_children.back()->errorString().toStdString();
        abort();
        throw std::runtime_error("could not start rank " + std::to_string(rank) + " (" + program.toStdString() +
                                 "): " + why);
    }
}

std::unique_ptr<Collective> PeerProcesses::awaitJoin(const std::shared_ptr<JoinState>& state,
                                                     const std::function<bool()>& cancelled) {
    std::unique_lock<std::mutex> lock(state->mutex);
    while (!state->finished) {
        state->done.wait_for(lock, kJoinPoll);
        if (state->finished) break;
        lock.unlock();
        QString why;
        if (cancelled && cancelled()) why = tr("stopped before the processes joined");
        for (size_t i = 0; why.isEmpty() && i < m_children.size(); ++i) {
            if (!ended(*m_children[i])) continue;
            why = exitProblem(i);
            if (why.isEmpty()) why = tr("rank %1 ended before the processes joined").arg(i + 1);
        }
        if (!why.isEmpty()) {
            abort();  // the join waits on the store: closing it ends the wait
            std::unique_lock<std::mutex> relock(state->mutex);
            state->done.wait_for(relock, kAbortWait, [&state] { return state->finished; });
            throw std::runtime_error(why.toStdString());
        }
        lock.lock();
    }
    if (!state->error.empty()) {
        std::string error = state->error;
        lock.unlock();
        for (size_t i = 0; i < m_children.size(); ++i)  // a child that ended may say why the group did not form
            if (ended(*m_children[i]))
                if (const QString problem = exitProblem(i); !problem.isEmpty()) error += "; " + problem.toStdString();
        abort();
        throw std::runtime_error(error);
    }
    return std::move(state->group);
}

void PeerProcesses::abort() {
    for (const std::unique_ptr<QProcess>& child : m_children) {
        if (child->state() == QProcess::NotRunning) continue;
        child->kill();
        child->waitForFinished(kKillWaitMs);
    }
    m_store.reset();
}

QStringList PeerProcesses::finish() {
    QStringList problems;
    const QDeadlineTimer grace(kGraceMs);
    for (size_t i = 0; i < m_children.size(); ++i) {
        QProcess& child = *m_children[i];
        if (child.state() != QProcess::NotRunning && !child.waitForFinished(static_cast<int>(grace.remainingTime()))) {
            child.kill();
            child.waitForFinished(kKillWaitMs);
            problems << tr("rank %1 was still running %2 s after the run ended, so it was ended")
                            .arg(i + 1)
                            .arg(kGraceMs / kMillisPerSecond);
            continue;
        }
        if (const QString problem = exitProblem(i); !problem.isEmpty()) problems << problem;
    }
    m_children.clear();
    m_store.reset();
    return problems;
}

QString PeerProcesses::outputTail(size_t index) const {
    QFile file(m_files.filePath(QStringLiteral("rank-%1.log").arg(index + 1)));
    if (!file.open(QIODevice::ReadOnly)) return QString();
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > kTailLines) lines = lines.mid(lines.size() - kTailLines);
    return lines.join(QLatin1Char('\n'));
}

QString PeerProcesses::exitProblem(size_t index) const {
    const QProcess& child = *m_children[index];
    if (child.state() != QProcess::NotRunning) return QString();
    QString what;
    if (child.exitStatus() == QProcess::CrashExit)  // Qt gives the signal's number as the exit code
        what = tr("rank %1 was killed by signal %2 (%3)")
                   .arg(index + 1)
                   .arg(child.exitCode())
                   .arg(QString::fromLocal8Bit(strsignal(child.exitCode())));
    else if (child.exitCode() != 0)
        what = tr("rank %1 exited with status %2").arg(index + 1).arg(child.exitCode());
    else
        return QString();
    const QString tail = outputTail(index);
    return tail.isEmpty() ? what : what + QStringLiteral(":\n") + tail;
}

}  // namespace ts
