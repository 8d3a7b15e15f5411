// The learning-rate range test's dialog (ui/health/LrFinderDialog.h).
#include "ui/health/LrFinderDialog.h"

#include "ui/common/TextFormat.h"
#include "ui/charts/ChartMath.h"
#include "ui/charts/CurveChart.h"
#include "ui/common/HintLabel.h"
#include "core/common/Numbers.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ts {

namespace {

constexpr int kRateDigits = 3;          // significant digits of a shown learning rate
constexpr int kChartMinWidth = 640;
constexpr int kChartMinHeight = 340;
// The suggestions' colours: those of the chart's markers of their kinds (LrChange green, Other cyan).
constexpr ChartEventKind kSteepestKind = ChartEventKind::LrChange;
constexpr ChartEventKind kMinimumDiv10Kind = ChartEventKind::Other;
constexpr Rgb kSteepestColor = palette::kLearningRate;
constexpr Rgb kMinimumDiv10Color = kSeriesPalette[kSeriesPalette.size() - 1];

/// A learning rate for people: "0.00546", "1e-07".
QString rateText(double lr) { return QString::number(lr, 'g', kRateDigits); }

/// A bold label in `color` for a suggestion.
QLabel* suggestionLabel(const QString& objectName, const QColor& color) {
    auto* label = new QLabel();
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(color.name()));
    return label;
}

}  // namespace

LrFinderDialog::LrFinderDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("lrFinderDialog"));
    setWindowTitle(tr("Find a Learning Rate"));
    auto* column = new QVBoxLayout(this);
    m_subject = hintLabel();
    m_subject->setObjectName(QStringLiteral("lrFinderSubject"));
    column->addWidget(m_subject);

    m_chart = new CurveChart(tr("Training loss over the learning rate"));
    m_chart->setObjectName(QStringLiteral("lrFinderChart"));
    m_chart->setMinimumSize(kChartMinWidth, kChartMinHeight);
    m_chart->setLogX(true);
    m_chart->setAxisTitles(tr("learning rate"), tr("training loss"));
    const QColor lossColor = toQColor(palette::kTrain);
    m_rawSeries = m_chart->addSeries(tr("loss"), lossColor, CurveChart::SeriesStyle::FaintLine);
    m_smoothSeries = m_chart->addSeries(tr("smoothed loss"), lossColor, CurveChart::SeriesStyle::Line);
    column->addWidget(m_chart, 1);

    auto* suggestions = new QHBoxLayout();
    m_steepestLabel = suggestionLabel(QStringLiteral("lrFinderSteepest"), toQColor(kSteepestColor));
    m_minimumLabel = suggestionLabel(QStringLiteral("lrFinderMinimum"), toQColor(kMinimumDiv10Color));
    suggestions->addWidget(m_steepestLabel);
    suggestions->addSpacing(m_chart->fontMetrics().averageCharWidth() * 4);
    suggestions->addWidget(m_minimumLabel);
    suggestions->addStretch(1);
    column->addLayout(suggestions);
    m_status = hintLabel();
    m_status->setObjectName(QStringLiteral("lrFinderStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_status);
    m_progress = new QProgressBar();
    m_progress->setObjectName(QStringLiteral("lrFinderProgress"));
    column->addWidget(m_progress);

    auto* buttons = new QDialogButtonBox();
    m_runButton = buttons->addButton(tr("Run Again"), QDialogButtonBox::ActionRole);
    m_runButton->setObjectName(QStringLiteral("lrFinderRunButton"));
    m_cancelButton = buttons->addButton(tr("Cancel Test"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("lrFinderCancelButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_applyButton = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("lrFinderApplyButton"));
    m_applyButton->setToolTip(tr("Put the suggested learning rate (the steepest descent) into the configuration"));
    m_applyButton->setEnabled(false);
    column->addWidget(buttons);
    connect(m_runButton, &QPushButton::clicked, this, &LrFinderDialog::runRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &LrFinderDialog::cancelRequested);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        if (m_suggested <= 0.0) return;
        Q_EMIT applied(m_suggested);
        accept();
    });
    setRunning(false);
}

void LrFinderDialog::setSubject(const QString& preset, const QString& dataName, double currentLr,
                                const LrFindSettings& settings) {
    m_subject->setText(tr("Trains %1 on %2 from fresh initial weights for up to %3 step(s) while the learning rate "
                          "grows from %4 to %5, and stops when the loss explodes. No run and no checkpoint is "
                          "touched. The form's learning rate is %6.", nullptr, int(settings.steps))
                           .arg(preset, dataName)
                           .arg(settings.steps)
                           .arg(rateText(settings.startLr), rateText(settings.endLr), rateText(currentLr)));
}

void LrFinderDialog::onStarted() {
    m_chart->clear();
    m_ceiling = INFINITY;
    m_suggested = -1.0;
    m_steepestLabel->clear();
    m_minimumLabel->clear();
    m_status->setText(tr("Running the range test…"));
    m_progress->setValue(0);
    setRunning(true);
}

void LrFinderDialog::addPoint(int step, int steps, double lr, double loss, double smoothed) {
    m_progress->setMaximum(steps);
    m_progress->setValue(step);
    if (step == 1 && std::isfinite(loss)) m_ceiling = kLrFindPlotHeadroom * loss;
    m_chart->appendPoint(m_rawSeries, QPointF(lr, std::min(loss, m_ceiling)));
    m_chart->appendPoint(m_smoothSeries, QPointF(lr, std::min(smoothed, m_ceiling)));
}

void LrFinderDialog::plotResult(const LrFindResult& r) {
    m_chart->clear();
    m_ceiling = r.smoothed.empty() ? INFINITY : kLrFindPlotHeadroom * r.smoothed.front();
    QVector<QPointF> raw, smooth;
    for (size_t i = 0; i < r.lrs.size(); ++i) {
        raw.append(QPointF(r.lrs[i], std::min(r.losses[i], m_ceiling)));
        smooth.append(QPointF(r.lrs[i], std::min(r.smoothed[i], m_ceiling)));
    }
    m_chart->appendPoints(m_rawSeries, raw);
    m_chart->appendPoints(m_smoothSeries, smooth);
    const LrFindSuggestions& s = r.suggestions;
    if (s.steepestLr > 0.0)
        m_chart->addEventMarker(s.steepestLr, kSteepestKind, tr("steepest descent: %1").arg(rateText(s.steepestLr)));
    if (s.minLrDiv10 > 0.0) {
        m_chart->addEventMarker(s.minLrDiv10, kMinimumDiv10Kind, tr("minimum ÷ 10: %1").arg(rateText(s.minLrDiv10)));
        m_chart->addEventMarker(s.minimumLr, ChartEventKind::EpochBoundary, tr("minimum: %1").arg(rateText(s.minimumLr)));
    }
    m_chart->refreshNow();
}

void LrFinderDialog::showResult(const LrFindResult& r, const QString& recordDir, const QString& note) {
    setRunning(false);
    plotResult(r);
    const LrFindSuggestions& s = r.suggestions;
    m_suggested = r.suggestedLr();
    const bool steepest = s.steepestLr > 0.0;
    m_steepestLabel->setText(steepest ? tr("Steepest descent: %1 (suggested)").arg(rateText(s.steepestLr))
                                      : tr("Steepest descent: –"));
    if (s.minLrDiv10 <= 0.0) m_minimumLabel->setText(tr("Minimum ÷ 10: –"));
    else if (steepest) m_minimumLabel->setText(tr("Minimum ÷ 10: %1").arg(rateText(s.minLrDiv10)));
    else m_minimumLabel->setText(tr("Minimum ÷ 10: %1 (suggested)").arg(rateText(s.minLrDiv10)));
    m_progress->setValue(m_progress->maximum());
    QStringList lines;
    lines << tr("%n step(s) in %1", nullptr, int(r.lrs.size())).arg(durationText(r.seconds));
    if (r.stoppedEarly) lines.last() += tr(", stopped: %1").arg(QString::fromStdString(r.stopReason));
    if (m_suggested <= 0.0) lines << tr("No suggestion: the loss did not fall over the range.");
    if (!recordDir.isEmpty()) lines << tr("Record: %1").arg(QDir::toNativeSeparators(recordDir));
    if (!note.isEmpty()) lines << note;
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_applyButton->setEnabled(m_suggested > 0.0);
    m_applyButton->setText(m_suggested > 0.0 ? tr("Apply %1").arg(rateText(m_suggested)) : tr("Apply"));
    if (m_suggested > 0.0) m_applyButton->setDefault(true);
}

void LrFinderDialog::showFailure(const QString& message) {
    setRunning(false);
    m_status->setText(tr("The range test failed: %1").arg(message));
}

void LrFinderDialog::reject() {
    if (m_running) Q_EMIT cancelRequested();  // closing the window stops the test
    QDialog::reject();
}

void LrFinderDialog::setRunning(bool running) {
    m_running = running;
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_runButton->setVisible(!running);
    m_closeButton->setEnabled(!running);
    if (running) m_applyButton->setEnabled(false);
}

}  // namespace ts
