// The Evaluate window's Samples tab for a language model: continuations of prompts taken from the evaluated text,
// those that hit the watch list first, with the hits highlighted as in training's Samples panel.
#pragma once

#include "core/common/Types.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QTableWidget;

namespace ts {

/// Lists an evaluation's generated samples and says how many hit the watch list ("evaluateSamplesTab").
class EvaluateSamplesTab : public QWidget {
    Q_OBJECT
public:
    /// Columns of the samples table.
    enum Column { TextColumn, HitsColumn, Distinct2Column, RepetitionColumn, ColumnCount };

    /// Builds the empty tab.
    explicit EvaluateSamplesTab(QWidget* parent = nullptr);

    /// Shows `samples` (those with watch-list hits first) and the total of `watchHits`.
    void showSamples(const std::vector<TextSample>& samples, int64_t watchHits);

private:
    QLabel* m_banner = nullptr;
    QTableWidget* m_table = nullptr;
};

}  // namespace ts
