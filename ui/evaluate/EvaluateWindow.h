// Evaluate mode: pick a saved model and labelled data, evaluate, and read the result: summary
// against the run's own test results, confusion matrix (click a cell for its samples),
// calibration and drift. Torch-free: the controller runs the evaluation on a worker thread.
#pragma once

#include "core/eval/Evaluator.h"

#include <QMainWindow>
#include <QPointer>
#include <QString>

class QAction;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace ts {

class ClassDistributionChart;
class ConfidenceHistogramChart;
class ConfusionMatrixView;
class MistakesGallery;
class ReliabilityDiagram;

/// The Evaluate window. It only emits requests and shows what the controller feeds its slots.
class EvaluateWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Columns of the per-class table.
    enum ClassColumn {
        ClassNameColumn,
        PrecisionColumn,
        RecallColumn,
        F1Column,
        SupportColumn,
        BaselineF1Column,
        DeltaF1Column,
        DeltaRecallColumn,
        ClassColumnCount
    };
    /// Columns of the drift feature table.
    enum FeatureColumn {
        FeatureNameColumn,
        KsColumn,
        KsPValueColumn,
        PsiColumn,
        PsiVerdictColumn,
        ReferenceMeanColumn,
        CurrentMeanColumn,
        ReferenceStdColumn,
        CurrentStdColumn,
        FeatureColumnCount
    };

    /// Builds the window and restores the last paths and options from QSettings.
    explicit EvaluateWindow(QWidget* parent = nullptr);
    ~EvaluateWindow() override;

    /// The request the fields describe (trimmed; split, device and lists normalized).
    EvaluateRequest request() const;
    /// Fills the fields from a request.
    void setRequest(const EvaluateRequest& request);
    /// What is wrong with the fields for the user ("" when they can be evaluated).
    QString validateInputs() const;
    /// True between an accepted Evaluate and onFinished()/onFailed().
    bool isRunning() const;
    /// True once a result was shown.
    bool hasResult() const;
    /// The result shown last.
    const EvaluationResult& result() const;

    /// Plain-words reading of a population stability index: "stable", "moderate shift", "large shift".
    static QString psiVerdict(double psi);
    /// A p-value for people: "0.412", "3.1e-05", "< 1e-16".
    static QString formatPValue(double p);

    // Widgets, for the controller and tests.
    QLineEdit* modelEdit() const;
    QLineEdit* dataEdit() const;
    QLineEdit* runEdit() const;
    QLineEdit* referenceEdit() const;
    QLineEdit* inputShapeEdit() const;
    QLineEdit* classNamesEdit() const;
    QLineEdit* labelColumnEdit() const;
    QComboBox* splitCombo() const;
    QComboBox* deviceCombo() const;
    QPushButton* evaluateButton() const;
    QPushButton* cancelButton() const;
    QProgressBar* progressBar() const;
    /// Inline error banner (hidden when there is no error).
    QLabel* errorLabel() const;
    /// Summary, Confusion matrix, Calibration, Drift.
    QTabWidget* resultTabs() const;
    /// The large "Accuracy 88.4%" line of the summary.
    QLabel* headlineLabel() const;
    /// Overall metrics: this data, the run's test, the change.
    QTableWidget* overallTable() const;
    /// Per-class metrics (ClassColumn); flagged classes are bold on a red background.
    QTableWidget* classTable() const;
    /// Notes and warnings of the evaluation.
    QLabel* notesLabel() const;
    QLabel* warningsLabel() const;
    ConfusionMatrixView* confusionView() const;
    ReliabilityDiagram* reliabilityDiagram() const;
    ConfidenceHistogramChart* confidenceChart() const;
    /// The calibration tab's text (ECE, MCE, over- or underconfidence).
    QLabel* calibrationLabel() const;
    ClassDistributionChart* classDistributionChart() const;
    /// The drift verdict, or the "no reference data" explanation.
    QLabel* driftSummaryLabel() const;
    /// Class counts and shares, reference against evaluated data.
    QTableWidget* driftClassTable() const;
    /// Features by KS statistic, largest first (FeatureColumn).
    QTableWidget* driftFeatureTable() const;
    /// The gallery opened last (null when none is open).
    MistakesGallery* mistakesGallery() const;

public Q_SLOTS:
    /// Progress of the running evaluation; total <= 0 means unknown (busy indicator).
    void onProgress(qint64 done, qint64 total, const QString& what);
    /// The evaluation finished: shows the result and re-enables the inputs.
    void onFinished(const ts::EvaluationResult& result);
    /// The evaluation failed or was cancelled: says why inline; the previous result stays.
    void onFailed(const QString& message);
    /// What Evaluate (Ctrl+Return) does: validates, remembers the fields and emits evaluateRequested().
    void startEvaluation();
    /// What Cancel (Esc) does while running: emits cancelRequested().
    void cancelEvaluation();
    /// Opens the gallery of the shown result's samples with this true and predicted class.
    void openGallery(int trueClass, int predicted);

public:
    /// Writes the shown result: a report whose format follows the extension (.html, .pdf, .csv, .json), or
    /// with `asFolder` an evaluation folder (evaluation.json, predictions.csv). False with a message on failure.
    bool exportResult(const QString& path, bool asFolder, QString* error) const;
    /// The Export… button (enabled once there is a result).
    QPushButton* exportButton() const { return m_export; }

Q_SIGNALS:
    /// The user asked to evaluate this request.
    void evaluateRequested(const ts::EvaluateRequest& request);
    /// The user asked to stop the running evaluation.
    void cancelRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildInputs();
    QWidget* buildSummaryTab();
    QWidget* buildConfusionTab();
    QWidget* buildCalibrationTab();
    QWidget* buildDriftTab();
    void setRunning(bool running);
    void showError(const QString& text);
    void updateModelHints();
    void browseFile(QLineEdit* edit, const QString& title, const QString& filter);
    void browseFolder(QLineEdit* edit, const QString& title);
    void fillSummary();
    void fillConfusion();
    void fillCalibration();
    void fillDrift();
    void applyConfusionOptions();
    void loadSettings();
    void saveSettings() const;

    EvaluationResult m_result;
    bool m_hasResult = false;
    bool m_running = false;
    bool m_cancelling = false;

    // Inputs.
    QGroupBox* m_inputs = nullptr;
    QLineEdit* m_model = nullptr;
    QLineEdit* m_data = nullptr;
    QLineEdit* m_run = nullptr;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_inputShape = nullptr;
    QLineEdit* m_classNames = nullptr;
    QLineEdit* m_labelColumn = nullptr;
    QComboBox* m_split = nullptr;
    QComboBox* m_device = nullptr;
    QGroupBox* m_scriptOptions = nullptr;
    QPushButton* m_evaluate = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_export = nullptr;
    QAction* m_cancelAction = nullptr;  // Esc; enabled only while running, so Esc is free otherwise
    QProgressBar* m_progress = nullptr;
    QLabel* m_error = nullptr;

    // Results.
    QStackedWidget* m_stack = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_description = nullptr;
    QTableWidget* m_overall = nullptr;
    QTableWidget* m_classes = nullptr;
    QLabel* m_classCaption = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_warnings = nullptr;
    ConfusionMatrixView* m_confusion = nullptr;
    QCheckBox* m_normalize = nullptr;
    QComboBox* m_normalization = nullptr;
    QComboBox* m_sort = nullptr;
    QCheckBox* m_change = nullptr;
    ReliabilityDiagram* m_reliability = nullptr;
    ConfidenceHistogramChart* m_histogram = nullptr;
    QCheckBox* m_logScale = nullptr;
    QLabel* m_calibrationText = nullptr;
    ClassDistributionChart* m_distribution = nullptr;
    QLabel* m_driftSummary = nullptr;
    QTableWidget* m_driftClasses = nullptr;
    QLabel* m_featureCaption = nullptr;
    QTableWidget* m_features = nullptr;
    QPointer<MistakesGallery> m_gallery;
};

}  // namespace ts
