#include "ui/training/RunProgress.h"

#include <algorithm>

namespace ts {

int ProgressFigures::scaled(int resolution) const {
    if (totalSteps <= 0) return 0;
    const qint64 clamped = std::clamp<qint64>(step, 0, totalSteps);
    return static_cast<int>(clamped * resolution / totalSteps);
}

void RunProgress::start(int epochs, int batchSize, qint64 batchesPerEpoch) {
    m_epochs = epochs;
    m_batchSize = batchSize;
    m_batchesPerEpoch = batchesPerEpoch;
    m_totalSteps = 0;
    m_epochsDone = 0;
    m_evalSecondsTotal = 0.0;
    m_rateWindow.clear();
}

void RunProgress::setBatchesPerEpoch(qint64 batchesPerEpoch) {
    if (batchesPerEpoch > 0) m_batchesPerEpoch = batchesPerEpoch;
}

void RunProgress::setTotalSteps(qint64 totalSteps) {
    if (totalSteps > 0) m_totalSteps = totalSteps;
}

void RunProgress::epochEnded(int epoch, int epochs, double evalSeconds) {
    if (epochs > 0) m_epochs = epochs;
    m_epochsDone = epoch;
    m_evalSecondsTotal += evalSeconds;
}

void RunProgress::restartRate() { m_rateWindow.clear(); }

qint64 RunProgress::totalSteps() const {
    return m_totalSteps > 0 ? m_totalSteps : m_batchesPerEpoch * std::max(1, m_epochs);
}

double RunProgress::stepsPerSecond(double samplesPerSec) const {
    const double span = m_rateWindow.back().elapsedSec - m_rateWindow.front().elapsedSec;
    if (span >= kMinRateSpanSec) return double(m_rateWindow.back().step - m_rateWindow.front().step) / span;
    if (samplesPerSec > 0.0 && m_batchSize > 0) return samplesPerSec / m_batchSize;
    return 0.0;
}

ProgressFigures RunProgress::update(int epoch, qint64 step, double samplesPerSec, double elapsedSec) {
    ProgressFigures f;
    f.epoch = epoch;
    f.epochs = m_epochs;
    f.step = step;
    f.totalSteps = totalSteps();
    f.samplesPerSec = samplesPerSec;
    f.elapsedSec = elapsedSec;

    m_rateWindow.append({elapsedSec, step});
    while (m_rateWindow.size() > 2 && m_rateWindow.front().elapsedSec < elapsedSec - kRateWindowSec)
        m_rateWindow.removeFirst();
    const double stepsPerSec = stepsPerSecond(samplesPerSec);
    if (stepsPerSec > 0.0 && f.totalSteps > 0) {
        const double evalPerEpoch = m_epochsDone > 0 ? m_evalSecondsTotal / m_epochsDone : 0.0;
        const double evalLeft = evalPerEpoch * std::max(0, m_epochs - m_epochsDone);
        f.etaSec = double(std::max<qint64>(0, f.totalSteps - step)) / stepsPerSec + evalLeft;
    }
    return f;
}

}  // namespace ts
