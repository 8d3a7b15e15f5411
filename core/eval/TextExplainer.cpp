// The text explainers: text-bow's exact n-gram weights per word, and occlusion of each token for the text
// transformer (batched: the text and its copies with one token replaced by the unknown, or pad, token).
#include "core/eval/TextExplanation.h"

#include "core/text/Unicode.h"
#include "core/train/TextClassifierModel.h"

#include <torch/torch.h>

#include <algorithm>
#include <stdexcept>

namespace ts {

namespace {

constexpr int64_t kOcclusionBatch = 128;  // occluded copies per forward pass

void checkClass(const TextClassifierInfo& info, int classIndex) {
    if (classIndex < 0 || size_t(classIndex) >= info.classNames.size())
        throw std::out_of_range("class " + std::to_string(classIndex) + " is not one of the model's " +
                                std::to_string(info.classNames.size()) + " classes");
}

/// text-bow: the logit minus the bias is the weighted sum over the text's n-grams of W_class . embedding(n-gram)
/// (ngramWeights); each token gets the part of that sum its n-grams bring.
class NgramWeightExplainer : public TextExplainer {
public:
    explicit NgramWeightExplainer(std::unique_ptr<TextClassifierModel> model) : m_model(std::move(model)) {
        const auto parameters = m_model->module().named_parameters();
        m_table = parameters["bag.weight"];
        m_output = parameters["out.weight"];
    }

    TextExplanation explain(const std::string& text, int classIndex) const override {
        checkClass(m_model->info(), classIndex);
        TextExplanation e;
        e.classIndex = classIndex;
        e.method = "n-gram weights";
        const std::vector<unicode::WordSpan> spans = bowTokenSpans(text, m_model->info().ngrams);
        const std::vector<TokenNgrams> grams = hashedNgramsByWord(text, m_model->info().ngrams);
        const std::vector<float> weights = ngramWeights(grams, m_model->info().ngrams);
        std::vector<int64_t> flat, owner;
        for (size_t w = 0; w < grams.size(); ++w) {
            flat.insert(flat.end(), grams[w].ids.begin(), grams[w].ids.end());
            owner.insert(owner.end(), grams[w].ids.size(), int64_t(w));
        }
        if (flat.empty()) return e;
        torch::NoGradGuard noGrad;
        const torch::Tensor perGram = m_table.index_select(0, torch::tensor(flat, torch::kInt64))
                                          .matmul(m_output[classIndex])
                                          .mul(torch::tensor(weights, torch::kFloat32))
                                          .to(torch::kDouble);
        const torch::Tensor perWord = torch::zeros({int64_t(grams.size())}, torch::kDouble)
                                          .index_add_(0, torch::tensor(owner, torch::kInt64), perGram)
                                          .contiguous();
        const double* weight = perWord.data_ptr<double>();
        for (size_t w = 0; w < grams.size() && w < spans.size(); ++w)
            e.tokens.push_back(TokenWeight{int64_t(spans[w].begin), int64_t(spans[w].end), weight[w]});
        return e;
    }

private:
    std::unique_ptr<TextClassifierModel> m_model;
    torch::Tensor m_table, m_output;  // [buckets, dim], [classes, dim]
};

/// text-transformer: a token's weight is the class logit of the whole text minus that of the text with the token
/// replaced (by the unknown token, or the pad token when the tokenizer has none).
class OcclusionExplainer : public TextExplainer {
public:
    explicit OcclusionExplainer(std::unique_ptr<TextClassifierModel> model) : m_model(std::move(model)) {}

    TextExplanation explain(const std::string& text, int classIndex) const override {
        checkClass(m_model->info(), classIndex);
        TextExplanation e;
        e.classIndex = classIndex;
        e.method = "occlusion";
        const Tokenizer& tokenizer = *m_model->tokenizer();
        const TokenSpans spans = tokenSpans(tokenizer, text, m_model->info().shape.contextLength);
        const int64_t n = int64_t(spans.ids.size());
        if (n == 0) return e;
        const int64_t unknown = tokenizer.unknownId();
        const int64_t occluder = unknown >= 0 ? unknown : m_model->info().shape.padId();
        // Row 0: the text; row 1 + j: the text with token j occluded.
        torch::Tensor ids = torch::tensor(std::vector<int64_t>(spans.ids.begin(), spans.ids.end()), torch::kInt64)
                                      .unsqueeze(0)
                                      .repeat({n + 1, 1});
        const torch::Tensor positions = torch::arange(n, torch::kInt64);
        ids.index_put_({positions + 1, positions}, occluder);
        c10::InferenceMode inference;
        std::vector<torch::Tensor> logits;
        for (int64_t b = 0; b <= n; b += kOcclusionBatch) {
            const int64_t rows = std::min(n + 1, b + kOcclusionBatch) - b;
            TextInputs in;
            in.tokens.ids = ids.narrow(0, b, rows);
            in.tokens.lengths = torch::full({rows}, n, torch::kInt64);
            logits.push_back(m_model->forward(in, torch::arange(rows, torch::kInt64)).select(1, classIndex));
        }
        const torch::Tensor classLogit = torch::cat(logits).to(torch::kDouble);
        const torch::Tensor weights = (classLogit[0] - classLogit.narrow(0, 1, n)).contiguous();
        const double* w = weights.data_ptr<double>();
        for (int64_t j = 0; j < n; ++j)
            e.tokens.push_back(TokenWeight{spans.spans[size_t(j)].first, spans.spans[size_t(j)].second, w[j]});
        return e;
    }

private:
    std::unique_ptr<TextClassifierModel> m_model;
};

}  // namespace

std::shared_ptr<TextExplainer> loadTextExplainer(const std::string& checkpointPath) {
    LoadedTextClassifier loaded = loadTextClassifier(checkpointPath, torch::kCPU);
    if (loaded.model->tokenizer()) return std::make_shared<OcclusionExplainer>(std::move(loaded.model));
    return std::make_shared<NgramWeightExplainer>(std::move(loaded.model));
}

}  // namespace ts
