// The widgets' way to save a file: core's one atomic writer (core/common/AtomicFile.h), with its error turned
// into a message for a dialog instead of an exception.
#pragma once

#include <QByteArray>
#include <QString>

namespace ts {

/// Replaces `path` with `bytes` atomically and durably. On failure returns false and sets `error` (when given)
/// to "Cannot write PATH: reason" with advice for a full disk or a read-only folder.
bool saveFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

}  // namespace ts
