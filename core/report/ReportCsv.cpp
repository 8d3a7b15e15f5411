// The CSV exports: a run's whole history in one table (batches, epochs, per-class metrics, confusion cells)
// and an evaluation's metrics per class, on average and overall, beside the run's own test metrics.
#include "core/report/Report.h"
#include "core/report/ReportFacts.h"
#include "core/report/ReportText.h"
#include "core/common/Numbers.h"
#include "core/health/HealthLog.h"

#include <cmath>
#include <limits>

namespace ts {

using namespace report;

namespace {

constexpr const char* kCsvHeader =
    "kind,set,epoch,step,elapsed_s,loss,lr,samples_per_sec,train_loss,train_accuracy,eval_loss,eval_accuracy,"
    "macro_precision,macro_recall,macro_f1,weighted_precision,weighted_recall,weighted_f1,epoch_seconds,"
    "eval_seconds,class,precision,recall,f1,support,true_class,predicted_class,count";
constexpr int kCsvColumns = 28;

/// One CSV row of `Columns` cells with the named columns filled and the rest empty; set() returns the
/// derived row type so that its own helpers chain.
template <class Row, size_t Columns>
class CsvCells {
public:
    Row& set(int column, std::string value) {
        m_cells[size_t(column)] = std::move(value);
        return static_cast<Row&>(*this);
    }
    std::string str() const {
        std::string out;
        for (size_t i = 0; i < m_cells.size(); ++i) out += (i ? "," : "") + m_cells[i];
        return out + "\n";
    }

private:
    std::vector<std::string> m_cells = std::vector<std::string>(Columns);
};

/// A row of the run CSV (kCsvHeader).
class CsvRow : public CsvCells<CsvRow, kCsvColumns> {};

// Column indices of kCsvHeader.
enum CsvColumn {
    kKind, kSet, kEpoch, kStep, kElapsed, kLoss, kLr, kSamplesPerSec, kTrainLoss, kTrainAccuracy, kEvalLoss,
    kEvalAccuracy, kMacroPrecision, kMacroRecall, kMacroF1, kWeightedPrecision, kWeightedRecall, kWeightedF1,
    kEpochSeconds, kEvalSeconds, kClass, kPrecision, kRecall, kF1, kSupport, kTrueClass, kPredictedClass, kCount
};
static_assert(kCount + 1 == kCsvColumns, "kCsvHeader and CsvColumn disagree");

// Training-health columns, at the end of a run's CSV when it has health data (a classifier's with grad_norm first).
constexpr const char* kHealthCsvHeader = "layer,weight_norm,update_ratio,dead_fraction,alert,message,advice";
enum HealthCsvColumn { kHLayer, kHWeightNorm, kHUpdateRatio, kHDeadFraction, kHAlert, kHMessage, kHAdvice, kHColumns };

/// The health cells of a row (kHealthCsvHeader).
class HealthCsvRow : public CsvCells<HealthCsvRow, kHColumns> {};

/// A finished row with `tail` (",cell,cell...", or "" when the CSV has no health columns) added before its newline.
std::string withTail(std::string row, const std::string& tail) {
    if (tail.empty()) return row;
    row.pop_back();
    return row + tail + "\n";
}

/// `cells` (a finished row) as a tail for withTail.
std::string tailOf(const std::string& cells) { return "," + cells.substr(0, cells.size() - 1); }

/// Appends a `layer` row per parameter and hidden layer of each health sample, then an `alert` row per alert.
/// `line(kind, epoch, step, gradNorm, tail)` returns the finished row in the CSV's own columns.
template <class Line>
void appendHealthRows(std::string& out, const RunRecord& run, Line line) {
    const auto epochCell = [](int epoch) { return epoch > 0 ? std::to_string(epoch) : std::string(); };
    for (const HealthSample& h : run.health) {
        for (const ParameterHealth& p : h.parameters) {
            HealthCsvRow cells;
            cells.set(kHLayer, csvText(p.name)).set(kHWeightNorm, formatCsvNumber(p.weightNorm))
                .set(kHUpdateRatio, p.updateRatio >= 0.0 ? formatCsvNumber(p.updateRatio) : std::string());
            out += line("layer", epochCell(h.epoch), h.step, formatCsvNumber(p.gradNorm), tailOf(cells.str()));
        }
        for (const ActivationHealth& a : h.activations) {
            HealthCsvRow cells;
            cells.set(kHLayer, csvText(a.name + activationRowSuffix()))
                .set(kHDeadFraction, a.rectified ? formatCsvNumber(a.deadFraction) : std::string());
            out += line("layer", epochCell(h.epoch), h.step, std::string(), tailOf(cells.str()));
        }
    }
    for (const Alert& a : run.alerts) {
        HealthCsvRow cells;
        cells.set(kHLayer, csvText(a.layer)).set(kHAlert, alertKindName(a.kind)).set(kHMessage, csvText(a.message))
            .set(kHAdvice, csvText(a.advice));
        out += line("alert", epochCell(a.epoch), a.step, std::string(), tailOf(cells.str()));
    }
}

void appendEvaluation(std::string& out, const EvalMetrics& m, const std::string& set, const std::string& epoch,
                      const std::string& tail) {
    const auto& names = m.confusion.classNames;
    for (size_t i = 0; i < m.perClass.size(); ++i) {
        const ClassMetrics& c = m.perClass[i];
        out += withTail(CsvRow()
                            .set(kKind, "class").set(kSet, set).set(kEpoch, epoch)
                            .set(kClass, csvText(i < names.size() ? names[i] : std::to_string(i)))
                            .set(kPrecision, formatCsvNumber(c.precision)).set(kRecall, formatCsvNumber(c.recall))
                            .set(kF1, formatCsvNumber(c.f1)).set(kSupport, std::to_string(c.support))
                            .str(),
                        tail);
    }
    const int n = m.confusion.classCount();
    for (int t = 0; t < n; ++t)
        for (int p = 0; p < n; ++p)
            out += withTail(CsvRow()
                                .set(kKind, "confusion").set(kSet, set).set(kEpoch, epoch)
                                .set(kTrueClass, csvText(names[size_t(t)])).set(kPredictedClass, csvText(names[size_t(p)]))
                                .set(kCount, std::to_string(m.confusion.at(t, p)))
                                .str(),
                            tail);
}

CsvRow& setAverages(CsvRow& row, const EvalMetrics& m) {
    return row.set(kEvalLoss, formatCsvNumber(m.loss)).set(kEvalAccuracy, formatCsvNumber(m.accuracy))
        .set(kMacroPrecision, formatCsvNumber(m.macro.precision)).set(kMacroRecall, formatCsvNumber(m.macro.recall))
        .set(kMacroF1, formatCsvNumber(m.macro.f1)).set(kWeightedPrecision, formatCsvNumber(m.weighted.precision))
        .set(kWeightedRecall, formatCsvNumber(m.weighted.recall)).set(kWeightedF1, formatCsvNumber(m.weighted.f1));
}

// A language model's CSV: its own columns (the classifier's stay as they are).
constexpr const char* kLmCsvHeader =
    "kind,evaluation,step,elapsed_s,loss,lr,tokens_per_sec,grad_norm,train_loss,val_loss,val_perplexity,"
    "val_bits_per_byte,val_token_accuracy,watch_hits,eval_seconds,perplexity,bits_per_byte,token_accuracy,"
    "top5_accuracy,tokens,prompt,text";
enum LmCsvColumn {
    kLKind, kLEvaluation, kLStep, kLElapsed, kLLoss, kLLr, kLTokensPerSec, kLGradNorm, kLTrainLoss, kLValLoss,
    kLValPerplexity, kLValBitsPerByte, kLValTokenAccuracy, kLWatchHits, kLEvalSeconds, kLPerplexity, kLBitsPerByte,
    kLTokenAccuracy, kLTop5Accuracy, kLTokens, kLPrompt, kLText, kLColumns
};

/// A row of the language-model CSV (kLmCsvHeader).
class LmCsvRow : public CsvCells<LmCsvRow, kLColumns> {};

/// `kind=batch` per step, `eval` per evaluation, `test` for the test split, `sample` per generated sample.
std::string languageModelCsv(const RunRecord& run) {
    const bool health = !run.health.empty() || !run.alerts.empty();
    const std::string emptyTail = health ? tailOf(HealthCsvRow().str()) : std::string();
    std::string out = std::string(kLmCsvHeader) + (health ? std::string(",") + kHealthCsvHeader : std::string()) + "\n";
    const auto add = [&](const std::string& row) { out += withTail(row, emptyTail); };
    for (const BatchMetrics& b : run.batches)
        add(LmCsvRow()
                .set(kLKind, "batch").set(kLEvaluation, std::to_string(b.epoch)).set(kLStep, std::to_string(b.step))
                .set(kLElapsed, formatCsvNumber(b.elapsedSec)).set(kLLoss, formatCsvNumber(b.loss))
                .set(kLLr, formatCsvNumber(b.lr)).set(kLTokensPerSec, formatCsvNumber(b.samplesPerSec))
                .set(kLGradNorm, b.gradNorm >= 0 ? formatCsvNumber(b.gradNorm) : std::string())
                .str());
    for (const EpochMetrics& e : run.epochs)
        add(LmCsvRow()
                .set(kLKind, "eval").set(kLEvaluation, std::to_string(e.epoch)).set(kLStep, std::to_string(e.step))
                .set(kLElapsed, formatCsvNumber(e.elapsedSec)).set(kLLr, formatCsvNumber(e.lr))
                .set(kLTokensPerSec, formatCsvNumber(e.samplesPerSec)).set(kLTrainLoss, formatCsvNumber(e.trainLoss))
                .set(kLValLoss, formatCsvNumber(e.val.loss)).set(kLValPerplexity, formatCsvNumber(e.lm.valPerplexity))
                .set(kLValBitsPerByte, formatCsvNumber(e.lm.valBitsPerByte))
                .set(kLValTokenAccuracy, formatCsvNumber(e.lm.valTokenAccuracy))
                .set(kLWatchHits, std::to_string(e.lm.watchHits)).set(kLEvalSeconds, formatCsvNumber(e.evalSeconds))
                .str());
    if (run.hasLmTest) {
        const LanguageModelTest& t = run.lmTest;
        LmCsvRow row;
        row.set(kLKind, "test").set(kLLoss, formatCsvNumber(t.loss)).set(kLPerplexity, formatCsvNumber(t.perplexity))
            .set(kLBitsPerByte, formatCsvNumber(t.bitsPerByte)).set(kLTokenAccuracy, formatCsvNumber(t.tokenAccuracy))
            .set(kLTop5Accuracy, formatCsvNumber(t.top5Accuracy)).set(kLTokens, std::to_string(t.tokens));
        if (!run.epochs.empty()) row.set(kLStep, std::to_string(run.epochs.back().step));
        add(row.str());
    }
    for (const TextSample& s : run.samples)
        add(LmCsvRow()
                .set(kLKind, "sample").set(kLStep, std::to_string(s.step))
                .set(kLWatchHits, std::to_string(s.watchHits.size())).set(kLPrompt, csvText(s.prompt))
                .set(kLText, csvText(s.text))
                .str());
    appendHealthRows(out, run, [](const char* kind, const std::string& epoch, int64_t step, const std::string& gradNorm,
                                  const std::string& tail) {
        return withTail(LmCsvRow().set(kLKind, kind).set(kLEvaluation, epoch).set(kLStep, std::to_string(step))
                            .set(kLGradNorm, gradNorm).str(),
                        tail);
    });
    return out;
}

}  // namespace

std::string reportCsv(const RunRecord& run) {
    if (run.isLanguageModel()) return languageModelCsv(run);
    bool gradNorms = false;
    for (const BatchMetrics& b : run.batches) gradNorms = gradNorms || b.gradNorm >= 0.0;
    const bool health = gradNorms || !run.health.empty() || !run.alerts.empty();
    // A classifier's CSV has no grad_norm column of its own: it comes first in the health columns.
    const std::string emptyTail = health ? "," + tailOf(HealthCsvRow().str()) : std::string();
    std::string out = std::string(kCsvHeader) + (health ? std::string(",grad_norm,") + kHealthCsvHeader : std::string()) + "\n";
    out.reserve(run.batches.size() * 64 + run.epochs.size() * 4096);
    for (const BatchMetrics& b : run.batches) {
        const std::string gradNorm = b.gradNorm >= 0.0 ? formatCsvNumber(b.gradNorm) : std::string();
        out += withTail(CsvRow()
                            .set(kKind, "batch").set(kEpoch, std::to_string(b.epoch)).set(kStep, std::to_string(b.step))
                            .set(kElapsed, formatCsvNumber(b.elapsedSec)).set(kLoss, formatCsvNumber(b.loss))
                            .set(kLr, formatCsvNumber(b.lr)).set(kSamplesPerSec, formatCsvNumber(b.samplesPerSec))
                            .str(),
                        health ? "," + gradNorm + tailOf(HealthCsvRow().str()) : std::string());
    }
    for (const EpochMetrics& e : run.epochs) {
        const std::string set = e.valSetName.empty() ? "validation" : e.valSetName;
        const std::string epoch = std::to_string(e.epoch);
        CsvRow row;
        row.set(kKind, "epoch").set(kEpoch, epoch).set(kStep, std::to_string(e.step))
            .set(kElapsed, formatCsvNumber(e.elapsedSec)).set(kLr, formatCsvNumber(e.lr))
            .set(kSamplesPerSec, formatCsvNumber(e.samplesPerSec)).set(kTrainLoss, formatCsvNumber(e.trainLoss))
            .set(kTrainAccuracy, formatCsvNumber(e.trainAccuracy)).set(kEpochSeconds, formatCsvNumber(e.seconds))
            .set(kEvalSeconds, formatCsvNumber(e.evalSeconds));
        if (hasValidation(e)) {
            row.set(kSet, set);
            setAverages(row, e.val);
        }
        out += withTail(row.str(), emptyTail);
        if (!e.val.empty()) appendEvaluation(out, e.val, set, epoch, emptyTail);
    }
    if (run.hasTest) {
        CsvRow row;
        row.set(kKind, "test").set(kSet, "test");
        if (!run.epochs.empty()) row.set(kStep, std::to_string(run.epochs.back().step));
        out += withTail(setAverages(row, run.test).str(), emptyTail);
        appendEvaluation(out, run.test, "test", "", emptyTail);
    }
    appendHealthRows(out, run, [](const char* kind, const std::string& epoch, int64_t step, const std::string& gradNorm,
                                  const std::string& tail) {
        return withTail(CsvRow().set(kKind, kind).set(kEpoch, epoch).set(kStep, std::to_string(step)).str(),
                        "," + gradNorm + tail);
    });
    return out;
}


// ---------------------------------------------------------------------------------------------
// Evaluation CSV.

namespace {

constexpr const char* kEvalCsvHeader =
    "kind,set,class,precision,recall,f1,support,accuracy,loss,ece,delta_f1,delta_recall,flagged";
enum EvalCsvColumn { kEKind, kESet, kEClass, kEPrecision, kERecall, kEF1, kESupport, kEAccuracy, kELoss, kEEce,
                     kEDeltaF1, kEDeltaRecall, kEFlagged, kEColumns };

/// A row of the evaluation CSV (kEvalCsvHeader).
class EvalCsvRow : public CsvCells<EvalCsvRow, kEColumns> {
public:
    EvalCsvRow(const std::string& kind, const std::string& setName) {
        set(kEKind, kind);
        set(kESet, setName);
    }
    EvalCsvRow& metrics(const ClassMetrics& m, int64_t support) {
        return set(kEPrecision, formatCsvNumber(m.precision)).set(kERecall, formatCsvNumber(m.recall)).set(kEF1, formatCsvNumber(m.f1))
            .set(kESupport, std::to_string(support));
    }
};

/// Class, average and overall rows of one set of metrics.
void appendEvalMetrics(std::string& out, const EvalMetrics& m, const std::string& set, double ece,
                       const BaselineComparison* cmp) {
    const auto& names = m.confusion.classNames;
    for (size_t i = 0; i < m.perClass.size(); ++i) {
        const std::string name = i < names.size() ? names[i] : std::to_string(i);
        EvalCsvRow row("class", set);
        row.set(kEClass, csvText(name)).metrics(m.perClass[i], m.perClass[i].support);
        if (cmp) {
            if (const ClassDelta* d = deltaFor(*cmp, i, name); d && d->inBaseline)
                row.set(kEDeltaF1, formatCsvNumber(d->currentF1 - d->baselineF1))
                    .set(kEDeltaRecall, formatCsvNumber(d->currentRecall - d->baselineRecall))
                    .set(kEFlagged, d->flagged ? "1" : "0");
        }
        out += row.str();
    }
    const int64_t total = m.confusion.total();
    out += EvalCsvRow("macro", set).metrics(m.macro, total).str();
    out += EvalCsvRow("weighted", set).metrics(m.weighted, total).str();
    EvalCsvRow overall("overall", set);
    overall.set(kESupport, std::to_string(total)).set(kEAccuracy, formatCsvNumber(m.accuracy)).set(kELoss, formatCsvNumber(m.loss));
    if (std::isfinite(ece)) overall.set(kEEce, formatCsvNumber(ece));
    out += overall.str();
}

}  // namespace

std::string evaluationReportCsv(const EvaluationResult& r) {
    if (r.lm) return languageModelEvaluationReportCsv(r);
    std::string out = std::string(kEvalCsvHeader) + "\n";
    const bool baseline = r.comparison.available;
    appendEvalMetrics(out, r.metrics, "evaluation", r.calibration.ece, baseline ? &r.comparison : nullptr);
    if (baseline)
        appendEvalMetrics(out, r.comparison.baseline, "baseline", std::numeric_limits<double>::quiet_NaN(), nullptr);
    return out;
}

}  // namespace ts
