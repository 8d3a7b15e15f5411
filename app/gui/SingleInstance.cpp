#include "app/gui/SingleInstance.h"

#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QStandardPaths>

#include <memory>

#include <unistd.h>

namespace ts {
namespace {

// Every hand-off starts with this word and version, so a stray connection is never read as file names.
constexpr quint32 kHandOffMagic = 0x54534830;  // "TSH0"
constexpr quint8 kAcknowledged = 1;            // the running app's one-byte answer
constexpr quint32 kMaxPaths = 10000;           // more than any file manager passes: a longer list is refused
constexpr auto kStreamVersion = QDataStream::Qt_6_0;  // both sides, whatever Qt they run on
constexpr int kConnectTimeoutMs = 1000;
// The running app answers from its event loop; a busy moment (loading a data set) must not make the second
// launch give up and open a window of its own.
constexpr int kAnswerTimeoutMs = 5000;

}  // namespace

SingleInstance::SingleInstance(const QString& socketName, QObject* parent)
    : QObject(parent), m_socketName(socketName.isEmpty() ? defaultSocketName() : socketName) {
    m_server.setSocketOptions(QLocalServer::UserAccessOption);  // only this user may hand files over
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnection);
}

QString SingleInstance::defaultSocketName() {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty()) dir = QDir::tempPath();
    return dir + QStringLiteral("/trainscope-%1.socket").arg(::getuid());
}

bool SingleInstance::handOff(const QStringList& paths) const {
    QLocalSocket socket;
    socket.connectToServer(m_socketName);
    if (!socket.waitForConnected(kConnectTimeoutMs)) return false;
    QStringList absolute;
    for (const QString& path : paths) absolute << QFileInfo(path).absoluteFilePath();
    QDataStream out(&socket);
    out.setVersion(kStreamVersion);
    out << kHandOffMagic << static_cast<quint32>(absolute.size());
    for (const QString& path : absolute) out << path;
    if (!socket.waitForBytesWritten(kConnectTimeoutMs)) return false;
    while (socket.bytesAvailable() < 1)
        if (!socket.waitForReadyRead(kAnswerTimeoutMs)) return false;
    char answer = 0;
    return socket.getChar(&answer) && static_cast<quint8>(answer) == kAcknowledged;
}

bool SingleInstance::listen() {
    if (m_server.isListening()) return true;
    // Qt's listen() with an access option moves its socket over any file of that name, even a live server's:
    // ask first whether another instance answers.
    QLocalSocket probe;
    probe.connectToServer(m_socketName);
    if (probe.waitForConnected(kConnectTimeoutMs)) return false;
    QLocalServer::removeServer(m_socketName);  // what a crashed instance left, if anything
    return m_server.listen(m_socketName);
}

void SingleInstance::acceptConnection() {
    while (QLocalSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // The stream keeps a half-read hand-off between readyRead()s; it goes with the connection.
        auto in = std::make_shared<QDataStream>(socket);
        in->setVersion(kStreamVersion);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, in] { readHandOff(*socket, *in); });
        readHandOff(*socket, *in);
    }
}

void SingleInstance::readHandOff(QLocalSocket& socket, QDataStream& in) {
    in.startTransaction();
    quint32 magic = 0;
    quint32 count = 0;
    in >> magic >> count;
    if (in.status() == QDataStream::Ok && (magic != kHandOffMagic || count > kMaxPaths)) {
        socket.abort();  // not a TrainScope launch
        return;
    }
    QStringList paths;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString path;
        in >> path;
        paths << path;
    }
    if (!in.commitTransaction()) return;  // the rest is still on its way
    socket.putChar(static_cast<char>(kAcknowledged));
    socket.flush();
    Q_EMIT pathsReceived(paths);
}

}  // namespace ts
