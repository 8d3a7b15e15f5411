// Windows, token scores and document figures of Evaluate mode for language models.
#include "core/eval/LanguageModelScorer.h"

#include "core/eval/Evaluator.h"
#include "core/text/Tokenizer.h"
#include "core/text/Utf8.h"
#include "core/text/VocabularyTokenizer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>

namespace ts {

namespace scoring {
namespace {

constexpr int64_t kTopK = 5;
constexpr uint8_t kTop1Hit = 1;
constexpr uint8_t kTop5Hit = 2;
constexpr int64_t kMaxWindowsPerBatch = 64;
constexpr int64_t kMaxLogitsPerBatch = int64_t(1) << 25;  // B * T * V floats: 128 MB of logits at most
const double kLn2 = std::log(2.0);

std::string shapeOf(const torch::Tensor& t) {
    std::string s = "[";
    for (int64_t d = 0; d < t.dim(); ++d) s += (d ? ", " : "") + std::to_string(t.size(d));
    return s + "]";
}

/// Byte offsets of tokens that stand for one code point each (char tokenizers, unknown token included).
std::vector<int64_t> codePointOffsets(std::string_view text, size_t tokens) {
    std::vector<int64_t> begins;
    begins.reserve(tokens);
    for (size_t pos = 0; pos < text.size() && begins.size() < tokens;) {
        begins.push_back(int64_t(pos));
        utf8::next(text, pos);
    }
    return begins;
}

/// Byte offsets from the tokens' byte lengths; when they add up to more than the text (a dummy prefix), the
/// excess is taken off the start, and every offset stays inside the text.
std::vector<int64_t> lengthOffsets(const std::vector<int32_t>& ids, const std::vector<int32_t>& lengths,
                                   int64_t textBytes) {
    int64_t total = 0;
    for (int32_t id : ids) total += id >= 0 && size_t(id) < lengths.size() ? lengths[size_t(id)] : 1;
    int64_t at = std::min<int64_t>(0, textBytes - total);
    std::vector<int64_t> begins;
    begins.reserve(ids.size());
    for (int32_t id : ids) {
        begins.push_back(std::clamp<int64_t>(at, 0, textBytes));
        at += id >= 0 && size_t(id) < lengths.size() ? lengths[size_t(id)] : 1;
    }
    return begins;
}

/// Runs one batch of same-length windows and stores the scored positions' figures.
void scoreBatch(std::vector<TokenizedText>& texts, const std::vector<ScoreWindow>& batch, const LogitsFunction& logits,
                int64_t vocabulary, const torch::Device& device) {
    const int64_t b = int64_t(batch.size()), t = batch.front().length;
    std::vector<int64_t> x(size_t(b * t)), y(size_t(b * t));
    for (int64_t i = 0; i < b; ++i) {
        const std::vector<int32_t>& ids = texts[batch[size_t(i)].text].ids;
        const int64_t s = batch[size_t(i)].start;
        for (int64_t k = 0; k < t; ++k) {
            x[size_t(i * t + k)] = ids[size_t(s + k)];
            y[size_t(i * t + k)] = ids[size_t(s + k + 1)];
        }
    }
    const torch::Tensor input = torch::tensor(x, torch::kInt64).view({b, t}).to(device);
    const torch::Tensor targets = torch::tensor(y, torch::kInt64).view({b, t}).to(device);
    const torch::Tensor out = logits(input);
    if (out.dim() != 3 || out.size(0) != b || out.size(1) != t || out.size(2) != vocabulary)
        throw std::runtime_error("the model returned logits of shape " + shapeOf(out) + " for token ids of shape [" +
                                 std::to_string(b) + ", " + std::to_string(t) + "]; expected [" + std::to_string(b) +
                                 ", " + std::to_string(t) + ", " + std::to_string(vocabulary) +
                                 "] (next-token logits at every position)");
    const torch::Tensor logp = torch::log_softmax(out.to(torch::kFloat), -1);
    const torch::Tensor loss = -logp.gather(-1, targets.unsqueeze(-1)).squeeze(-1);
    const auto [best, top1] = logp.max(-1);
    const torch::Tensor top5 = std::get<1>(logp.topk(std::min(kTopK, vocabulary), -1)).eq(targets.unsqueeze(-1)).any(-1);
    const torch::Tensor lossCpu = loss.cpu().contiguous(), confCpu = best.exp().cpu().contiguous();
    const torch::Tensor top1Cpu = top1.eq(targets).cpu().contiguous(), top5Cpu = top5.cpu().contiguous();
    const float* l = lossCpu.data_ptr<float>();
    const float* c = confCpu.data_ptr<float>();
    const bool* h1 = top1Cpu.data_ptr<bool>();
    const bool* h5 = top5Cpu.data_ptr<bool>();
    for (int64_t i = 0; i < b; ++i) {
        const ScoreWindow& w = batch[size_t(i)];
        TokenizedText& text = texts[w.text];
        for (int64_t k = std::max<int64_t>(0, w.firstScored - w.start - 1); k < t; ++k) {
            const size_t at = size_t(w.start + k + 1), flat = size_t(i * t + k);
            text.loss[at] = l[flat];
            text.confidence[at] = c[flat];
            text.hits[at] = uint8_t((h1[flat] ? kTop1Hit : 0) | (h5[flat] ? kTop5Hit : 0));
        }
    }
}

/// Sums of a set of scored tokens.
struct Totals {
    double nats = 0.0;
    int64_t tokens = 0, bytes = 0, top1 = 0, top5 = 0;

    void add(const TokenizedText& text, size_t i, const std::vector<int32_t>& byteLengths) {
        nats += double(text.loss[i]);
        ++tokens;
        const int32_t id = text.ids[i];
        bytes += id >= 0 && size_t(id) < byteLengths.size() ? byteLengths[size_t(id)] : 1;
        top1 += (text.hits[i] & kTop1Hit) ? 1 : 0;
        top5 += (text.hits[i] & kTop5Hit) ? 1 : 0;
    }
    double loss() const { return tokens > 0 ? nats / double(tokens) : 0.0; }
    double bitsPerByte() const { return bytes > 0 ? nats / kLn2 / double(bytes) : 0.0; }
};

}  // namespace
}  // namespace scoring

std::vector<ScoreWindow> scoreWindows(int64_t tokens, int64_t context, int64_t stride, size_t text) {
    std::vector<ScoreWindow> windows;
    if (tokens < 2 || context < 1) return windows;
    stride = std::clamp<int64_t>(stride, 1, context);
    const int64_t last = tokens - 1;  // index of the last target
    int64_t covered = 0;              // targets 1..covered are scored
    for (int64_t start = 0;; start += stride) {
        if (start + context >= last) {
            const int64_t s = std::max<int64_t>(0, last - context);
            windows.push_back({text, s, last - s, covered + 1});
            return windows;
        }
        windows.push_back({text, start, context, covered + 1});
        covered = start + context;
    }
}

TokenizedText tokenizeText(const Tokenizer& tokenizer, std::string_view text) {
    TokenizedText t;
    t.text = text;
    if (const auto* listed = dynamic_cast<const VocabularyTokenizer*>(&tokenizer)) {
        listed->encodeWithOffsets(text, t.ids, t.begins);
        return t;
    }
    t.ids = tokenizer.encode(text);
    t.begins = tokenizer.kind() == "char" ? scoring::codePointOffsets(text, t.ids.size())
                                          : scoring::lengthOffsets(t.ids, tokenizer.tokenByteLengths(), int64_t(text.size()));
    t.begins.resize(t.ids.size(), int64_t(text.size()));
    return t;
}

void dropTokensOutside(TokenizedText& text, int64_t modelVocabulary) {
    size_t kept = 0;
    for (size_t i = 0; i < text.ids.size(); ++i) {
        if (text.ids[i] >= 0 && text.ids[i] < modelVocabulary) {
            text.ids[kept] = text.ids[i];
            text.begins[kept] = text.begins[i];
            ++kept;
        } else {
            ++text.dropped;
        }
    }
    text.ids.resize(kept);
    text.begins.resize(kept);
}

void scoreTexts(std::vector<TokenizedText>& texts, const LogitsFunction& logits, int64_t context, int64_t stride,
                int64_t vocabulary, const torch::Device& device, EvaluateControl* control) {
    std::map<int64_t, std::vector<ScoreWindow>> byLength;  // same-length windows batch together
    int64_t total = 0;
    for (size_t i = 0; i < texts.size(); ++i) {
        TokenizedText& t = texts[i];
        for (int32_t id : t.ids)
            if (id < 0 || id >= vocabulary)
                throw std::runtime_error("the text has token id " + std::to_string(id) + " but the model's logits have " +
                                         std::to_string(vocabulary) + " entries: the tokenizer does not fit the model");
        t.loss.assign(t.ids.size(), std::numeric_limits<float>::quiet_NaN());
        t.confidence.assign(t.ids.size(), 0.0f);
        t.hits.assign(t.ids.size(), 0);
        for (const ScoreWindow& w : scoreWindows(int64_t(t.ids.size()), context, stride, i)) {
            byLength[w.length].push_back(w);
            ++total;
        }
    }
    c10::InferenceMode inference;
    int64_t done = 0;
    for (const auto& [length, windows] : byLength) {
        const int64_t perBatch = std::clamp<int64_t>(scoring::kMaxLogitsPerBatch / std::max<int64_t>(1, length * vocabulary),
                                                     1, scoring::kMaxWindowsPerBatch);
        for (size_t b = 0; b < windows.size(); b += size_t(perBatch)) {
            const std::vector<ScoreWindow> batch(windows.begin() + long(b),
                                                 windows.begin() + long(std::min(windows.size(), b + size_t(perBatch))));
            scoring::scoreBatch(texts, batch, logits, vocabulary, device);
            done += int64_t(batch.size());
            if (control && control->progress) control->progress(done, total, "scoring windows");
            if (control && control->cancel.load()) throw std::runtime_error("evaluation cancelled");
        }
    }
}

void summarizeScores(const std::vector<TokenizedText>& texts, const std::vector<DocumentSpan>& documents,
                     const std::vector<int32_t>& byteLengths, LanguageModelEvaluation& out) {
    scoring::Totals all;
    std::vector<float> confidence;
    std::vector<uint8_t> correct;
    for (const TokenizedText& t : texts)
        for (size_t i = 0; i < t.ids.size(); ++i) {
            if (std::isnan(t.loss[i])) continue;
            all.add(t, i, byteLengths);
            confidence.push_back(t.confidence[i]);
            correct.push_back(t.hits[i] & scoring::kTop1Hit);
        }
    LanguageModelTest& m = out.metrics;
    m.tokens = all.tokens;
    m.loss = all.loss();
    m.perplexity = std::exp(m.loss);
    m.bitsPerByte = all.bitsPerByte();
    m.tokenAccuracy = all.tokens > 0 ? double(all.top1) / double(all.tokens) : 0.0;
    m.top5Accuracy = all.tokens > 0 ? double(all.top5) / double(all.tokens) : 0.0;
    out.calibration = computeCalibration(confidence, correct);
    out.confidence = confidenceHistogram(confidence, correct);

    out.documents.clear();
    out.documents.reserve(documents.size());
    for (size_t d = 0; d < documents.size(); ++d) {
        const DocumentSpan& span = documents[d];
        const TokenizedText& t = texts[span.text];
        scoring::Totals doc;
        // Tokens are in text order: find the first that starts inside the span.
        const auto first = std::lower_bound(t.begins.begin(), t.begins.end(), span.begin);
        for (size_t i = size_t(first - t.begins.begin()); i < t.ids.size() && t.begins[i] < span.end; ++i)
            if (!std::isnan(t.loss[i])) doc.add(t, i, byteLengths);
        DocumentScore s;
        s.index = int64_t(d);
        s.name = span.name;
        s.tokens = doc.tokens;
        s.bytes = span.end - span.begin;
        s.loss = doc.loss();
        s.perplexity = std::exp(s.loss);
        s.bitsPerByte = doc.bitsPerByte();
        out.documents.push_back(std::move(s));
    }
}

std::vector<TokenLoss> documentTokenLosses(const TokenizedText& text, const DocumentSpan& span, int64_t maxBytes,
                                           int32_t unknownId) {
    std::vector<TokenLoss> losses;
    const int64_t limit = std::min(span.end, span.begin + maxBytes);
    const auto first = std::lower_bound(text.begins.begin(), text.begins.end(), span.begin);
    for (size_t i = size_t(first - text.begins.begin()); i < text.ids.size() && text.begins[i] < limit; ++i) {
        if (std::isnan(text.loss[i])) continue;
        TokenLoss l;
        l.begin = text.begins[i] - span.begin;
        l.end = std::min(text.end(i), limit) - span.begin;
        l.loss = text.loss[i];
        l.unknown = unknownId >= 0 && text.ids[i] == unknownId;
        losses.push_back(l);
    }
    return losses;
}

}  // namespace ts
