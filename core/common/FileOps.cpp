#include "core/common/FileOps.h"

#include "core/common/Numbers.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>

#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace ts {
namespace {

namespace fs = std::filesystem;

struct Injector {
    std::mutex mutex;
    FileFaultInjector function;
};

Injector& injector() {
    static Injector instance;
    return instance;
}

/// The errno the test's injector chose for this operation, or 0.
int injectedFault(FileOp op, const std::string& path) {
    Injector& i = injector();
    std::lock_guard<std::mutex> lock(i.mutex);
    return i.function ? i.function(op, path) : 0;
}

/// The nearest folder at or above `path` that exists (for the free space of a file not yet written).
fs::path existingFolderOf(const std::string& path) {
    std::error_code ec;
    fs::path p = fs::path(path);
    while (!p.empty() && !fs::is_directory(p, ec)) p = p.parent_path();
    return p.empty() ? fs::path(".") : p;
}

/// "12 KB free in /mnt/runs", or "" when the file system cannot say.
std::string freeSpaceText(const std::string& path) {
    const fs::path folder = existingFolderOf(path);
    struct statvfs s {};
    if (::statvfs(folder.c_str(), &s) != 0) return "";
    const double bytes = double(s.f_bavail) * double(s.f_frsize);
    static const char* const kUnits[] = {"bytes", "KB", "MB", "GB", "TB"};
    double value = bytes;
    int unit = 0;
    while (value >= 1024.0 && unit < 4) {
        value /= 1024.0;
        ++unit;
    }
    const std::string amount = unit == 0 ? formatFixed(value, 0) : formatSignificant(value, 3);
    return amount + " " + kUnits[unit] + " free in " + folder.string();
}

}  // namespace

const char* fileOpName(FileOp op) {
    switch (op) {
    case FileOp::Create: return "create";
    case FileOp::Write: return "write";
    case FileOp::Sync: return "sync";
    case FileOp::Close: return "close";
    case FileOp::Rename: return "rename";
    case FileOp::SyncFolder: return "sync folder";
    case FileOp::MakeFolder: return "make folder";
    }
    return "?";
}

void setFileFaultInjector(FileFaultInjector function) {
    Injector& i = injector();
    std::lock_guard<std::mutex> lock(i.mutex);
    i.function = std::move(function);
}

FileWriteError::FileWriteError(const std::string& path, int err)
    : std::runtime_error("cannot write " + path + ": " + std::strerror(err) + writeErrorHint(err, path)),
      m_error(err),
      m_path(path) {}

std::string writeErrorHint(int err, const std::string& path) {
    switch (err) {
    case ENOSPC:
    case EDQUOT: {
        const std::string space = path.empty() ? std::string() : freeSpaceText(path);
        return " (the disk is full" + (space.empty() ? std::string() : ": " + space) +
               "; free some space or choose another folder)";
    }
    case EROFS: return " (the folder is on a read-only file system: choose another folder)";
    case EACCES:
    case EPERM: return " (no permission to write there: choose another folder)";
    case ENOENT: return " (the folder has been removed or renamed)";
    case EIO: return " (the disk reported an input/output error: check the drive)";
    default: return "";
    }
}

namespace fileops {

int open(const std::string& path, int flags, int& err) {
    if ((err = injectedFault(FileOp::Create, path)) != 0) return -1;
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC, 0644);
    err = fd < 0 ? errno : 0;
    return fd;
}

int writeAll(int fd, const std::string& path, const void* data, size_t size) {
    if (const int err = injectedFault(FileOp::Write, path)) return err;
    const char* bytes = static_cast<const char*>(data);
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, bytes + done, size - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return errno;
        if (n == 0) return ENOSPC;
        done += size_t(n);
    }
    return 0;
}

int sync(int fd, const std::string& path) {
    if (const int err = injectedFault(FileOp::Sync, path)) return err;
    return ::fsync(fd) == 0 ? 0 : errno;
}

int close(int fd, const std::string& path) {
    if (const int err = injectedFault(FileOp::Close, path)) {
        ::close(fd);
        return err;
    }
    return ::close(fd) == 0 ? 0 : errno;
}

int rename(const std::string& from, const std::string& to) {
    if (const int err = injectedFault(FileOp::Rename, to)) return err;
    return ::rename(from.c_str(), to.c_str()) == 0 ? 0 : errno;
}

int syncFolderOf(const std::string& path) {
    if (const int err = injectedFault(FileOp::SyncFolder, path)) return err;
    fs::path parent = fs::path(path).parent_path();
    if (parent.empty()) parent = ".";
    const int fd = ::open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return errno;
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    return rc == 0 || err == EINVAL ? 0 : err;
}

int makeFolders(const std::string& dir) {
    if (const int err = injectedFault(FileOp::MakeFolder, dir)) return err;
    std::error_code ec;
    fs::create_directories(dir, ec);
    return ec ? ec.value() : 0;
}

}  // namespace fileops
}  // namespace ts
