// Exporting a run's report from the GUI: the file dialog (HTML, PDF, CSV, JSON; remembers the last
// folder and format) and a background exporter so large runs never freeze the window.
#pragma once

#include "core/report/Report.h"

#include <QObject>
#include <QString>

class QWidget;

namespace ts {

class BackgroundJob;

/// Writes the report of the run folder `runDir` in `format` to `path` (PDF through Qt, the rest through
/// core), HTML and PDF in `phrases`' language. Blocking; throws std::runtime_error with a message for the user. Safe
/// to call off the GUI thread.
void exportRunReport(const QString& runDir, ReportFormat format, const QString& path, const ReportPhrases& phrases = {});

/// File-dialog filter of a format, e.g. "HTML report (*.html *.htm)".
QString reportFilter(ReportFormat format);

/// Asks where to save a report of a run named `runName`, offering HTML, PDF, CSV and JSON, starting in the
/// last folder and format used (QSettings). Returns "" when cancelled; sets `format` from the chosen filter
/// (or the typed extension). The extension is added when the name has none.
QString promptReportDestination(QWidget* parent, const QString& runName, ReportFormat* format);

/// Runs exports on a background thread, one at a time, and reports the outcome on the owner's thread.
class ReportExporter : public QObject {
    Q_OBJECT
public:
    explicit ReportExporter(QObject* parent = nullptr);
    /// Waits for a running export (it never blocks on user input, so this ends).
    ~ReportExporter() override;

    /// Starts exporting, in the language of the installed report translation (reportPhrases()); returns false, doing
    /// nothing, while another export is running.
    bool start(const QString& runDir, ReportFormat format, const QString& path);
    /// True while an export runs.
    bool isBusy() const;
    /// Blocks until the running export (if any) has ended and its signal was queued.
    void waitForFinished();

Q_SIGNALS:
    /// The report was written to `path`.
    void finished(const QString& path);
    /// The export failed; `message` names the file and the reason. Nothing was left at the destination.
    void failed(const QString& message);

private:
    BackgroundJob* m_job = nullptr;  // the running export, or nullptr
};

}  // namespace ts
