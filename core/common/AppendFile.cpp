#include "core/common/AppendFile.h"

#include <fcntl.h>
#include <unistd.h>

namespace ts {

AppendFile::~AppendFile() {
    try {
        close();
    } catch (const FileWriteError&) {
        // The owner reported (or chose to ignore) write errors before letting go of the file.
    }
}

void AppendFile::open(const std::string& path, Mode mode) {
    close();
    m_path = path;
    int flags = O_WRONLY | O_CREAT;
    switch (mode) {
    case Mode::Truncate: flags |= O_TRUNC; break;
    case Mode::Append: flags |= O_APPEND; break;
    case Mode::CreateNew: flags |= O_EXCL; break;
    }
    int err = 0;
    m_fd = fileops::open(path, flags, err);
    if (m_fd < 0) throw FileWriteError(path, err);
}

void AppendFile::append(std::string_view text) {
    m_buffer.append(text);
    if (m_buffer.size() >= kBufferLimit) flush();
}

void AppendFile::flush() {
    if (m_fd < 0) return;
    std::string pending;
    pending.swap(m_buffer);  // a failed write is not retried: it may have left part of it on disk
    const int err = pending.empty() ? 0 : fileops::writeAll(m_fd, m_path, pending.data(), pending.size());
    if (err != 0) throw FileWriteError(m_path, err);
}

void AppendFile::close() {
    if (m_fd < 0) return;
    int err = 0;
    try {
        flush();
    } catch (const FileWriteError& e) {
        err = e.error();
    }
    const int closeErr = fileops::close(m_fd, m_path);
    m_fd = -1;
    if (err == 0) err = closeErr;
    if (err != 0) throw FileWriteError(m_path, err);
}

}  // namespace ts
