// Never lose a run (issue 18), proved by fault injection: every file operation of a short training run with a
// report at the end (folders, temporary files, writes, including LibTorch's serializer writing the checkpoints,
// fsyncs, renames, appended logs, TensorBoard events, the report) fails in turn with "no space left on device".
// For each one the command must end with one clear line naming the file, never abort, and leave a run folder
// that reads back consistently: no temporary files, nothing half-written taken for whole, the last good
// checkpoint intact, and a failed run that `train --resume` completes once the disk has room. The commands
// run in this process (ts::cli::runCli), so the walk over every operation takes seconds, not minutes.
#include "app/cli/CliApp.h"
#include "core/common/FileOps.h"
#include "core/runs/RunStore.h"
#include "core/train/Checkpoint.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

using ts::FileOp;

constexpr int kClasses = 3;
constexpr int kRows = 90;
constexpr int kFeatures = 4;
constexpr int kSlowRows = 300;

/// What one command did: its exit status, what it printed on stderr, and the operation that was made to fail.
struct Outcome {
    int exitCode = -1;
    std::string errors;
    long long operations = 0;
    FileOp failedOp = FileOp::Create;
    std::string failedPath;
    std::map<std::string, long long> firstWrite;  ///< file name -> number of its first write operation
};


/// The name of the file `path` stands for: a temporary file ("x.json.tmp-123-4") stands for its final name.
std::string fileName(const std::string& path) {
    const std::string name = QFileInfo(QString::fromStdString(path)).fileName().toStdString();
    return name.substr(0, name.find(".tmp-"));
}

/// The file's role for the test's summary: the run folder, the report and the event file have varying names.
std::string displayName(const std::string& name) {
    if (name.rfind("events.out.tfevents.", 0) == 0) return "events.out.tfevents.*";
    if (name.rfind("run-", 0) == 0) return name.find(".html") != std::string::npos ? "report (.html)" : "run folder";
    return name;
}

/// Runs trainscope-cli's command line in this process with its stderr captured; the `failAt`-th file
/// operation (from 1) fails with ENOSPC, none when 0.
Outcome runCli(const std::vector<std::string>& args, long long failAt, const QString& errorsFile) {
    Outcome out;
    ts::setFileFaultInjector([&out, failAt](FileOp op, const std::string& path) {
        ++out.operations;
        if (op == FileOp::Write) out.firstWrite.emplace(fileName(path), out.operations);
        if (out.operations != failAt) return 0;
        out.failedOp = op;
        out.failedPath = path;
        return ENOSPC;
    });
    std::vector<std::string> argvText = {"trainscope-cli"};
    argvText.insert(argvText.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : argvText) argv.push_back(a.data());
    std::fflush(stderr);
    const int savedErr = ::dup(2);
    const int capture = ::open(errorsFile.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(capture, 2);
    out.exitCode = ts::cli::runCli(int(argv.size()), argv.data());
    std::fflush(stderr);
    ::dup2(savedErr, 2);
    ::close(savedErr);
    ::close(capture);
    ts::setFileFaultInjector(nullptr);
    std::ifstream in(errorsFile.toStdString());
    out.errors.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return out;
}

/// The lines of `text` that start with `prefix`.
std::vector<std::string> linesStartingWith(const std::string& text, const std::string& prefix) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(start, end - start);
        if (line.rfind(prefix, 0) == 0) lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

/// Files under `dir` whose names mark them temporary (".tmp-").
QStringList temporaryFiles(const QString& dir) {
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral(".tmp-"))) found << path;
    }
    return found;
}

}  // namespace

class TestFaultInjection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyWriteCanFail();
    void theProcessNeverAborts();
    void staleLockOfAKilledRunIsTakenOver();

private:
    /// `train` on the tiny table into `out`, two epochs, one thread, a report at the end.
    std::vector<std::string> trainArgs(const QString& out, const QString& report) const;
    void checkOutcome(const Outcome& o, const QString& out, std::map<std::string, int>& resumed);

    QTemporaryDir m_dir;
    QString m_data;
};

void TestFaultInjection::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("table.csv"));
    std::ofstream csv(m_data.toStdString());
    csv << "a,b,c,d,label\n";
    std::mt19937 rng(3);
    std::normal_distribution<double> noise(0.0, 0.5);
    for (int r = 0; r < kRows; ++r) {
        const int cls = r % kClasses;
        for (int f = 0; f < kFeatures; ++f) csv << (cls + noise(rng)) << ',';
        csv << cls << '\n';
    }
}

std::vector<std::string> TestFaultInjection::trainArgs(const QString& out, const QString& report) const {
    return {"train", "--data", m_data.toStdString(), "--preset", "mlp", "--epochs", "2", "--threads", "1",
            "--quiet", "--out", out.toStdString(), "--report", report.toStdString()};
}

// Checks one faulty run: the message, the exit status, the folder, the checkpoint, and that it resumes.
void TestFaultInjection::checkOutcome(const Outcome& o, const QString& out, std::map<std::string, int>& resumed) {
    const std::string failed = std::string(ts::fileOpName(o.failedOp)) + " " + o.failedPath;
    QVERIFY2(o.exitCode == 0 || o.exitCode == 1, failed.c_str());
    const auto errors = linesStartingWith(o.errors, "trainscope-cli: ");
    const auto warnings = linesStartingWith(o.errors, "warning: ");
    const std::string said = errors.empty() ? (warnings.empty() ? std::string() : warnings.front()) : errors.front();
    // Nothing fails silently: one line names the file and the reason (a warning when the run went on).
    QVERIFY2(errors.size() == size_t(o.exitCode), (failed + "\n" + o.errors).c_str());
    QVERIFY2(said.find(fileName(o.failedPath)) != std::string::npos, (failed + "\n" + o.errors).c_str());
    QVERIFY2(said.find("No space left on device") != std::string::npos, (failed + "\n" + o.errors).c_str());
    QVERIFY2(temporaryFiles(out).isEmpty(), (failed + ": " + temporaryFiles(out).join(' ').toStdString()).c_str());
    if (!QFileInfo::exists(out + QStringLiteral("/run.json"))) return;  // failed before the run began
    const ts::RunRecord run = ts::loadRun(out.toStdString(), true);
    QVERIFY2(run.status == "finished" || run.status == "failed" || run.status == "interrupted",
             (failed + ": " + run.status).c_str());
    // A run reads as finished only with its whole summary (the report may still have failed after it).
    if (run.status == "finished") QVERIFY2(run.hasTest && run.epochs.size() == 2, failed.c_str());
    const QString checkpoint = out + QStringLiteral("/checkpoint-last.pt");
    if (QFileInfo::exists(checkpoint)) {
        const ts::CheckpointInfo info = ts::readCheckpointInfo(checkpoint.toStdString());  // whole, or it throws
        QVERIFY(info.epoch >= 1 && info.epoch <= 2);
    }
    if (run.status != "finished" && QFileInfo::exists(checkpoint)) {
        const Outcome again = runCli({"train", "--resume", out.toStdString(), "--quiet"}, 0,
                                     m_dir.filePath(QStringLiteral("resume-errors.txt")));
        QVERIFY2(again.exitCode == 0, (failed + ": resume said " + again.errors).c_str());
        QCOMPARE(QString::fromStdString(ts::loadRun(out.toStdString(), false).status), QStringLiteral("finished"));
        ++resumed[fileName(o.failedPath)];
    }
}

void TestFaultInjection::everyWriteCanFail() {
    const QString errorsFile = m_dir.filePath(QStringLiteral("errors.txt"));
    const Outcome clean = runCli(trainArgs(m_dir.filePath(QStringLiteral("clean")), m_dir.filePath(QStringLiteral("clean.html"))),
                                 0, errorsFile);
    QVERIFY2(clean.exitCode == 0, clean.errors.c_str());
    QVERIFY(clean.operations > 50);
    std::map<std::string, std::map<std::string, int>> byFile;  // file -> operation -> times it failed
    std::map<std::string, int> resumed;
    for (long long n = 1; n <= clean.operations; ++n) {
        const QString out = m_dir.filePath(QStringLiteral("run-%1").arg(n));
        const Outcome o = runCli(trainArgs(out, out + QStringLiteral(".html")), n, errorsFile);
        QVERIFY2(!o.failedPath.empty(), qPrintable(QStringLiteral("operation %1 never happened").arg(n)));
        checkOutcome(o, out, resumed);
        if (QTest::currentTestFailed()) return;
        ++byFile[displayName(fileName(o.failedPath))][ts::fileOpName(o.failedOp)];
        QDir(out).removeRecursively();
    }
    std::string summary;
    for (const auto& [file, ops] : byFile) {
        summary += "  " + file + ":";
        for (const auto& [op, count] : ops) summary += " " + op + " " + std::to_string(count) + ",";
        summary.back() = '\n';
    }
    int resumes = 0;
    for (const auto& entry : resumed) resumes += entry.second;
    qInfo("%lld write points each failed once; %d failed runs resumed to the end:\n%s", clean.operations, resumes,
          summary.c_str());
}

// The same through the real process: a full disk while LibTorch writes the first checkpoint ends in exit 1
// and one line, not in `terminate called after throwing an instance of 'c10::Error'` and exit 134. The
// process numbers its file operations as runCli does here, so the dry run finds the checkpoint's first write.
void TestFaultInjection::theProcessNeverAborts() {
    const QString out = m_dir.filePath(QStringLiteral("process"));
    const Outcome dry = runCli(trainArgs(out, out + QStringLiteral(".html")), 0, m_dir.filePath(QStringLiteral("dry.txt")));
    QCOMPARE(dry.exitCode, 0);
    const auto first = dry.firstWrite.find("checkpoint-last.pt");
    QVERIFY(first != dry.firstWrite.end());
    QDir(out).removeRecursively();
    QFile::remove(out + QStringLiteral(".html"));

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TRAINSCOPE_FAIL_FILE_OP"), QStringLiteral("%1:ENOSPC").arg(first->second));
    cli.setProcessEnvironment(env);
    QStringList args;
    for (const std::string& a : trainArgs(out, out + QStringLiteral(".html"))) args << QString::fromStdString(a);
    cli.start(QStringLiteral(TS_CLI_PATH), args);
    QVERIFY(cli.waitForFinished(120000));
    const QString errors = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QVERIFY2(cli.exitCode() == 1, qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("checkpoint-last.pt: No space left on device")), qPrintable(errors));
    QVERIFY2(!errors.contains(QStringLiteral("terminate called")), qPrintable(errors));
    QCOMPARE(QString::fromStdString(ts::loadRun(out.toStdString(), false).status), QStringLiteral("failed"));
    QVERIFY(temporaryFiles(out).isEmpty());
}

// kill -9 leaves status.json at "running" and frees the folder's lock: the run reads as interrupted, and
// resuming it takes the stale lock over, with a note.
void TestFaultInjection::staleLockOfAKilledRunIsTakenOver() {
    const QString data = m_dir.filePath(QStringLiteral("slow.csv"));
    {
        std::ofstream csv(data.toStdString());
        csv << "a,b,label\n";
        for (int r = 0; r < kSlowRows; ++r) csv << (r % kClasses) << ',' << r << ',' << (r % kClasses) << '\n';
    }
    const QString out = m_dir.filePath(QStringLiteral("killed"));
    QProcess cli;
    // Batches of one make each epoch last about a second: long enough to kill it between two checkpoints.
    cli.start(QStringLiteral(TS_CLI_PATH),
              {QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--preset"), QStringLiteral("mlp"),
               QStringLiteral("--epochs"), QStringLiteral("3"), QStringLiteral("--batch-size"), QStringLiteral("1"),
               QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--quiet"), QStringLiteral("--out"), out});
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(out + QStringLiteral("/checkpoint-last.pt")), 60000);
    const qint64 pid = cli.processId();
    ::kill(pid_t(pid), SIGKILL);
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(QString::fromStdString(ts::loadRun(out.toStdString(), false).status), QStringLiteral("interrupted"));
    const Outcome resumed = runCli({"train", "--resume", out.toStdString(), "--quiet"}, 0, m_dir.filePath(QStringLiteral("killed.txt")));
    QVERIFY2(resumed.exitCode == 0, resumed.errors.c_str());
    QVERIFY2(resumed.errors.find("note: the run's previous process (pid " + std::to_string(pid) +
                                 ") ended without closing it") != std::string::npos,
             resumed.errors.c_str());
    QCOMPARE(QString::fromStdString(ts::loadRun(out.toStdString(), false).status), QStringLiteral("finished"));
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "test_fault_injection.moc"
