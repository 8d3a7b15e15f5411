// Text drift: token counts, the Jensen-Shannon divergence of two token distributions, length KS and the tokens
// whose share moved most.
#include "core/eval/TextDrift.h"

#include "core/text/Tokenizer.h"
#include "core/text/Unicode.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ts {

namespace {

double shareOf(const TokenCounts& c, const std::string& token) {
    if (c.total <= 0) return 0.0;
    const auto it = c.counts.find(token);
    return it == c.counts.end() ? 0.0 : double(it->second) / double(c.total);
}

double meanOf(const std::vector<float>& values) {
    if (values.empty()) return 0.0;
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

double rate(int64_t part, int64_t whole) { return whole > 0 ? double(part) / double(whole) : 0.0; }

/// p * log2(p / m), 0 when p is 0.
double klTerm(double p, double m) { return p > 0.0 ? p * std::log2(p / m) : 0.0; }

}  // namespace

TokenCounts countTokens(const Tokenizer& tokenizer, const std::vector<std::string_view>& documents) {
    TokenCounts c;
    const int32_t unknown = tokenizer.unknownId();
    std::vector<int64_t> byId(size_t(std::max<int64_t>(tokenizer.vocabSize(), 0)), 0);
    std::vector<int32_t> ids;
    for (const std::string_view doc : documents) {
        ids.clear();
        tokenizer.encodeAppend(doc, ids);
        c.lengths.push_back(float(ids.size()));
        c.total += int64_t(ids.size());
        for (const int32_t id : ids) {
            if (id == unknown) ++c.unknown;
            if (id >= 0 && size_t(id) < byId.size()) ++byId[size_t(id)];
        }
    }
    for (size_t id = 0; id < byId.size(); ++id)
        if (byId[id] > 0) c.counts[tokenizer.tokenLabel(int32_t(id))] += byId[id];
    return c;
}

TokenCounts countWords(const std::vector<std::string_view>& documents, const TokenCounts* vocabulary) {
    TokenCounts c;
    for (const std::string_view doc : documents) {
        const std::vector<std::string> words = unicode::lowerCaseWords(doc);
        c.lengths.push_back(float(words.size()));
        c.total += int64_t(words.size());
        for (const std::string& w : words) {
            ++c.counts[w];
            if (vocabulary && vocabulary->counts.find(w) == vocabulary->counts.end()) ++c.unknown;
        }
    }
    return c;
}

double jensenShannonDivergence(const TokenCounts& a, const TokenCounts& b) {
    if (a.total <= 0 || b.total <= 0) return 0.0;
    double js = 0.0;
    for (const auto& [token, count] : a.counts) {
        const double p = double(count) / double(a.total);
        const double q = shareOf(b, token);
        const double m = 0.5 * (p + q);
        js += 0.5 * (klTerm(p, m) + klTerm(q, m));
    }
    for (const auto& [token, count] : b.counts) {
        if (a.counts.count(token)) continue;  // shared tokens were added above
        const double q = double(count) / double(b.total);
        js += 0.5 * klTerm(q, 0.5 * q);
    }
    return std::clamp(js, 0.0, 1.0);
}

TextDriftReport currentTextFigures(const TokenCounts& current, const std::string& tokenKind) {
    TextDriftReport r;
    r.tokenKind = tokenKind;
    r.currentTokens = current.total;
    r.currentDocuments = int64_t(current.lengths.size());
    r.currentUnknownRate = rate(current.unknown, current.total);
    r.currentMeanLength = meanOf(current.lengths);
    return r;
}

TextDriftReport compareTextDrift(const TokenCounts& reference, const TokenCounts& current,
                                 const std::string& referenceName, const std::string& tokenKind, int movers) {
    TextDriftReport r = currentTextFigures(current, tokenKind);
    r.hasReference = true;
    r.referenceName = referenceName;
    r.referenceTokens = reference.total;
    r.referenceDocuments = int64_t(reference.lengths.size());
    r.referenceUnknownRate = rate(reference.unknown, reference.total);
    r.referenceMeanLength = meanOf(reference.lengths);
    r.jsDivergence = jensenShannonDivergence(reference, current);
    r.lengthKs = ksTwoSample(reference.lengths, current.lengths);

    std::vector<TokenShift> shifts;
    shifts.reserve(reference.counts.size() + current.counts.size());
    for (const auto& [token, count] : reference.counts)
        shifts.push_back({token, double(count) / double(reference.total), shareOf(current, token)});
    for (const auto& [token, count] : current.counts)
        if (!reference.counts.count(token)) shifts.push_back({token, 0.0, double(count) / double(current.total)});
    const auto change = [](const TokenShift& s) { return s.currentShare - s.referenceShare; };
    // Largest change first; ties by token so the lists do not depend on hash-map order.
    const auto byChange = [&](const TokenShift& a, const TokenShift& b) {
        const double ca = std::fabs(change(a)), cb = std::fabs(change(b));
        return ca != cb ? ca > cb : a.token < b.token;
    };
    std::sort(shifts.begin(), shifts.end(), byChange);
    for (const TokenShift& s : shifts) {
        std::vector<TokenShift>& list = change(s) > 0.0 ? r.rising : r.falling;
        if (change(s) != 0.0 && int(list.size()) < movers) list.push_back(s);
        if (int(r.rising.size()) >= movers && int(r.falling.size()) >= movers) break;
    }
    return r;
}

}  // namespace ts
