// The learning-rate range test's dialog: the live loss curve over the learning rate (log axis), progress with
// Cancel, both suggestions marked, and Apply, which hands the recommended rate to the configuration form.
#pragma once

#include "core/health/LrFindResult.h"

#include <QDialog>
#include <QString>

#include <limits>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ts {

class CurveChart;

/// Shows a range test as it runs and its suggestions ("lrFinderDialog"); the test itself runs elsewhere.
class LrFinderDialog : public QDialog {
    Q_OBJECT
public:
    /// An empty dialog; setSubject() and onStarted() fill it.
    explicit LrFinderDialog(QWidget* parent = nullptr);

    /// Says what is tested: the preset, the data set's name, the form's current rate and the sweep.
    void setSubject(const QString& preset, const QString& dataName, double currentLr, const LrFindSettings& settings);
    /// The rate Apply hands over (-1 before a result with a suggestion).
    double suggestedLr() const { return m_suggested; }
    /// The curve chart (tests, screenshots).
    CurveChart* chart() const { return m_chart; }
    /// Closing the dialog while the test runs asks to cancel it.
    void reject() override;

public Q_SLOTS:
    /// A test started: clears the curve and shows the progress bar and Cancel.
    void onStarted();
    /// One step of the running test (1-based `step` of `steps`).
    void addPoint(int step, int steps, double lr, double loss, double smoothed);
    /// The finished (or stopped) test: its curve, both suggestions marked, Apply enabled when there is one.
    /// `recordDir` is where its record went ("" when none was written), `note` a problem writing it.
    void showResult(const ts::LrFindResult& result, const QString& recordDir, const QString& note);
    /// The test could not run or failed: says why.
    void showFailure(const QString& message);

Q_SIGNALS:
    /// Run (again) was pressed.
    void runRequested();
    /// Cancel was pressed while the test runs.
    void cancelRequested();
    /// Apply was pressed: the rate to put into the form.
    void applied(double lr);

private:
    /// Switches the buttons and progress bar between running and idle.
    void setRunning(bool running);
    /// The curve of `result` in the chart, with the suggestions as markers.
    void plotResult(const LrFindResult& result);

    QLabel* m_subject = nullptr;
    CurveChart* m_chart = nullptr;
    int m_rawSeries = -1;
    int m_smoothSeries = -1;
    QLabel* m_steepestLabel = nullptr;
    QLabel* m_minimumLabel = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QPushButton* m_applyButton = nullptr;
    double m_suggested = -1.0;
    /// Losses above this are drawn at it (kLrFindPlotHeadroom times the first loss): the exploded tail would
    /// flatten the rest of the curve. The record keeps the true values.
    double m_ceiling = std::numeric_limits<double>::infinity();
    bool m_running = false;
};

}  // namespace ts
