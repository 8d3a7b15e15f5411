// Test fixtures of Evaluate mode for text, made by hand (no model is run): a language model's evaluation with
// scored documents, token losses, text drift and samples; a text classifier's result with its documents and text
// drift; and a fake explainer that weights each word by a rule the tests can predict.
#pragma once

#include "core/eval/Evaluation.h"
#include "core/eval/LanguageModelEvaluation.h"
#include "core/eval/Metrics.h"
#include "core/eval/TextDrift.h"
#include "core/eval/TextExplanation.h"
#include "support/Fixtures.h"
#include "ui/evaluate/EvaluateFixtures.h"

#include <cctype>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

namespace ts::testing {

/// A text drift report against a training text: a moderate token shift, more unknown tokens, longer documents.
inline ts::TextDriftReport textDriftReport() {
    ts::TextDriftReport d;
    d.hasReference = true;
    d.referenceName = "training split of tinyshakespeare.txt";
    d.tokenKind = "char tokens";
    d.referenceTokens = 1003854;
    d.currentTokens = 52110;
    d.referenceDocuments = 32777;
    d.currentDocuments = 1200;
    d.referenceUnknownRate = 0.0;
    d.currentUnknownRate = 0.034;
    d.jsDivergence = 0.184;
    d.lengthKs = {0.41, 1e-30};
    d.referenceMeanLength = 30.6;
    d.currentMeanLength = 43.4;
    d.rising = {{"é", 0.0, 0.012}, {"k", 0.007, 0.015}, {"\n", 0.03, 0.036}};
    d.falling = {{"t", 0.07, 0.052}, {"h", 0.051, 0.041}};
    return d;
}

/// A scored document: `tokens` one-character tokens over `text`, losses rising along the text; the third token of
/// every document is unknown.
inline ts::DocumentScore documentScore(int64_t index, const std::string& name, const std::string& text, double perplexity) {
    ts::DocumentScore d;
    d.index = index;
    d.name = name;
    d.text = text;
    d.bytes = static_cast<int64_t>(text.size());
    d.perplexity = perplexity;
    d.loss = std::log(perplexity);
    d.bitsPerByte = d.loss / std::log(2.0);
    for (size_t i = 1; i < text.size(); ++i) {  // the first character has no context: not scored
        ts::TokenLoss t;
        t.begin = static_cast<int64_t>(i);
        t.end = t.begin + 1;
        t.loss = static_cast<float>(0.5 * double(i));
        t.unknown = i == 2;
        d.tokenLosses.push_back(t);
    }
    d.tokens = static_cast<int64_t>(d.tokenLosses.size());
    return d;
}

/// A character model evaluated on four documents: "line 3" is the most surprising, then "line 1", "line 4";
/// "line 2" is too short to be ranked. Perplexity 9.6 against the run's 4.2.
inline ts::EvaluationResult languageModelResult() {
    ts::EvaluationResult r = evaluationOf("/runs/gpt-1", "/data/other.txt", "other.txt", "text file");
    r.task = "language-model";
    r.modelDescription = "gpt-tiny preset, 210,000 parameters";
    auto lm = std::make_shared<ts::LanguageModelEvaluation>();
    lm->metrics = {2.262, 9.6, 3.26, 0.41, 0.72, 52110};
    lm->hasBaseline = true;
    lm->baseline = {1.435, 4.2, 2.07, 0.55, 0.86, 111000};
    lm->tokenizerKind = "char";
    lm->vocabSize = 65;
    lm->contextLength = 128;
    lm->stride = 64;
    lm->minimumDocumentTokens = 4;
    lm->documents = {documentScore(0, "line 1", "To be or not", 12.0), documentScore(1, "line 2", "Ay", 3.0),
                     documentScore(2, "line 3", "Quoth zé raven", 80.0), documentScore(3, "line 4", "Good night", 6.5)};
    lm->documents[2].textTrimmed = true;
    lm->mostSurprising = {2, 0, 3};
    // Calibration of the next-token probability, from predictions made up like a classifier's.
    ts::EvaluationResult calibration;
    calibration.predictions = predictionsFor(matrix({"a", "b"}, {{40, 10}, {20, 30}}));
    fillCalibration(calibration, 10, 20);
    lm->calibration = calibration.calibration;
    lm->confidence = calibration.confidence;
    lm->drift = textDriftReport();
    ts::TextSample hit;
    hit.prompt = "Quoth ";
    hit.text = "the raven, nevermore";
    hit.watchHits = {{11, 20, "nevermore"}};
    ts::TextSample plain;
    plain.prompt = "Good ";
    plain.text = "night, sweet prince";
    lm->samples = {plain, hit};
    lm->watchHits = 1;
    r.lm = lm;
    r.notes = {"Scored in windows of 128 tokens advancing by 64"};
    return r;
}

/// The documents of a three-class news classifier's evaluation, one per prediction of threeClassResult()'s matrix.
inline std::shared_ptr<const std::vector<std::string>> newsTexts(size_t count) {
    auto texts = std::make_shared<std::vector<std::string>>();
    for (size_t i = 0; i < count; ++i)
        texts->push_back("Story " + std::to_string(i) + ": the match ended late\nand the market fell\nline three\nline four");
    return texts;
}

/// threeClassResult() as a text classifier's: documents instead of images, text drift instead of image statistics.
inline ts::EvaluationResult textClassifierResult() {
    ts::EvaluationResult r = threeClassResult();
    r.samples = nullptr;
    r.drift.features.clear();  // texts have no image statistics
    r.drift.featureKind.clear();
    r.texts = newsTexts(r.predictions.size());
    r.textDrift = std::make_shared<const ts::TextDriftReport>(textDriftReport());
    return r;
}

/// A fake explainer: each word weighs +1 towards class `c` when its length is odd, −0.5 when even; it counts its calls.
struct FakeExplainer {
    std::shared_ptr<int> calls = std::make_shared<int>(0);
    std::shared_ptr<int> lastClass = std::make_shared<int>(-1);

    ts::TextExplanation operator()(const std::string& text, int cls) const {
        ++*calls;
        *lastClass = cls;
        ts::TextExplanation e;
        e.classIndex = cls;
        e.method = "n-gram weights";
        size_t i = 0;
        while (i < text.size()) {
            while (i < text.size() && !std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
            const size_t begin = i;
            while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
            if (i > begin)
                e.tokens.push_back({static_cast<int64_t>(begin), static_cast<int64_t>(i), (i - begin) % 2 ? 1.0 : -0.5});
        }
        return e;
    }
};

/// Words (runs of letters) in `text`: the spans FakeExplainer weights.
inline int wordCount(const std::string& text) {
    return static_cast<int>(FakeExplainer()(text, 0).tokens.size());
}

}  // namespace ts::testing
