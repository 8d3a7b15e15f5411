// The confusion-matrix panel: the heatmap in a zoomable scroll area, its display options and
// an epoch slider that scrubs through every evaluation of the run.
#pragma once

#include "core/common/Types.h"

#include <QString>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QScrollArea;
class QSlider;
class QToolButton;

namespace ts {

class ConfusionMatrixView;

/// Keeps every evaluation (one per epoch, plus the final test set) and shows one at a time.
/// New evaluations are shown as they arrive unless the user has scrubbed back to an older one.
class ConfusionPanel : public QWidget {
    Q_OBJECT
public:
    /// Builds the panel with an empty view.
    explicit ConfusionPanel(QWidget* parent = nullptr);
    ~ConfusionPanel() override;

    /// Adds an evaluation; `epoch` is its 1-based epoch, or -1 for a final test-set evaluation.
    void addSnapshot(const QString& label, const EvalMetrics& metrics, int epoch);
    /// Forgets every evaluation.
    void clear();
    /// Number of evaluations kept.
    int snapshotCount() const;
    /// Index of the evaluation shown (-1 when none).
    int currentSnapshot() const;
    /// Shows evaluation `index` (what moving the slider does).
    void setCurrentSnapshot(int index);
    /// Metrics of evaluation `index`.
    const EvalMetrics& snapshotMetrics(int index) const;
    /// Label of evaluation `index` ("Validation, epoch 3").
    QString snapshotLabel(int index) const;
    /// Epoch of evaluation `index` (1-based), or -1 for the final test set or an invalid index.
    int snapshotEpoch(int index) const;

    /// Zoom factor of the matrix (1 = fit the panel).
    double zoom() const;
    /// Sets the zoom factor (clamped to [1, 12]); above 1 the matrix scrolls.
    void setZoom(double zoom);

    /// The heatmap.
    ConfusionMatrixView* view() const;
    /// "Normalize" check box (rows by default, i.e. recall).
    QCheckBox* normalizeCheckBox() const;
    /// Normalize by rows (recall) or by columns (precision).
    QComboBox* normalizationCombo() const;
    /// Class order: index, name, recall, confusion clusters.
    QComboBox* sortCombo() const;
    /// "Change since previous epoch" check box.
    QCheckBox* changeCheckBox() const;
    /// The epoch slider.
    QSlider* epochSlider() const;

Q_SIGNALS:
    /// Evaluation `index` is now shown (the window updates its per-class table).
    void snapshotShown(int index);
    /// A matrix cell was clicked (or Enter pressed on it); `epoch` is the shown evaluation's epoch,
    /// -1 for the test set or when nothing is shown.
    void cellActivated(int trueClass, int predicted, int epoch);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Snapshot {
        QString label;
        EvalMetrics metrics;
        int epoch = -1;
    };

    void showSnapshot(int index);
    void applyNormalization();
    void applyZoom();

    QVector<Snapshot> m_snapshots;
    int m_current = -1;
    double m_zoom = 1.0;
    ConfusionMatrixView* m_view = nullptr;
    QScrollArea* m_scroll = nullptr;
    QCheckBox* m_normalize = nullptr;
    QComboBox* m_normalization = nullptr;
    QComboBox* m_sort = nullptr;
    QCheckBox* m_change = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_sliderLabel = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QToolButton* m_zoomFit = nullptr;
};

}  // namespace ts
