// The tokenizer factory and the helpers every tokenizer shares.
#include "core/text/Tokenizer.h"

#include "core/common/Json.h"
#include "core/text/CharTokenizer.h"
#include "core/text/SentencePieceTokenizer.h"
#include "core/text/Utf8.h"

#include <algorithm>
#include <exception>
#include <stdexcept>
#include <thread>

namespace ts {

std::vector<int32_t> Tokenizer::encode(std::string_view text) const {
    std::vector<int32_t> ids;
    encodeAppend(text, ids);
    return ids;
}

std::vector<int32_t> Tokenizer::encodeAll(const std::vector<std::string_view>& parts, int threads) const {
    std::vector<int32_t> ids;
    if (threads <= 1) {
        for (std::string_view part : parts) encodeAppend(part, ids);
        return ids;
    }
    // Cut the parts into stretches of about total / threads bytes, then give each thread its share of them.
    size_t total = 0;
    for (std::string_view part : parts) total += part.size();
    const size_t stretch = std::max<size_t>(total / size_t(threads) + 1, 1);
    std::vector<std::string_view> pieces;
    for (std::string_view part : parts)
        for (size_t pos = 0; pos < part.size();) {
            const size_t end = utf8::chunkEnd(part, pos, stretch);
            pieces.push_back(part.substr(pos, end - pos));
            pos = end;
        }
    std::vector<std::vector<int32_t>> results(pieces.size());
    std::vector<std::exception_ptr> errors(pieces.size());
    std::vector<std::thread> workers;
    const size_t count = std::min(pieces.size(), size_t(threads));
    for (size_t t = 0; t < count; ++t)
        workers.emplace_back([&, t] {
            for (size_t i = t * pieces.size() / count; i < (t + 1) * pieces.size() / count; ++i) {
                try {
                    encodeAppend(pieces[i], results[i]);
                } catch (...) {
                    errors[i] = std::current_exception();
                }
            }
        });
    for (std::thread& w : workers) w.join();
    for (size_t i = 0; i < pieces.size(); ++i) {
        if (errors[i]) std::rethrow_exception(errors[i]);
        ids.insert(ids.end(), results[i].begin(), results[i].end());
    }
    return ids;
}

double unknownRate(const Tokenizer& tokenizer, const std::vector<int32_t>& ids) {
    const int32_t unk = tokenizer.unknownId();
    if (ids.empty() || unk < 0) return 0.0;
    return double(std::count(ids.begin(), ids.end(), unk)) / double(ids.size());
}

std::unique_ptr<Tokenizer> makeTokenizer(const TokenizerOptions& options, const std::vector<std::string_view>& trainText,
                                         const TokenizerProgress& progress) {
    if (options.kind == "char") {
        if (progress) progress("training", -1.0);
        auto tokenizer = std::make_unique<CharTokenizer>(CharTokenizer::train(trainText));
        if (progress) progress("done", 1.0);
        return tokenizer;
    }
    if (options.kind == "bpe" || options.kind == "unigram")
        return std::make_unique<SentencePieceTokenizer>(SentencePieceTokenizer::train(options, trainText, progress));
    const std::string& path = options.kind;
    if (path.size() > 6 && path.compare(path.size() - 6, 6, ".model") == 0)
        return std::make_unique<SentencePieceTokenizer>(SentencePieceTokenizer::loadModelFile(path));
    throw std::runtime_error("unknown tokenizer \"" + options.kind + "\": use char, bpe, unigram or a SentencePiece FILE.model");
}

std::unique_ptr<Tokenizer> tokenizerFromJson(const std::string& json) {
    Json doc;
    try {
        doc = Json::parse(json);
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string("the saved tokenizer is not valid JSON: ") + e.what());
    }
    const std::string kind = doc["kind"].string();
    if (kind == "char") return std::make_unique<CharTokenizer>(CharTokenizer::fromJson(doc));
    if (kind == "bpe" || kind == "unigram" || kind == "sentencepiece") return std::make_unique<SentencePieceTokenizer>(SentencePieceTokenizer::fromJson(doc));
    throw std::runtime_error("the saved tokenizer has an unknown kind \"" + kind + "\"");
}

}  // namespace ts
