// Text generation from a GPT: temperature, top-k, a seeded generator of its own, tokens streamed one by one.
// Internal to core: includes torch.
#pragma once

#include "core/lm/Gpt.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace ts {

/// How to sample a continuation.
struct GenerationOptions {
    int64_t maxTokens = 200;
    double temperature = 1.0;  // > 0; logits are divided by it
    int64_t topK = 0;          // sample among the k most likely tokens only; 0: all
    uint64_t seed = 1337;      // same seed, model and prompt -> same tokens (the training RNG is not touched)
    int64_t startToken = 0;    // the context when the prompt is empty (e.g. the newline's id)
    // Keys and values of earlier positions are kept between tokens. When the context window is full the
    // cache restarts from the last half window; without the cache every token re-reads the last full window
    // (nanoGPT's generate()). Both give the same tokens while prompt + continuation fit in the window.
    bool useCache = true;
};

/// A candidate token and its probability under the sampling distribution (after temperature and top-k).
struct TokenChoice {
    int64_t token = 0;
    double probability = 0.0;
};

/// One generated token, its probability and the most likely alternatives (up to five, most likely first).
struct GeneratedToken {
    int64_t token = 0;
    double probability = 0.0;
    std::vector<TokenChoice> alternatives;
};

/// Receives each token as it is generated; returns false to stop early.
using TokenCallback = std::function<bool(const GeneratedToken&)>;

/// Samples up to options.maxTokens tokens after `prompt` (the model is in eval mode meanwhile, no gradients);
/// returns the generated ids. Throws std::invalid_argument for a temperature <= 0 or a token out of range.
std::vector<int64_t> generate(Gpt& model, const std::vector<int64_t>& prompt, const GenerationOptions& options,
                              const TokenCallback& onToken = {});

}  // namespace ts
