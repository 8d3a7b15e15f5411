#include "core/lm/Generate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <stdexcept>

namespace ts {

namespace {

constexpr size_t kAlternatives = 5;  // alternatives reported with each token

/// Puts the model in eval mode for its lifetime and restores the mode it had.
class EvalModeScope {
public:
    explicit EvalModeScope(Gpt& model) : m_model(model), m_wasTraining(model->is_training()) { m_model->eval(); }
    ~EvalModeScope() { m_model->train(m_wasTraining); }
    EvalModeScope(const EvalModeScope&) = delete;
    EvalModeScope& operator=(const EvalModeScope&) = delete;

private:
    Gpt& m_model;
    bool m_wasTraining;
};

torch::Tensor tokenTensor(std::vector<int64_t>::const_iterator first, std::vector<int64_t>::const_iterator last) {
    std::vector<int64_t> ids(first, last);
    return torch::tensor(ids, torch::kLong).unsqueeze(0);
}

/// Logits [vocab] of the token after `context`, through the cache or by re-reading the last window.
torch::Tensor nextLogits(Gpt& model, const std::vector<int64_t>& context, KvCache& cache, bool useCache) {
    const int64_t window = model->config().contextLength;
    const int64_t n = int64_t(context.size());
    if (!useCache) {
        const torch::Tensor logits = model->forward(tokenTensor(context.end() - std::min(n, window), context.end()));
        return logits[0][-1];
    }
    torch::Tensor logits;
    if (cache.length() > 0 && cache.length() < window) {
        logits = model->forwardCached(tokenTensor(context.end() - 1, context.end()), cache);
    } else {  // empty: read the last window; full: restart from the last half window
        const int64_t keep = cache.length() == 0 ? std::min(n, window) : std::max<int64_t>(1, window / 2);
        cache.clear();
        logits = model->forwardCached(tokenTensor(context.end() - std::min(n, keep), context.end()), cache);
    }
    return logits[0][-1];
}

/// Draws one token from `logits` after temperature and top-k, with its probability and the top alternatives.
GeneratedToken sample(const torch::Tensor& logits, const GenerationOptions& options, std::mt19937_64& rng) {
    const torch::Tensor l = logits.to(torch::kDouble).contiguous();
    const double* raw = l.data_ptr<double>();
    const int64_t vocab = l.numel();
    std::vector<double> p(raw, raw + vocab);
    for (double& x : p) x /= options.temperature;
    if (options.topK > 0 && options.topK < vocab) {
        std::vector<double> sorted(p);
        std::nth_element(sorted.begin(), sorted.begin() + (options.topK - 1), sorted.end(), std::greater<double>());
        const double kth = sorted[size_t(options.topK - 1)];
        for (double& x : p)
            if (x < kth) x = -std::numeric_limits<double>::infinity();
    }
    const double top = *std::max_element(p.begin(), p.end());
    double sum = 0.0;
    for (double& x : p) sum += (x = std::exp(x - top));
    for (double& x : p) x /= sum;

    const double u = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
    int64_t chosen = 0;
    double cumulative = 0.0;
    for (int64_t i = 0; i < vocab; ++i) {
        if (p[size_t(i)] <= 0.0) continue;
        chosen = i;  // the last token with mass, should rounding leave u above the total
        cumulative += p[size_t(i)];
        if (u < cumulative) break;
    }
    std::vector<int64_t> order(static_cast<size_t>(vocab));
    std::iota(order.begin(), order.end(), 0);
    const size_t shown = std::min(kAlternatives, order.size());
    std::partial_sort(order.begin(), order.begin() + ptrdiff_t(shown), order.end(),
                      [&](int64_t a, int64_t b) { return p[size_t(a)] > p[size_t(b)]; });
    GeneratedToken out{chosen, p[size_t(chosen)], {}};
    for (size_t i = 0; i < shown; ++i) out.alternatives.push_back({order[i], p[size_t(order[i])]});
    return out;
}

}  // namespace

std::vector<int64_t> generate(Gpt& model, const std::vector<int64_t>& prompt, const GenerationOptions& options,
                              const TokenCallback& onToken) {
    if (!(options.temperature > 0.0)) throw std::invalid_argument("generate: the temperature must be above 0");
    const int64_t vocab = model->config().vocabSize;
    std::vector<int64_t> context = prompt.empty() ? std::vector<int64_t>{options.startToken} : prompt;
    for (const int64_t t : context)
        if (t < 0 || t >= vocab) throw std::invalid_argument("generate: token " + std::to_string(t) + " out of range");
    c10::InferenceMode inferenceOnly;  // no autograd bookkeeping at all: about a hundred small ops per token
    EvalModeScope evalMode(model);
    std::mt19937_64 rng(options.seed);
    KvCache cache;
    std::vector<int64_t> generated;
    for (int64_t i = 0; i < options.maxTokens; ++i) {
        const GeneratedToken token = sample(nextLogits(model, context, cache, options.useCache), options, rng);
        context.push_back(token.token);
        generated.push_back(token.token);
        if (onToken && !onToken(token)) break;
    }
    return generated;
}

}  // namespace ts
