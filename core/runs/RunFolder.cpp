#include "core/runs/RunFolder.h"

#include "core/common/FileOps.h"

#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace ts {

namespace fs = std::filesystem;

namespace {

/// Local time as YYYYmmdd-HHMMSS, for folder names.
std::string folderStamp() {
    const std::time_t now = std::time(nullptr);
    std::tm local {};
    ::localtime_r(&now, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
    return stamp;
}

/// True for the names of the files a run writes.
bool isRunFileName(const std::string& name) {
    static const char* const kRunFiles[] = {"run.json", "status.json", "metrics.csv", "summary.json"};
    for (const char* file : kRunFiles)
        if (name == file) return true;
    const bool checkpoint = name.rfind("checkpoint-", 0) == 0 && name.find(".pt") != std::string::npos;
    return checkpoint || name.rfind("events.out.tfevents.", 0) == 0;
}

}  // namespace

std::string defaultRunsRoot() {
    std::string base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home) base = std::string(home) + "/.local/share";
    else base = ".";
    return base + "/trainscope/runs";
}

std::string newRunDir(const std::string& root, const std::string& preset) {
    if (const int err = fileops::makeFolders(root)) throw FileWriteError(root, err);
    const std::string base = root + "/" + folderStamp() + "-" + preset;
    std::string dir = base;
    for (int i = 2;; ++i) {
        // create_directory is false for a name that exists: the folder made here belongs to this run alone.
        std::error_code ec;
        if (fs::create_directory(dir, ec)) return dir;
        if (ec) throw FileWriteError(dir, ec.value());
        dir = base + "-" + std::to_string(i);
    }
}

bool holdsRun(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return false;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (isRunFileName(entry.path().filename().string())) return true;
    return false;
}

bool runLockHeld(const std::string& dir) {
    const std::string lock = (fs::path(dir) / ".lock").string();
    const int fd = ::open(lock.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0;
    ::close(fd);
    return held;
}

std::string replacedRunDir(const std::string& dir) {
    std::string trimmed = dir;
    while (trimmed.size() > 1 && trimmed.back() == '/') trimmed.pop_back();
    const std::string base = trimmed + ".replaced-" + folderStamp();
    std::string aside = base;
    std::error_code ec;
    for (int i = 2; fs::exists(aside, ec); ++i) aside = base + "-" + std::to_string(i);
    return aside;
}

std::string moveRunAside(const std::string& dir) {
    if (runLockHeld(dir)) throw std::runtime_error(dir + " is still training in another process; stop it first");
    const std::string aside = replacedRunDir(dir);
    if (const int err = fileops::rename(dir, aside))
        throw std::runtime_error("cannot move the old run " + dir + " aside to " + aside + ": " + std::strerror(err));
    return aside;
}

}  // namespace ts
