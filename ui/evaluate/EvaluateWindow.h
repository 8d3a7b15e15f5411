// Evaluate mode: pick a saved model and labelled data, evaluate, and read the result: summary
// against the run's own test results, confusion matrix (click a cell for its samples),
// calibration and drift; for a language model, the documents it found hardest and its samples instead of
// the confusion matrix. Torch-free: the controller runs the evaluation on a worker thread.
// The window composes the inputs panel (EvaluateInputsPanel) and one widget per result tab
// (EvaluateSummaryTab, EvaluateConfusionTab, EvaluateDocumentsTab, EvaluateCalibrationTab, EvaluateDriftTab,
// EvaluateSamplesTab), showing only the tabs that apply; it runs the request's life cycle, the export and the
// mistakes gallery.
#pragma once

#include "core/eval/Evaluator.h"
#include "ui/evaluate/MistakesGallery.h"

#include <QMainWindow>
#include <QPointer>
#include <QString>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace ts {

class EvaluateCalibrationTab;
class EvaluateConfusionTab;
class EvaluateDocumentsTab;
class EvaluateDriftTab;
class EvaluateInputsPanel;
class EvaluateSamplesTab;
class EvaluateSummaryTab;

/// The Evaluate window. It only emits requests and shows what the controller feeds its slots.
class EvaluateWindow : public QMainWindow {
    Q_OBJECT
public:
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
    /// The result tabs that apply: Summary, Confusion matrix, Calibration, Drift for a classifier; Summary,
    /// Documents, Calibration, Drift and Samples (when there are samples) for a language model.
    QTabWidget* resultTabs() const;
    /// The token weights the mistakes gallery shows for labelled-text results (empty: it says why there are none).
    void setTextExplainer(TextExplainFunction explain);

    /// Writes the shown result: a report whose format follows the extension (.html, .pdf, .csv, .json), or
    /// with `asFolder` an evaluation folder (evaluation.json, predictions.csv). False with a message on failure.
    bool exportResult(const QString& path, bool asFolder, QString* error) const;

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

Q_SIGNALS:
    /// The user asked to evaluate this request.
    void evaluateRequested(const ts::EvaluateRequest& request);
    /// The user asked to stop the running evaluation.
    void cancelRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildResults();
    void addShortcuts();
    void arrangeTabs(bool languageModel, bool samples);
    void setRunning(bool running);
    void showError(const QString& text);
    void exportWithDialog();
    void loadSettings();
    void saveSettings() const;

    EvaluationResult m_result;
    bool m_hasResult = false;
    bool m_running = false;
    bool m_cancelling = false;

    EvaluateInputsPanel* m_inputs = nullptr;
    QAction* m_cancelAction = nullptr;  // Esc; enabled only while running, so Esc is free otherwise
    QLabel* m_error = nullptr;

    // Results.
    QStackedWidget* m_stack = nullptr;
    QTabWidget* m_tabs = nullptr;
    EvaluateSummaryTab* m_summary = nullptr;
    EvaluateConfusionTab* m_confusion = nullptr;
    EvaluateCalibrationTab* m_calibration = nullptr;
    EvaluateDriftTab* m_drift = nullptr;
    EvaluateDocumentsTab* m_documents = nullptr;
    EvaluateSamplesTab* m_samples = nullptr;
    TextExplainFunction m_explainer;
    QPointer<MistakesGallery> m_gallery;
};

}  // namespace ts
