#include "ui/report/ReportExporter.h"
#include "ui/common/Settings.h"

#include "ui/common/BackgroundJob.h"

#include <memory>

#include "core/runs/RunStore.h"
#include "ui/report/ReportPdf.h"
#include "ui/report/ReportTranslator.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMetaObject>
#include <QSettings>

#include <stdexcept>

namespace ts {

namespace {

constexpr ReportFormat kFormats[] = {ReportFormat::Html, ReportFormat::Pdf, ReportFormat::Csv, ReportFormat::Json};

QString suffixOf(ReportFormat f) { return QString::fromLatin1(reportFormatName(f)); }

}  // namespace

void exportRunReport(const QString& runDir, ReportFormat format, const QString& path, const ReportPhrases& phrases) {
    const RunRecord run = loadRun(runDir.toStdString());
    if (format == ReportFormat::Pdf) writeReportPdf(run, path, phrases);
    else writeReport(run, format, path.toStdString(), phrases);
}

QString reportFilter(ReportFormat format) {
    switch (format) {
    case ReportFormat::Html: return QObject::tr("HTML report (*.html *.htm)");
    case ReportFormat::Pdf: return QObject::tr("PDF report (*.pdf)");
    case ReportFormat::Csv: return QObject::tr("CSV metric history (*.csv)");
    case ReportFormat::Json: return QObject::tr("JSON metric history (*.json)");
    }
    return {};
}

QString promptReportDestination(QWidget* parent, const QString& runName, ReportFormat* format) {
    const QString folder = settings::reportFolder.get(QDir::homePath());
    ReportFormat last = ReportFormat::Html;
    parseReportFormat(settings::reportFormat.get().toStdString(), &last);

    QStringList filters;
    for (ReportFormat f : kFormats) filters << reportFilter(f);
    QString selected = reportFilter(last);
    QString stem = runName.trimmed().isEmpty() ? QStringLiteral("report") : runName.trimmed() + QStringLiteral("-report");
    stem.replace(QLatin1Char('/'), QLatin1Char('-'));
    QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export Report"),
                                                QDir(folder).filePath(stem + QLatin1Char('.') + suffixOf(last)),
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty()) return {};

    ReportFormat chosen = last;
    for (ReportFormat f : kFormats)
        if (selected == reportFilter(f)) chosen = f;
    ReportFormat typed;
    if (reportFormatFromPath(path.toStdString(), &typed)) chosen = typed;  // an explicit extension wins
    else path += QLatin1Char('.') + suffixOf(chosen);

    settings::reportFolder.set(QFileInfo(path).absolutePath());
    settings::reportFormat.set(suffixOf(chosen));
    if (format) *format = chosen;
    return path;
}

ReportExporter::ReportExporter(QObject* parent) : QObject(parent) {}

ReportExporter::~ReportExporter() { waitForFinished(); }

bool ReportExporter::isBusy() const { return m_job != nullptr; }

void ReportExporter::waitForFinished() {
    if (m_job) m_job->wait();
}

bool ReportExporter::start(const QString& runDir, ReportFormat format, const QString& path) {
    if (m_job) return false;
    auto error = std::make_shared<QString>();
    const ReportPhrases phrases = reportPhrases();  // the interface's language when the export starts
    m_job = new BackgroundJob(
        QStringLiteral("ReportExporter"),
        [runDir, format, path, error, phrases] {
            try {
                exportRunReport(runDir, format, path, phrases);
            } catch (const std::exception& e) {
                *error = QString::fromStdString(e.what());
            }
        },
        this);  // destroyed with the exporter, which waits for it first
    connect(m_job, &BackgroundJob::finished, this, [this, error, path] {
        m_job->deleteLater();
        m_job = nullptr;
        if (error->isEmpty()) Q_EMIT finished(path);
        else Q_EMIT failed(*error);
    });
    m_job->start();
    return true;
}

}  // namespace ts
