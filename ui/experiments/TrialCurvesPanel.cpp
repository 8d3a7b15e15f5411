#include "ui/experiments/TrialCurvesPanel.h"

#include "ui/charts/CurveChart.h"
#include "ui/experiments/ParallelAxes.h"
#include "ui/experiments/TrialPalette.h"

#include <QVBoxLayout>

#include <algorithm>

namespace ts {

namespace {
const QColor kBestTrial(0x20, 0x20, 0x20);
}  // namespace

TrialCurvesPanel::TrialCurvesPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("trialCurves"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_chart = new CurveChart(tr("Validation curves of every trial"), this);
    m_layout->addWidget(m_chart);
}

void TrialCurvesPanel::setSnapshot(const SweepSnapshot& snapshot) {
    const int best = snapshot.sweep.bestTrial();
    std::vector<int> trials;
    for (const TrialCurve& c : snapshot.curves) trials.push_back(c.trial);
    if (trials != m_shownTrials || best != m_shownBest) {
        auto* fresh = new CurveChart(tr("Validation curves of every trial"), this);
        m_layout->replaceWidget(m_chart, fresh);
        delete m_chart;
        m_chart = fresh;
        m_chart->setObjectName(QStringLiteral("trialCurvesChart"));
        const ParallelAxes axes = ParallelAxes::fromSweep(snapshot.sweep);
        const int objective = axes.axisCount() - 1;
        const bool minimize = snapshot.sweep.def.objective.minimize();
        // Each trial in its objective's colour, as in the other plots; the best is added last so that it is drawn on top of the others.
        for (const TrialCurve& c : snapshot.curves) {
            if (c.trial == best) continue;
            const QString name = tr("trial %1").arg(snapshot.sweep.trials[size_t(c.trial)].index);
            const double g = TrialPalette::goodness(axes.position(objective, axes.value(c.trial, objective)), minimize);
            m_chart->addSeries(name, TrialPalette::forGoodness(g), CurveChart::SeriesStyle::LineWithDots);
        }
        for (const TrialCurve& c : snapshot.curves)
            if (c.trial == best)
                m_chart->addSeries(tr("best: trial %1").arg(snapshot.sweep.trials[size_t(c.trial)].index), kBestTrial,
                                   CurveChart::SeriesStyle::LineWithMarkers);
        m_shownTrials = trials;
        m_shownBest = best;
    }
    // Classifiers' rounds are epochs, or parts of one (evaluations per epoch): the x axis counts epochs.
    const TrainConfig& base = snapshot.sweep.def.base;
    const int parts = base.isLanguageModel() ? 1 : std::max(1, base.evalsPerEpoch);
    m_chart->setIntegerX(parts == 1);
    m_chart->clear();
    m_chart->setAxisTitles(base.isLanguageModel() ? tr("evaluation") : tr("epoch"),
                           QString::fromStdString(snapshot.sweep.def.objective.metric));
    int series = 0;
    auto append = [&](const TrialCurve& c) {
        QVector<QPointF> points;
        for (size_t i = 0; i < c.values.size(); ++i) points.append(QPointF(double(c.rounds[i]) / parts, c.values[i]));
        m_chart->appendPoints(series++, points);
    };
    for (const TrialCurve& c : snapshot.curves)
        if (c.trial != best) append(c);
    for (const TrialCurve& c : snapshot.curves)
        if (c.trial == best) append(c);
    m_chart->refreshNow();  // at once: a rebuilt chart must not stay blank until the live delay has passed
}

}  // namespace ts
