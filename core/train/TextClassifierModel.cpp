// The two text classifiers behind TextClassifierModel, their model_info JSON and checkpoint loading.
#include "core/train/TextClassifierModel.h"

#include "core/common/Json.h"

#include <stdexcept>

namespace ts {

namespace {

constexpr const char* kTextClassifierTask = "text-classification";
constexpr const char* kTextBowPreset = "text-bow";
constexpr const char* kTextTransformerPreset = "text-transformer";

/// text-bow: hashed n-grams, an embedding bag and a linear layer.
class BowClassifier : public TextClassifierModel {
public:
    explicit BowClassifier(TextClassifierInfo info)
        : TextClassifierModel(std::move(info)),
          m_net(m_info.ngrams.buckets, m_info.embedding, int64_t(m_info.classNames.size())) {}
    torch::nn::Module& module() override { return *m_net; }
    TextInputs featurize(const std::vector<std::string>& texts, const torch::Device& device) const override {
        TextInputs in;
        in.hashed = hashTexts(texts, m_info.ngrams, device);
        return in;
    }
    void setActivationTap(ActivationTap* tap) override { m_net->setActivationTap(tap); }
    torch::Tensor forward(const TextInputs& inputs, const torch::Tensor& rows) override {
        const auto [ids, offsets, weights] = inputs.hashed.batch(rows);
        return m_net->forward(ids, offsets, weights);
    }
    std::vector<ParameterGroup> parameterGroups() override {
        // Weight decay on the output layer only: decaying the n-gram table would touch every bucket every step.
        ParameterGroup decay{{}, true}, noDecay{{}, false};
        for (const auto& item : m_net->named_parameters())
            (item.key().rfind("bag.", 0) == 0 ? noDecay : decay).parameters.push_back(item.value());
        return {decay, noDecay};
    }

private:
    BagOfNgrams m_net;
};

/// text-transformer: a tokenizer's ids and the encoder.
class TransformerClassifier : public TextClassifierModel {
public:
    explicit TransformerClassifier(TextClassifierInfo info)
        : TextClassifierModel(std::move(info)), m_tokenizer(tokenizerFromJson(m_info.tokenizerJson)) {
        m_info.shape.vocabSize = m_tokenizer->vocabSize();
        m_info.shape.classes = int64_t(m_info.classNames.size());
        m_net = TextTransformer(m_info.shape);
    }
    torch::nn::Module& module() override { return *m_net; }
    TextInputs featurize(const std::vector<std::string>& texts, const torch::Device& device) const override {
        TextInputs in;
        in.tokens = tokenizeTexts(*m_tokenizer, texts, m_info.shape.contextLength, m_info.shape.padId(), device);
        return in;
    }
    void setActivationTap(ActivationTap* tap) override { m_net->setActivationTap(tap); }
    torch::Tensor forward(const TextInputs& inputs, const torch::Tensor& rows) override {
        const auto [ids, lengths] = inputs.tokens.batch(rows);
        return m_net->forward(ids, lengths);
    }
    std::vector<ParameterGroup> parameterGroups() override {
        // As the language models: weight decay on the matrices, none on gains, biases and embeddings' rows alike.
        ParameterGroup decay{{}, true}, noDecay{{}, false};
        for (const torch::Tensor& p : m_net->parameters()) (p.dim() >= 2 ? decay : noDecay).parameters.push_back(p);
        return {decay, noDecay};
    }
    const Tokenizer* tokenizer() const override { return m_tokenizer.get(); }

private:
    std::unique_ptr<Tokenizer> m_tokenizer;
    TextTransformer m_net{nullptr};
};

}  // namespace

std::string textClassifierInfoToJson(const TextClassifierInfo& info) {
    Json j;
    j.set("preset", info.preset);
    j.set("task", kTextClassifierTask);
    j.set("class_names", jsonArray(info.classNames));
    if (info.preset == kTextTransformerPreset) {
        Json shape;
        shape.set("context_length", info.shape.contextLength);
        shape.set("layers", info.shape.layers);
        shape.set("heads", info.shape.heads);
        shape.set("embedding", info.shape.embedding);
        shape.set("dropout", info.shape.dropout);
        j.set("transformer", shape);
        j.set("truncation", "first tokens");
        j.set("tokenizer", Json::parse(info.tokenizerJson));
        return j.dump();
    }
    j.set("hash", "fnv1a64");
    j.set("lowercase", true);
    j.set("buckets", info.ngrams.buckets);
    j.set("embedding", info.embedding);
    j.set("word_ngrams", jsonArray(std::vector<int64_t>{info.ngrams.wordMin, info.ngrams.wordMax}));
    j.set("char_ngrams", jsonArray(std::vector<int64_t>{info.ngrams.charMin, info.ngrams.charMax}));
    j.set("symbols", info.ngrams.symbols);
    j.set("balanced", info.ngrams.balanced);
    return j.dump();
}

bool isTextClassifierInfo(const std::string& json) {
    try {
        return Json::parse(json)["task"].string() == kTextClassifierTask;
    } catch (const std::exception&) {
        return false;
    }
}

TextClassifierInfo textClassifierInfoFromJson(const std::string& json) {
    Json j;
    try {
        j = Json::parse(json);
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string("the text classifier's description is damaged: ") + e.what());
    }
    if (j["task"].string() != kTextClassifierTask)
        throw std::runtime_error("the checkpoint does not describe a text classifier");
    TextClassifierInfo info;
    info.preset = j["preset"].string();
    info.classNames = stringsOf(j["class_names"]);
    if (info.classNames.size() < 2) throw std::runtime_error("the text classifier's description has fewer than 2 classes");
    if (info.preset == kTextTransformerPreset) {
        const Json& s = j["transformer"];
        if (!s.isObject() || !j["tokenizer"].isObject())
            throw std::runtime_error("the text transformer's description has no shape or tokenizer");
        info.shape.contextLength = s["context_length"].integer();
        info.shape.layers = s["layers"].integer();
        info.shape.heads = s["heads"].integer();
        info.shape.embedding = s["embedding"].integer();
        info.shape.dropout = s["dropout"].number();
        info.shape.classes = int64_t(info.classNames.size());
        info.tokenizerJson = j["tokenizer"].dump();
        return info;
    }
    if (info.preset != kTextBowPreset) throw std::runtime_error("unknown text classifier preset '" + info.preset + "'");
    const std::vector<int64_t> words = integersOf(j["word_ngrams"]), chars = integersOf(j["char_ngrams"]);
    info.ngrams.buckets = j["buckets"].integer();
    info.embedding = j["embedding"].integer();
    if (words.size() != 2 || chars.size() != 2 || info.ngrams.buckets < 1 || info.embedding < 1)
        throw std::runtime_error("the text-bow description's n-grams, buckets or width are invalid");
    info.ngrams.wordMin = int(words[0]);
    info.ngrams.wordMax = int(words[1]);
    info.ngrams.charMin = int(chars[0]);
    info.ngrams.charMax = int(chars[1]);
    info.ngrams.symbols = j["symbols"].boolean(false);  // checkpoints from before punctuation tokens: words only
    info.ngrams.balanced = j["balanced"].boolean(false);  // ... and from before balanced bags: every n-gram alike
    return info;
}

std::unique_ptr<TextClassifierModel> makeTextClassifierModel(const TextClassifierInfo& info) {
    if (info.preset == kTextTransformerPreset) return std::make_unique<TransformerClassifier>(info);
    return std::make_unique<BowClassifier>(info);
}

LoadedTextClassifier loadTextClassifier(const std::string& checkpointPath, const torch::Device& device) {
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(checkpointPath, device);
    } catch (const c10::Error& e) {
        throw std::runtime_error("cannot read the checkpoint " + checkpointPath + " (" + e.what_without_backtrace() + ")");
    }
    c10::IValue infoText;
    if (!archive.try_read("model_info", infoText) || !infoText.isString() || !isTextClassifierInfo(infoText.toStringRef()))
        throw std::runtime_error(checkpointPath + " is not a text classifier checkpoint (text-bow or text-transformer)");
    LoadedTextClassifier loaded;
    loaded.model = makeTextClassifierModel(textClassifierInfoFromJson(infoText.toStringRef()));
    torch::serialize::InputArchive weights;
    try {
        archive.read("model", weights);
        loaded.model->module().load(weights);
    } catch (const c10::Error& e) {
        throw std::runtime_error("the checkpoint " + checkpointPath + " does not hold the " +
                                 loaded.model->info().preset + " model it describes (" + e.what_without_backtrace() + ")");
    }
    loaded.model->module().to(device);
    loaded.model->module().eval();
    c10::IValue epoch;
    if (archive.try_read("epoch", epoch) && epoch.isInt()) loaded.epoch = epoch.toInt();
    return loaded;
}

}  // namespace ts
