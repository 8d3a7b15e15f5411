#include "ui/training/TrainingCharts.h"
#include "ui/charts/ChartMath.h"

#include "ui/charts/ChartPanel.h"
#include "ui/charts/CurveChart.h"
#include "ui/common/Settings.h"
#include "ui/training/LanguageModelCharts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

#include <cmath>

namespace ts {

namespace {

const QColor kTrainColor = toQColor(palette::kTrain);     // the reports' colours too (core/plot/Palette.h)
const QColor kValColor = toQColor(palette::kValidation);
const QColor kLrColor(0x2c, 0xa0, 0x2c);     // green

constexpr double kSmoothingScale = 100.0;    // slider value per unit of EMA weight
constexpr int kSmoothingSliderWidth = 220;
constexpr int kSmoothingLabelSlack = 4;      // pixels beside the widest value text
constexpr double kLrJumpFraction = 0.01;     // a change of more than 1% after a flat stretch is marked
constexpr double kLrFlatFraction = 1e-12;    // a relative change below this is no change

}  // namespace

TrainingCharts::TrainingCharts(QObject* parent) : QObject(parent) {
    buildLossChart();
    buildAccuracyChart();
    buildLrChart();
    m_lm = new LanguageModelCharts(&m_timeline, this);
}

void TrainingCharts::buildLossChart() {
    m_lossChart = new CurveChart(tr("Loss"));
    m_lossChart->setObjectName(QStringLiteral("lossChart"));
    m_lossChart->setAxisTitles(tr("step"), tr("loss"));
    m_lossChart->setIntegerX(true);
    m_lossChart->setTimeline(&m_timeline);
    m_lossRaw = m_lossChart->addSeries(tr("train loss (batch)"), kTrainColor, CurveChart::SeriesStyle::FaintLine);
    m_lossSmoothed = m_lossChart->addSeries(tr("train loss (smoothed)"), kTrainColor, CurveChart::SeriesStyle::Line);
    m_lossVal = m_lossChart->addSeries(tr("val loss (epoch)"), kValColor, CurveChart::SeriesStyle::LineWithMarkers);
    m_lossChart->setSmoothedSource(m_lossSmoothed, m_lossRaw);

    m_smoothingSlider = new QSlider(Qt::Horizontal);
    m_smoothingSlider->setObjectName(QStringLiteral("smoothingSlider"));
    m_smoothingSlider->setRange(0, kSmoothingSteps);
    m_smoothingSlider->setValue(settings::lossSmoothing.defaultValue());
    m_smoothingSlider->setMaximumWidth(kSmoothingSliderWidth);
    m_smoothingSlider->setToolTip(tr("Exponential moving average of the batch loss (debiased); 0 = raw"));
    m_smoothingValue = new QLabel();
    m_smoothingValue->setObjectName(QStringLiteral("smoothingValueLabel"));
    m_smoothingValue->setMinimumWidth(m_smoothingValue->fontMetrics().horizontalAdvance(QStringLiteral("0.00")) +
                                      kSmoothingLabelSlack);
    const auto applySmoothing = [this](int value) {
        const double weight = double(value) / kSmoothingScale;
        m_smoothingValue->setText(QString::number(weight, 'f', 2));
        m_lossChart->setSmoothing(weight);
    };
    connect(m_smoothingSlider, &QSlider::valueChanged, this, applySmoothing);
    applySmoothing(m_smoothingSlider->value());

    auto* smoothing = new QWidget();
    auto* row = new QHBoxLayout(smoothing);
    row->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("Smoothing:"));
    label->setToolTip(m_smoothingSlider->toolTip());
    row->addWidget(label);
    row->addWidget(m_smoothingSlider);
    row->addWidget(m_smoothingValue);
    m_lossPanel = new ChartPanel(m_lossChart);
    m_lossPanel->addToolWidget(smoothing);
    m_lossPanel->setSmoothingModeVisible(true);
}

void TrainingCharts::buildAccuracyChart() {
    // x = epoch; every chart can show steps, epochs or time.
    m_accuracyChart = new CurveChart(tr("Accuracy"));
    m_accuracyChart->setObjectName(QStringLiteral("accuracyChart"));
    m_accuracyChart->setAxisTitles(tr("epoch"), tr("accuracy (%)"));
    m_accuracyChart->setIntegerX(true);
    m_accuracyChart->setYBounds(0.0, 100.0);
    m_accuracyChart->setTimeline(&m_timeline);
    m_accuracyChart->setNativeXKind(XAxisKind::Epoch);
    m_accTrain = m_accuracyChart->addSeries(tr("train accuracy"), kTrainColor, CurveChart::SeriesStyle::LineWithMarkers);
    m_accVal = m_accuracyChart->addSeries(tr("val accuracy"), kValColor, CurveChart::SeriesStyle::LineWithMarkers);
    m_accuracyPanel = new ChartPanel(m_accuracyChart);
}

void TrainingCharts::buildLrChart() {
    m_lrChart = new CurveChart(tr("Learning rate"));
    m_lrChart->setObjectName(QStringLiteral("lrChart"));
    m_lrChart->setAxisTitles(tr("step"), tr("learning rate"));
    m_lrChart->setIntegerX(true);
    m_lrChart->setTimeline(&m_timeline);
    m_lrSeries = m_lrChart->addSeries(tr("learning rate"), kLrColor, CurveChart::SeriesStyle::Line);
    m_lrChart->setSmoothCurve(m_lrSeries, true);
    m_lrPanel = new ChartPanel(m_lrChart);
}

void TrainingCharts::clear() {
    m_lossChart->clear();
    m_accuracyChart->clear();
    m_lrChart->clear();
    m_lm->clear(m_languageModel ? m_gradClip : 0.0);
    m_timeline.clear();
    m_lastStep = 0;
    m_lastLr = -1.0;
    m_lrWasFlat = false;
}

void TrainingCharts::addBatches(const QVector<BatchMetrics>& batches) {
    if (batches.isEmpty()) return;
    QVector<QPointF> loss;
    QVector<QPointF> lr;
    loss.reserve(batches.size());
    lr.reserve(batches.size());
    for (const BatchMetrics& b : batches) {
        const double x = static_cast<double>(b.step);
        loss.append(QPointF(x, b.loss));
        lr.append(QPointF(x, b.lr));
        // Timeline knots at epoch ends and at the ends of each delivery (every ~50 ms) are enough for the axes.
        if (b.batch == b.batchesPerEpoch || &b == &batches.back()) {
            const double epochPos = b.batchesPerEpoch > 0 ? (b.epoch - 1) + double(b.batch) / b.batchesPerEpoch : b.epoch;
            m_timeline.add(x, epochPos, b.elapsedSec);
        }
        markLrJump(x, b.lr);
    }
    m_lastStep = batches.back().step;
    m_lossChart->appendPoints(m_lossRaw, loss);
    m_lrChart->appendPoints(m_lrSeries, lr);
    for (CurveChart* chart : {m_lossChart, m_accuracyChart, m_lrChart}) chart->timelineChanged();
    if (m_languageModel) m_lm->addBatches(batches);
}

void TrainingCharts::setLanguageModel(bool languageModel, double gradClip) {
    m_languageModel = languageModel;
    m_lossChart->renameSeries(m_lossVal, languageModel ? tr("val loss (evaluation)") : tr("val loss (epoch)"));
    m_gradClip = gradClip;
}

void TrainingCharts::markLrJump(double step, double lr) {
    if (m_lastLr > 0.0 && m_lrWasFlat && std::fabs(lr - m_lastLr) > kLrJumpFraction * m_lastLr) {
        const QString text = tr("Learning rate %1 → %2").arg(m_lastLr, 0, 'g', 4).arg(lr, 0, 'g', 4);
        m_lossChart->addEventMarker(step, CurveChart::EventKind::LrChange, text);
        m_lrChart->addEventMarker(step, CurveChart::EventKind::LrChange, text);
    }
    m_lrWasFlat = m_lastLr > 0.0 && std::fabs(lr - m_lastLr) <= kLrFlatFraction * std::fabs(m_lastLr);
    m_lastLr = lr;
}

void TrainingCharts::addEpoch(const EpochMetrics& m) {
    if (m.languageModel) {
        addLanguageModelEvaluation(m);
        return;
    }
    const double epoch = static_cast<double>(m.epoch) / m_partsPerEpoch;  // epochs done (fractions: mid-epoch checks)
    const double step = static_cast<double>(m.step);
    const bool isTest = m.valSetName == "test";
    m_accuracyChart->appendPoint(m_accTrain, QPointF(epoch, 100.0 * m.trainAccuracy));
    if (!m.val.empty()) {
        m_lossChart->appendPoint(m_lossVal, QPointF(step, m.val.loss));
        m_accuracyChart->appendPoint(m_accVal, QPointF(epoch, 100.0 * m.val.accuracy));
    }
    QString boundary = m_partsPerEpoch == 1
                           ? tr("Epoch %1 ended: train loss %2").arg(m.epoch).arg(m.trainLoss, 0, 'g', 4)
                           : tr("Evaluation %1 (epoch %2): train loss %3")
                                 .arg(m.epoch)
                                 .arg(epoch, 0, 'g', 3)
                                 .arg(m.trainLoss, 0, 'g', 4);
    if (!m.val.empty())
        boundary += tr(", %1 accuracy %2 %").arg(isTest ? tr("test") : tr("val")).arg(100.0 * m.val.accuracy, 0, 'f', 2);
    m_lossChart->addEventMarker(step, CurveChart::EventKind::EpochBoundary, boundary);
    m_lrChart->addEventMarker(step, CurveChart::EventKind::EpochBoundary, boundary);
}

void TrainingCharts::addLanguageModelEvaluation(const EpochMetrics& m) {
    const double step = static_cast<double>(m.step);
    m_lossChart->appendPoint(m_lossVal, QPointF(step, m.val.loss));
    m_lm->addEvaluation(m);
    const QString text = tr("Evaluation %1 at step %2: train loss %3, val loss %4, %5 bits per byte")
                             .arg(m.epoch).arg(m.step).arg(m.trainLoss, 0, 'g', 4).arg(m.val.loss, 0, 'g', 4)
                             .arg(m.lm.valBitsPerByte, 0, 'g', 4);
    addEventMarker(step, CurveChart::EventKind::EpochBoundary, text);
}

void TrainingCharts::addEventMarker(double step, ChartEventKind kind, const QString& text) {
    m_lossChart->addEventMarker(step, kind, text);
    m_lrChart->addEventMarker(step, kind, text);
    for (CurveChart* chart : m_lm->charts()) chart->addEventMarker(step, kind, text);
    if (!m_timeline.isEmpty())
        m_accuracyChart->addEventMarker(m_timeline.convert(step, XAxisKind::Step, XAxisKind::Epoch), kind, text);
}

int TrainingCharts::smoothing() const { return m_smoothingSlider->value(); }

void TrainingCharts::setSmoothing(int value) { m_smoothingSlider->setValue(value); }

}  // namespace ts
