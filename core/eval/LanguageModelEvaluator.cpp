// Evaluate mode for language models: loads the model (GPT checkpoint or TorchScript) and its tokenizer, the text and
// its documents, scores it (LanguageModelScorer), ranks the documents, measures text drift against the training text,
// continues prompts taken from the text and counts watch-list hits.
#include "core/eval/LanguageModelEvaluator.h"

#include "core/eval/EvaluationSetup.h"

#include "core/common/Numbers.h"
#include "core/data/DatasetLoader.h"
#include "core/data/TextDataset.h"
#include "core/eval/LanguageModelEvaluation.h"
#include "core/eval/LanguageModelScorer.h"
#include "core/eval/TextDrift.h"
#include "core/lm/Generate.h"
#include "core/lm/Gpt.h"
#include "core/lm/LanguageModelInfo.h"
#include "core/lm/TextGenerator.h"
#include "core/runs/RunStore.h"
#include "core/text/TextCorpus.h"
#include "core/text/TextMetrics.h"
#include "core/text/TextSplit.h"
#include "core/text/Tokenizer.h"
#include "core/text/Utf8.h"
#include "core/text/VocabularyTokenizer.h"
#include "core/text/WatchList.h"
#include "core/train/Trainer.h"

#include <torch/script.h>
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <random>
#include <stdexcept>

namespace ts {

namespace lmeval {
namespace {

namespace fs = std::filesystem;

constexpr size_t kMostSurprising = 50;
constexpr int64_t kMinimumDocumentTokens = 8;
constexpr int64_t kDocumentTextBytes = 4096;    // text kept per surprising document
constexpr size_t kPromptBytes = 40;
constexpr double kUnknownRateWarning = 0.01;
constexpr double kParametersPerMillion = 1e6;
constexpr int kDriftMovers = 15;

std::string firstLineOf(const std::string& text) {
    const size_t nl = text.find('\n');
    return nl == std::string::npos ? text : text.substr(0, nl);
}

std::string shapeOf(const torch::Tensor& t) {
    std::string s = "[";
    for (int64_t d = 0; d < t.dim(); ++d) s += (d ? ", " : "") + std::to_string(t.size(d));
    return s + "]";
}

bool isBlank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; });
}

/// A single file's documents: its lines, each with its line feed; blank lines join the line before them.
std::vector<DocumentSpan> lineSpans(std::string_view text, size_t textIndex) {
    std::vector<DocumentSpan> spans;
    int64_t line = 0, pending = -1;
    for (size_t start = 0; start < text.size();) {
        const size_t nl = text.find('\n', start);
        const size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
        ++line;
        if (isBlank(text.substr(start, end - start))) {
            if (!spans.empty()) spans.back().end = int64_t(end);
            else if (pending < 0) pending = int64_t(start);
        } else {
            spans.push_back({textIndex, pending >= 0 ? pending : int64_t(start), int64_t(end), "line " + std::to_string(line)});
            pending = -1;
        }
        start = end;
    }
    return spans;
}

/// The documents of a set of text views: the views themselves, or their lines when `byLine`.
std::vector<std::string_view> documentViews(const std::vector<std::string_view>& parts, bool byLine) {
    if (!byLine) return parts;
    std::vector<std::string_view> docs;
    for (size_t p = 0; p < parts.size(); ++p)
        for (const DocumentSpan& s : lineSpans(parts[p], p)) docs.push_back(parts[p].substr(size_t(s.begin), size_t(s.end - s.begin)));
    return docs;
}

/// The first line of `text`, trimmed, cut to kPromptBytes at a space (or a character boundary).
std::string promptFrom(std::string_view text) {
    const size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) return {};
    std::string line(text.substr(start, text.find('\n', start) - start));
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.pop_back();
    if (line.size() <= kPromptBytes) return line;
    size_t cut = line.rfind(' ', kPromptBytes);
    if (cut == std::string::npos || cut == 0) {
        cut = kPromptBytes;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    }
    return line.substr(0, cut);
}

/// `text` cut to at most `bytes` at a character boundary.
std::string cutText(std::string_view text, int64_t bytes, bool& trimmed) {
    trimmed = int64_t(text.size()) > bytes;
    if (!trimmed) return std::string(text);
    size_t cut = size_t(bytes);
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return std::string(text.substr(0, cut));
}

/// Samples `count` tokens after `ids` from a logits function (temperature, top-k, a seeded generator of its own).
std::vector<int64_t> sampleTokens(const LogitsFunction& logits, std::vector<int64_t> ids, int64_t context, int64_t count,
                                  const SampleSettings& settings, const torch::Device& device) {
    c10::InferenceMode inference;
    std::mt19937_64 rng(settings.seed);
    std::vector<int64_t> out;
    for (int64_t k = 0; k < count; ++k) {
        const int64_t from = std::max<int64_t>(0, int64_t(ids.size()) - context);
        const std::vector<int64_t> window(ids.begin() + from, ids.end());
        const torch::Tensor x = torch::tensor(window, torch::kInt64).view({1, -1}).to(device);
        torch::Tensor last = logits(x).select(1, int64_t(window.size()) - 1).squeeze(0).to(torch::kFloat).cpu();
        last = last / settings.temperature;
        if (settings.topK > 0 && settings.topK < last.size(0)) {
            const torch::Tensor kth = std::get<0>(last.topk(settings.topK)).select(0, settings.topK - 1);
            last = last.masked_fill(last < kth, -std::numeric_limits<float>::infinity());
        }
        const torch::Tensor p = torch::softmax(last, 0).contiguous();
        const float* prob = p.data_ptr<float>();
        std::discrete_distribution<int64_t> pick(prob, prob + p.size(0));
        const int64_t next = pick(rng);
        out.push_back(next);
        ids.push_back(next);
    }
    return out;
}

/// One call of evaluateLanguageModel(): the request, what it loads, and the result it fills in.
class LanguageModelEvaluationRun {
public:
    LanguageModelEvaluationRun(const EvaluateRequest& rq, EvaluateControl* control) : m_rq(rq), m_control(control) {}

    /// Loads, scores, ranks, measures drift, writes samples; the whole result.
    EvaluationResult run();

private:
    void progress(const std::string& what);
    /// Picks the device and loads the model of either kind, its tokenizer and context; reads its run.
    void loadModel();
    void loadCheckpoint(const std::string& file);
    void loadTorchScript(const std::string& file);
    void loadTorchScriptTokenizer(const std::string& file);
    void chooseWindow(int64_t modelContext, const std::string& file);
    /// Loads the text and cuts it into scored texts and documents.
    void loadText();
    /// Scores every token and sums the figures per document and overall.
    void score();
    /// The most surprising documents, with their text and token losses.
    void rankDocuments();
    void measureDrift();
    std::vector<std::string_view> referenceDocuments(std::unique_ptr<TextCorpus>& corpus, std::string& name);
    void writeSamples();
    std::string continuation(const std::string& prompt, const SampleSettings& settings);
    void addFindings();

    const EvaluateRequest& m_rq;
    EvaluateControl* m_control;
    EvaluationResult m_result;
    LanguageModelEvaluation m_lm;
    torch::Device m_device{torch::kCPU};
    bool m_script = false;
    Gpt m_gpt{nullptr};
    torch::jit::Module m_module;
    LogitsFunction m_logits;
    std::unique_ptr<Tokenizer> m_tokenizer;
    int64_t m_vocabulary = 0;   // logits per position
    int64_t m_step = 0;         // the checkpoint's training step
    RunRecord m_run;
    bool m_haveRun = false;
    Dataset m_data;
    bool m_byLine = false;      // a single file: documents are its lines
    std::vector<TokenizedText> m_texts;
    std::vector<DocumentSpan> m_documents;
};

EvaluationResult LanguageModelEvaluationRun::run() {
    const auto t0 = std::chrono::steady_clock::now();
    try {
        loadModel();
        loadText();
        score();
        rankDocuments();
        measureDrift();
        writeSamples();
        addFindings();
    } catch (const c10::Error& e) {
        throw std::runtime_error(firstLineOf(e.what_without_backtrace()));
    }
    m_result.task = "language-model";
    m_result.splitName = "all";
    m_result.lm = std::make_shared<const LanguageModelEvaluation>(std::move(m_lm));
    m_result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return std::move(m_result);
}

void LanguageModelEvaluationRun::progress(const std::string& what) {
    if (m_control && m_control->progress) m_control->progress(0, 0, what);
    if (m_control && m_control->cancel.load()) throw std::runtime_error("evaluation cancelled");
}

void LanguageModelEvaluationRun::loadModel() {
    std::string note;
    m_device = torch::Device(resolveDevice(m_rq.device, &note));
    if (!note.empty()) m_result.notes.push_back(note);
    torch::set_num_threads(m_rq.threads > 0 ? m_rq.threads : defaultThreadCount());
    m_result.device = m_device.is_cuda() ? "cuda:0" : "cpu";
    progress("loading the model");
    m_result.runDir = m_rq.runDir;
    const std::string file = resolveModelFile(m_rq.modelPath, m_result.runDir);
    m_result.modelPath = file;
    torch::serialize::InputArchive archive;
    c10::IValue format;
    bool checkpoint = false;
    try {
        archive.load_from(file, torch::Device(torch::kCPU));
        checkpoint = archive.try_read("format", format);
    } catch (const c10::Error&) {
    }
    if (checkpoint) loadCheckpoint(file);
    else loadTorchScript(file);
    m_result.modelKind = m_script ? "torchscript" : "checkpoint";
    m_haveRun = loadEvaluatedRun(m_result, m_run);
}

void LanguageModelEvaluationRun::loadCheckpoint(const std::string& file) {
    torch::serialize::InputArchive archive;
    archive.load_from(file, m_device);
    c10::IValue infoText, step;
    if (!archive.try_read("model_info", infoText) || !infoText.isString() || !isLanguageModelInfo(infoText.toStringRef()))
        throw std::runtime_error(file + " is not a language model's checkpoint, and " + m_rq.dataPath +
                                 " is a text corpus: evaluate a classifier on labelled data");
    const LanguageModelInfo info = languageModelInfoFromJson(infoText.toStringRef());
    m_tokenizer = tokenizerFromJson(info.tokenizerJson);
    GptConfig config = gptConfigOf(info);
    config.validate();
    m_gpt = Gpt(config);
    torch::serialize::InputArchive weights;
    archive.read("model", weights);
    try {
        m_gpt->load(weights);
    } catch (const c10::Error& e) {
        throw std::runtime_error("the weights in " + file + " do not fit the GPT its model_info describes (" +
                                 firstLineOf(e.what_without_backtrace()) + ")");
    }
    m_gpt->to(m_device);
    m_gpt->eval();
    m_step = archive.try_read("step", step) && step.isInt() ? step.toInt() : 0;
    m_vocabulary = info.vocabSize;
    m_logits = [this](const torch::Tensor& ids) { return m_gpt->forward(ids); };
    if (!m_rq.tokenizer.empty()) m_result.notes.push_back("--tokenizer is ignored: the checkpoint holds its tokenizer");
    chooseWindow(info.contextLength, file);
    m_result.modelDescription =
        (info.preset.empty() ? std::string("GPT") : info.preset) + ", " +
        formatFixed(double(m_gpt->parameterCount()) / kParametersPerMillion, 2) + " M parameters, " +
        m_tokenizer->kind() + " tokenizer (" + std::to_string(m_tokenizer->vocabSize()) + " tokens), context " +
        std::to_string(info.contextLength) + "; " + fs::path(file).filename().string() + " at step " + std::to_string(m_step);
}

void LanguageModelEvaluationRun::loadTorchScript(const std::string& file) {
    try {
        m_module = torch::jit::load(file, m_device);
    } catch (const c10::Error& e) {
        throw std::runtime_error("cannot load " + file + " as a TrainScope checkpoint or a TorchScript module: " +
                                 firstLineOf(e.what_without_backtrace()) +
                                 ". Save a language model with torch.jit.save(torch.jit.script(model), 'model.pt')");
    }
    if (!m_module.find_method("forward"))
        throw std::runtime_error(file + " is a TorchScript file without a forward() method");
    m_script = true;
    m_module.eval();
    m_logits = [this](const torch::Tensor& ids) {
        c10::IValue out = m_module.forward({ids});
        if (out.isTuple()) out = out.toTuple()->elements().at(0);  // (logits, loss) outputs
        if (!out.isTensor()) throw std::runtime_error("the TorchScript module's forward() does not return a tensor");
        return out.toTensor();
    };
    loadTorchScriptTokenizer(file);
    int64_t blockSize = 0;
    if (m_module.hasattr("block_size") && m_module.attr("block_size").isInt()) blockSize = m_module.attr("block_size").toInt();
    if (blockSize <= 0 && m_rq.contextLength <= 0)
        throw std::runtime_error("the TorchScript module " + file +
                                 " has no block_size attribute: give its context window with --context N");
    chooseWindow(blockSize > 0 ? blockSize : m_rq.contextLength, file);
    int64_t parameters = 0;
    for (const auto& p : m_module.parameters()) parameters += p.numel();
    m_result.modelDescription = "TorchScript module, " + formatFixed(double(parameters) / kParametersPerMillion, 2) +
                                " M parameters, " + m_tokenizer->kind() + " tokenizer (" + std::to_string(m_vocabulary) +
                                " tokens), context " + std::to_string(m_lm.contextLength);
}

void LanguageModelEvaluationRun::loadTorchScriptTokenizer(const std::string& file) {
    m_tokenizer = loadScriptTokenizer(m_module, m_rq.tokenizer, file);
    // The logits' width: one forward of a single token.
    c10::InferenceMode inference;
    const torch::Tensor probe = m_logits(torch::zeros({1, 1}, torch::kInt64).to(m_device));
    if (probe.dim() != 3 || probe.size(0) != 1 || probe.size(1) != 1)
        throw std::runtime_error("the TorchScript module " + file + " returned logits of shape " + shapeOf(probe) + " for token ids of shape [1, 1]; a language model returns [B, T, V]");
    m_vocabulary = probe.size(2);
    const int64_t listed = dynamic_cast<const VocabularyTokenizer*>(m_tokenizer.get()) ? m_tokenizer->vocabSize() - 1
                                                                                         : m_tokenizer->vocabSize();
    if (listed > m_vocabulary)
        throw std::runtime_error("the tokenizer of " + file + " has " + std::to_string(listed) +
                                 " tokens but the module's logits have " + std::to_string(m_vocabulary) +
                                 ": tokens would be outside the module's vocabulary");
}

void LanguageModelEvaluationRun::chooseWindow(int64_t modelContext, const std::string& file) {
    int64_t context = modelContext;
    if (m_rq.contextLength > 0 && m_rq.contextLength != modelContext) {
        if (m_rq.contextLength > modelContext && !m_script)
            throw std::runtime_error("--context " + std::to_string(m_rq.contextLength) + " is longer than the context of " +
                                     file + " (" + std::to_string(modelContext) + " tokens)");
        context = m_rq.contextLength;
        m_result.notes.push_back("scored with a context of " + std::to_string(context) + " tokens (--context)");
    }
    if (m_rq.stride > context)
        throw std::runtime_error("--stride " + std::to_string(m_rq.stride) + " is longer than the context (" +
                                 std::to_string(context) + " tokens)");
    m_lm.contextLength = context;
    m_lm.stride = m_rq.stride > 0 ? m_rq.stride : std::max<int64_t>(1, context / 2);
    m_lm.tokenizerKind = m_tokenizer->kind();
    m_lm.vocabSize = m_tokenizer->vocabSize();
    m_lm.minimumDocumentTokens = kMinimumDocumentTokens;
}

void LanguageModelEvaluationRun::loadText() {
    progress("loading the text");
    std::vector<std::string> loaderNotes;  // its count of documents is the files' or records', not ours
    m_data = loadTextDataset(m_rq.dataPath, loaderNotes);
    for (const std::string& n : m_data.text->notes()) m_result.notes.push_back(n);
    m_result.dataPath = m_rq.dataPath;
    m_result.dataName = m_data.name;
    m_result.dataFormat = m_data.format;
    const TextCorpus& corpus = *m_data.text;
    m_byLine = corpus.format() == TextFormat::TextFile;
    const std::vector<TextDocument>& docs = corpus.documents();
    for (size_t i = 0; i < docs.size(); ++i) {
        m_texts.push_back(tokenizeText(*m_tokenizer, docs[i].text));
        if (m_script) dropTokensOutside(m_texts.back(), m_vocabulary);
        if (m_byLine) {
            for (DocumentSpan& s : lineSpans(docs[i].text, i)) m_documents.push_back(std::move(s));
        } else {
            m_documents.push_back({i, 0, int64_t(docs[i].text.size()), fs::path(docs[i].name).filename().string()});
        }
    }
    if (m_byLine) {
        m_result.notes.push_back("documents are the lines of " + m_data.name + " (" + std::to_string(m_documents.size()) +
                                 "); the file is scored as one text, and a line's figures are those of the tokens that "
                                 "start in it");
    } else {
        m_result.notes.push_back("documents are the " + std::to_string(m_documents.size()) +
                                 (corpus.format() == TextFormat::Jsonl ? " records of " : " files of ") + m_data.name +
                                 ", each scored on its own");
        if (corpus.format() == TextFormat::Jsonl)  // "FILE line N" -> "line N"
            for (size_t i = 0; i < docs.size(); ++i) {
                const size_t at = docs[i].name.rfind(" line ");
                m_documents[i].name = at == std::string::npos ? docs[i].name : docs[i].name.substr(at + 1);
            }
    }
}

void LanguageModelEvaluationRun::score() {
    scoreTexts(m_texts, m_logits, m_lm.contextLength, m_lm.stride, m_vocabulary, m_device, m_control);
    summarizeScores(m_texts, m_documents, m_tokenizer->tokenByteLengths(), m_lm);
    if (m_lm.metrics.tokens == 0)
        throw std::runtime_error(m_rq.dataPath + " has no document of two tokens or more: there is nothing to predict");
    m_result.notes.push_back("scored in windows of " + std::to_string(m_lm.contextLength) + " tokens advancing by " +
                             std::to_string(m_lm.stride) + "; every token after a text's first is predicted once");
}

void LanguageModelEvaluationRun::rankDocuments() {
    std::vector<size_t>& top = m_lm.mostSurprising;
    int64_t shortDocuments = 0;
    for (size_t d = 0; d < m_lm.documents.size(); ++d) {
        if (m_lm.documents[d].tokens >= m_lm.minimumDocumentTokens) top.push_back(d);
        else ++shortDocuments;
    }
    std::stable_sort(top.begin(), top.end(), [&](size_t a, size_t b) {
        return m_lm.documents[a].perplexity > m_lm.documents[b].perplexity;
    });
    if (top.size() > kMostSurprising) top.resize(kMostSurprising);
    for (size_t d : top) {
        DocumentScore& doc = m_lm.documents[d];
        const DocumentSpan& span = m_documents[d];
        const TokenizedText& text = m_texts[span.text];
        doc.text = cutText(text.text.substr(size_t(span.begin), size_t(span.end - span.begin)), kDocumentTextBytes,
                           doc.textTrimmed);
        doc.tokenLosses = documentTokenLosses(text, span, int64_t(doc.text.size()), m_tokenizer->unknownId());
    }
    if (shortDocuments > 0)
        m_result.notes.push_back(std::to_string(shortDocuments) + " of " + std::to_string(m_lm.documents.size()) +
                                 " documents have fewer than " + std::to_string(m_lm.minimumDocumentTokens) +
                                 " predicted tokens: they count in the totals but not in the ranking");
}

std::vector<std::string_view> LanguageModelEvaluationRun::referenceDocuments(std::unique_ptr<TextCorpus>& corpus,
                                                                             std::string& name) {
    if (m_haveRun && m_run.dataset.text && !m_run.dataset.path.empty()) {
        corpus = std::make_unique<TextCorpus>(TextCorpus::open(m_run.dataset.path));
        const TextSplit split = splitCorpus(*corpus, TextSplitFractions{m_run.config.valFraction, m_run.config.testFraction});
        name = "training split of " + fs::path(m_run.dataset.path).filename().string();
        return documentViews(split.train, corpus->format() == TextFormat::TextFile);
    }
    if (m_rq.referencePath.empty()) return {};
    corpus = std::make_unique<TextCorpus>(TextCorpus::open(m_rq.referencePath));
    name = "reference text " + fs::path(m_rq.referencePath).filename().string();
    std::vector<std::string_view> all;
    for (const TextDocument& d : corpus->documents()) all.push_back(d.text);
    return documentViews(all, corpus->format() == TextFormat::TextFile);
}

void LanguageModelEvaluationRun::measureDrift() {
    progress("comparing with the training text");
    std::vector<std::string_view> current;
    for (const DocumentSpan& s : m_documents)
        current.push_back(m_texts[s.text].text.substr(size_t(s.begin), size_t(s.end - s.begin)));
    const TokenCounts now = countTokens(*m_tokenizer, current);
    const std::string kind = m_tokenizer->kind() + " tokens";
    std::unique_ptr<TextCorpus> corpus;
    std::string name;
    try {
        const std::vector<std::string_view> reference = referenceDocuments(corpus, name);
        if (!reference.empty()) {
            m_lm.drift = compareTextDrift(countTokens(*m_tokenizer, reference), now, name, kind, kDriftMovers);
            return;
        }
    } catch (const std::exception& e) {
        m_result.warnings.push_back("the training text cannot be read (" + std::string(e.what()) + "): drift is not measured");
    }
    m_lm.drift = currentTextFigures(now, kind);
}

std::string LanguageModelEvaluationRun::continuation(const std::string& prompt, const SampleSettings& settings) {
    const std::vector<int32_t> encoded = m_tokenizer->encode(prompt);
    std::vector<int64_t> ids;
    for (int32_t id : encoded)
        if (id < m_vocabulary) ids.push_back(id);
    std::vector<int64_t> out;
    if (!m_script) {
        GenerationOptions options;
        options.maxTokens = settings.maxTokens;
        options.temperature = settings.temperature;
        options.topK = settings.topK;
        options.seed = settings.seed;
        options.startToken = generationStartToken(*m_tokenizer);
        out = generate(m_gpt, ids, options);
    } else {
        if (ids.empty()) ids.push_back(std::min<int64_t>(generationStartToken(*m_tokenizer), m_vocabulary - 1));
        out = sampleTokens(m_logits, ids, m_lm.contextLength, settings.maxTokens, settings, m_device);
    }
    return m_tokenizer->decode(std::vector<int32_t>(out.begin(), out.end()));
}

void LanguageModelEvaluationRun::writeSamples() {
    if (m_rq.prompts <= 0 || m_rq.sampleTokens <= 0 || m_lm.documents.empty()) return;
    progress("writing samples");
    SampleSettings settings;
    settings.maxTokens = m_rq.sampleTokens;
    if (m_haveRun) {
        settings.temperature = m_run.config.sampleTemperature;
        settings.topK = m_run.config.sampleTopK;
        settings.seed = m_run.config.sampleSeed;
    }
    WatchList watch;
    const std::string watchFile = !m_rq.watchList.empty() ? m_rq.watchList : m_haveRun ? m_run.config.watchList : "";
    if (!watchFile.empty()) {
        try {
            watch = WatchList::load(watchFile);
        } catch (const std::exception& e) {
            if (!m_rq.watchList.empty()) throw;
            m_result.warnings.push_back("the run's watch list cannot be read (" + std::string(e.what()) + ")");
        }
    }
    const size_t n = m_lm.documents.size(), count = std::min(n, size_t(m_rq.prompts));
    std::vector<std::string> prompts;
    for (size_t k = 0; k < count; ++k) {
        const DocumentSpan& s = m_documents[k * n / count];
        const std::string p = promptFrom(m_texts[s.text].text.substr(size_t(s.begin), size_t(s.end - s.begin)));
        if (!p.empty() && std::find(prompts.begin(), prompts.end(), p) == prompts.end()) prompts.push_back(p);
    }
    for (const std::string& prompt : prompts) {
        TextSample s;
        s.step = m_step;
        s.prompt = prompt;
        s.text = continuation(prompt, settings);
        s.temperature = settings.temperature;
        s.topK = settings.topK;
        s.seed = settings.seed;
        const SampleMetrics figures = sampleMetrics(s.text, nullptr);
        s.distinct1 = figures.distinct1;
        s.distinct2 = figures.distinct2;
        s.repetition = figures.repetition;
        for (const WatchHit& hit : watch.find(s.text))
            s.watchHits.push_back(WatchMatch{int64_t(hit.begin), int64_t(hit.end), watch.entries()[hit.entry]});
        m_lm.watchHits += int64_t(s.watchHits.size());
        m_lm.samples.push_back(std::move(s));
        progress("writing samples");
    }
}

void LanguageModelEvaluationRun::addFindings() {
    if (m_haveRun && m_run.hasLmTest) {
        m_lm.hasBaseline = true;
        m_lm.baseline = m_run.lmTest;
        m_result.comparison.runDir = m_result.runDir;
        m_result.comparison.runName = m_run.displayName();
    }
    int64_t unknown = 0, tokens = 0;
    for (const TokenizedText& t : m_texts) {
        tokens += int64_t(t.ids.size()) + t.dropped;
        unknown += t.dropped;
        for (int32_t id : t.ids) unknown += id == m_tokenizer->unknownId() ? 1 : 0;
    }
    const double rate = tokens > 0 ? double(unknown) / double(tokens) : 0.0;
    if (rate > kUnknownRateWarning)
        m_result.warnings.push_back(formatFixed(rate * 100.0, 2) + "% of the text's tokens are unknown to the model " +
                                    "(characters or pieces its tokenizer never saw)" +
                                    (m_script ? ": they are left out of the text it scores" : ""));
    if (m_lm.metrics.tokens < m_lm.contextLength)
        m_result.warnings.push_back("only " + std::to_string(m_lm.metrics.tokens) +
                                    " tokens were predicted, fewer than one context window: the figures are rough");
}

}  // namespace
}  // namespace lmeval

bool isLanguageModelRequest(const EvaluateRequest& request) {
    try {
        if (detectDatasetFormat(request.dataPath) != DatasetFormat::Text) return false;
        std::string runDir;
        const std::string file = resolveModelFile(request.modelPath, runDir);
        torch::serialize::InputArchive archive;
        archive.load_from(file, torch::Device(torch::kCPU));
        return true;  // a checkpoint (a classifier's is refused with advice) or a TorchScript module, on text
    } catch (const std::exception&) {
        return false;  // the classifier path reports what is wrong with the model or the data
    }
}

EvaluationResult evaluateLanguageModel(const EvaluateRequest& request, EvaluateControl* control) {
    return lmeval::LanguageModelEvaluationRun(request, control).run();
}

}  // namespace ts
