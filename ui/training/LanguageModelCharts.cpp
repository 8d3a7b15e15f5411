#include "ui/training/LanguageModelCharts.h"

#include "ui/charts/ChartMath.h"
#include "ui/charts/ChartPanel.h"
#include "ui/charts/CurveChart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

#include <cmath>

namespace ts {

namespace {

const QColor kTrainColor = toQColor(palette::kTrain);
const QColor kValColor = toQColor(palette::kValidation);
const QColor kGradColor(0x94, 0x67, 0xbd);     // purple
const QColor kClipColor(0xd6, 0x27, 0x28);     // red: the threshold
const QColor kThroughputColor(0x8c, 0x56, 0x4b);

/// A step chart named `name` on the run's timeline.
CurveChart* stepChart(const QString& title, const QString& name, const QString& yTitle, const RunTimeline* timeline) {
    auto* chart = new CurveChart(title);
    chart->setObjectName(name);
    chart->setAxisTitles(QObject::tr("step"), yTitle);
    chart->setIntegerX(true);
    chart->setTimeline(timeline);
    return chart;
}

}  // namespace

LanguageModelCharts::LanguageModelCharts(const RunTimeline* timeline, QObject* parent) : QObject(parent) {
    buildEvalChart(timeline);
    buildGradNormChart(timeline);
    buildThroughputChart(timeline);
}

void LanguageModelCharts::buildEvalChart(const RunTimeline* timeline) {
    m_evalChart = stepChart(tr("Evaluation"), QStringLiteral("evalChart"), tr("loss"), timeline);
    m_evalTrain = m_evalChart->addSeries(tr("train"), kTrainColor, CurveChart::SeriesStyle::LineWithMarkers);
    m_evalVal = m_evalChart->addSeries(tr("val"), kValColor, CurveChart::SeriesStyle::LineWithMarkers);
    m_measureCombo = new QComboBox();
    m_measureCombo->setObjectName(QStringLiteral("evalMeasureCombo"));
    m_measureCombo->setToolTip(tr("Loss in nats per token; perplexity = e^loss; bits per byte compares tokenizers"));
    m_measureCombo->addItem(tr("Loss"), int(EvalMeasure::Loss));
    m_measureCombo->addItem(tr("Perplexity"), int(EvalMeasure::Perplexity));
    m_measureCombo->addItem(tr("Bits per byte"), int(EvalMeasure::BitsPerByte));
    connect(m_measureCombo, &QComboBox::currentIndexChanged, this,
            [this] { setMeasure(EvalMeasure(m_measureCombo->currentData().toInt())); });
    // No "Show:" label: the items name themselves, and the row must fit beside the learning-rate chart's.
    m_evalPanel = new ChartPanel(m_evalChart);
    m_evalPanel->addToolWidget(m_measureCombo);
}

void LanguageModelCharts::buildGradNormChart(const RunTimeline* timeline) {
    m_gradNormChart = stepChart(tr("Gradient norm"), QStringLiteral("gradNormChart"), tr("norm before clipping"),
                                timeline);
    m_gradNorm = m_gradNormChart->addSeries(tr("grad norm"), kGradColor, CurveChart::SeriesStyle::Line);
    m_clipLine = m_gradNormChart->addSeries(tr("clip threshold"), kClipColor, CurveChart::SeriesStyle::DashedLine);
    m_gradNormChart->setSmoothCurve(m_clipLine, true);
    m_gradNormPanel = new ChartPanel(m_gradNormChart);
}

void LanguageModelCharts::buildThroughputChart(const RunTimeline* timeline) {
    m_throughputChart = stepChart(tr("Throughput"), QStringLiteral("throughputChart"), tr("tokens/s"), timeline);
    m_tokensPerSec = m_throughputChart->addSeries(tr("tokens/s"), kThroughputColor, CurveChart::SeriesStyle::Line);
    m_throughputPanel = new ChartPanel(m_throughputChart);
}

QVector<CurveChart*> LanguageModelCharts::charts() const { return {m_evalChart, m_gradNormChart, m_throughputChart}; }

void LanguageModelCharts::clear(double gradClip) {
    for (CurveChart* chart : charts()) chart->clear();
    m_evaluations.clear();
    m_gradClip = gradClip;
}

void LanguageModelCharts::addBatches(const QVector<BatchMetrics>& batches) {
    if (batches.isEmpty()) return;
    QVector<QPointF> norms;
    QVector<QPointF> rates;
    for (const BatchMetrics& b : batches) {
        const double x = static_cast<double>(b.step);
        if (b.gradNorm >= 0.0) norms.append(QPointF(x, b.gradNorm));
        if (b.samplesPerSec > 0.0) rates.append(QPointF(x, b.samplesPerSec));
    }
    m_gradNormChart->appendPoints(m_gradNorm, norms);
    if (m_gradClip > 0.0) {
        // A level line: a point at the first step, then one at the end of each delivery.
        const double first = m_gradNormChart->rawCount(m_clipLine) == 0 ? double(batches.front().step) : -1.0;
        QVector<QPointF> level;
        if (first >= 0.0 && batches.size() > 1) level.append(QPointF(first, m_gradClip));
        level.append(QPointF(double(batches.back().step), m_gradClip));
        m_gradNormChart->appendPoints(m_clipLine, level);
    }
    m_throughputChart->appendPoints(m_tokensPerSec, rates);
    for (CurveChart* chart : charts()) chart->timelineChanged();
}

double LanguageModelCharts::measureOf(const EpochMetrics& m, EvalMeasure measure, bool validation) {
    const double loss = validation ? m.val.loss : m.trainLoss;
    switch (measure) {
    case EvalMeasure::Loss: return loss;
    case EvalMeasure::Perplexity: return validation && m.lm.valPerplexity > 0.0 ? m.lm.valPerplexity : std::exp(loss);
    case EvalMeasure::BitsPerByte: return validation ? m.lm.valBitsPerByte : m.lm.trainBitsPerByte;
    }
    return loss;
}

void LanguageModelCharts::addEvaluation(const EpochMetrics& m) {
    EpochMetrics kept = m;
    kept.lm.samples.clear();
    m_evaluations.append(kept);
    const double x = static_cast<double>(m.step);
    m_evalChart->appendPoint(m_evalTrain, QPointF(x, measureOf(m, m_measure, false)));
    m_evalChart->appendPoint(m_evalVal, QPointF(x, measureOf(m, m_measure, true)));
}

void LanguageModelCharts::setMeasure(EvalMeasure measure) {
    if (measure == m_measure) return;
    m_measure = measure;
    const int index = m_measureCombo->findData(int(measure));
    if (index >= 0 && index != m_measureCombo->currentIndex()) m_measureCombo->setCurrentIndex(index);
    replotEvaluations();
}

void LanguageModelCharts::replotEvaluations() {
    static const char* const kTitles[] = {QT_TR_NOOP("loss"), QT_TR_NOOP("perplexity"), QT_TR_NOOP("bits per byte")};
    m_evalChart->setAxisTitles(tr("step"), tr(kTitles[int(m_measure)]));
    // clear() drops the event markers too: keep them.
    const QVector<CurveChart::EventMarker> markers = m_evalChart->eventMarkers();
    m_evalChart->clear();
    for (const CurveChart::EventMarker& marker : markers) m_evalChart->addEventMarker(marker.x, marker.kind, marker.text);
    QVector<QPointF> train;
    QVector<QPointF> val;
    for (const EpochMetrics& m : std::as_const(m_evaluations)) {
        train.append(QPointF(double(m.step), measureOf(m, m_measure, false)));
        val.append(QPointF(double(m.step), measureOf(m, m_measure, true)));
    }
    m_evalChart->appendPoints(m_evalTrain, train);
    m_evalChart->appendPoints(m_evalVal, val);
}

}  // namespace ts
