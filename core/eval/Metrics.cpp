#include "core/eval/Metrics.h"

namespace ts {

namespace {
/// num/den, or 0 with `undefined` set when den is 0.
double safeRatio(double num, double den, bool& undefined) {
    undefined = den == 0.0;
    return undefined ? 0.0 : num / den;
}
}  // namespace

ClassMetrics classMetrics(const ConfusionMatrix& cm, int cls) {
    const int k = cm.classCount();
    int64_t tp = cm.at(cls, cls);
    int64_t predicted = 0;  // TP + FP: column sum
    int64_t actual = 0;     // TP + FN: row sum
    for (int i = 0; i < k; ++i) {
        predicted += cm.at(i, cls);
        actual += cm.at(cls, i);
    }
    ClassMetrics m;
    m.support = actual;
    m.precision = safeRatio(double(tp), double(predicted), m.precisionUndefined);
    m.recall = safeRatio(double(tp), double(actual), m.recallUndefined);
    bool f1Undefined = false;
    m.f1 = safeRatio(2.0 * m.precision * m.recall, m.precision + m.recall, f1Undefined);
    return m;
}

int classesInMacroAverage(const ConfusionMatrix& cm) {
    const int k = cm.classCount();
    int n = 0;
    for (int c = 0; c < k; ++c) {
        bool occurs = false;
        for (int i = 0; i < k && !occurs; ++i) occurs = cm.at(c, i) > 0 || cm.at(i, c) > 0;
        n += occurs ? 1 : 0;
    }
    return n;
}

std::string macroAverageNote(const ConfusionMatrix& cm) {
    const int n = classesInMacroAverage(cm), k = cm.classCount();
    const std::string which = n == k ? "all " + std::to_string(k) + " classes, each of which"
                                     : "the " + std::to_string(n) + " of " + std::to_string(k) + " classes that";
    return "Macro averages run over " + which + " occurs in the true or predicted labels (as scikit-learn does).";
}

void computeMetrics(const ConfusionMatrix& cm, EvalMetrics& out) {
    const int k = cm.classCount();
    out.confusion = cm;
    out.perClass.clear();
    out.macro = ClassMetrics{};
    out.macroClasses = 0;
    out.weighted = ClassMetrics{};
    int64_t correct = 0;
    const int64_t total = cm.total();
    for (int c = 0; c < k; ++c) {
        correct += cm.at(c, c);
        ClassMetrics m = classMetrics(cm, c);
        out.perClass.push_back(m);
        int64_t predicted = 0;
        for (int t = 0; t < k; ++t) predicted += cm.at(t, c);
        const bool occurs = m.support > 0 || predicted > 0;
        out.weighted.precision += m.precision * double(m.support);
        out.weighted.recall += m.recall * double(m.support);
        out.weighted.f1 += m.f1 * double(m.support);
        out.weighted.precisionUndefined = out.weighted.precisionUndefined || m.precisionUndefined;
        out.weighted.recallUndefined = out.weighted.recallUndefined || m.recallUndefined;
        if (!occurs) continue;  // neither in the labels nor predicted: outside the macro average
        ++out.macroClasses;
        out.macro.precision += m.precision;
        out.macro.recall += m.recall;
        out.macro.f1 += m.f1;
        out.macro.precisionUndefined = out.macro.precisionUndefined || m.precisionUndefined;
        out.macro.recallUndefined = out.macro.recallUndefined || m.recallUndefined;
    }
    out.macro.support = total;
    out.weighted.support = total;
    if (out.macroClasses > 0) {
        out.macro.precision /= out.macroClasses;
        out.macro.recall /= out.macroClasses;
        out.macro.f1 /= out.macroClasses;
    }
    if (total > 0) {
        out.weighted.precision /= double(total);
        out.weighted.recall /= double(total);
        out.weighted.f1 /= double(total);
    }
    // Multi-class accuracy: summed one-vs-rest (TP+TN)/all reduces to correct/all over the samples.
    out.accuracy = total > 0 ? double(correct) / double(total) : 0.0;
}

EvalMetrics metricsFromConfusion(const ConfusionMatrix& cm, double loss) {
    EvalMetrics m;
    m.loss = loss;
    computeMetrics(cm, m);
    return m;
}

std::vector<double> rowNormalized(const ConfusionMatrix& cm) {
    const int k = cm.classCount();
    std::vector<double> out(cm.counts.size(), 0.0);
    for (int t = 0; t < k; ++t) {
        int64_t row = 0;
        for (int p = 0; p < k; ++p) row += cm.at(t, p);
        if (row == 0) continue;
        for (int p = 0; p < k; ++p) out[size_t(t) * k + p] = double(cm.at(t, p)) / double(row);
    }
    return out;
}

}  // namespace ts
