// One TrainScope window per user: a second launch with files hands them to the running app over a local socket
// (QLocalServer/QLocalSocket in the user's runtime folder) and exits; the running app opens them.
#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>
#include <QStringList>

class QDataStream;
class QLocalSocket;

namespace ts {

/// Hands files from a second launch to the first one, and receives them in the first one.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    /// `socketName` "" = the per-user default (defaultSocketName()); tests pass their own.
    explicit SingleInstance(const QString& socketName = QString(), QObject* parent = nullptr);

    /// The per-user socket: <runtime folder>/trainscope-<user>.socket (the runtime folder is the user's own).
    static QString defaultSocketName();
    /// The socket this instance uses.
    QString socketName() const { return m_socketName; }

    /// Sends `paths` (made absolute) to a running instance; true once it confirmed receipt, false when none
    /// runs or it did not answer in time (then this launch should open them itself).
    bool handOff(const QStringList& paths) const;
    /// Becomes the running instance: listens for hand-offs (a stale socket left by a crash is replaced). False
    /// when another instance already listens or the socket can't be made.
    bool listen();
    /// True while listening.
    bool isListening() const { return m_server.isListening(); }

Q_SIGNALS:
    /// A second launch handed over `paths` (absolute).
    void pathsReceived(const QStringList& paths);

private:
    /// Takes the new connections; each is read by readHandOff() as its bytes arrive.
    void acceptConnection();
    /// Reads a connection's hand-off once it is complete, answers it and emits pathsReceived().
    void readHandOff(QLocalSocket& socket, QDataStream& in);

    QString m_socketName;
    QLocalServer m_server;
};

}  // namespace ts
