// A language model back from its checkpoint (the GPT's shape and tokenizer from "model_info", the weights from
// "model"; the optimizer and the RNG state are left alone), continuing prompts with ts::generate.
#include "core/lm/TextGenerator.h"

#include "core/common/Numbers.h"
#include "core/eval/Evaluator.h"
#include "core/lm/Generate.h"
#include "core/lm/Gpt.h"
#include "core/lm/LanguageModelInfo.h"
#include "core/text/Tokenizer.h"
#include "core/text/Utf8.h"
#include "core/train/Trainer.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <cmath>
#include <filesystem>
#include <map>
#include <mutex>
#include <stdexcept>

namespace ts {

namespace {

constexpr double kParametersPerMillion = 1e6;
constexpr int kParameterDecimals = 2;
const char* const kNewline = "\n";

/// The first line of a LibTorch message (they carry a backtrace after it).
std::string textGeneratorFirstLine(const std::string& text) {
    const size_t nl = text.find('\n');
    return nl == std::string::npos ? text : text.substr(0, nl);
}

/// Keeps the default CPU generator's state across its lifetime: building a Gpt draws its initial weights from
/// it, and a run paused in the window must continue with the random numbers it would have had.
class TextGeneratorRngGuard {
public:
    TextGeneratorRngGuard() : m_generator(at::detail::getDefaultCPUGenerator()) {
        std::lock_guard<std::mutex> lock(m_generator.mutex());
        m_state = m_generator.get_state();
    }
    ~TextGeneratorRngGuard() {
        std::lock_guard<std::mutex> lock(m_generator.mutex());
        m_generator.set_state(m_state);
    }
    TextGeneratorRngGuard(const TextGeneratorRngGuard&) = delete;
    TextGeneratorRngGuard& operator=(const TextGeneratorRngGuard&) = delete;

private:
    at::Generator m_generator;
    torch::Tensor m_state;
};

/// The checkpoint file `path` stands for: a run folder's (by the Evaluator's rule) or the file itself.
std::string textGeneratorCheckpointFile(const std::string& path) {
    std::error_code ec;
    const std::filesystem::path p(path);
    if (!std::filesystem::exists(p, ec))
        throw std::runtime_error(path + " does not exist: give a language model's run folder or a checkpoint-*.pt file");
    if (!std::filesystem::is_directory(p, ec)) return path;
    if (!std::filesystem::is_regular_file(p / "run.json", ec))
        throw std::runtime_error(path + " is a folder but not a TrainScope run folder (it has no run.json); give a "
                                 "language model's run folder or a checkpoint-*.pt file");
    return runCheckpointPath(path);
}

/// The archive at `file`; refuses files that are not TrainScope checkpoints.
void textGeneratorReadArchive(const std::string& file, torch::serialize::InputArchive& archive) {
    try {
        archive.load_from(file, torch::Device(torch::kCPU));
    } catch (const c10::Error& e) {
        throw std::runtime_error("cannot read " + file + " as a TrainScope checkpoint (" +
                                 textGeneratorFirstLine(e.what_without_backtrace()) +
                                 "); it may be damaged: try the run's other checkpoint (checkpoint-best.pt or "
                                 "checkpoint-last.pt)");
    }
    c10::IValue format;
    if (!archive.try_read("format", format))
        throw std::runtime_error(file + " is not a TrainScope checkpoint (it has no format entry)");
}

/// The model_info text of a language model's checkpoint; refuses a classifier's with advice.
std::string textGeneratorModelInfo(const std::string& file, torch::serialize::InputArchive& archive) {
    c10::IValue info;
    if (!archive.try_read("model_info", info) || !info.isString())
        throw std::runtime_error(file + " does not describe its model (no model_info): it is not a language model's "
                                 "checkpoint, or was written before language models existed");
    if (!isLanguageModelInfo(info.toStringRef()))
        throw std::runtime_error(file + " is a classifier, not a language model: use trainscope-cli evaluate --model " +
                                 file + " --data DATA for it");
    return info.toStringRef();
}

/// An integer entry of the archive, or `fallback` when it is missing.
int64_t textGeneratorInt(torch::serialize::InputArchive& archive, const char* key, int64_t fallback) {
    c10::IValue v;
    return archive.try_read(key, v) && v.isInt() ? v.toInt() : fallback;
}

/// Loads the "model" weights into `model`, checking every parameter kept its shape (LibTorch's load does not).
void textGeneratorLoadWeights(const std::string& file, torch::serialize::InputArchive& archive, Gpt& model) {
    std::map<std::string, std::vector<int64_t>> shapes;
    for (const auto& p : model->named_parameters()) shapes[p.key()] = p.value().sizes().vec();
    try {
        torch::serialize::InputArchive weights;
        archive.read("model", weights);
        model->load(weights);
    } catch (const c10::Error& e) {
        throw std::runtime_error("the weights in " + file + " do not fit the GPT its model_info describes (" +
                                 textGeneratorFirstLine(e.what_without_backtrace()) + "); the checkpoint is damaged");
    }
    for (const auto& p : model->named_parameters())
        if (p.value().sizes().vec() != shapes[p.key()])
            throw std::runtime_error("the weight " + p.key() + " in " + file +
                                     " does not have the shape model_info describes; the checkpoint is damaged");
}

}  // namespace

int64_t generationStartToken(const Tokenizer& tokenizer) {
    const std::vector<int32_t> ids = tokenizer.encode(kNewline);
    const bool single = ids.size() == 1 && ids.front() != tokenizer.unknownId();
    return single ? ids.front() : 0;
}

struct TextGenerator::Impl {
    LanguageModelInfo info;
    Gpt model{nullptr};
    std::unique_ptr<Tokenizer> tokenizer;
    std::string checkpointPath;
    int64_t step = 0;
    int threads = 1;
    int64_t startToken = 0;
};

TextGenerator::TextGenerator() : m(std::make_unique<Impl>()) {}

TextGenerator::~TextGenerator() = default;

std::unique_ptr<TextGenerator> TextGenerator::load(const std::string& path, int threads) {
    std::unique_ptr<TextGenerator> generator(new TextGenerator());
    Impl& g = *generator->m;
    g.threads = threads > 0 ? threads : defaultThreadCount();
    torch::set_num_threads(g.threads);
    g.checkpointPath = textGeneratorCheckpointFile(path);
    torch::serialize::InputArchive archive;
    textGeneratorReadArchive(g.checkpointPath, archive);
    g.info = languageModelInfoFromJson(textGeneratorModelInfo(g.checkpointPath, archive));
    g.tokenizer = tokenizerFromJson(g.info.tokenizerJson);
    if (g.tokenizer->vocabSize() != g.info.vocabSize)
        throw std::runtime_error("the tokenizer in " + g.checkpointPath + " has " +
                                 std::to_string(g.tokenizer->vocabSize()) + " tokens but the GPT " +
                                 std::to_string(g.info.vocabSize) + "; the checkpoint is damaged");
    GptConfig config = gptConfigOf(g.info);
    try {
        config.validate();
        TextGeneratorRngGuard keepRandomNumbers;
        g.model = Gpt(config);
    } catch (const std::invalid_argument& e) {
        throw std::runtime_error("the GPT shape in " + g.checkpointPath + " is invalid (" + e.what() + ")");
    }
    textGeneratorLoadWeights(g.checkpointPath, archive, g.model);
    g.model->eval();
    g.step = textGeneratorInt(archive, "step", 0);
    g.startToken = generationStartToken(*g.tokenizer);
    return generator;
}

std::string TextGenerator::description() const {
    const double millions = double(m->model->parameterCount()) / kParametersPerMillion;
    const std::string preset = m->info.preset.empty() ? std::string("GPT") : m->info.preset;
    return preset + ", " + formatFixed(millions, kParameterDecimals) + " M parameters, " + m->tokenizer->kind() +
           " tokenizer (" + std::to_string(m->tokenizer->vocabSize()) + " tokens), step " + std::to_string(m->step) +
           " (" + std::filesystem::path(m->checkpointPath).filename().string() + ")";
}

int64_t TextGenerator::step() const { return m->step; }

const std::string& TextGenerator::checkpointPath() const { return m->checkpointPath; }

std::string TextGenerator::generate(const std::string& prompt, const SampleSettings& settings,
                                    const StreamCallback& onToken) {
    if (!(settings.temperature > 0.0) || !std::isfinite(settings.temperature))
        throw std::invalid_argument("the temperature must be a number above 0 (got " +
                                    formatShortest(settings.temperature) + ")");
    if (settings.maxTokens < 0)
        throw std::invalid_argument("the number of tokens to generate cannot be negative (got " +
                                    std::to_string(settings.maxTokens) + ")");
    if (settings.topK < 0)
        throw std::invalid_argument("top-k cannot be negative (got " + std::to_string(settings.topK) +
                                    "); 0 samples from every token");
    const utf8::Utf8Problem bad = utf8::findInvalid(prompt);
    if (bad.found)
        throw std::invalid_argument("the prompt is not valid UTF-8 (byte " + std::to_string(bad.offset) + ")");
    torch::set_num_threads(m->threads);  // OpenMP keeps the count per thread: set it on the one generating

    const std::vector<int32_t> promptIds = m->tokenizer->encode(prompt);
    GenerationOptions options;
    options.maxTokens = settings.maxTokens;
    options.temperature = settings.temperature;
    options.topK = settings.topK;
    options.seed = settings.seed;
    options.startToken = m->startToken;
    options.useCache = true;
    const Tokenizer& tokenizer = *m->tokenizer;
    TokenCallback stream;
    if (onToken)
        stream = [&](const GeneratedToken& token) {
            StreamedToken out;
            out.id = int32_t(token.token);
            out.text = tokenizer.decode({out.id});
            out.probability = token.probability;
            for (const TokenChoice& choice : token.alternatives)
                out.alternatives.emplace_back(tokenizer.decode({int32_t(choice.token)}), choice.probability);
            return onToken(out);
        };
    const std::vector<int64_t> ids =
        ts::generate(m->model, std::vector<int64_t>(promptIds.begin(), promptIds.end()), options, stream);
    return tokenizer.decode(std::vector<int32_t>(ids.begin(), ids.end()));
}

}  // namespace ts
