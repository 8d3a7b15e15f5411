#include "ui/common/FileWrite.h"

#include "core/common/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QObject>

#include <stdexcept>

namespace ts {

bool saveFileAtomically(const QString& path, const QByteArray& bytes, QString* error) {
    try {
        writeFileAtomically(QFile::encodeName(path).toStdString(), bytes.toStdString());
        return true;
    } catch (const std::exception& e) {
        // Core names the file as given; show the reason with the path in the platform's own spelling.
        QString why = QString::fromStdString(e.what());
        const QString prefix = QStringLiteral("cannot write ") + QString::fromLocal8Bit(QFile::encodeName(path)) +
                               QStringLiteral(": ");
        if (why.startsWith(prefix)) why = why.mid(prefix.size());
        if (error) *error = QObject::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
}

}  // namespace ts
