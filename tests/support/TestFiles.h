// Test helper: writes a small file in one call, for tests that set up a folder by hand.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace ts::testing {

/// Writes `bytes` to `path` (replacing it); true when the whole content was written.
inline bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

}  // namespace ts::testing
