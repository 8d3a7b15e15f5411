#include "ui/training/PresetTexts.h"

#include <QCoreApplication>
#include <utility>

#include "core/train/TrainConfig.h"

namespace ts {

namespace {
// Core's English descriptions, word for word, marked for lupdate (core has no Qt). A description that core
// changes and this table does not is shown in core's English until the table follows (test_translations checks).
const std::pair<const char*, const char*> kDescriptions[] = {
    {"seed",
     QT_TRANSLATE_NOOP("ts::PresetTexts",
                       "The reference tutorial exactly: 784-512-512-10 MLP with a ReLU on the logits, SGD lr 1e-3, "
                       "batch 64, no shuffling, evaluated on the test set after every epoch (~41% after 5 epochs).")},
    {"mlp",
     QT_TRANSLATE_NOOP("ts::PresetTexts",
                       "The tutorial's 784-512-512-10 MLP without the ReLU on the logits, standardized pixels, "
                       "batch 256, AdamW with cosine decay, 10% validation split (~89% test accuracy in 5 epochs).")},
    {"cnn", QT_TRANSLATE_NOOP(
                "ts::PresetTexts",
                "A small convolutional net (two 3x3 conv blocks with batch norm, max pooling, dropout), AdamW with "
                "cosine decay (>90% test accuracy in 2-5 epochs; slower per epoch than the MLP on a CPU).")},
    {"text-bow",
     QT_TRANSLATE_NOOP(
         "ts::PresetTexts",
         "Text classifier: a bag of hashed word 1-2-grams and character 3-5-grams (2^16 buckets), their mean "
         "32-wide embedding and a linear layer, AdamW lr 2e-2 with cosine decay, 5 epochs of batch 64; the fast "
         "baseline that trains in seconds.")},
    {"text-transformer",
     QT_TRANSLATE_NOOP(
         "ts::PresetTexts",
         "Text classifier: a small transformer encoder on the language models' tokenizers (char by default; bpe "
         "or unigram with --tokenizer), the first 64 tokens of each text, 2 pre-LayerNorm blocks, 4 heads, 64 "
         "wide, mean-pooled over the text's tokens and a linear layer; AdamW lr 1e-3 with 50 warm-up steps and "
         "cosine decay, 4 epochs of batch 32 on 1 thread.")},
    {"gpt-tiny", QT_TRANSLATE_NOOP(
                     "ts::PresetTexts",
                     "Language model: nanoGPT's baby GPT for a CPU (4 layers, 4 heads, 128 wide, context 64, batch 12, "
                     "char tokens, AdamW lr 1e-3 with 100 warm-up steps and cosine decay to 1e-4, 2,000 steps; "
                     "validation loss ~1.88 on tiny-shakespeare).")},
    {"gpt-small",
     QT_TRANSLATE_NOOP(
         "ts::PresetTexts",
         "Language model: nanoGPT's shakespeare-char model (6 layers, 6 heads, 384 wide, context 256, batch "
         "64, dropout 0.2, 5,000 steps); about 10.7 M parameters, for a machine with a GPU.")},
};
}  // namespace

QString presetDescriptionText(const std::string& preset) {
    const std::string english = presetDescription(preset);
    for (const auto& [name, text] : kDescriptions)
        if (preset == name && english == text) return QCoreApplication::translate("ts::PresetTexts", text);
    return QString::fromStdString(english);
}

}  // namespace ts
