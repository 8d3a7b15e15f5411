// A UTF-8 text corpus for language models: one .txt file, a folder of .txt files or a .jsonl file with a "text"
// field per line, read without copying (files are memory-mapped), validated with messages that name the file
// and the byte offset. Torch-free, Qt-free.
#pragma once

#include "core/text/MappedFile.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ts {

/// Bytes of a file's start that the binary check and format detection judge.
constexpr size_t kTextSampleBytes = 64 * 1024;

/// What a path holds, as far as text is concerned.
enum class TextFormat { NotText, TextFile, TextFolder, Jsonl };

/// One document of a corpus: a file, or one line of a JSONL file.
struct TextDocument {
    std::string name;       ///< the file, or "FILE line N" for JSONL
    std::string_view text;  ///< valid UTF-8, without a byte-order mark
};

/// The documents of a corpus, in order (folders: files sorted by path), and the storage they point into.
class TextCorpus {
public:
    /// Opens and validates a corpus; throws std::runtime_error naming the file (and byte offset and line)
    /// when it is missing, binary, not UTF-8, malformed JSONL or empty.
    static TextCorpus open(const std::string& path);

    /// The path it was opened from.
    const std::string& path() const { return m_path; }
    /// How it was read.
    TextFormat format() const { return m_format; }
    /// Every non-empty document.
    const std::vector<TextDocument>& documents() const { return m_documents; }
    /// Total UTF-8 bytes of the documents.
    int64_t bytes() const;
    /// Neutral facts found while reading (skipped empty files, ...).
    const std::vector<std::string>& notes() const { return m_notes; }

private:
    void openFile(const std::string& file);
    void openFolder(const std::string& folder);
    void openJsonl(const std::string& file);
    void addJsonlLine(std::string_view line, int64_t lineNumber, const std::string& file);

    std::string m_path;
    TextFormat m_format = TextFormat::NotText;
    std::vector<std::unique_ptr<MappedFile>> m_files;
    std::unique_ptr<std::string> m_decoded;  ///< JSONL: the unescaped texts, one buffer
    std::vector<TextDocument> m_documents;
    std::vector<std::string> m_notes;
};

/// Throws std::runtime_error when `bytes` (the contents of `name`) is binary (a NUL byte, or mostly control
/// characters and invalid sequences) or not valid UTF-8, naming the byte offset and line.
void checkTextBytes(std::string_view bytes, const std::string& name);
/// Throws std::runtime_error when a split is shorter than one context window plus the target token:
/// training always, validation when it has any tokens at all.
void checkContextWindow(const std::string& name, int64_t trainTokens, int64_t validationTokens, int contextLength);

}  // namespace ts
