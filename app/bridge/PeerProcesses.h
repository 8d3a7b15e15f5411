// Data-parallel runs started from the window: the window's worker thread is rank 0 (its live charts, run folder and
// checkpoints work as for one process) and ranks 1..N-1 are trainscope-cli processes on this machine, which meet it
// at a TCP store this object hosts, with the environment torchrun would give them.
#pragma once

#include "core/common/Types.h"
#include "core/dist/Collective.h"
#include "core/train/TrainConfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <vector>

class QProcess;

namespace ts {

class StoreHost;

/// The other ranks of a data-parallel run started from the window (trainscope-cli children), and rank 0's joining.
class PeerProcesses {
    Q_DECLARE_TR_FUNCTIONS(ts::PeerProcesses)
public:
    /// After rank 0's run returned, how long the children get to end on their own before they are killed.
    static constexpr int kGraceMs = 5000;
    /// Lines of a failed child's output that its message quotes.
    static constexpr int kTailLines = 5;

    PeerProcesses();
    /// Kills any child still running: no process is left behind.
    ~PeerProcesses();
    PeerProcesses(const PeerProcesses&) = delete;
    PeerProcesses& operator=(const PeerProcesses&) = delete;

    /// trainscope-cli in this program's folder, where the build and the installation put it.
    static QString defaultProgram();
    /// Intra-op threads of each process: `configured` when the user chose a count, else the cores shared out.
    static int threadsPerProcess(int configured, int processes);
    /// The children's command line for a new run: `cfg` and `data` are written to a file of this object.
    QStringList newRunArguments(const TrainConfig& cfg, const DatasetInfo& data, int threads);
    /// The children's command line to continue the run in `runDir`.
    static QStringList resumeArguments(const QString& runDir, int threads);

    /// Hosts the store, starts ranks 1..world-1 as `program arguments` and joins the group as rank 0. Throws
    /// std::runtime_error, saying why, when the program is missing, a child ends before the group formed, the group
    /// does not form within `timeoutSec`, or `cancelled` returns true meanwhile (polled).
    std::unique_ptr<Collective> start(const QString& program, const QStringList& arguments, int world,
                                      double timeoutSec, bool cuda, const std::function<bool()>& cancelled);
    /// After the run: gives the children kGraceMs to end, kills the rest, and says what went wrong with any of them
    /// (one text per child, with the last lines it wrote).
    QStringList finish();

private:
    struct JoinState;
    /// Starts rank `rank` of `world`; throws when the program cannot start.
    void startChild(const QString& program, const QStringList& arguments, int rank, int world, int port);
    /// Waits for the join on another thread while watching the children and `cancelled`.
    std::unique_ptr<Collective> awaitJoin(const std::shared_ptr<JoinState>& state,
                                          const std::function<bool()>& cancelled);
    /// Kills every child and closes the store (a join waiting on it gives up).
    void abort();
    /// What child `index` (rank index + 1) wrote last.
    QString outputTail(size_t index) const;
    /// "rank r exited with status s: <its last lines>" for a child that ended; "" when it ended cleanly.
    QString exitProblem(size_t index) const;

    QTemporaryDir m_files;  // the new run's configuration and each child's output
    std::unique_ptr<StoreHost> m_store;
    std::vector<std::unique_ptr<QProcess>> m_children;  // rank i + 1
};

}  // namespace ts
