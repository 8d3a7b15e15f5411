// evaluation.json's members for text: a language model's evaluation (metrics, calibration, text drift, documents with
// the most surprising ones' text and token losses, samples, the run's test figures, tokenizer and window) and the
// text drift of labelled-text evaluations; documents.csv of a language model. Torch-free, Qt-free.
#pragma once

#include "core/common/Json.h"
#include "core/eval/LanguageModelEvaluation.h"
#include "core/eval/TextDrift.h"

#include <string>

namespace ts {

/// A text drift report as JSON (has_reference, reference_name, token_kind, counts, unknown rates, js_divergence,
/// length_ks, mean lengths, rising, falling).
Json toJson(const TextDriftReport& d);
/// Back from toJson; missing members keep their defaults.
TextDriftReport textDriftFromJson(const Json& j);

/// Adds a language model's members to an evaluation.json document: metrics, calibration, confidence, drift,
/// documents, most_surprising, samples, watch_hits, has_baseline, baseline, tokenizer, context_length, stride,
/// minimum_document_tokens.
void addLanguageModelEvaluation(Json& doc, const LanguageModelEvaluation& lm);
/// Reads what addLanguageModelEvaluation wrote.
LanguageModelEvaluation languageModelEvaluationFromJson(const Json& doc);

/// documents.csv: index,name,tokens,loss,perplexity,bits_per_byte, one row per document.
std::string documentsCsv(const LanguageModelEvaluation& lm);

}  // namespace ts
