// JSON conversions of the values a run folder stores (run.json, summary.json, epochs.jsonl, samples.jsonl),
// shared by the writer, the reader and the report exporters. Torch-free.
#pragma once

#include "core/common/Json.h"
#include "core/common/Types.h"
#include "core/train/TrainConfig.h"

namespace ts {

/// The training configuration; language-model fields only for language-model presets.
Json toJson(const TrainConfig& c);
TrainConfig configFromJson(const Json& j);
/// The data set's identity and sizes; "text" and "documents" only for a text corpus.
Json toJson(const DatasetInfo& d);
DatasetInfo datasetFromJson(const Json& j);
Json toJson(const ClassMetrics& m);
Json toJson(const EvalMetrics& m);
EvalMetrics evalFromJson(const Json& j);
/// One line of epochs.jsonl (a language model's evaluation point without its samples).
Json toJson(const EpochMetrics& e);
EpochMetrics epochFromJson(const Json& j);
/// A line of samples.jsonl: step, prompt, text, temperature, top_k, seed, the sample metrics and watch hits.
Json toJson(const TextSample& s);
TextSample sampleFromJson(const Json& j);
/// summary.json's "tokenizer": kind, vocab_size, train/val/test tokens and unknown rates.
Json toJson(const TokenizerSummary& t);
TokenizerSummary tokenizerFromJson(const Json& j);
/// summary.json's "test" of a language model: loss, perplexity, bits_per_byte, token_accuracy, top5_accuracy, tokens.
Json toJson(const LanguageModelTest& t);
LanguageModelTest lmTestFromJson(const Json& j);

}  // namespace ts
