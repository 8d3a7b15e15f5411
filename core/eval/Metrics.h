// Classification metrics computed from a confusion matrix. Torch-free.
#pragma once

#include "core/common/Types.h"

#include <string>

namespace ts {

/// Precision, recall, F1 and support of one class against the rest.
/// A zero denominator gives 0 and sets the matching *Undefined flag.
ClassMetrics classMetrics(const ConfusionMatrix& cm, int cls);

/// How many classes occur in the true or the predicted labels: the ones macro averages run over.
int classesInMacroAverage(const ConfusionMatrix& cm);

/// The report's sentence on that: "Macro averages run over the 11 of 251 classes that ...".
std::string macroAverageNote(const ConfusionMatrix& cm);

/// Fills accuracy, perClass, macro and weighted of `out` from `cm` (loss is left alone).
void computeMetrics(const ConfusionMatrix& cm, EvalMetrics& out);

/// Convenience: metrics from a matrix with the given mean loss.
EvalMetrics metricsFromConfusion(const ConfusionMatrix& cm, double loss);

/// Row-normalized matrix (each true-class row sums to 1; an empty row stays 0).
std::vector<double> rowNormalized(const ConfusionMatrix& cm);

}  // namespace ts
