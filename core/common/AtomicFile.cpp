#include "core/common/AtomicFile.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include <fcntl.h>
#include <unistd.h>

namespace ts {
namespace {

std::function<void(const std::string&)>& syncObserver() {
    static std::function<void(const std::string&)> observer;
    return observer;
}

void notifySynced(const std::string& path) {
    if (syncObserver()) syncObserver()(path);
}

[[noreturn]] void fail(const std::string& path, int err, const std::string& tmp) {
    if (!tmp.empty()) ::unlink(tmp.c_str());
    throw std::runtime_error("cannot write " + path + ": " + std::strerror(err) + writeErrorHint(err));
}

/// fsync of the folder that holds `path`, so the rename itself survives a power cut.
int syncParentFolder(const std::string& path) {
    std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (parent.empty()) parent = ".";
    const int fd = ::open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return errno;
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    // Some file systems refuse fsync on a folder (EINVAL); the rename has still happened.
    return rc == 0 || err == EINVAL ? 0 : err;
}

}  // namespace

void setFileSyncObserver(std::function<void(const std::string&)> observer) { syncObserver() = std::move(observer); }

std::string writeErrorHint(int err) {
    switch (err) {
    case ENOSPC:
    case EDQUOT: return " (the disk is full: free some space or choose another folder)";
    case EROFS: return " (the folder is on a read-only file system: choose another folder)";
    case EACCES:
    case EPERM: return " (no permission to write there: choose another folder)";
    default: return "";
    }
}

std::string temporaryPathFor(const std::string& path) {
    static std::atomic<unsigned> counter{0};
    return path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
}

void writeFileAtomically(const std::string& path, const std::string& content) {
    const std::string tmp = temporaryPathFor(path);
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) fail(path, errno, "");
    size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : ENOSPC;
            ::close(fd);
            fail(path, err, tmp);
        }
        done += size_t(n);
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        fail(path, err, tmp);
    }
    if (::close(fd) != 0) fail(path, errno, tmp);
    if (::rename(tmp.c_str(), path.c_str()) != 0) fail(path, errno, tmp);
    if (const int err = syncParentFolder(path)) fail(path, err, "");
    notifySynced(path);
}

void commitFileAtomically(const std::string& tmpPath, const std::string& path) {
    const int fd = ::open(tmpPath.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail(path, errno, tmpPath);
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        fail(path, err, tmpPath);
    }
    if (::close(fd) != 0) fail(path, errno, tmpPath);
    if (::rename(tmpPath.c_str(), path.c_str()) != 0) fail(path, errno, tmpPath);
    if (const int err = syncParentFolder(path)) fail(path, err, "");
    notifySynced(path);
}

}  // namespace ts
