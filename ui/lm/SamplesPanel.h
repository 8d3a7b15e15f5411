// The Samples panel: a language model's continuations of one prompt as a timeline, one row per evaluation.
#pragma once

#include "core/common/Types.h"

#include <QMap>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;
class QTextBrowser;

namespace ts {

class CurveChart;

/// Shows, for a chosen prompt, one row per evaluation step (step, text, distinct-1/2, repetition, memorization,
/// watch hits), two selected steps side by side, small charts of the per-sample metrics and of the watch-list
/// hits, and a banner when an evaluation's samples hit the watch list ("samplesPanel").
class SamplesPanel : public QWidget {
    Q_OBJECT
public:
    /// The table's columns.
    enum Column { StepColumn, TextColumn, Distinct1Column, Distinct2Column, RepetitionColumn, MemorizationColumn,
                  WatchHitsColumn, ColumnCount };

    /// Builds the panel: "No samples yet".
    explicit SamplesPanel(QWidget* parent = nullptr);

    /// Forgets every sample and hides the banner.
    void clear();
    /// Adds an evaluation's samples (live); raises the banner and watchHitsFound when they hit the watch list.
    void addEvaluation(const ts::EpochMetrics& m);
    /// Shows the samples of a loaded run (samples.jsonl), replacing what was shown; no alert.
    void setSamples(std::vector<ts::TextSample> samples);
    /// The prompts seen so far, in order of first appearance.
    QStringList prompts() const;
    /// Shows the timeline of prompt `index` (of prompts()).
    void setCurrentPrompt(int index);

Q_SIGNALS:
    /// An evaluation at `step` wrote samples with `hits` watch-list matches.
    void watchHitsFound(int hits, qint64 step);

private:
    QWidget* buildCharts();
    /// Rebuilds the table and charts for the chosen prompt.
    void showPrompt();
    /// Appends `sample`'s row to the table.
    void appendRow(const TextSample& sample);
    /// Adds a prompt to the chooser when it is new.
    void notePrompt(const std::string& prompt);
    /// Shows the one or two selected rows side by side.
    void compareSelected();
    /// Appends the per-sample metrics of `sample` to the metrics chart.
    void chartSample(const TextSample& sample);

    QComboBox* m_promptCombo = nullptr;
    QLabel* m_banner = nullptr;
    QTableWidget* m_table = nullptr;
    QTextBrowser* m_left = nullptr;
    QTextBrowser* m_right = nullptr;
    QLabel* m_leftTitle = nullptr;
    QLabel* m_rightTitle = nullptr;
    CurveChart* m_metricsChart = nullptr;
    CurveChart* m_hitsChart = nullptr;
    std::vector<TextSample> m_samples;      // every prompt, in arrival order
    std::vector<size_t> m_shown;            // the table's rows: indices into m_samples (the chosen prompt)
    QMap<qint64, qint64> m_hitsByStep;      // watch-list hits of each evaluation, all prompts
};

}  // namespace ts
