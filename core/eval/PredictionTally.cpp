#include "core/eval/PredictionTally.h"

#include "core/eval/Metrics.h"

#include <cmath>

namespace ts {

PredictionTally::PredictionTally(const std::vector<std::string>& classNames, int64_t rows) {
    m_confusion.reset(classNames);
    m_result.predictions.resize(size_t(rows));
}

void PredictionTally::add(const torch::Tensor& rawLogits, const int64_t* labels, int64_t first) {
    const torch::Tensor logits = rawLogits.to(torch::kFloat).cpu();
    const int64_t n = logits.size(0);
    const torch::Tensor finite = torch::isfinite(logits).all(1);
    m_result.nonFinite += n - finite.sum().item<int64_t>();
    const torch::Tensor logp = torch::log_softmax(logits, 1);
    const torch::Tensor y = torch::from_blob(const_cast<int64_t*>(labels), {n}, torch::kInt64);
    const torch::Tensor nll = -logp.gather(1, y.unsqueeze(1)).squeeze(1);
    m_lossSum += nll.masked_select(finite).to(torch::kDouble).sum().item<double>();
    const auto [conf, pred] = logp.max(1);
    const torch::Tensor probs = conf.exp().to(torch::kDouble).contiguous();
    const torch::Tensor predicted = pred.contiguous();
    const double* pc = probs.data_ptr<double>();
    const int64_t* pp = predicted.data_ptr<int64_t>();
    for (int64_t i = 0; i < n; ++i) {
        const int t = int(labels[i]);
        const int p = int(pp[i]);
        m_result.predictions[size_t(first + i)] = Prediction{first + i, t, p, std::isfinite(pc[i]) ? pc[i] : 0.0};
        ++m_confusion.at(t, p);
    }
}

TalliedPredictions PredictionTally::finish() {
    const int64_t finiteCount = int64_t(m_result.predictions.size()) - m_result.nonFinite;
    m_result.metrics = metricsFromConfusion(m_confusion, finiteCount > 0 ? m_lossSum / double(finiteCount) : 0.0);
    return std::move(m_result);
}

void storePredictions(TalliedPredictions&& scored, EvaluationResult& result, const std::string& samples) {
    if (scored.nonFinite > 0)
        result.warnings.push_back(std::to_string(scored.nonFinite) + " " + samples +
                                  " got NaN or infinite scores from the model; they count as predicted class 0 and "
                                  "are left out of the loss");
    result.metrics = std::move(scored.metrics);
    result.predictions = std::move(scored.predictions);
    result.calibration = computeCalibration(result.predictions);
    result.confidence = confidenceHistogram(result.predictions);
}

}  // namespace ts
