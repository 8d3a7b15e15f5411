#include "core/common/AtomicFile.h"

#include <atomic>

#include <fcntl.h>
#include <unistd.h>

namespace ts {

std::string temporaryPathFor(const std::string& path) {
    static std::atomic<unsigned> counter{0};
    return path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
}

AtomicFileWriter::AtomicFileWriter(std::string path) : m_path(std::move(path)), m_tmp(temporaryPathFor(m_path)) {
    int err = 0;
    m_fd = fileops::open(m_tmp, O_WRONLY | O_CREAT | O_TRUNC, err);
    if (m_fd < 0) throw FileWriteError(m_path, err);
}

AtomicFileWriter::~AtomicFileWriter() {
    if (!m_committed) discard();
}

void AtomicFileWriter::discard() {
    if (m_fd >= 0) ::close(m_fd);
    m_fd = -1;
    ::unlink(m_tmp.c_str());
}

void AtomicFileWriter::writeBuffer() {
    if (m_error == 0 && !m_buffer.empty()) m_error = fileops::writeAll(m_fd, m_path, m_buffer.data(), m_buffer.size());
    m_buffer.clear();
}

size_t AtomicFileWriter::write(const void* data, size_t size) {
    if (m_error != 0) return size;
    if (m_buffer.size() + size > kBufferBytes) writeBuffer();
    if (size >= kBufferBytes) {
        if (m_error == 0) m_error = fileops::writeAll(m_fd, m_path, data, size);
    } else {
        m_buffer.append(static_cast<const char*>(data), size);
    }
    return size;
}

void AtomicFileWriter::commit() {
    writeBuffer();
    int err = m_error;
    if (err == 0) err = fileops::sync(m_fd, m_path);
    if (err == 0) {
        err = fileops::close(m_fd, m_path);
        m_fd = -1;
    }
    if (err == 0) err = fileops::rename(m_tmp, m_path);
    if (err != 0) {
        const FileWriteError error(m_path, err);  // the free space it reports still counts the temporary file
        discard();
        throw error;
    }
    m_committed = true;
    // The file is in place; a folder that cannot be synced is still reported, as the rename may not last.
    if ((err = fileops::syncFolderOf(m_path)) != 0) throw FileWriteError(m_path, err);
}

void writeFileAtomically(const std::string& path, const std::string& content) {
    AtomicFileWriter out(path);
    out.write(content.data(), content.size());
    out.commit();
}

}  // namespace ts
