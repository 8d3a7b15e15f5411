// The text classifiers (text-bow, text-transformer) behind one interface, so that training, evaluation and
// explanation share them: how texts become inputs (hashed n-grams or padded token ids), the network, and the
// model_info JSON a checkpoint stores to rebuild both. Internal to core: includes torch.
#pragma once

#include "core/text/Tokenizer.h"
#include "core/train/BagOfNgrams.h"
#include "core/train/TextTransformer.h"
#include "core/train/TrainingTask.h"

#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

namespace ts {

/// What rebuilds a text classifier: its preset, classes and featurizer, as a checkpoint's model_info stores them.
struct TextClassifierInfo {
    std::string preset;                   ///< "text-bow" or "text-transformer"
    std::vector<std::string> classNames;  ///< in output order
    NgramSettings ngrams;                 ///< text-bow: the n-grams and buckets
    int64_t embedding = 0;                ///< text-bow: width of the n-gram vectors
    TextTransformerShape shape;           ///< text-transformer: the network (vocabulary = the tokenizer's)
    std::string tokenizerJson;            ///< text-transformer: the tokenizer trained on the training split
};

/// The model_info JSON of `info` (task "text-classification").
std::string textClassifierInfoToJson(const TextClassifierInfo& info);
/// `info` back from its JSON; throws std::runtime_error when it is not a text classifier's or is damaged.
TextClassifierInfo textClassifierInfoFromJson(const std::string& json);
/// True when `json` is a text classifier's model_info.
bool isTextClassifierInfo(const std::string& json);

/// A split's texts as one model's inputs, on a device (one of the two members is set).
struct TextInputs {
    HashedTexts hashed;     ///< text-bow
    TokenizedTexts tokens;  ///< text-transformer
    int64_t size() const { return hashed.size() > 0 ? hashed.size() : tokens.size(); }
};

/// A text classifier network with its featurizer (one text-* preset).
class TextClassifierModel {
public:
    virtual ~TextClassifierModel() = default;
    /// The network, for the optimizer, checkpoints and device moves.
    virtual torch::nn::Module& module() = 0;
    /// `texts` as this model's inputs on `device`.
    virtual TextInputs featurize(const std::vector<std::string>& texts, const torch::Device& device) const = 0;
    /// Logits [rows, classes] of the texts at `rows` (int64 on the inputs' device) of `inputs`.
    virtual torch::Tensor forward(const TextInputs& inputs, const torch::Tensor& rows) = 0;
    /// The trainable parameters, grouped by whether weight decay applies.
    virtual std::vector<ParameterGroup> parameterGroups() = 0;
    /// The tokenizer of a text-transformer; null for text-bow.
    virtual const Tokenizer* tokenizer() const { return nullptr; }
    /// Training health: hidden activations go to `tap` while it is armed (null: none).
    virtual void setActivationTap(ActivationTap* tap) = 0;
    /// What rebuilds the model.
    const TextClassifierInfo& info() const { return m_info; }

protected:
    explicit TextClassifierModel(TextClassifierInfo info) : m_info(std::move(info)) {}
    TextClassifierInfo m_info;
};

/// A fresh model as `info` describes it (its tokenizer read from info.tokenizerJson); on the CPU.
std::unique_ptr<TextClassifierModel> makeTextClassifierModel(const TextClassifierInfo& info);

/// A text classifier checkpoint's model in evaluation mode on `device`, and the epoch it was saved after.
struct LoadedTextClassifier {
    std::unique_ptr<TextClassifierModel> model;
    int64_t epoch = -1;  ///< -1 when the checkpoint does not say
};
/// Loads the text classifier in `checkpointPath`; throws std::runtime_error naming the file when it is unreadable
/// or not a text classifier.
LoadedTextClassifier loadTextClassifier(const std::string& checkpointPath, const torch::Device& device);

}  // namespace ts
