// A read-only memory map of one file, so that a large corpus is never copied to be read. Torch-free, Qt-free.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ts {

/// Maps a whole file read-only for as long as the object lives (an empty file maps to an empty view).
class MappedFile {
public:
    /// Maps `path`; throws std::runtime_error "cannot read PATH: REASON" when it cannot.
    explicit MappedFile(const std::string& path);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    /// The file's bytes.
    std::string_view bytes() const { return {static_cast<const char*>(m_data), m_size}; }
    /// The path it was opened with.
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
    void* m_data = nullptr;
    size_t m_size = 0;
};

}  // namespace ts
