#include "app/cli/EvaluateCommand.h"

#include "core/eval/EvaluationIO.h"
#include "core/eval/LanguageModelEvaluation.h"

#include <algorithm>
#include <cstdio>

namespace ts::cli {

namespace {

constexpr size_t kDriftFeaturesShown = 5;  // the most shifted features; evaluation.json has them all
constexpr size_t kSurprisingShown = 5;     // the most surprising documents; evaluation.json has 50
constexpr size_t kExcerptBytes = 60;       // of each surprising document's text
constexpr size_t kMoversShown = 5;         // tokens whose share moved most, each way


/// The comparison with the model's run: accuracy before and after, and the classes that changed.
void printComparison(const ts::EvaluationResult& r) {
    if (!r.comparison.available) return;
    std::printf("vs run     test accuracy %s -> %s\n", percent(r.comparison.baseline.accuracy).c_str(),
                percent(r.metrics.accuracy).c_str());
    for (const ts::ClassDelta& d : r.comparison.classes)
        if (d.flagged)
            std::printf("  changed  %-20s F1 %.3f -> %.3f, recall %.3f -> %.3f\n", d.className.c_str(), d.baselineF1,
                        d.currentF1, d.baselineRecall, d.currentRecall);
}

/// Drift against the training data: the class mix, missing classes, the most shifted features.
void printDrift(const ts::DriftReport& drift) {
    if (!drift.hasReference) return;
    std::printf("drift      classes: chi-square %.1f (dof %d, p %.3g), PSI %.3f\n", drift.classChiSquare.statistic,
                drift.classChiSquare.dof, drift.classChiSquare.pValue, drift.classPsi);
    std::string missing;
    for (size_t k = 0; k < drift.classNames.size() && k < drift.currentCounts.size(); ++k)
        if (drift.currentCounts[k] == 0 && k < drift.referenceCounts.size() && drift.referenceCounts[k] > 0)
            missing += (missing.empty() ? "" : ", ") + drift.classNames[k];
    if (!missing.empty()) std::printf("  missing  %s (in the training data, not in this data)\n", missing.c_str());
    for (size_t i = 0; i < drift.features.size() && i < kDriftFeaturesShown; ++i) {
        const ts::FeatureShift& f = drift.features[i];
        std::printf("  %-20s KS %.3f (p %.3g), PSI %.3f, mean %.4g -> %.4g\n", f.name.c_str(), f.ks, f.pValue, f.psi,
                    f.referenceMean, f.currentMean);
    }
}

void printTextDrift(const ts::TextDriftReport& d);

/// The classifier's findings: metrics, comparison with the run, drift (of the words or tokens, for texts).
void printClassifier(const ts::EvaluationResult& r) {
    const ts::EvalMetrics& m = r.metrics;
    std::printf("data       %s, %s split, %lld samples\n", r.dataPath.c_str(), r.splitName.c_str(),
                static_cast<long long>(m.confusion.total()));
    std::printf("accuracy   %s, loss %.4f, macro F1 %.4f, weighted F1 %.4f, ECE %.4f\n", percent(m.accuracy).c_str(),
                m.loss, m.macro.f1, m.weighted.f1, r.calibration.ece);
    printComparison(r);
    printDrift(r.drift);
    if (r.textDrift) printTextDrift(*r.textDrift);
}

/// The start of a document's text on one line: line feeds shown as spaces, cut at a character boundary.
std::string excerpt(const std::string& text) {
    size_t cut = std::min(text.size(), kExcerptBytes);
    while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    std::string out = text.substr(0, cut);
    std::replace(out.begin(), out.end(), '\n', ' ');
    std::replace(out.begin(), out.end(), '\r', ' ');
    std::replace(out.begin(), out.end(), '\t', ' ');
    return cut < text.size() ? out + "..." : out;
}

/// Text drift: unknown rate, token divergence, length, and the tokens that moved most.
void printTextDrift(const ts::TextDriftReport& d) {
    if (!d.hasReference) {
        std::printf("drift      no training text known: unknown tokens %s, mean length %.1f %s\n",
                    percent(d.currentUnknownRate).c_str(), d.currentMeanLength, d.tokenKind.c_str());
        return;
    }
    std::printf("drift      vs %s: unknown tokens %s -> %s, JS divergence %.4f bits, length KS %.3f (p %.3g), "
                "mean length %.1f -> %.1f\n",
                d.referenceName.c_str(), percent(d.referenceUnknownRate).c_str(), percent(d.currentUnknownRate).c_str(),
                d.jsDivergence, d.lengthKs.statistic, d.lengthKs.pValue, d.referenceMeanLength, d.currentMeanLength);
    std::string rising, falling;
    for (size_t i = 0; i < d.rising.size() && i < kMoversShown; ++i) rising += (i ? " " : "") + ("'" + d.rising[i].token + "'");
    for (size_t i = 0; i < d.falling.size() && i < kMoversShown; ++i) falling += (i ? " " : "") + ("'" + d.falling[i].token + "'");
    if (!rising.empty()) std::printf("  more     %s\n", rising.c_str());
    if (!falling.empty()) std::printf("  less     %s\n", falling.c_str());
}

/// The language model's findings: figures against the run's test figures, drift, the most surprising documents.
void printLanguageModel(const ts::EvaluationResult& r) {
    const ts::LanguageModelEvaluation& lm = *r.lm;
    const ts::LanguageModelTest& m = lm.metrics;
    std::printf("data       %s, %zu documents, %lld predicted tokens (windows of %lld, stride %lld)\n",
                r.dataPath.c_str(), lm.documents.size(), static_cast<long long>(m.tokens),
                static_cast<long long>(lm.contextLength), static_cast<long long>(lm.stride));
    std::printf("loss       %.4f nats, perplexity %.3f, %.4f bits per byte, top-1 %s, top-5 %s, ECE %.4f\n", m.loss,
                m.perplexity, m.bitsPerByte, percent(m.tokenAccuracy).c_str(), percent(m.top5Accuracy).c_str(),
                lm.calibration.ece);
    if (lm.hasBaseline) {
        const ts::LanguageModelTest& b = lm.baseline;
        std::printf("vs run     test loss %.4f -> %.4f, perplexity %.3f -> %.3f, bits per byte %.4f -> %.4f, "
                    "top-1 %s -> %s\n",
                    b.loss, m.loss, b.perplexity, m.perplexity, b.bitsPerByte, m.bitsPerByte,
                    percent(b.tokenAccuracy).c_str(), percent(m.tokenAccuracy).c_str());
    }
    printTextDrift(lm.drift);
    if (!lm.mostSurprising.empty()) std::printf("surprising (highest perplexity first)\n");
    for (size_t i = 0; i < lm.mostSurprising.size() && i < kSurprisingShown; ++i) {
        const ts::DocumentScore& d = lm.documents[lm.mostSurprising[i]];
        std::printf("  %-12s perplexity %8.2f, %5lld tokens: %s\n", d.name.c_str(), d.perplexity,
                    static_cast<long long>(d.tokens), excerpt(d.text).c_str());
    }
    if (!lm.samples.empty())
        std::printf("samples    %zu prompts from the text, %lld watch-list hits\n", lm.samples.size(),
                    static_cast<long long>(lm.watchHits));
}

}  // namespace

EvaluateCommand::EvaluateCommand(CLI::App& app)
    : Command(app, "evaluate",
              "Evaluate a trained model on labelled data (or a language model on text), compare it with its run and "
              "measure drift; writes DIR/evaluation.json and DIR/predictions.csv (DIR/documents.csv for a language "
              "model).") {
    CLI::App& c = *m_command;
    addOption(c, "--model", "FILE", m_request.modelPath,
              "a TrainScope checkpoint (checkpoint-last.pt / checkpoint-best.pt), a run folder, or a TorchScript "
              "module saved with torch.jit.save")->required();
    addOption(c, "--data", "PATH", m_request.dataPath,
              "labelled data in any format train reads, or a text corpus for a language model")->required();
    addOption(c, "--out", "DIR", m_outDir, "where evaluation.json and predictions.csv are written")->required();
    addOption(c, "--run", "RUN_DIR", m_request.runDir,
              "the run to compare with and measure drift against (default: the checkpoint's)");
    addOption(c, "--reference", "PATH", m_request.referencePath,
              "training data for drift when the model has no run (TorchScript)");
    addOptionWith(c, "--split", "auto|test|all",
                  "which samples to evaluate (auto: the test split if the data has one, else all)",
                  [this](const std::string& option, const std::string& text) {
                      if (text != "auto" && text != "test" && text != "all")
                          throw UsageError(option + " must be auto, test or all (got '" + text + "')");
                      m_request.split = text;
                  });
    addOption(c, "--input-shape", "C,H,W|F", m_request.inputShape,
              "TorchScript: the per-sample input shape (default: tried from the data)");
    addOptionWith(c, "--classes", "A,B,...",
                  "TorchScript: class names in output order (default: the module's class_names, else the data's)",
                  [this](const std::string&, const std::string& text) { m_request.classNames = splitList(text); });
    addOption(c, "--label-column", "NAME", m_request.labelColumn, "tables: the label column");
    addOption(c, "--text-column", "NAME", m_request.textColumn, "labelled text tables: the text column");
    c.add_flag("--accept-sparse-labels", m_request.acceptSparseLabels,
               "load the data even when most label values between 0 and the largest label have no samples (IDX)");
    addOption(c, "--tokenizer", "FILE.model", m_request.tokenizer,
              "TorchScript text models without a vocab attribute: their SentencePiece model");
    addOption(c, "--context", "N", m_request.contextLength,
              "TorchScript without block_size: the window in tokens (language models) or the tokens a text classifier reads");
    addOption(c, "--stride", "N", m_request.stride, "language models: tokens each window advances (default: half the context)");
    addOption(c, "--watch-list", "FILE", m_request.watchList, "language models: the watch list for samples (default: the run's)");
    addOption(c, "--prompts", "N", m_request.prompts, "language models: prompts taken from the text for samples (5; 0 = none)");
    addOption(c, "--sample-tokens", "N", m_request.sampleTokens, "language models: tokens generated per prompt (200)");
    addOption(c, "--device", "NAME", m_request.device, "auto | cpu | cuda (default auto)");
    addOption(c, "--threads", "N", m_request.threads, "intra-op threads (0 = automatic)");
}

int EvaluateCommand::run() {
    ts::EvaluateControl control;
    const bool tty = stderrIsTerminal();
    control.progress = [tty](int64_t done, int64_t total, const std::string& what) {
        if (!tty) return;
        if (total > 0)
            std::fprintf(stderr, "\r  %s %lld/%lld   ", what.c_str(), static_cast<long long>(done), static_cast<long long>(total));
        else std::fprintf(stderr, "\r  %s ...%30s", what.c_str(), "");
    };
    const ts::EvaluationResult r = ts::evaluateModel(m_request, &control);
    if (tty) clearProgressLine();
    ts::writeEvaluation(m_outDir, r);

    std::printf("model      %s (%s)\n", r.modelPath.c_str(), r.modelDescription.c_str());
    if (r.lm) printLanguageModel(r);
    else printClassifier(r);
    for (const std::string& n : r.notes) std::fprintf(stderr, "note: %s\n", n.c_str());
    for (const std::string& w : r.warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
    std::printf("evaluation written to %s\n", m_outDir.c_str());
    return kExitOk;
}

}  // namespace ts::cli
