// The one way TrainScope writes a file that must never be seen half-written: a temporary file in the same
// folder, write, flush, fsync, rename over the target, fsync the folder. Every return value is checked; a
// failure removes the temporary file and throws FileWriteError naming the file, the reason and, for a full
// disk or a read-only folder, the free space and what to do. Torch-free, no Qt. The calls go through
// core/common/FileOps, where tests inject faults.
#pragma once

#include "core/common/FileOps.h"

#include <string>

namespace ts {

/// Replaces `path` with `content` atomically and durably (see above).
void writeFileAtomically(const std::string& path, const std::string& content);

/// Writes a file atomically in pieces, for writers that stream (LibTorch's serializer, a file copy).
/// write() never fails towards its caller (a serializer that saw a short write would throw from its
/// destructor): the first error is kept and thrown by commit(). Destroyed without commit(), or after a
/// failure, it removes the temporary file, so no `.tmp-*` file is left behind.
class AtomicFileWriter {
public:
    /// Creates the temporary file next to `path`; throws FileWriteError when it cannot.
    explicit AtomicFileWriter(std::string path);
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    /// Writes are gathered up to this many bytes: a serializer's many small records become few system calls.
    static constexpr size_t kBufferBytes = size_t(1) << 20;

    /// Appends `size` bytes; returns `size` (errors wait for commit()).
    size_t write(const void* data, size_t size);
    /// fsyncs, renames over the final path and fsyncs the folder; throws FileWriteError on any failure,
    /// including an earlier write's.
    void commit();

private:
    void discard();
    void writeBuffer();

    std::string m_path;
    std::string m_tmp;
    std::string m_buffer;
    int m_fd = -1;
    int m_error = 0;
    bool m_committed = false;
};

/// A temporary name next to `path`, unique to this process and call ("<path>.tmp-<pid>-<n>").
std::string temporaryPathFor(const std::string& path);

}  // namespace ts
