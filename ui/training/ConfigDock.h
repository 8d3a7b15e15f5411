// The Configuration dock: the data set box, the training form and the run buttons below them.
#pragma once

#include "core/common/Types.h"

#include <QDockWidget>

class QLabel;
class QLayout;
class QPushButton;

namespace ts {

class TrainingActions;
class TrainingConfigForm;

/// The Configuration dock ("configDock"): data set box with Open, the form in a scroll area, run buttons below.
class ConfigDock : public QDockWidget {
    Q_OBJECT
public:
    /// Smallest width of the dock; long data set paths are elided to fit it.
    static constexpr int kMinimumWidth = 300;

    /// Builds the dock; its Open, Train, Pause and Stop buttons trigger `actions`.
    ConfigDock(const TrainingActions& actions, QWidget* parent);

    /// The training form.
    TrainingConfigForm* form() const { return m_form; }
    /// Shows the loaded data set's name, path and sizes; returns the name shown.
    QString showDataset(const DatasetInfo& info);
    /// Whether the data set and the form can be changed (not while a run is in progress).
    void setEditable(bool editable);

private:
    QWidget* buildDatasetBox(const TrainingActions& actions);
    QLayout* buildRunButtons(const TrainingActions& actions);

    TrainingConfigForm* m_form = nullptr;
    QLabel* m_datasetName = nullptr;
    QLabel* m_datasetPath = nullptr;
    QLabel* m_datasetSizes = nullptr;
    QPushButton* m_openButton = nullptr;
};

}  // namespace ts
