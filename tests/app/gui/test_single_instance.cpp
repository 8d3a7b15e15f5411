// One window per user: a second launch hands its files to the running app over the local socket and exits 0
// (SingleInstance in this process, then the real trainscope twice).
#include "app/gui/SingleInstance.h"
#include "support/CliProcess.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <future>

#include <unistd.h>

namespace {

constexpr int kHandOffWaitMs = 10000;
constexpr int kAppStartMs = 60000;  // the first trainscope is listening (it loads LibTorch and Qt first)

/// handOff() blocks, so the second launch's side runs on a thread of its own while this one's event loop
/// lets the listening side answer.
std::future<bool> handOffFromAnotherThread(const QString& socketName, const QStringList& paths) {
    return std::async(std::launch::async, [socketName, paths] { return ts::SingleInstance(socketName).handOff(paths); });
}

/// True once the other thread's hand-off has ended (QTRY_VERIFY keeps this thread's event loop running meanwhile).
bool ended(const std::future<bool>& result) {
    return result.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

}  // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void socketIsPerUser();
    void handOffReachesTheRunningInstance();
    void handOffWithoutARunningInstanceFails();
    void aSecondListenerIsRefused();
    void aStaleSocketIsReplaced();
    void strangersAreIgnored();
    void secondLaunchHandsItsFileOverAndExits();

private:
    QTemporaryDir m_dir;
    QString socketPath(const QString& name) const { return m_dir.filePath(name); }
};

void TestSingleInstance::socketIsPerUser() {
    const QString name = ts::SingleInstance::defaultSocketName();
    QVERIFY2(name.contains(QString::number(::getuid())), qPrintable(name));
    QCOMPARE(ts::SingleInstance().socketName(), name);
}

void TestSingleInstance::handOffReachesTheRunningInstance() {
    ts::SingleInstance running(socketPath(QStringLiteral("a.socket")));
    QVERIFY(running.listen());
    QSignalSpy received(&running, &ts::SingleInstance::pathsReceived);
    auto sent = handOffFromAnotherThread(running.socketName(), {QStringLiteral("relative.csv"), m_dir.path()});
    QTRY_VERIFY_WITH_TIMEOUT(ended(sent), kHandOffWaitMs);
    QVERIFY(sent.get());
    QCOMPARE(received.count(), 1);
    const QStringList paths = received.front().front().toStringList();
    QCOMPARE(paths, QStringList({QDir::current().absoluteFilePath(QStringLiteral("relative.csv")), m_dir.path()}));
}

void TestSingleInstance::handOffWithoutARunningInstanceFails() {
    QVERIFY(!ts::SingleInstance(socketPath(QStringLiteral("nobody.socket"))).handOff({QStringLiteral("x.csv")}));
}

void TestSingleInstance::aSecondListenerIsRefused() {
    ts::SingleInstance first(socketPath(QStringLiteral("b.socket")));
    QVERIFY(first.listen());
    ts::SingleInstance second(first.socketName());
    QVERIFY(!second.listen());
    QVERIFY(first.isListening());
    QSignalSpy received(&first, &ts::SingleInstance::pathsReceived);
    auto sent = handOffFromAnotherThread(first.socketName(), {QStringLiteral("/data/set")});
    QTRY_VERIFY_WITH_TIMEOUT(ended(sent), kHandOffWaitMs);
    QVERIFY(sent.get());  // the first one still answers
    QCOMPARE(received.count(), 1);
}

void TestSingleInstance::aStaleSocketIsReplaced() {
    // What a crashed instance leaves: the socket's file, with nobody listening.
    const QString name = socketPath(QStringLiteral("stale.socket"));
    QFile stale(name);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    ts::SingleInstance running(name);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &ts::SingleInstance::pathsReceived);
    auto sent = handOffFromAnotherThread(name, {QStringLiteral("/runs/one")});
    QTRY_VERIFY_WITH_TIMEOUT(ended(sent), kHandOffWaitMs);
    QVERIFY(sent.get());
    QCOMPARE(received.count(), 1);
}

void TestSingleInstance::strangersAreIgnored() {
    ts::SingleInstance running(socketPath(QStringLiteral("c.socket")));
    QVERIFY(running.listen());
    QSignalSpy received(&running, &ts::SingleInstance::pathsReceived);
    QLocalSocket stranger;
    stranger.connectToServer(running.socketName());
    QVERIFY(stranger.waitForConnected(kHandOffWaitMs));
    stranger.write(QByteArray(64, 'x'));
    QVERIFY(stranger.waitForBytesWritten(kHandOffWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(stranger.state(), QLocalSocket::UnconnectedState, kHandOffWaitMs);
    QCOMPARE(received.count(), 0);
}

void TestSingleInstance::secondLaunchHandsItsFileOverAndExits() {
    // Both launches share a runtime folder (the socket), settings and runs folder of their own.
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("runtime")));
    QFile::setPermissions(home.filePath(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QStringList quiet = {QStringLiteral("--data"), home.filePath(QStringLiteral("none.csv"))};

    QProcess first;
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(TS_GUI_PATH), quiet);
    QVERIFY(first.waitForStarted());
    const QString socket = home.filePath(QStringLiteral("runtime/trainscope-%1.socket").arg(::getuid()));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), kAppStartMs);

    QFile table(home.filePath(QStringLiteral("tiny.csv")));
    QVERIFY(table.open(QIODevice::WriteOnly));
    table.write("x,label\n0.1,a\n0.9,b\n");
    table.close();
    QProcess second;
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(TS_GUI_PATH), {table.fileName()});
    QVERIFY2(second.waitForFinished(kAppStartMs), "the second launch opened a window of its own");
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(first.state(), QProcess::Running);
    first.terminate();
    QVERIFY(first.waitForFinished(kAppStartMs));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "test_single_instance.moc"
