#include "ui/evaluate/EvaluateWindow.h"
#include "ui/common/Settings.h"
#include "ui/common/TextFormat.h"

#include "ui/evaluate/EvaluateCalibrationTab.h"
#include "ui/evaluate/EvaluateConfusionTab.h"
#include "ui/evaluate/EvaluateDocumentsTab.h"
#include "ui/evaluate/EvaluateDriftTab.h"
#include "ui/evaluate/EvaluateInputsPanel.h"
#include "ui/evaluate/EvaluateSamplesTab.h"
#include "ui/evaluate/EvaluateSummaryTab.h"
#include "ui/evaluate/EvaluateWidgets.h"
#include "ui/evaluate/MistakesGallery.h"
#include "ui/report/ReportPdf.h"
#include "ui/report/ReportTranslator.h"

#include "core/eval/EvaluationIO.h"
#include "core/eval/LanguageModelEvaluation.h"
#include "core/report/Report.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ts {

using evalwidgets::qText;

namespace {

constexpr int kDefaultHeight = 800;
constexpr int kStatusTimeoutMs = 8000;
constexpr int kPlaceholderMargin = 40;

}  // namespace

EvaluateWindow::EvaluateWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("evaluateWindow"));
    setWindowTitle(tr("Evaluate Model — TrainScope"));
    setAttribute(Qt::WA_QuitOnClose, false);  // a side window: closing it never quits the app
    resize(evalwidgets::kWindowWidth, kDefaultHeight);

    auto* central = new QWidget();
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(8, 8, 8, 4);
    column->setSpacing(6);
    m_inputs = new EvaluateInputsPanel();
    connect(m_inputs, &EvaluateInputsPanel::evaluateClicked, this, &EvaluateWindow::startEvaluation);
    connect(m_inputs, &EvaluateInputsPanel::cancelClicked, this, &EvaluateWindow::cancelEvaluation);
    connect(m_inputs, &EvaluateInputsPanel::exportClicked, this, &EvaluateWindow::exportWithDialog);
    column->addWidget(m_inputs);

    m_error = new QLabel();
    m_error->setObjectName(QStringLiteral("evaluateErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QLatin1String(evalwidgets::kErrorStyle));
    m_error->hide();
    column->addWidget(m_error);
    column->addWidget(buildResults(), 1);
    setCentralWidget(central);
    addShortcuts();

    statusBar()->showMessage(tr("Pick a model and data to evaluate"));
    loadSettings();
    setRunning(false);
}

EvaluateWindow::~EvaluateWindow() = default;

// ---------------------------------------------------------------------------------------------
// Construction

// The placeholder until the first result, then the result tabs.
QWidget* EvaluateWindow::buildResults() {
    m_tabs = new QTabWidget();
    m_tabs->setObjectName(QStringLiteral("evaluateTabs"));
    m_summary = new EvaluateSummaryTab();
    m_confusion = new EvaluateConfusionTab();
    m_calibration = new EvaluateCalibrationTab();
    m_drift = new EvaluateDriftTab();
    m_documents = new EvaluateDocumentsTab(m_tabs);  // parented while not a tab, so that it is found and freed
    m_documents->hide();
    m_samples = new EvaluateSamplesTab(m_tabs);
    m_samples->hide();
    arrangeTabs(false, false);
    connect(m_confusion, &EvaluateConfusionTab::cellActivated, this, &EvaluateWindow::openGallery);

    auto* placeholder = new QLabel(
        tr("Choose a saved model and labelled data, then press Evaluate (Ctrl+Return).\n\n"
           "You will see accuracy and per-class metrics next to the run's own test results, the confusion matrix "
           "(click a cell to see its samples), calibration, and drift against the training data."));
    placeholder->setObjectName(QStringLiteral("evaluatePlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setMargin(kPlaceholderMargin);
    m_stack = new QStackedWidget();
    m_stack->addWidget(placeholder);
    m_stack->addWidget(m_tabs);
    return m_stack;
}

// The tabs that apply: a classifier's Summary, Confusion matrix, Calibration, Drift; a language model's Summary,
// Documents, Calibration, Drift and, when it wrote samples, Samples. The tab shown stays when it still applies.
void EvaluateWindow::arrangeTabs(bool languageModel, bool samples) {
    std::vector<std::pair<QWidget*, QString>> pages{{m_summary, tr("Summary")}};
    if (languageModel) pages.emplace_back(m_documents, tr("Documents"));
    else pages.emplace_back(m_confusion, tr("Confusion matrix"));
    pages.emplace_back(m_calibration, tr("Calibration"));
    pages.emplace_back(m_drift, tr("Drift"));
    if (languageModel && samples) pages.emplace_back(m_samples, tr("Samples"));
    QWidget* current = m_tabs->currentWidget();
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        QWidget* page = m_tabs->widget(i);
        m_tabs->removeTab(i);
        page->hide();
    }
    for (const auto& [page, title] : pages) m_tabs->addTab(page, title);
    const int keep = m_tabs->indexOf(current);
    m_tabs->setCurrentIndex(keep >= 0 ? keep : 0);
}

// Ctrl+Return evaluates; Esc cancels while running.
void EvaluateWindow::addShortcuts() {
    auto* evaluateAction = new QAction(tr("Evaluate"), this);
    evaluateAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(evaluateAction, &QAction::triggered, this, &EvaluateWindow::startEvaluation);
    addAction(evaluateAction);
    m_cancelAction = new QAction(tr("Cancel"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelAction, &QAction::triggered, this, &EvaluateWindow::cancelEvaluation);
    addAction(m_cancelAction);
}

// ---------------------------------------------------------------------------------------------
// Inputs

EvaluateRequest EvaluateWindow::request() const {
    return m_inputs->request();
}

void EvaluateWindow::setRequest(const EvaluateRequest& request) {
    m_inputs->setRequest(request);
}

QString EvaluateWindow::validateInputs() const {
    return m_inputs->validateInputs();
}

void EvaluateWindow::loadSettings() {
    const QSettings s = openSettings();
    m_inputs->loadSettings(s);
    const QByteArray geometry = settings::evaluateGeometry.get(s, {});
    if (!geometry.isEmpty()) restoreGeometry(geometry);
}

void EvaluateWindow::saveSettings() const {
    QSettings s = openSettings();
    m_inputs->saveSettings(s);
}

void EvaluateWindow::closeEvent(QCloseEvent* event) {
    settings::evaluateGeometry.set(saveGeometry());
    if (m_running) cancelEvaluation();  // a hidden window should not keep the machine busy
    if (m_gallery) m_gallery->close();
    QMainWindow::closeEvent(event);
}

// ---------------------------------------------------------------------------------------------
// Running

void EvaluateWindow::startEvaluation() {
    if (m_running) return;
    const QString problem = validateInputs();
    if (!problem.isEmpty()) {
        showError(problem);
        statusBar()->showMessage(tr("Not started: %1").arg(problem), kStatusTimeoutMs);
        return;
    }
    showError(QString());
    saveSettings();
    const EvaluateRequest r = request();
    setRunning(true);
    m_inputs->showBusy(tr("Loading…"));  // busy until the first progress report
    statusBar()->showMessage(tr("Evaluating %1 on %2…").arg(qText(r.modelPath), qText(r.dataPath)));
    Q_EMIT evaluateRequested(r);
}

void EvaluateWindow::cancelEvaluation() {
    if (!m_running || m_cancelling) return;
    m_cancelling = true;
    m_inputs->setCancelEnabled(false);
    m_inputs->setProgressText(tr("Cancelling…"));
    statusBar()->showMessage(tr("Cancelling…"));
    Q_EMIT cancelRequested();
}

void EvaluateWindow::setRunning(bool running) {
    m_running = running;
    if (!running) m_cancelling = false;
    m_inputs->setRunning(running);
    m_inputs->setCancelEnabled(running && !m_cancelling);
    m_inputs->setExportEnabled(!running && m_hasResult);
    m_cancelAction->setEnabled(running);
}

bool EvaluateWindow::isRunning() const {
    return m_running;
}

void EvaluateWindow::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void EvaluateWindow::onProgress(qint64 done, qint64 total, const QString& what) {
    if (!m_running || m_cancelling) return;
    m_inputs->showProgress(done, total, what);
}

void EvaluateWindow::onFailed(const QString& message) {
    const bool cancelled = m_cancelling || message.contains(QStringLiteral("cancelled"), Qt::CaseInsensitive);
    setRunning(false);
    if (cancelled) {
        showError(QString());
        m_inputs->setProgressText(tr("Cancelled"));
        statusBar()->showMessage(tr("Evaluation cancelled"), kStatusTimeoutMs);
        return;
    }
    m_inputs->setProgressText(tr("Failed"));
    showError(tr("<b>The evaluation failed.</b> %1").arg(message.toHtmlEscaped()));
    statusBar()->showMessage(tr("Evaluation failed"), kStatusTimeoutMs);
}

void EvaluateWindow::onFinished(const ts::EvaluationResult& result) {
    setRunning(false);
    showError(QString());
    m_result = result;
    m_hasResult = true;
    if (m_gallery) m_gallery->close();  // it showed the previous result's samples

    m_summary->showResult(m_result);
    m_confusion->showResult(m_result);
    m_calibration->showResult(m_result);
    m_drift->showResult(m_result);
    m_documents->showEvaluation(m_result.lm);
    if (m_result.lm) m_samples->showSamples(m_result.lm->samples, m_result.lm->watchHits);
    arrangeTabs(m_result.lm != nullptr, m_result.lm && !m_result.lm->samples.empty());
    m_stack->setCurrentWidget(m_tabs);
    m_inputs->setExportEnabled(true);

    if (m_result.lm) {
        const LanguageModelTest& m = m_result.lm->metrics;
        m_inputs->showDone(tr("Done: %1 tokens in %2 document(s) in %3 s", nullptr, int(m_result.lm->documents.size()))
                               .arg(grouped(m.tokens), grouped(static_cast<qint64>(m_result.lm->documents.size())))
                               .arg(m_result.seconds, 0, 'f', 1));
        statusBar()->showMessage(tr("Evaluated %1 tokens: perplexity %2").arg(grouped(m.tokens)).arg(m.perplexity, 0, 'g', 4),
                                 kStatusTimeoutMs);
        return;
    }
    const int64_t n = m_result.metrics.confusion.total();
    m_inputs->showDone(tr("Done: %1 sample(s) in %2 s", nullptr, pluralCount(n)).arg(grouped(n)).arg(m_result.seconds, 0, 'f', 1));
    statusBar()->showMessage(tr("Evaluated %1 sample(s): accuracy %2", nullptr, pluralCount(n)).arg(grouped(n), percentText(m_result.metrics.accuracy)),
                             kStatusTimeoutMs);
}

bool EvaluateWindow::hasResult() const {
    return m_hasResult;
}

const EvaluationResult& EvaluateWindow::result() const {
    return m_result;
}

QTabWidget* EvaluateWindow::resultTabs() const {
    return m_tabs;
}

void EvaluateWindow::setTextExplainer(TextExplainFunction explain) {
    m_explainer = std::move(explain);
}

// ---------------------------------------------------------------------------------------------
// Export and gallery

bool EvaluateWindow::exportResult(const QString& path, bool asFolder, QString* error) const {
    if (!m_hasResult) {
        if (error) *error = tr("There is no evaluation to export yet.");
        return false;
    }
    try {
        ReportFormat format = ReportFormat::Html;
        if (asFolder) {
            writeEvaluation(QFile::encodeName(path).toStdString(), m_result);
        } else if (!reportFormatFromPath(QFile::encodeName(path).toStdString(), &format)) {
            if (error) *error = tr("%1: choose a file ending in .html, .pdf, .csv or .json").arg(path);
            return false;
        } else if (format == ReportFormat::Pdf) {
            writeEvaluationReportPdf(m_result, path, reportPhrases());
        } else {
            writeEvaluationReport(m_result, format, QFile::encodeName(path).toStdString(), reportPhrases());
        }
    } catch (const std::exception& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

// What Export… (Ctrl+S) does: asks where and in which format, then exportResult().
void EvaluateWindow::exportWithDialog() {
    const QString suggested = QDir(settings::evaluateExportDir.get(QDir::homePath()))
                                  .filePath(QStringLiteral("evaluation.html"));
    QString filter;
    const QString folderFilter = tr("Evaluation folder (*)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Evaluation"), suggested,
        tr("HTML report (*.html);;PDF report (*.pdf);;Per-class CSV (*.csv);;JSON (*.json)") + QStringLiteral(";;") +
            folderFilter,
        &filter);
    if (path.isEmpty()) return;
    QString error;
    if (!exportResult(path, filter == folderFilter, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    settings::evaluateExportDir.set(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), kStatusTimeoutMs);
}

void EvaluateWindow::openGallery(int trueClass, int predicted) {
    if (!m_hasResult) return;
    const int n = m_result.metrics.confusion.classCount();
    if (trueClass < 0 || predicted < 0 || trueClass >= n || predicted >= n) return;
    if (m_result.predictions.empty()) {
        statusBar()->showMessage(tr("This evaluation kept no per-sample predictions to list"), kStatusTimeoutMs);
        return;
    }
    if (!m_gallery) {
        m_gallery = new MistakesGallery(this);
        m_gallery->setAttribute(Qt::WA_DeleteOnClose);
    }
    GallerySource source;
    source.samples = m_result.samples;
    source.classNames = m_result.metrics.confusion.classNames;
    source.featureNames = m_result.featureNames;
    source.featureShift = m_result.featureShift;
    source.featureScale = m_result.featureScale;
    source.predictions = m_result.predictions;
    source.texts = m_result.texts;
    if (m_result.texts) source.explain = m_explainer;
    QString set = qText(m_result.dataName.empty() ? m_result.dataPath : m_result.dataName);
    if (!m_result.splitName.empty()) set += tr(", %1 split").arg(qText(m_result.splitName));
    source.setName = set;
    m_gallery->present(std::move(source), trueClass, predicted);
}

}  // namespace ts
