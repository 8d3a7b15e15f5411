// SentencePiece behind the Tokenizer interface, through the SentencePiece module (SentencePieceModule.h).
// Training hands the split over line by line from memory (no temporary file) and keeps the model in memory (no
// model file is written).
#include "core/text/SentencePieceTokenizer.h"

#include "core/text/SentencePieceModule.h"

#include "core/common/Base64.h"
#include "core/common/Json.h"
#include "core/text/Utf8.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace ts {

namespace {

constexpr std::string_view kSpaceSymbol = "\xE2\x96\x81";  // U+2581, SentencePiece's visible space
constexpr size_t kEncodeChunkBytes = 4096;            ///< text is encoded in chunks ending at line feeds

/// Reads varint-encoded protobuf fields just far enough to find ModelProto.trainer_spec.model_type.
struct ProtoReader {
    std::string_view bytes;
    size_t pos = 0;

    bool varint(uint64_t& v) {
        v = 0;
        for (int shift = 0; pos < bytes.size() && shift < 64; shift += 7) {
            const auto b = static_cast<unsigned char>(bytes[pos++]);
            v |= uint64_t(b & 0x7F) << shift;
            if (!(b & 0x80)) return true;
        }
        return false;
    }
    /// Finds field `number`: a varint (into `value`) or a length-delimited field (into `sub`).
    bool find(uint64_t number, uint64_t& value, std::string_view& sub) {
        constexpr uint64_t kVarint = 0, kFixed64 = 1, kLengthDelimited = 2, kFixed32 = 5;
        uint64_t key = 0, v = 0;
        while (pos < bytes.size() && varint(key)) {
            const uint64_t wire = key & 7;
            const bool wanted = (key >> 3) == number;
            if (wire == kVarint) {
                if (!varint(v)) return false;
                if (wanted) return value = v, true;
            } else if (wire == kLengthDelimited) {
                if (!varint(v) || v > bytes.size() - pos) return false;
                if (wanted) return sub = bytes.substr(pos, v), true;
                pos += v;
            } else if (wire == kFixed64 || wire == kFixed32) {
                pos += wire == kFixed64 ? 8 : 4;
            } else {
                return false;
            }
        }
        return false;
    }
};

/// "bpe" or "unigram" ("sentencepiece" for word and char models trained elsewhere) from a serialized model.
std::string modelTypeOf(std::string_view proto) {
    constexpr uint64_t kTrainerSpecField = 2, kModelTypeField = 3;
    uint64_t value = 0;
    std::string_view spec;
    ProtoReader top{proto};
    if (!top.find(kTrainerSpecField, value, spec)) return "unigram";
    ProtoReader inner{spec};
    value = 1;
    if (!inner.find(kModelTypeField, value, spec)) return "unigram";
    switch (value) {
    case 2: return "bpe";
    case 3:  // word and char models trained elsewhere
    case 4: return "sentencepiece";
    default: return "unigram";
    }
}


constexpr size_t kMaxSentenceBytes = 4000;  ///< below SentencePiece's default max_sentence_length (4192)
constexpr double kProgressStep = 0.01;      ///< "reading" progress is reported every 1% of the bytes

/// Hands the training split out one line at a time (long lines in pieces), reporting progress.
class SplitSentences {
public:
    SplitSentences(const std::vector<std::string_view>& parts, const TokenizerProgress& progress)
        : m_parts(parts), m_progress(progress) {
        for (std::string_view p : parts) m_total += p.size();
    }
    /// The next sentence into `out`; false after the last.
    bool next(std::string& out) {
        while (m_part < m_parts.size() && m_pos >= m_parts[m_part].size()) {
            ++m_part;
            m_pos = 0;
        }
        if (m_part >= m_parts.size()) {
            report(1.0);
            return false;
        }
        const std::string_view text = m_parts[m_part];
        size_t end = text.find('\n', m_pos);
        end = end == std::string_view::npos ? text.size() : end + 1;
        if (end - m_pos > kMaxSentenceBytes) end = utf8::boundaryAtOrAfter(text, m_pos + kMaxSentenceBytes);
        out.assign(text.substr(m_pos, end - m_pos));
        m_done += end - m_pos;
        m_pos = end;
        if (m_total > 0 && double(m_done) / double(m_total) >= m_reported + kProgressStep) report(double(m_done) / double(m_total));
        return true;
    }

private:
    void report(double fraction) {
        m_reported = fraction;
        if (m_progress) m_progress("reading", fraction);
    }

    const std::vector<std::string_view>& m_parts;
    const TokenizerProgress& m_progress;
    size_t m_part = 0, m_pos = 0, m_total = 0, m_done = 0;
    double m_reported = 0.0;
};

std::shared_ptr<SentencePieceModel> loadProcessor(const std::string& proto, const std::string& what) {
    const SentencePieceFunctions& sp = sentencePiece();
    std::string error;
    SentencePieceModel* model = sp.fromProto(proto, &error);
    if (!model) throw std::runtime_error(what + " is not a usable SentencePiece model: " + error);
    return std::shared_ptr<SentencePieceModel>(model, sp.release);
}

}  // namespace

bool SentencePieceTokenizer::available() {
    try {
        sentencePiece();
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

SentencePieceTokenizer::SentencePieceTokenizer(std::string kind, std::string modelProto, std::string source)
    : m_kind(std::move(kind)), m_modelProto(std::move(modelProto)), m_source(std::move(source)),
      m_processor(loadProcessor(m_modelProto, m_source)) {}

SentencePieceTokenizer SentencePieceTokenizer::train(const TokenizerOptions& options, const std::vector<std::string_view>& trainText,
                                                     const TokenizerProgress& progress) {
    const std::unordered_map<std::string, std::string> args = {
        {"model_type", options.kind},
        {"vocab_size", std::to_string(options.vocabSize)},
        {"hard_vocab_limit", options.kind == "unigram" ? "false" : "true"},
        {"normalization_rule_name", "identity"},  // keep the text exactly as it is
        {"remove_extra_whitespaces", "false"},
        {"add_dummy_prefix", "false"},
        {"byte_fallback", "true"},                 // characters the model lacks still round-trip
        {"user_defined_symbols", "\n"},            // a line feed is a token of its own
        {"input_sentence_size", std::to_string(options.maxSentences)},
        {"num_threads", std::to_string(std::max(1, options.threads))},
        {"minloglevel", "2"},                       // no training log on stderr
    };
    const SentencePieceFunctions& sp = sentencePiece();
    SplitSentences sentences(trainText, progress);
    std::string proto;
    if (progress) progress("training", -1.0);
    const std::string error = sp.train(args, [&sentences](std::string& out) { return sentences.next(out); }, &proto);
    if (!error.empty())
        throw std::runtime_error("SentencePiece could not train a " + options.kind + " tokenizer of " +
                                 std::to_string(options.vocabSize) + " tokens on the training split: " + error);
    SentencePieceTokenizer tokenizer(options.kind, std::move(proto), "trained");
    if (progress) progress("done", 1.0);
    return tokenizer;
}

SentencePieceTokenizer SentencePieceTokenizer::loadModelFile(const std::string& path) {
    const SentencePieceFunctions& sp = sentencePiece();
    std::string proto, error;
    SentencePieceModel* model = sp.fromFile(path, &proto, &error);
    if (!model) throw std::runtime_error("cannot load the SentencePiece model " + path + ": " + error);
    sp.release(model);
    const std::string kind = modelTypeOf(proto);
    return SentencePieceTokenizer(kind, std::move(proto), path);
}

int64_t SentencePieceTokenizer::vocabSize() const { return sentencePiece().pieceCount(m_processor.get()); }

int32_t SentencePieceTokenizer::unknownId() const { return sentencePiece().unknownId(m_processor.get()); }

void SentencePieceTokenizer::encodeAppend(std::string_view text, std::vector<int32_t>& ids) const {
    std::vector<int> chunkIds;
    for (size_t pos = 0; pos < text.size();) {
        const std::string_view chunk = text.substr(pos, utf8::chunkEnd(text, pos, kEncodeChunkBytes) - pos);
        const std::string error = sentencePiece().encode(m_processor.get(), chunk, &chunkIds);
        if (!error.empty()) throw std::runtime_error("SentencePiece could not encode the text: " + error);
        ids.insert(ids.end(), chunkIds.begin(), chunkIds.end());
        pos += chunk.size();
    }
}

std::string SentencePieceTokenizer::decode(const std::vector<int32_t>& ids) const {
    std::vector<int> known;
    known.reserve(ids.size());
    for (int32_t id : ids) known.push_back(id >= 0 && id < vocabSize() ? id : unknownId());
    std::string out;
    const std::string error = sentencePiece().decode(m_processor.get(), known, &out);
    if (!error.empty()) throw std::runtime_error("SentencePiece could not decode the ids: " + error);
    return out;
}

std::string SentencePieceTokenizer::tokenLabel(int32_t id) const {
    if (id < 0 || id >= vocabSize()) return "<unk>";
    const std::string piece = sentencePiece().piece(m_processor.get(), id);
    return piece == "\n" ? "\\n" : piece;
}

std::vector<int32_t> SentencePieceTokenizer::tokenByteLengths() const {
    std::vector<int32_t> lengths(static_cast<size_t>(vocabSize()), 0);
    const SentencePieceFunctions& sp = sentencePiece();
    for (int id = 0; id < vocabSize(); ++id) {
        const PieceKind kind = sp.pieceKind(m_processor.get(), id);
        if (kind == PieceKind::Control) continue;
        if (kind == PieceKind::Byte) {
            lengths[size_t(id)] = 1;
        } else if (kind == PieceKind::Unknown) {
            lengths[size_t(id)] = static_cast<int32_t>(decode({id}).size());
        } else {
            const std::string piece = sp.piece(m_processor.get(), id);
            size_t spaces = 0;
            for (size_t at = piece.find(kSpaceSymbol); at != std::string::npos; at = piece.find(kSpaceSymbol, at + kSpaceSymbol.size())) ++spaces;
            lengths[size_t(id)] = static_cast<int32_t>(piece.size() - spaces * (kSpaceSymbol.size() - 1));
        }
    }
    return lengths;
}


SentencePieceTokenizer SentencePieceTokenizer::fromJson(const Json& doc) {
    const std::string kind = doc["kind"].string();
    std::string proto;
    try {
        proto = base64Decode(doc["model"].string());
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string("the saved ") + kind + " tokenizer's model is damaged: " + e.what());
    }
    if (proto.empty()) throw std::runtime_error("the saved " + kind + " tokenizer has no model");
    return SentencePieceTokenizer(kind, std::move(proto), doc["source"].string("saved"));
}

std::string SentencePieceTokenizer::toJson() const {
    Json doc;
    doc.set("kind", m_kind);
    doc.set("vocab_size", vocabSize());
    doc.set("source", m_source);
    doc.set("model", base64Encode(m_modelProto));
    return doc.dump();
}

}  // namespace ts
