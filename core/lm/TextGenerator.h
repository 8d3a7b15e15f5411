// A trained language model loaded from a run folder or checkpoint, ready to continue prompts: for the CLI's
// `generate` and the window's playground. The header is torch-free (the model lives behind a pointer).
#pragma once

#include "core/common/Types.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ts {

class Tokenizer;

/// How to sample a continuation.
struct SampleSettings {
    int64_t maxTokens = 200;
    double temperature = 0.8;   ///< > 0
    int topK = 200;             ///< 0 = all tokens
    uint64_t seed = 1337;       ///< the same seed, model and prompt give the same text
};

/// One streamed token: its text, its probability and the most likely alternatives (after temperature and top-k).
struct StreamedToken {
    int32_t id = 0;
    std::string text;           ///< may be part of a UTF-8 character for byte-fallback tokens; decode runs whole
    double probability = 0.0;
    std::vector<std::pair<std::string, double>> alternatives;  ///< up to five, most likely first
};

/// Called for each token; return false to stop.
using StreamCallback = std::function<bool(const StreamedToken&)>;

/// The context generation starts from when the prompt is empty: the line feed's id when the tokenizer has it as one
/// token, else id 0.
int64_t generationStartToken(const Tokenizer& tokenizer);

/// A GPT and its tokenizer from a TrainScope checkpoint. Not thread-safe: use one per thread.
class TextGenerator {
public:
    /// Loads `path`: a run folder (its best checkpoint when the run stopped early, else its last) or a .pt
    /// checkpoint. Throws std::runtime_error with advice (not a language model, damaged, missing).
    static std::unique_ptr<TextGenerator> load(const std::string& path, int threads = 1);
    ~TextGenerator();
    TextGenerator(const TextGenerator&) = delete;
    TextGenerator& operator=(const TextGenerator&) = delete;

    /// "gpt-tiny, 0.80 M parameters, char tokenizer (65 tokens), step 2000 (checkpoint-last.pt)".
    std::string description() const;
    /// The training step the checkpoint was written at.
    int64_t step() const;
    /// The checkpoint file it was loaded from.
    const std::string& checkpointPath() const;
    /// The continuation of `prompt` (the prompt itself not included); streams tokens to `onToken` when given.
    /// Throws std::invalid_argument for bad settings (temperature <= 0, negative counts) or invalid UTF-8.
    std::string generate(const std::string& prompt, const SampleSettings& settings, const StreamCallback& onToken = {});

private:
    TextGenerator();
    struct Impl;
    std::unique_ptr<Impl> m;
};

}  // namespace ts
