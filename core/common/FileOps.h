// The file operations behind every file TrainScope writes (atomic files, appended logs, run folders), kept in
// one place so that each failure is reported the same way (file, reason, free space, what to do) and so that
// tests can make any one of them fail with a chosen error (fault injection). Torch-free, no Qt.
#pragma once

#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>

namespace ts {

/// The kinds of file operation a fault injector sees.
enum class FileOp { Create, Write, Sync, Close, Rename, SyncFolder, MakeFolder };

/// "create", "write", ... for test output.
const char* fileOpName(FileOp op);

/// Tests only: called before each file operation with what it is about to do and the file's final path; a
/// non-zero errno it returns makes that operation fail with that error. An empty function turns it off.
using FileFaultInjector = std::function<int(FileOp op, const std::string& path)>;
void setFileFaultInjector(FileFaultInjector injector);

/// A write that failed: what() is "cannot write PATH: REASON (advice)"; the errno and path stay readable.
class FileWriteError : public std::runtime_error {
public:
    FileWriteError(const std::string& path, int err);
    /// The errno of the failed operation.
    int error() const { return m_error; }
    /// The file (or folder) that could not be written.
    const std::string& path() const { return m_path; }

private:
    int m_error;
    std::string m_path;
};

/// " (the disk is full: 12 KB free in /mnt/runs; free some space or choose another folder)"-style advice
/// for an errno from a failed write of `path`; "" when there is none.
std::string writeErrorHint(int err, const std::string& path = {});

/// The POSIX calls, each passed through the fault injector. Each returns 0 or the errno (never throws);
/// `path` is the file the caller means (for the injector and messages), which may differ from the fd's name.
namespace fileops {
/// open(2) with `flags` | O_CLOEXEC, mode 0644: the fd, or -1 with the errno in `err`.
int open(const std::string& path, int flags, int& err);
/// Writes all `size` bytes, retrying short writes and EINTR.
int writeAll(int fd, const std::string& path, const void* data, size_t size);
/// fsync(2).
int sync(int fd, const std::string& path);
/// close(2); the fd is closed whatever it returns.
int close(int fd, const std::string& path);
/// rename(2) of `from` over `to`.
int rename(const std::string& from, const std::string& to);
/// fsync of the folder holding `path`, so a rename in it survives a power cut (EINVAL from file systems
/// that refuse it counts as done).
int syncFolderOf(const std::string& path);
/// Creates `dir` and its parents (done when it exists).
int makeFolders(const std::string& dir);
}  // namespace fileops

}  // namespace ts
