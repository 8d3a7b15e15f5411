// The one way TrainScope writes a file that must never be seen half-written: a temporary file in the same
// folder, write, flush, fsync, rename over the target, fsync the folder. Every return value is checked; a
// failure removes the temporary file and throws std::runtime_error naming the file, the reason and, for a
// full disk or a read-only folder, what to do. Torch-free, no Qt.
#pragma once

#include <functional>
#include <string>

namespace ts {

/// Replaces `path` with `content` atomically and durably (see above).
void writeFileAtomically(const std::string& path, const std::string& content);

/// For files another library writes (a torch checkpoint): fsyncs the finished temporary file `tmpPath`,
/// renames it over `path` and fsyncs the folder. Removes `tmpPath` and throws on failure.
void commitFileAtomically(const std::string& tmpPath, const std::string& path);

/// A temporary name next to `path`, unique to this process and call ("<path>.tmp-<pid>-<n>").
std::string temporaryPathFor(const std::string& path);

/// Tests only: called with the final path of every file these functions have fsynced (empty: none). Set it
/// before starting the work that writes, and clear it after.
void setFileSyncObserver(std::function<void(const std::string& path)> observer);

/// " (the disk is full: ...)"-style advice for an errno from a failed write; "" when there is none.
std::string writeErrorHint(int err);

}  // namespace ts
