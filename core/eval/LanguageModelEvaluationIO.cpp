// JSON and CSV of text evaluations.
#include "core/eval/LanguageModelEvaluationIO.h"

#include "core/common/Numbers.h"
#include "core/eval/EvaluationIO.h"
#include "core/report/ReportText.h"
#include "core/runs/RunJson.h"

#include <algorithm>

namespace ts {

namespace {

Json toJson(const TokenShift& s) {
    Json j;
    j.set("token", s.token);
    j.set("reference_share", s.referenceShare);
    j.set("current_share", s.currentShare);
    return j;
}

std::vector<TokenShift> shiftsFromJson(const Json& j) {
    std::vector<TokenShift> out;
    for (const Json& s : j.array())
        out.push_back({s["token"].string(), s["reference_share"].number(), s["current_share"].number()});
    return out;
}

/// A surprising document's token losses as parallel arrays (compact for thousands of tokens).
Json tokenLossesJson(const std::vector<TokenLoss>& losses) {
    std::vector<int64_t> begins, ends, unknown;
    std::vector<double> loss;
    for (size_t i = 0; i < losses.size(); ++i) {
        begins.push_back(losses[i].begin);
        ends.push_back(losses[i].end);
        loss.push_back(losses[i].loss);
        if (losses[i].unknown) unknown.push_back(int64_t(i));
    }
    Json j;
    j.set("begin", jsonArray(begins));
    j.set("end", jsonArray(ends));
    j.set("loss", jsonArray(loss));
    j.set("unknown", jsonArray(unknown));
    return j;
}

std::vector<TokenLoss> tokenLossesFromJson(const Json& j) {
    const std::vector<int64_t> begins = integersOf(j["begin"]), ends = integersOf(j["end"]);
    const std::vector<double> loss = numbersOf<double>(j["loss"]);
    std::vector<TokenLoss> out(std::min({begins.size(), ends.size(), loss.size()}));
    for (size_t i = 0; i < out.size(); ++i) out[i] = {begins[i], ends[i], float(loss[i]), false};
    for (int64_t u : integersOf(j["unknown"]))
        if (u >= 0 && size_t(u) < out.size()) out[size_t(u)].unknown = true;
    return out;
}

Json toJson(const DocumentScore& d, bool withText) {
    Json j;
    j.set("index", d.index);
    j.set("name", d.name);
    j.set("tokens", d.tokens);
    j.set("bytes", d.bytes);
    j.set("loss", d.loss);
    j.set("perplexity", d.perplexity);
    j.set("bits_per_byte", d.bitsPerByte);
    if (withText) {
        j.set("text", d.text);
        j.set("text_trimmed", d.textTrimmed);
        j.set("token_losses", tokenLossesJson(d.tokenLosses));
    }
    return j;
}

DocumentScore documentFromJson(const Json& j) {
    DocumentScore d;
    d.index = j["index"].integer();
    d.name = j["name"].string();
    d.tokens = j["tokens"].integer();
    d.bytes = j["bytes"].integer();
    d.loss = j["loss"].number();
    d.perplexity = j["perplexity"].number();
    d.bitsPerByte = j["bits_per_byte"].number();
    d.text = j["text"].string();
    d.textTrimmed = j["text_trimmed"].boolean();
    d.tokenLosses = tokenLossesFromJson(j["token_losses"]);
    return d;
}

}  // namespace

Json toJson(const TextDriftReport& d) {
    Json j;
    j.set("has_reference", d.hasReference);
    j.set("reference_name", d.referenceName);
    j.set("token_kind", d.tokenKind);
    j.set("reference_tokens", d.referenceTokens);
    j.set("current_tokens", d.currentTokens);
    j.set("reference_documents", d.referenceDocuments);
    j.set("current_documents", d.currentDocuments);
    j.set("reference_unknown_rate", d.referenceUnknownRate);
    j.set("current_unknown_rate", d.currentUnknownRate);
    j.set("js_divergence", d.jsDivergence);
    Json ks;
    ks.set("statistic", d.lengthKs.statistic);
    ks.set("p_value", d.lengthKs.pValue);
    j.set("length_ks", ks);
    j.set("reference_mean_length", d.referenceMeanLength);
    j.set("current_mean_length", d.currentMeanLength);
    Json rising = Json(Json::Array{}), falling = Json(Json::Array{});
    for (const TokenShift& s : d.rising) rising.push(toJson(s));
    for (const TokenShift& s : d.falling) falling.push(toJson(s));
    j.set("rising", rising);
    j.set("falling", falling);
    return j;
}

TextDriftReport textDriftFromJson(const Json& j) {
    TextDriftReport d;
    d.hasReference = j["has_reference"].boolean();
    d.referenceName = j["reference_name"].string();
    d.tokenKind = j["token_kind"].string();
    d.referenceTokens = j["reference_tokens"].integer();
    d.currentTokens = j["current_tokens"].integer();
    d.referenceDocuments = j["reference_documents"].integer();
    d.currentDocuments = j["current_documents"].integer();
    d.referenceUnknownRate = j["reference_unknown_rate"].number();
    d.currentUnknownRate = j["current_unknown_rate"].number();
    d.jsDivergence = j["js_divergence"].number();
    d.lengthKs.statistic = j["length_ks"]["statistic"].number();
    d.lengthKs.pValue = j["length_ks"]["p_value"].number(1.0);
    d.referenceMeanLength = j["reference_mean_length"].number();
    d.currentMeanLength = j["current_mean_length"].number();
    d.rising = shiftsFromJson(j["rising"]);
    d.falling = shiftsFromJson(j["falling"]);
    return d;
}

void addLanguageModelEvaluation(Json& doc, const LanguageModelEvaluation& lm) {
    doc.set("metrics", toJson(lm.metrics));
    doc.set("calibration", toJson(lm.calibration));
    doc.set("confidence", toJson(lm.confidence));
    doc.set("drift", toJson(lm.drift));
    std::vector<bool> surprising(lm.documents.size(), false);
    for (size_t d : lm.mostSurprising)
        if (d < surprising.size()) surprising[d] = true;
    Json documents = Json(Json::Array{});
    for (size_t d = 0; d < lm.documents.size(); ++d) documents.push(toJson(lm.documents[d], surprising[d]));
    doc.set("documents", documents);
    doc.set("most_surprising", jsonArray(std::vector<int64_t>(lm.mostSurprising.begin(), lm.mostSurprising.end())));
    Json samples = Json(Json::Array{});
    for (const TextSample& s : lm.samples) samples.push(toJson(s));
    doc.set("samples", samples);
    doc.set("watch_hits", lm.watchHits);
    doc.set("has_baseline", lm.hasBaseline);
    doc.set("baseline", lm.hasBaseline ? toJson(lm.baseline) : Json());
    Json tokenizer;
    tokenizer.set("kind", lm.tokenizerKind);
    tokenizer.set("vocab_size", lm.vocabSize);
    doc.set("tokenizer", tokenizer);
    doc.set("context_length", lm.contextLength);
    doc.set("stride", lm.stride);
    doc.set("minimum_document_tokens", lm.minimumDocumentTokens);
}

LanguageModelEvaluation languageModelEvaluationFromJson(const Json& doc) {
    LanguageModelEvaluation lm;
    lm.metrics = lmTestFromJson(doc["metrics"]);
    lm.calibration = calibrationFromJson(doc["calibration"]);
    lm.confidence = confidenceFromJson(doc["confidence"]);
    lm.drift = textDriftFromJson(doc["drift"]);
    for (const Json& d : doc["documents"].array()) lm.documents.push_back(documentFromJson(d));
    for (int64_t d : integersOf(doc["most_surprising"]))
        if (d >= 0 && size_t(d) < lm.documents.size()) lm.mostSurprising.push_back(size_t(d));
    for (const Json& s : doc["samples"].array()) lm.samples.push_back(sampleFromJson(s));
    lm.watchHits = doc["watch_hits"].integer();
    lm.hasBaseline = doc["has_baseline"].boolean();
    if (lm.hasBaseline) lm.baseline = lmTestFromJson(doc["baseline"]);
    lm.tokenizerKind = doc["tokenizer"]["kind"].string();
    lm.vocabSize = doc["tokenizer"]["vocab_size"].integer();
    lm.contextLength = doc["context_length"].integer();
    lm.stride = doc["stride"].integer();
    lm.minimumDocumentTokens = doc["minimum_document_tokens"].integer();
    return lm;
}

std::string documentsCsv(const LanguageModelEvaluation& lm) {
    std::string csv = "index,name,tokens,loss,perplexity,bits_per_byte\n";
    for (const DocumentScore& d : lm.documents)
        csv += std::to_string(d.index) + ',' + report::csvText(d.name) + ',' + std::to_string(d.tokens) + ',' +
               formatCsvNumber(d.loss) + ',' + formatCsvNumber(d.perplexity) + ',' + formatCsvNumber(d.bitsPerByte) + '\n';
    return csv;
}

}  // namespace ts
