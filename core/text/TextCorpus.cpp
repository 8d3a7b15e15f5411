// Reading and validating text corpora. Every check is linear in the bytes and runs once, so a bad input is
// answered in a fraction of a second even at 100 MB.
#include "core/text/TextCorpus.h"

#include "core/common/Json.h"
#include "core/common/Numbers.h"
#include "core/text/TextDetection.h"
#include "core/text/Utf8.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace ts {

namespace {

constexpr double kMaxNonTextShare = 0.10;          ///< more control/invalid bytes than this in the sample: binary
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string_view withoutBom(std::string_view bytes) {
    return bytes.substr(0, kByteOrderMark.size()) == kByteOrderMark ? bytes.substr(kByteOrderMark.size()) : bytes;
}

/// Control characters other than tab, line feed, carriage return, form feed and vertical tab.
bool isControlByte(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F; }

/// Share of the sample's bytes that are control characters or start an invalid sequence.
double nonTextShare(std::string_view sample) {
    size_t bad = 0;
    for (size_t pos = 0; pos < sample.size();) {
        const size_t len = utf8::sequenceLength(sample, pos);
        // A sequence cut by the end of the sample is not counted as bad.
        const bool cut = len == 0 && sample.size() - pos < 4;
        if ((len == 0 && !cut) || (len == 1 && isControlByte(static_cast<unsigned char>(sample[pos])))) ++bad;
        pos += len == 0 ? 1 : len;
    }
    return sample.empty() ? 0.0 : double(bad) / double(sample.size());
}

bool isBlank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; });
}

}  // namespace

void checkTextBytes(std::string_view bytes, const std::string& name) {
    if (bytes.empty()) return;
    const std::string_view head = bytes.substr(0, 2);
    if (head == "\xFF\xFE" || head == "\xFE\xFF")
        throw std::runtime_error(name + " is UTF-16 text (it starts with a UTF-16 byte-order mark): save it as UTF-8.");
    const void* nul = std::memchr(bytes.data(), 0, bytes.size());
    if (nul) {
        const size_t at = static_cast<size_t>(static_cast<const char*>(nul) - bytes.data());
        throw std::runtime_error(name + " is a binary file, not text: it holds a NUL byte at offset " + std::to_string(at) + ".");
    }
    const std::string_view sample = bytes.substr(0, kTextSampleBytes);
    const double share = nonTextShare(sample);
    if (share > kMaxNonTextShare)
        throw std::runtime_error(name + " looks like a binary file, not text: " + std::to_string(int(share * 100.0 + 0.5)) +
                                 "% of its first " + std::to_string(sample.size()) +
                                 " bytes are control characters or invalid UTF-8.");
    const utf8::Utf8Problem bad = utf8::findInvalid(bytes);
    if (bad.found)
        throw std::runtime_error(name + " is not valid UTF-8: invalid byte 0x" + formatC("%02X", unsigned(static_cast<unsigned char>(bytes[bad.offset]))) +
                                 " at byte offset " + std::to_string(bad.offset) + " (line " + std::to_string(bad.line) +
                                 "). Save the file as UTF-8.");
}

TextCorpus TextCorpus::open(const std::string& path) {
    TextCorpus corpus;
    corpus.m_path = path;
    std::error_code ec;
    if (!fs::exists(path, ec)) throw std::runtime_error(path + " does not exist.");
    if (fs::is_directory(path, ec)) corpus.openFolder(path);
    else if (lowerExtension(fs::path(path)) == ".jsonl") corpus.openJsonl(path);
    else corpus.openFile(path);
    const bool blank = std::all_of(corpus.m_documents.begin(), corpus.m_documents.end(),
                                   [](const TextDocument& d) { return isBlank(d.text); });
    if (blank) throw std::runtime_error(path + " is an empty corpus: it holds no text" +
                                        (corpus.m_documents.empty() ? std::string(".") : std::string(" besides white space.")));
    return corpus;
}

int64_t TextCorpus::bytes() const {
    int64_t total = 0;
    for (const TextDocument& d : m_documents) total += static_cast<int64_t>(d.text.size());
    return total;
}

void TextCorpus::openFile(const std::string& file) {
    if (m_format == TextFormat::NotText) m_format = TextFormat::TextFile;
    auto mapped = std::make_unique<MappedFile>(file);
    checkTextBytes(mapped->bytes(), file);
    const std::string_view text = withoutBom(mapped->bytes());
    if (text.empty()) {
        if (m_format == TextFormat::TextFolder) m_notes.push_back("skipped the empty file " + file);
        return;
    }
    m_documents.push_back({file, text});
    m_files.push_back(std::move(mapped));
}

void TextCorpus::openFolder(const std::string& folder) {
    m_format = TextFormat::TextFolder;
    std::vector<std::string> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end; it != end;
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(ec) && lowerExtension(it->path()) == ".txt") files.push_back(it->path().string());
    }
    if (ec) throw std::runtime_error("cannot list " + folder + ": " + ec.message());
    if (files.empty()) throw std::runtime_error(folder + " holds no .txt files, so it is not a text corpus.");
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) openFile(f);
}

void TextCorpus::openJsonl(const std::string& file) {
    m_format = TextFormat::Jsonl;
    auto mapped = std::make_unique<MappedFile>(file);
    checkTextBytes(mapped->bytes(), file);
    const std::string_view all = withoutBom(mapped->bytes());
    m_decoded = std::make_unique<std::string>();
    m_decoded->reserve(all.size());  // unescaped text is never longer than the file: no reallocation, views stay valid
    int64_t lineNumber = 0;
    for (size_t pos = 0; pos < all.size();) {
        const size_t end = std::min(all.find('\n', pos), all.size());
        addJsonlLine(all.substr(pos, end - pos), ++lineNumber, file);
        pos = end + 1;
    }
}

void TextCorpus::addJsonlLine(std::string_view line, int64_t lineNumber, const std::string& file) {
    if (isBlank(line)) return;
    const std::string where = file + " line " + std::to_string(lineNumber);
    Json value;
    try {
        value = Json::parse(std::string(line));
    } catch (const std::exception& e) {
        throw std::runtime_error(where + " is not valid JSON: " + e.what());
    }
    if (!value["text"].isString()) throw std::runtime_error(where + " has no \"text\" field holding a string.");
    const std::string text = value["text"].string();
    const utf8::Utf8Problem bad = utf8::findInvalid(text);
    if (bad.found)
        throw std::runtime_error(where + ": the \"text\" field is not valid UTF-8 once unescaped (byte " +
                                 std::to_string(bad.offset) + " of the text; a lone surrogate escape?).");
    if (text.empty()) return;
    const size_t start = m_decoded->size();
    m_decoded->append(text);
    m_documents.push_back({where, std::string_view(*m_decoded).substr(start, text.size())});
}

void checkContextWindow(const std::string& name, int64_t trainTokens, int64_t validationTokens, int contextLength) {
    const int64_t needed = int64_t(contextLength) + 1;
    const auto tooShort = [&](const char* split, int64_t tokens) {
        return std::runtime_error(name + " is too short for a context of " + std::to_string(contextLength) + " tokens: the " + split +
                                  " split has " + std::to_string(tokens) + " tokens and one window needs " +
                                  std::to_string(needed) + ". Use more text or a shorter context.");
    };
    if (trainTokens < needed) throw tooShort("training", trainTokens);
    if (validationTokens > 0 && validationTokens < needed) throw tooShort("validation", validationTokens);
}

}  // namespace ts
