#include "ui/training/RunStatusBar.h"

#include "core/common/Numbers.h"
#include "ui/common/TextFormat.h"
#include "ui/health/SystemText.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace ts {

namespace {

constexpr int kLabelMargin = 6;
constexpr int kProgressBarWidth = 180;

/// Sets a status-bar label's text at a fixed size that grows with the text but never shrinks. Qt skips the
/// relayout for a widget of fixed size, so while the numbers tick only the label repaints; a label that
/// may resize makes the status bar and then the window relayout and repaint (three window updates).
void setGrowingText(QLabel* label, const QString& text) {
    if (label->text() == text) return;
    label->setText(text);
    const QSize hint = label->sizeHint();
    const QSize fixed(std::max(hint.width(), label->minimumWidth()), hint.height());
    if (label->minimumSize() != fixed || label->maximumSize() != fixed) label->setFixedSize(fixed);
}

/// Lets the status labels size to their text again (a new run, or none).
void resetGrowingWidths(std::initializer_list<QLabel*> labels) {
    for (QLabel* label : labels) {
        label->setMinimumSize(0, 0);
        label->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    }
}

}  // namespace

RunStatusBar::RunStatusBar(QStatusBar* bar, QObject* parent) : QObject(parent) {
    const auto permanent = [bar](const QString& name, const QString& tip) {
        auto* label = new QLabel();
        label->setObjectName(name);
        label->setToolTip(tip);
        label->setContentsMargins(kLabelMargin, 0, kLabelMargin, 0);
        bar->addPermanentWidget(label);
        return label;
    };
    m_deviceLabel = permanent(QStringLiteral("deviceLabel"), tr("Device and CPU threads of the current run"));
    m_progressLabel = permanent(QStringLiteral("progressLabel"), tr("Current epoch and global step"));
    m_throughputLabel = permanent(QStringLiteral("throughputLabel"), tr("Training throughput"));
    m_systemLabel = permanent(QStringLiteral("systemLabel"),
                              tr("This process: CPU use (100% = one core), resident memory and, on CUDA, GPU memory "
                                 "held by tensors / reserved by the allocator"));
    m_etaLabel = permanent(QStringLiteral("etaLabel"), tr("Estimated time left, from the recent throughput"));
    m_progressBar = new QProgressBar();
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setRange(0, kProgressResolution);
    m_progressBar->setValue(0);
    m_progressBar->setTextVisible(true);
    m_progressBar->setFixedWidth(kProgressBarWidth);
    m_progressBar->setToolTip(tr("Progress over all epochs"));
    bar->addPermanentWidget(m_progressBar);
}

void RunStatusBar::reset() {
    resetGrowingWidths({m_progressLabel, m_throughputLabel, m_systemLabel, m_etaLabel});
    m_deviceLabel->setText(tr("No run yet"));
    m_progressLabel->clear();
    m_throughputLabel->clear();
    m_systemLabel->clear();
    m_etaLabel->clear();
    m_progressBar->setValue(0);
}

void RunStatusBar::runStarted(const QString& device, int epochs, int batchSize, qint64 batchesPerEpoch,
                              int evalsPerEpoch) {
    replayStarted(epochs, batchSize, batchesPerEpoch, evalsPerEpoch);
    m_deviceLabel->setText(device);
    resetGrowingWidths({m_progressLabel, m_throughputLabel, m_systemLabel, m_etaLabel});
    m_progressLabel->setText(tr("Epoch 1/%1 · step 0/%2").arg(epochs).arg(m_progress.totalSteps()));
    m_throughputLabel->clear();
    m_systemLabel->clear();
    m_etaLabel->setText(tr("ETA –"));
    m_progressBar->setValue(0);
}

void RunStatusBar::replayStarted(int epochs, int batchSize, qint64 batchesPerEpoch, int evalsPerEpoch) {
    m_inSteps = false;
    m_partsPerEpoch = std::max(1, evalsPerEpoch);
    // The progress counts the loop's rounds (parts of epochs); batchesPerEpoch is then a part's.
    m_progress.start(epochs * m_partsPerEpoch, batchSize, batchesPerEpoch);
}

void RunStatusBar::runStartedInSteps(const QString& device, qint64 totalSteps, int evaluations, int tokensPerStep) {
    replayStartedInSteps(totalSteps, evaluations, tokensPerStep);
    m_deviceLabel->setText(device);
    resetGrowingWidths({m_progressLabel, m_throughputLabel, m_systemLabel, m_etaLabel});
    m_progressLabel->setText(tr("Step 0 / %1").arg(totalSteps));
    m_throughputLabel->clear();
    m_systemLabel->clear();
    m_etaLabel->setText(tr("ETA –"));
    m_progressBar->setValue(0);
}

void RunStatusBar::replayStartedInSteps(qint64 totalSteps, int evaluations, int tokensPerStep) {
    m_inSteps = true;
    m_progress.start(evaluations, tokensPerStep, 0);
    m_progress.setTotalSteps(totalSteps);
}

void RunStatusBar::showBatch(const BatchMetrics& batch) {
    m_progress.setBatchesPerEpoch(batch.batchesPerEpoch);
    if (m_inSteps || m_partsPerEpoch > 1) m_progress.setTotalSteps(batch.totalSteps);
    m_pending = batch;
    m_hasPending = true;
    const qint64 since = m_sinceShown.isValid() ? m_sinceShown.elapsed() : kRefreshMs;
    if (since >= kRefreshMs) {
        flush();
    } else if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(int(kRefreshMs - since), this, [this] {
            m_flushScheduled = false;
            flush();
        });
    }
}

void RunStatusBar::flush() {
    if (!m_hasPending) return;
    m_hasPending = false;
    m_sinceShown.start();
    const BatchMetrics& b = m_pending;
    show(m_progress.update(b.epoch, b.step, b.samplesPerSec, b.elapsedSec));
    showSystem(b.system);
}

void RunStatusBar::showEpoch(const EpochMetrics& epoch) {
    m_progress.epochEnded(epoch.epoch, epoch.epochs, epoch.evalSeconds);
    m_hasPending = false;  // the epoch's own figures supersede a batch still waiting to be shown
    show(m_progress.update(epoch.epoch, epoch.step, epoch.samplesPerSec, epoch.elapsedSec));
    showSystem(epoch.system);
    m_progress.restartRate();  // the next epoch's rate must not include the evaluation pause
}

void RunStatusBar::runEnded(bool complete) {
    flush();  // the last batch's figures, not a stale timer's
    m_etaLabel->clear();
    if (complete) m_progressBar->setValue(kProgressResolution);
}

void RunStatusBar::setDevice(const QString& device) { m_deviceLabel->setText(device); }

void RunStatusBar::show(const ProgressFigures& f) {
    const QString rate = grouped(static_cast<qint64>(std::llround(f.samplesPerSec)));
    if (m_inSteps) {
        setGrowingText(m_progressLabel, tr("Step %1 / %2").arg(f.step).arg(f.totalSteps));
        if (f.samplesPerSec > 0.0) setGrowingText(m_throughputLabel, tr("%1 tokens/s").arg(rate));
    } else {
        const int epoch = (f.epoch - 1) / m_partsPerEpoch + 1, epochs = f.epochs / m_partsPerEpoch;
        setGrowingText(m_progressLabel,
                       tr("Epoch %1/%2 · step %3/%4").arg(epoch).arg(epochs).arg(f.step).arg(f.totalSteps));
        if (f.samplesPerSec > 0.0) setGrowingText(m_throughputLabel, tr("%1 samples/s").arg(rate));
    }
    if (f.totalSteps > 0) m_progressBar->setValue(f.scaled(kProgressResolution));
    if (f.hasEta()) setGrowingText(m_etaLabel, tr("ETA %1").arg(durationText(f.etaSec)));
}

void RunStatusBar::showSystem(const SystemMetrics& system) {
    const QString text = systemSummary(system);
    if (!text.isEmpty()) setGrowingText(m_systemLabel, text);  // unknown figures keep the last reading
}

}  // namespace ts
