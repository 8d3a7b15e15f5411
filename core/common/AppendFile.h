// A log file that grows while a run trains (metrics.csv, epochs.jsonl, val-predictions.csv, TensorBoard
// events): appended text is buffered and written by flush(), through core/common/FileOps like every other
// write. A failure throws FileWriteError; what was written before stays, and a torn last line is what the
// readers of these files already skip. It cannot be written through a temporary file and a rename, because
// it must survive a crash with everything up to the last flush.
#pragma once

#include "core/common/FileOps.h"

#include <string>
#include <string_view>

namespace ts {

/// One appended log file (see above).
class AppendFile {
public:
    /// How open() treats an existing file.
    enum class Mode {
        Truncate,   ///< start it empty
        Append,     ///< keep it and add to its end
        CreateNew,  ///< refuse an existing name (EEXIST): never append to another writer's file
    };

    /// Buffered text is written out once it grows past this many bytes, without waiting for flush().
    static constexpr size_t kBufferLimit = size_t(1) << 16;

    AppendFile() = default;
    /// Closes, writing what is buffered; errors are dropped here (call close() to see them).
    ~AppendFile();
    AppendFile(const AppendFile&) = delete;
    AppendFile& operator=(const AppendFile&) = delete;

    /// Opens `path`; throws FileWriteError (for CreateNew, with error() == EEXIST when the name is taken).
    void open(const std::string& path, Mode mode);
    /// Adds `text` to the buffer, writing the buffer out when it is large; throws FileWriteError.
    void append(std::string_view text);
    /// Writes the buffer to the file (no fsync: a process crash loses nothing written; a power cut may lose
    /// the last seconds, which the run's checkpoints and atomically written status cover); throws FileWriteError.
    void flush();
    /// Flushes and closes; throws FileWriteError. Closing a closed file does nothing.
    void close();

    /// Whether the file is open.
    bool isOpen() const { return m_fd >= 0; }
    /// The file's path.
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
    std::string m_buffer;
    int m_fd = -1;
};

}  // namespace ts
