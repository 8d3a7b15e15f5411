#include "ui/evaluate/EvaluateWindow.h"
#include "ui/common/TextFormat.h"

#include "ui/confusion/ConfusionMatrixView.h"
#include "ui/evaluate/EvalCharts.h"
#include "ui/evaluate/MistakesGallery.h"
#include "ui/report/ReportPdf.h"

#include "core/eval/EvaluationIO.h"
#include "core/report/Report.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ts {

namespace {

const QString kSettingsGroup = QStringLiteral("evaluate");
constexpr int kDefaultWidth = 1280;
constexpr int kDefaultHeight = 800;
constexpr int kProgressResolution = 1000;
constexpr int kStatusTimeoutMs = 8000;
constexpr int kMetricDecimals = 3;        // precision, recall, F1
constexpr int kLossDecimals = 4;
constexpr int kStatDecimals = 3;          // KS, PSI, means
constexpr double kSameChange = 0.0005;    // changes smaller than this are shown as no change
constexpr double kPsiModerate = 0.1;      // population stability index bands (the usual rule of thumb)
constexpr double kPsiLarge = 0.25;
constexpr double kSignificance = 0.01;    // p-value below which a difference is called significant
constexpr double kSmallestPValue = 1e-16; // below this double precision says nothing useful
constexpr double kHeadlineScale = 1.6;    // headline font, relative to the window font
constexpr double kNoticeableEce = 0.02;   // an ECE from which miscalibration is worth a sentence
constexpr int kTableSlack = 12;           // pixels a table's computed width misses (margins, bold headers)
const QColor kFlaggedBackground(0xfd, 0xe2, 0xe1);
const QColor kModerateBackground(0xff, 0xf4, 0xd6);
const QColor kBetterColor(0x1e, 0x7b, 0x34);
const QColor kWorseColor(0xb7, 0x1c, 0x1c);
const char* const kErrorStyle = "QLabel { background: #fde2e1; border: 1px solid #d9534f; padding: 6px; }";
const char* const kWarningStyle = "QLabel { background: #fff4d6; border: 1px solid #e0b84c; padding: 6px; }";
const char* const kOkStyle = "QLabel { background: #e6f4ea; border: 1px solid #7cb98b; padding: 6px; }";
const char* const kModelFilter = "Models (*.pt *.pth *.ptc *.torchscript *.zip);;All files (*)";
const char* const kDataFilter = "Data sets (*.csv *.tsv *.txt *-ubyte *-ubyte.gz *.gz);;All files (*)";

QSettings makeSettings() {
    return QSettings(QStringLiteral("TrainScope"), QStringLiteral("TrainScope"));
}

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

/// "+0.012", "−0.034", "0.000" with a real minus sign.
QString signedFixed(double v, int decimals) {
    const QString magnitude = fixed(std::fabs(v), decimals);
    if (std::fabs(v) < 0.5 * std::pow(10.0, -decimals)) return fixed(0.0, decimals);
    return (v > 0 ? QStringLiteral("+") : QStringLiteral("−")) + magnitude;
}

/// A table cell that sorts by a number (Qt::UserRole) instead of its text.
class NumberItem : public QTableWidgetItem {
public:
    NumberItem(const QString& shown, double value) : QTableWidgetItem(shown) {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem& other) const override {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QTableWidget* makeTable(const QString& name, const QStringList& headers) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()));
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QLabel* hintLabel(const QString& s = QString()) {
    auto* label = new QLabel(s);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::Disabled, QPalette::WindowText));
    label->setPalette(pal);
    return label;
}

QLabel* boldLabel(const QString& s) {
    auto* label = new QLabel(s);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

/// "• a<br>• b", escaped.
QString bullets(const std::vector<std::string>& items) {
    QStringList out;
    for (const std::string& s : items) out << QStringLiteral("• ") + text(s).toHtmlEscaped();
    return out.join(QStringLiteral("<br>"));
}

/// True when `path` is a run folder or a file inside one (the folder holds run.json).
bool inRunFolder(const QString& path, QString* runDir) {
    const QFileInfo fi(path);
    if (path.isEmpty() || !fi.exists()) return false;
    const QString dir = fi.isDir() ? fi.absoluteFilePath() : fi.absolutePath();
    if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("run.json")))) return false;
    if (runDir) *runDir = dir;
    return true;
}

}  // namespace

EvaluateWindow::EvaluateWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("evaluateWindow"));
    setWindowTitle(tr("Evaluate Model — TrainScope"));
    setAttribute(Qt::WA_QuitOnClose, false);  // a side window: closing it never quits the app
    resize(kDefaultWidth, kDefaultHeight);

    auto* central = new QWidget();
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(8, 8, 8, 4);
    column->setSpacing(6);
    column->addWidget(buildInputs());

    m_error = new QLabel();
    m_error->setObjectName(QStringLiteral("evaluateErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QLatin1String(kErrorStyle));
    m_error->hide();
    column->addWidget(m_error);

    m_tabs = new QTabWidget();
    m_tabs->setObjectName(QStringLiteral("evaluateTabs"));
    m_tabs->addTab(buildSummaryTab(), tr("Summary"));
    m_tabs->addTab(buildConfusionTab(), tr("Confusion matrix"));
    m_tabs->addTab(buildCalibrationTab(), tr("Calibration"));
    m_tabs->addTab(buildDriftTab(), tr("Drift"));

    auto* placeholder = new QLabel(
        tr("Choose a saved model and labelled data, then press Evaluate (Ctrl+Return).\n\n"
           "You will see accuracy and per-class metrics next to the run's own test results, the confusion matrix "
           "(click a cell to see its samples), calibration, and drift against the training data."));
    placeholder->setObjectName(QStringLiteral("evaluatePlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setMargin(40);
    m_stack = new QStackedWidget();
    m_stack->addWidget(placeholder);
    m_stack->addWidget(m_tabs);
    column->addWidget(m_stack, 1);
    setCentralWidget(central);

    auto* evaluateAction = new QAction(tr("Evaluate"), this);
    evaluateAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(evaluateAction, &QAction::triggered, this, &EvaluateWindow::startEvaluation);
    addAction(evaluateAction);
    m_cancelAction = new QAction(tr("Cancel"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelAction, &QAction::triggered, this, &EvaluateWindow::cancelEvaluation);
    addAction(m_cancelAction);

    statusBar()->showMessage(tr("Pick a model and data to evaluate"));
    loadSettings();
    updateModelHints();
    setRunning(false);
}

EvaluateWindow::~EvaluateWindow() = default;

// ---------------------------------------------------------------------------------------------
// Construction

QWidget* EvaluateWindow::buildInputs() {
    m_inputs = new QGroupBox(tr("Model and data"));
    m_inputs->setObjectName(QStringLiteral("evaluateInputs"));

    const auto lineEdit = [](const QString& name, const QString& placeholder, const QString& tip) {
        auto* edit = new QLineEdit();
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setToolTip(tip);
        edit->setClearButtonEnabled(true);
        return edit;
    };
    m_model = lineEdit(QStringLiteral("evaluateModelEdit"), tr("checkpoint-best.pt, a run folder, or a TorchScript file"),
                       tr("A TrainScope checkpoint (checkpoint-best.pt or checkpoint-last.pt in a run folder), "
                          "the run folder itself, or a TorchScript module saved with torch.jit.save"));
    m_data = lineEdit(QStringLiteral("evaluateDataEdit"), tr("IDX folder or file, CSV/TSV table, or image folder"),
                      tr("Labelled data in any format TrainScope reads"));
    m_run = lineEdit(QStringLiteral("evaluateRunEdit"), QString(),
                     tr("The run whose test results and training data the evaluation is compared with.\n"
                        "Empty: the run the checkpoint belongs to."));
    m_reference = lineEdit(QStringLiteral("evaluateReferenceEdit"), tr("training data, for drift (optional)"),
                           tr("The data the model was trained on, to measure drift when the model has no run"));
    m_inputShape = lineEdit(QStringLiteral("evaluateInputShapeEdit"), tr("C,H,W or F (empty: the data's)"),
                            tr("The module's input shape without the batch dimension: C,H,W for images "
                               "(e.g. 1,28,28) or F for a feature vector (e.g. 784)"));
    m_classNames = lineEdit(QStringLiteral("evaluateClassNamesEdit"), tr("comma-separated, in output order"),
                            tr("Names of the module's outputs, in order; empty: the data set's class names"));
    m_labelColumn = lineEdit(QStringLiteral("evaluateLabelColumnEdit"), tr("default"),
                             tr("Tables: the label column's name or 1-based number (default: label, class or "
                                "target, else the last)"));
    m_labelColumn->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);

    m_split = new QComboBox();
    m_split->setObjectName(QStringLiteral("evaluateSplitCombo"));
    m_split->addItem(tr("Auto"), QStringLiteral("auto"));
    m_split->addItem(tr("Test split"), QStringLiteral("test"));
    m_split->addItem(tr("All samples"), QStringLiteral("all"));
    m_split->setItemData(0, tr("The data's test split when it has one, else every sample"), Qt::ToolTipRole);
    m_split->setItemData(1, tr("Only the test split (IDX t10k files, a test/ folder, or the seeded split)"), Qt::ToolTipRole);
    m_split->setItemData(2, tr("Every sample of the data"), Qt::ToolTipRole);
    m_split->setToolTip(tr("Which part of the data to evaluate"));
    m_device = new QComboBox();
    m_device->setObjectName(QStringLiteral("evaluateDeviceCombo"));
    m_device->addItem(tr("Auto"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA"), QStringLiteral("cuda"));
    m_device->setToolTip(tr("Where the model runs; Auto uses a GPU when there is one"));

    // Browse buttons: a click opens a file dialog, the arrow offers a folder instead.
    const auto browseButton = [this](QLineEdit* edit, const QString& title, const char* filter, bool fileFirst) {
        auto* button = new QToolButton();
        button->setText(tr("Browse…"));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        if (!fileFirst) {
            button->setToolTip(tr("Choose a folder"));
            connect(button, &QToolButton::clicked, this, [this, edit, title] { browseFolder(edit, title); });
            return button;
        }
        const QString filterText = tr(filter);
        auto* menu = new QMenu(button);
        menu->addAction(tr("File…"), this, [this, edit, title, filterText] { browseFile(edit, title, filterText); });
        menu->addAction(tr("Folder…"), this, [this, edit, title] { browseFolder(edit, title); });
        button->setMenu(menu);
        button->setPopupMode(QToolButton::MenuButtonPopup);
        button->setToolTip(tr("Choose a file (the arrow: a folder)"));
        connect(button, &QToolButton::clicked, this, [this, edit, title, filterText] { browseFile(edit, title, filterText); });
        return button;
    };
    QToolButton* modelBrowse = browseButton(m_model, tr("Choose a model"), kModelFilter, true);
    modelBrowse->setObjectName(QStringLiteral("evaluateModelBrowse"));
    QToolButton* dataBrowse = browseButton(m_data, tr("Choose labelled data"), kDataFilter, true);
    dataBrowse->setObjectName(QStringLiteral("evaluateDataBrowse"));
    QToolButton* runBrowse = browseButton(m_run, tr("Choose a run folder"), nullptr, false);
    QToolButton* referenceBrowse = browseButton(m_reference, tr("Choose the training data"), kDataFilter, true);

    // Left: what to evaluate. Right: options, the TorchScript ones in their own box.
    auto* paths = new QGridLayout();
    paths->setHorizontalSpacing(6);
    paths->setVerticalSpacing(4);
    paths->addWidget(new QLabel(tr("&Model:")), 0, 0);
    paths->addWidget(m_model, 0, 1);
    paths->addWidget(modelBrowse, 0, 2);
    paths->addWidget(new QLabel(tr("&Data:")), 1, 0);
    paths->addWidget(m_data, 1, 1);
    paths->addWidget(dataBrowse, 1, 2);
    paths->addWidget(new QLabel(tr("Compare with &run:")), 2, 0);
    paths->addWidget(m_run, 2, 1);
    paths->addWidget(runBrowse, 2, 2);
    for (int row = 0; row < 3; ++row) {
        if (auto* label = qobject_cast<QLabel*>(paths->itemAtPosition(row, 0)->widget()))
            label->setBuddy(paths->itemAtPosition(row, 1)->widget());
    }
    auto* options = new QHBoxLayout();
    options->addWidget(new QLabel(tr("Split:")));
    options->addWidget(m_split);
    options->addSpacing(8);
    options->addWidget(new QLabel(tr("Device:")));
    options->addWidget(m_device);
    options->addSpacing(8);
    options->addWidget(new QLabel(tr("Label column:")));
    options->addWidget(m_labelColumn);
    options->addStretch(1);
    paths->addLayout(options, 3, 1, 1, 2);
    paths->setColumnStretch(1, 1);

    m_scriptOptions = new QGroupBox(tr("TorchScript models only"));
    m_scriptOptions->setObjectName(QStringLiteral("evaluateScriptOptions"));
    auto* script = new QGridLayout(m_scriptOptions);
    script->setHorizontalSpacing(6);
    script->setVerticalSpacing(4);
    script->addWidget(new QLabel(tr("Input shape:")), 0, 0);
    script->addWidget(m_inputShape, 0, 1, 1, 2);
    script->addWidget(new QLabel(tr("Class names:")), 1, 0);
    script->addWidget(m_classNames, 1, 1, 1, 2);
    script->addWidget(new QLabel(tr("Reference data:")), 2, 0);
    script->addWidget(m_reference, 2, 1);
    script->addWidget(referenceBrowse, 2, 2);
    script->setColumnStretch(1, 1);

    m_evaluate = new QPushButton(tr("Evaluate"));
    m_evaluate->setObjectName(QStringLiteral("evaluateButton"));
    m_evaluate->setDefault(true);
    m_evaluate->setToolTip(tr("Evaluate the model on the data (Ctrl+Return)"));
    QFont bold = m_evaluate->font();
    bold.setBold(true);
    m_evaluate->setFont(bold);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("evaluateCancelButton"));
    m_cancel->setToolTip(tr("Stop the evaluation (Esc)"));
    m_progress = new QProgressBar();
    m_progress->setObjectName(QStringLiteral("evaluateProgress"));
    m_progress->setRange(0, kProgressResolution);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Idle"));
    m_export = new QPushButton(tr("Export…"));
    m_export->setObjectName(QStringLiteral("evaluateExportButton"));
    m_export->setToolTip(tr("Save this evaluation as a report (HTML, PDF, CSV or JSON) or as an evaluation folder "
                            "(evaluation.json and predictions.csv) (Ctrl+S)"));
    m_export->setShortcut(QKeySequence::Save);
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir(QSettings().value(QStringLiteral("evaluate/exportDir"), QDir::homePath()).toString())
                                      .filePath(QStringLiteral("evaluation.html"));
        QString filter;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Evaluation"), suggested,
            tr("HTML report (*.html);;PDF report (*.pdf);;Per-class CSV (*.csv);;JSON (*.json);;"
               "Evaluation folder (*)"),
            &filter);
        if (path.isEmpty()) return;
        QString error;
        if (!exportResult(path, filter.startsWith(QStringLiteral("Evaluation folder")), &error)) {
            QMessageBox::warning(this, tr("Export failed"), error);
            return;
        }
        QSettings().setValue(QStringLiteral("evaluate/exportDir"), QFileInfo(path).absolutePath());
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), kStatusTimeoutMs);
    });
    connect(m_evaluate, &QPushButton::clicked, this, &EvaluateWindow::startEvaluation);
    connect(m_cancel, &QPushButton::clicked, this, &EvaluateWindow::cancelEvaluation);
    connect(m_model, &QLineEdit::textChanged, this, &EvaluateWindow::updateModelHints);

    auto* top = new QHBoxLayout();
    top->addLayout(paths, 3);
    top->addWidget(m_scriptOptions, 2);
    auto* run = new QHBoxLayout();
    run->addWidget(m_evaluate);
    run->addWidget(m_cancel);
    run->addWidget(m_progress, 1);
    run->addWidget(m_export);

    auto* box = new QWidget();
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* inner = new QVBoxLayout(m_inputs);
    inner->setContentsMargins(8, 6, 8, 6);
    inner->addLayout(top);
    layout->addWidget(m_inputs);
    layout->addLayout(run);
    return box;
}

QWidget* EvaluateWindow::buildSummaryTab() {
    m_headline = new QLabel();
    m_headline->setObjectName(QStringLiteral("evaluateHeadline"));
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * kHeadlineScale);
    m_headline->setFont(big);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description = hintLabel();
    m_description->setObjectName(QStringLiteral("evaluateDescription"));
    m_description->setWordWrap(true);  // long model paths must not widen the left column
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_overall = makeTable(QStringLiteral("evaluateOverallTable"),
                          {tr("Metric"), tr("This data"), tr("Run's test"), tr("Change")});
    m_overall->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_overall->setSelectionMode(QAbstractItemView::NoSelection);
    m_overall->setToolTip(tr("Metrics on this data next to the same metrics on the run's own test set"));

    m_warnings = new QLabel();
    m_warnings->setObjectName(QStringLiteral("evaluateWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setStyleSheet(QLatin1String(kWarningStyle));
    m_notes = hintLabel();
    m_notes->setObjectName(QStringLiteral("evaluateNotes"));
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_classes = makeTable(QStringLiteral("evaluateClassTable"),
                          {tr("Class"), tr("Precision"), tr("Recall"), tr("F1"), tr("Support"), tr("Run's F1"),
                           tr("Δ F1"), tr("Δ recall")});
    m_classes->horizontalHeader()->setSectionResizeMode(ClassNameColumn, QHeaderView::Stretch);
    m_classes->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_classCaption = boldLabel(tr("Per class"));
    m_classCaption->setObjectName(QStringLiteral("evaluateClassCaption"));
    m_classCaption->setWordWrap(true);

    auto* left = new QWidget();
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 4, 4);
    leftLayout->addWidget(m_headline);
    leftLayout->addWidget(m_description);
    leftLayout->addWidget(m_overall, 1);
    leftLayout->addWidget(m_warnings);
    leftLayout->addWidget(m_notes);
    leftLayout->addStretch(0);
    auto* right = new QWidget();
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 4, 4, 4);
    rightLayout->addWidget(m_classCaption);
    rightLayout->addWidget(m_classes, 1);

    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("evaluateSummarySplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({2 * kDefaultWidth / 5, 3 * kDefaultWidth / 5});  // the per-class table needs the room
    split->setChildrenCollapsible(false);
    return split;
}

QWidget* EvaluateWindow::buildConfusionTab() {
    m_confusion = new ConfusionMatrixView();
    m_confusion->setObjectName(QStringLiteral("evaluateConfusionView"));
    m_normalize = new QCheckBox(tr("Normalize"));
    m_normalize->setObjectName(QStringLiteral("evaluateNormalizeCheckBox"));
    m_normalize->setToolTip(tr("Show percentages instead of counts"));
    m_normalization = new QComboBox();
    m_normalization->addItem(tr("rows (recall)"), static_cast<int>(ConfusionMatrixView::Normalization::Rows));
    m_normalization->addItem(tr("columns (precision)"), static_cast<int>(ConfusionMatrixView::Normalization::Columns));
    m_normalization->setEnabled(false);
    m_sort = new QComboBox();
    m_sort->addItem(tr("index"), static_cast<int>(ConfusionMatrixView::SortOrder::Index));
    m_sort->addItem(tr("name"), static_cast<int>(ConfusionMatrixView::SortOrder::Name));
    m_sort->addItem(tr("recall (worst first)"), static_cast<int>(ConfusionMatrixView::SortOrder::Recall));
    m_sort->addItem(tr("confusion clusters"), static_cast<int>(ConfusionMatrixView::SortOrder::Confusion));
    m_change = new QCheckBox(tr("Change vs the run's test"));
    m_change->setObjectName(QStringLiteral("evaluateConfusionChangeCheckBox"));
    m_change->setToolTip(tr("Difference to the run's test-set matrix (use Normalize: the sets differ in size)"));
    m_change->setEnabled(false);
    auto* hint = hintLabel(tr("Click a cell (or press Enter on it) to see its samples"));
    hint->setWordWrap(false);

    auto* options = new QHBoxLayout();
    options->addWidget(m_normalize);
    options->addWidget(m_normalization);
    options->addSpacing(8);
    options->addWidget(new QLabel(tr("Sort:")));
    options->addWidget(m_sort);
    options->addSpacing(8);
    options->addWidget(m_change);
    options->addStretch(1);
    options->addWidget(hint);
    auto* page = new QWidget();
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(options);
    layout->addWidget(m_confusion, 1);

    connect(m_normalize, &QCheckBox::toggled, this, &EvaluateWindow::applyConfusionOptions);
    connect(m_normalization, &QComboBox::currentIndexChanged, this, &EvaluateWindow::applyConfusionOptions);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &EvaluateWindow::applyConfusionOptions);
    connect(m_change, &QCheckBox::toggled, this, &EvaluateWindow::applyConfusionOptions);
    connect(m_confusion, &ConfusionMatrixView::cellActivated, this, &EvaluateWindow::openGallery);
    return page;
}

QWidget* EvaluateWindow::buildCalibrationTab() {
    m_reliability = new ReliabilityDiagram();
    m_histogram = new ConfidenceHistogramChart();
    m_logScale = new QCheckBox(tr("Logarithmic counts"));
    m_logScale->setObjectName(QStringLiteral("evaluateLogScaleCheckBox"));
    m_logScale->setToolTip(tr("Show small bins next to the large top bin (bars side by side)"));
    connect(m_logScale, &QCheckBox::toggled, m_histogram, &ConfidenceHistogramChart::setLogScale);
    m_calibrationText = new QLabel();
    m_calibrationText->setObjectName(QStringLiteral("evaluateCalibrationText"));
    m_calibrationText->setWordWrap(true);
    m_calibrationText->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_reliability);
    split->addWidget(m_histogram);
    split->setChildrenCollapsible(false);
    auto* bottom = new QHBoxLayout();
    bottom->addWidget(m_calibrationText, 1);
    bottom->addWidget(m_logScale);
    auto* page = new QWidget();
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    return page;
}

QWidget* EvaluateWindow::buildDriftTab() {
    m_driftSummary = new QLabel();
    m_driftSummary->setObjectName(QStringLiteral("evaluateDriftSummary"));
    m_driftSummary->setWordWrap(true);
    m_driftSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_distribution = new ClassDistributionChart();
    m_driftClasses = makeTable(QStringLiteral("evaluateDriftClassTable"),
                               {tr("Class"), tr("Reference"), tr("Share"), tr("Evaluated"), tr("Share"), tr("Change")});
    m_driftClasses->horizontalHeader()->setStretchLastSection(true);
    m_featureCaption = boldLabel(tr("Features"));
    m_features = makeTable(QStringLiteral("evaluateDriftFeatureTable"),
                           {tr("Feature"), tr("KS"), tr("KS p-value"), tr("PSI"), tr("Verdict"), tr("Reference mean"),
                            tr("Evaluated mean"), tr("Reference std"), tr("Evaluated std")});
    m_features->horizontalHeader()->setSectionResizeMode(FeatureNameColumn, QHeaderView::Stretch);
    m_features->horizontalHeaderItem(KsColumn)->setToolTip(
        tr("Kolmogorov–Smirnov statistic: the largest gap between the two cumulative distributions (0 to 1)"));
    m_features->horizontalHeaderItem(PsiColumn)->setToolTip(
        tr("Population stability index: < 0.1 stable, 0.1–0.25 moderate shift, > 0.25 large shift"));

    auto* classes = new QSplitter(Qt::Horizontal);
    classes->addWidget(m_distribution);
    classes->addWidget(m_driftClasses);
    classes->setStretchFactor(0, 3);
    classes->setStretchFactor(1, 2);
    classes->setChildrenCollapsible(false);
    auto* featureBox = new QWidget();
    featureBox->setObjectName(QStringLiteral("evaluateFeatureBox"));
    auto* featureLayout = new QVBoxLayout(featureBox);
    featureLayout->setContentsMargins(0, 0, 0, 0);
    featureLayout->addWidget(m_featureCaption);
    featureLayout->addWidget(m_features, 1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(classes);
    split->addWidget(featureBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* page = new QWidget();
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_driftSummary);
    layout->addWidget(split, 1);
    return page;
}

// ---------------------------------------------------------------------------------------------
// Inputs

EvaluateRequest EvaluateWindow::request() const {
    EvaluateRequest r;
    r.modelPath = m_model->text().trimmed().toStdString();
    r.dataPath = m_data->text().trimmed().toStdString();
    r.runDir = m_run->text().trimmed().toStdString();
    r.referencePath = m_reference->text().trimmed().toStdString();
    r.split = m_split->currentData().toString().toStdString();
    r.device = m_device->currentData().toString().toStdString();
    r.labelColumn = m_labelColumn->text().trimmed().toStdString();
    QString shape = m_inputShape->text();
    shape.remove(QRegularExpression(QStringLiteral("\\s")));
    r.inputShape = shape.toStdString();
    for (const QString& name : m_classNames->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty()) r.classNames.push_back(trimmed.toStdString());
    }
    return r;
}

void EvaluateWindow::setRequest(const EvaluateRequest& r) {
    m_model->setText(text(r.modelPath));
    m_data->setText(text(r.dataPath));
    m_run->setText(text(r.runDir));
    m_reference->setText(text(r.referencePath));
    m_labelColumn->setText(text(r.labelColumn));
    m_inputShape->setText(text(r.inputShape));
    QStringList names;
    for (const std::string& n : r.classNames) names << text(n);
    m_classNames->setText(names.join(QStringLiteral(", ")));
    const int split = m_split->findData(text(r.split));
    m_split->setCurrentIndex(split >= 0 ? split : 0);
    const int device = m_device->findData(text(r.device));
    m_device->setCurrentIndex(device >= 0 ? device : 0);
}

QString EvaluateWindow::validateInputs() const {
    const QString model = m_model->text().trimmed();
    const QString data = m_data->text().trimmed();
    if (model.isEmpty()) return tr("Choose a model: a checkpoint, a run folder or a TorchScript file.");
    if (!QFileInfo::exists(model)) return tr("The model %1 does not exist.").arg(QDir::toNativeSeparators(model));
    if (data.isEmpty()) return tr("Choose the labelled data to evaluate on.");
    if (!QFileInfo::exists(data)) return tr("The data %1 does not exist.").arg(QDir::toNativeSeparators(data));
    const QString run = m_run->text().trimmed();
    if (!run.isEmpty() && !QFileInfo(run).isDir())
        return tr("The run folder %1 does not exist.").arg(QDir::toNativeSeparators(run));
    const QString reference = m_reference->text().trimmed();
    if (!reference.isEmpty() && !QFileInfo::exists(reference))
        return tr("The reference data %1 does not exist.").arg(QDir::toNativeSeparators(reference));
    QString shape = m_inputShape->text();
    shape.remove(QRegularExpression(QStringLiteral("\\s")));
    if (!shape.isEmpty()) {
        static const QRegularExpression form(QStringLiteral("^[1-9][0-9]*(,[1-9][0-9]*,[1-9][0-9]*)?$"));
        if (!form.match(shape).hasMatch())
            return tr("The input shape “%1” is not C,H,W (e.g. 1,28,28) or F (e.g. 784): positive whole numbers "
                      "separated by commas.").arg(m_inputShape->text().trimmed());
    }
    return QString();
}

void EvaluateWindow::updateModelHints() {
    QString runDir;
    const bool fromRun = inRunFolder(m_model->text().trimmed(), &runDir);
    m_run->setPlaceholderText(fromRun ? tr("auto: %1").arg(QDir(runDir).dirName())
                                      : tr("auto: the model's run (none for TorchScript)"));
    // A TrainScope checkpoint knows its input shape and classes; the TorchScript fields would be ignored.
    m_scriptOptions->setEnabled(!fromRun);
    m_scriptOptions->setToolTip(fromRun ? tr("Not needed: the checkpoint's run knows its input shape, classes and "
                                             "training data")
                                        : tr("Only for TorchScript modules, which do not record these"));
}

void EvaluateWindow::browseFile(QLineEdit* edit, const QString& title, const QString& filter) {
    const QString start = edit->text().trimmed().isEmpty() ? QDir::homePath() : edit->text().trimmed();
    const QString path = QFileDialog::getOpenFileName(this, title, start, filter);
    if (!path.isEmpty()) edit->setText(QDir::toNativeSeparators(path));
}

void EvaluateWindow::browseFolder(QLineEdit* edit, const QString& title) {
    const QString start = edit->text().trimmed().isEmpty() ? QDir::homePath() : edit->text().trimmed();
    const QString path = QFileDialog::getExistingDirectory(this, title, start);
    if (!path.isEmpty()) edit->setText(QDir::toNativeSeparators(path));
}

void EvaluateWindow::loadSettings() {
    QSettings s = makeSettings();
    s.beginGroup(kSettingsGroup);
    m_model->setText(s.value(QStringLiteral("model")).toString());
    m_data->setText(s.value(QStringLiteral("data")).toString());
    m_run->setText(s.value(QStringLiteral("run")).toString());
    m_reference->setText(s.value(QStringLiteral("reference")).toString());
    m_inputShape->setText(s.value(QStringLiteral("inputShape")).toString());
    m_classNames->setText(s.value(QStringLiteral("classNames")).toString());
    m_labelColumn->setText(s.value(QStringLiteral("labelColumn")).toString());
    const int split = m_split->findData(s.value(QStringLiteral("split"), QStringLiteral("auto")).toString());
    if (split >= 0) m_split->setCurrentIndex(split);
    const int device = m_device->findData(s.value(QStringLiteral("device"), QStringLiteral("auto")).toString());
    if (device >= 0) m_device->setCurrentIndex(device);
    const QByteArray geometry = s.value(QStringLiteral("geometry")).toByteArray();
    if (!geometry.isEmpty()) restoreGeometry(geometry);
    s.endGroup();
}

void EvaluateWindow::saveSettings() const {
    QSettings s = makeSettings();
    s.beginGroup(kSettingsGroup);
    s.setValue(QStringLiteral("model"), m_model->text().trimmed());
    s.setValue(QStringLiteral("data"), m_data->text().trimmed());
    s.setValue(QStringLiteral("run"), m_run->text().trimmed());
    s.setValue(QStringLiteral("reference"), m_reference->text().trimmed());
    s.setValue(QStringLiteral("inputShape"), m_inputShape->text().trimmed());
    s.setValue(QStringLiteral("classNames"), m_classNames->text().trimmed());
    s.setValue(QStringLiteral("labelColumn"), m_labelColumn->text().trimmed());
    s.setValue(QStringLiteral("split"), m_split->currentData());
    s.setValue(QStringLiteral("device"), m_device->currentData());
    s.endGroup();
}

void EvaluateWindow::closeEvent(QCloseEvent* event) {
    QSettings s = makeSettings();
    s.setValue(kSettingsGroup + QStringLiteral("/geometry"), saveGeometry());
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
    m_progress->setRange(0, 0);  // busy until the first progress report
    m_progress->setFormat(tr("Loading…"));
    statusBar()->showMessage(tr("Evaluating %1 on %2…").arg(text(r.modelPath), text(r.dataPath)));
    Q_EMIT evaluateRequested(r);
}

void EvaluateWindow::cancelEvaluation() {
    if (!m_running || m_cancelling) return;
    m_cancelling = true;
    m_cancel->setEnabled(false);
    m_progress->setFormat(tr("Cancelling…"));
    statusBar()->showMessage(tr("Cancelling…"));
    Q_EMIT cancelRequested();
}

void EvaluateWindow::setRunning(bool running) {
    m_running = running;
    if (!running) m_cancelling = false;
    m_inputs->setEnabled(!running);
    m_evaluate->setEnabled(!running);
    m_export->setEnabled(!running && m_hasResult);
    m_cancel->setEnabled(running && !m_cancelling);
    m_cancelAction->setEnabled(running);
    if (!running) {
        m_progress->setRange(0, kProgressResolution);
        m_progress->setValue(0);
    }
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
    if (total <= 0) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(what);
        return;
    }
    const double fraction = std::clamp(double(done) / double(total), 0.0, 1.0);
    m_progress->setRange(0, kProgressResolution);
    m_progress->setValue(static_cast<int>(std::lround(fraction * kProgressResolution)));
    // Computed here instead of %p so that a '%' in `what` is never taken for a placeholder.
    const QString amount = tr("%1 of %2").arg(grouped(done), grouped(total));
    m_progress->setFormat(QStringLiteral("%1 · %2 · %3").arg(what.isEmpty() ? tr("Evaluating") : what, amount,
                                                            percentText(fraction, 0)));
}

void EvaluateWindow::onFailed(const QString& message) {
    const bool cancelled = m_cancelling || message.contains(QStringLiteral("cancelled"), Qt::CaseInsensitive);
    setRunning(false);
    if (cancelled) {
        showError(QString());
        m_progress->setFormat(tr("Cancelled"));
        statusBar()->showMessage(tr("Evaluation cancelled"), kStatusTimeoutMs);
        return;
    }
    m_progress->setFormat(tr("Failed"));
    showError(tr("<b>The evaluation failed.</b> %1").arg(message.toHtmlEscaped()));
    statusBar()->showMessage(tr("Evaluation failed"), kStatusTimeoutMs);
}

void EvaluateWindow::onFinished(const ts::EvaluationResult& result) {
    setRunning(false);
    showError(QString());
    m_result = result;
    m_hasResult = true;
    if (m_gallery) m_gallery->close();  // it showed the previous result's samples

    fillSummary();
    fillConfusion();
    fillCalibration();
    fillDrift();
    m_stack->setCurrentWidget(m_tabs);
    m_export->setEnabled(true);

    const int64_t n = m_result.metrics.confusion.total();
    m_progress->setValue(kProgressResolution);
    m_progress->setFormat(tr("Done: %1 samples in %2 s").arg(grouped(n)).arg(m_result.seconds, 0, 'f', 1));
    statusBar()->showMessage(tr("Evaluated %1 samples: accuracy %2").arg(grouped(n), percentText(m_result.metrics.accuracy)),
                             kStatusTimeoutMs);
}

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
            writeEvaluationReportPdf(m_result, path);
        } else {
            writeEvaluationReport(m_result, format, QFile::encodeName(path).toStdString());
        }
    } catch (const std::exception& e) {
        if (error) *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

bool EvaluateWindow::hasResult() const {
    return m_hasResult;
}

const EvaluationResult& EvaluateWindow::result() const {
    return m_result;
}

// ---------------------------------------------------------------------------------------------
// Results

void EvaluateWindow::fillSummary() {
    const EvaluationResult& r = m_result;
    const EvalMetrics& m = r.metrics;
    const BaselineComparison& cmp = r.comparison;
    const bool baseline = cmp.available;
    const int64_t n = m.confusion.total();

    QString headline = tr("Accuracy %1").arg(percentText(m.accuracy));
    if (baseline) {
        const double change = 100.0 * (m.accuracy - cmp.baseline.accuracy);
        headline += tr("  (run's test %1, %2 points)").arg(percentText(cmp.baseline.accuracy), signedFixed(change, 1));
    }
    m_headline->setText(headline);

    QStringList about;
    about << tr("Model: %1").arg(r.modelDescription.empty() ? text(r.modelKind) : text(r.modelDescription));
    if (!r.modelPath.empty()) about.last() += QStringLiteral(" — ") + QDir::toNativeSeparators(text(r.modelPath));
    QString data = tr("Data: %1").arg(text(r.dataName.empty() ? r.dataPath : r.dataName));
    if (!r.dataFormat.empty()) data += QStringLiteral(" (%1)").arg(text(r.dataFormat));
    if (!r.splitName.empty()) data += tr(", %1 split").arg(text(r.splitName));
    data += tr(": %1 samples, %2 classes").arg(grouped(n)).arg(m.confusion.classCount());
    about << data;
    QString how = tr("Evaluated in %1 s").arg(r.seconds, 0, 'f', 1);
    if (!r.device.empty()) how += tr(" on %1").arg(text(r.device));
    about << how;
    if (baseline)
        about << tr("Compared with run “%1” (%2)").arg(text(cmp.runName), QDir::toNativeSeparators(text(cmp.runDir)));
    else
        about << tr("No run to compare with: only this data's numbers are shown.");
    m_description->setText(about.join(QLatin1Char('\n')));

    // Overall metrics: this data, the run's test, the change (green = better, red = worse).
    double meanConfidence = 0.0;
    int64_t binned = 0;
    for (const CalibrationBin& b : r.calibration.bins) {
        meanConfidence += b.meanConfidence * double(b.count);
        binned += b.count;
    }
    meanConfidence = binned > 0 ? meanConfidence / double(binned) : 0.0;
    struct Row {
        QString name;
        double now;
        double before;
        bool hasBefore;
        int kind;  // 0 fraction (3 decimals), 1 percent, 2 loss, 3 count
        bool higherIsBetter;
        QString tip;
    };
    const EvalMetrics& b = cmp.baseline;
    const std::vector<Row> rows{
        {tr("Accuracy"), m.accuracy, b.accuracy, baseline, 1, true, tr("Correct predictions / all")},
        {tr("Macro precision"), m.macro.precision, b.macro.precision, baseline, 0, true, tr("Unweighted mean over classes")},
        {tr("Macro recall"), m.macro.recall, b.macro.recall, baseline, 0, true, tr("Unweighted mean over classes")},
        {tr("Macro F1"), m.macro.f1, b.macro.f1, baseline, 0, true, tr("Unweighted mean over classes")},
        {tr("Weighted precision"), m.weighted.precision, b.weighted.precision, baseline, 0, true, tr("Mean weighted by support")},
        {tr("Weighted recall"), m.weighted.recall, b.weighted.recall, baseline, 0, true, tr("Mean weighted by support")},
        {tr("Weighted F1"), m.weighted.f1, b.weighted.f1, baseline, 0, true, tr("Mean weighted by support")},
        {tr("Loss (cross-entropy)"), m.loss, b.loss, baseline, 2, false, tr("Mean cross-entropy; lower is better")},
        {tr("ECE"), r.calibration.ece, 0.0, false, 1, false,
         tr("Expected calibration error: how far confidence is from accuracy, averaged over confidence bins")},
        {tr("Mean confidence"), meanConfidence, 0.0, false, 1, true, tr("Mean top-1 probability")},
        {tr("Samples"), double(n), double(b.confusion.total()), baseline, 3, true, tr("Samples evaluated")},
    };
    const auto shown = [](double v, int kind) {
        switch (kind) {
        case 1: return percentText(v);
        case 2: return fixed(v, kLossDecimals);
        case 3: return grouped(static_cast<qint64>(std::llround(v)));
        default: return fixed(v, kMetricDecimals);
        }
    };
    m_overall->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const Row& row = rows[static_cast<size_t>(i)];
        auto* name = new QTableWidgetItem(row.name);
        name->setToolTip(row.tip);
        m_overall->setItem(i, 0, name);
        m_overall->setItem(i, 1, new NumberItem(shown(row.now, row.kind), row.now));
        m_overall->setItem(i, 2, new NumberItem(row.hasBefore ? shown(row.before, row.kind) : QStringLiteral("–"), row.before));
        QString change = QStringLiteral("–");
        QColor ink;
        if (row.hasBefore && row.kind != 3) {
            const double d = row.now - row.before;
            change = row.kind == 1 ? tr("%1 points").arg(signedFixed(100.0 * d, 1))
                                   : signedFixed(d, row.kind == 2 ? kLossDecimals : kMetricDecimals);
            if (std::fabs(d) >= kSameChange) ink = (d > 0) == row.higherIsBetter ? kBetterColor : kWorseColor;
        }
        auto* changeItem = new NumberItem(change, row.hasBefore ? row.now - row.before : 0.0);
        if (ink.isValid()) changeItem->setForeground(ink);
        m_overall->setItem(i, 3, changeItem);
    }
    m_overall->setColumnHidden(2, !baseline);
    m_overall->setColumnHidden(3, !baseline);
    // As tall as its rows (the notes follow right under it), never taller.
    m_overall->setMaximumHeight(m_overall->horizontalHeader()->sizeHint().height() +
                                m_overall->rowCount() * m_overall->verticalHeader()->defaultSectionSize() +
                                2 * m_overall->frameWidth());

    // Per-class table; classes whose F1 or recall moved beyond the threshold are flagged.
    const int classes = m.confusion.classCount();
    const bool deltas = baseline && cmp.classes.size() == static_cast<size_t>(classes);
    m_classes->setSortingEnabled(false);
    m_classes->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_classes->setRowCount(classes);
    int flagged = 0;
    for (int c = 0; c < classes; ++c) {
        const auto uc = static_cast<size_t>(c);
        const ClassMetrics cm = uc < m.perClass.size() ? m.perClass[uc] : ClassMetrics();
        auto* name = new QTableWidgetItem(text(m.confusion.classNames[uc]));
        name->setData(Qt::UserRole, c);
        std::vector<QTableWidgetItem*> items{name,
                                             new NumberItem(fixed(cm.precision, kMetricDecimals), cm.precision),
                                             new NumberItem(fixed(cm.recall, kMetricDecimals), cm.recall),
                                             new NumberItem(fixed(cm.f1, kMetricDecimals), cm.f1),
                                             new NumberItem(grouped(cm.support), double(cm.support))};
        QString tip;
        bool flag = false;
        if (deltas) {
            const ClassDelta& d = cmp.classes[uc];
            if (d.inBaseline) {
                const double dF1 = d.currentF1 - d.baselineF1, dRecall = d.currentRecall - d.baselineRecall;
                items.push_back(new NumberItem(fixed(d.baselineF1, kMetricDecimals), d.baselineF1));
                items.push_back(new NumberItem(signedFixed(dF1, kMetricDecimals), dF1));
                items.push_back(new NumberItem(signedFixed(dRecall, kMetricDecimals), dRecall));
                for (size_t k = DeltaF1Column; k <= DeltaRecallColumn; ++k) {
                    const double v = k == DeltaF1Column ? dF1 : dRecall;
                    if (std::fabs(v) >= kSameChange) items[k]->setForeground(v > 0 ? kBetterColor : kWorseColor);
                }
                flag = d.flagged;
                tip = tr("%1: F1 %2 → %3 (%4), recall %5 → %6 (%7)")
                          .arg(text(d.className), fixed(d.baselineF1, kMetricDecimals), fixed(d.currentF1, kMetricDecimals),
                               signedFixed(dF1, kMetricDecimals), fixed(d.baselineRecall, kMetricDecimals),
                               fixed(d.currentRecall, kMetricDecimals), signedFixed(dRecall, kMetricDecimals));
                if (flag) tip += tr("\nChanged by at least %1 since the run's test.").arg(fixed(cmp.threshold, 2));
            } else {
                tip = tr("%1 was not in the run's test set").arg(text(d.className));
            }
        }
        while (items.size() < ClassColumnCount) items.push_back(new NumberItem(QStringLiteral("–"), 0.0));
        if (cm.precisionUndefined) items[PrecisionColumn]->setToolTip(tr("Never predicted: precision is undefined (shown as 0)"));
        if (cm.recallUndefined) items[RecallColumn]->setToolTip(tr("No samples of this class: recall is undefined (shown as 0)"));
        for (size_t k = 0; k < items.size(); ++k) {
            QTableWidgetItem* item = items[k];
            if (flag) {
                item->setBackground(kFlaggedBackground);
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            if (!tip.isEmpty() && item->toolTip().isEmpty()) item->setToolTip(tip);
            m_classes->setItem(c, static_cast<int>(k), item);
        }
        if (flag) ++flagged;
    }
    m_classes->setSortingEnabled(true);
    for (int col = BaselineF1Column; col <= DeltaRecallColumn; ++col) m_classes->setColumnHidden(col, !deltas);
    if (!deltas)
        m_classCaption->setText(tr("Per class"));
    else if (flagged == 0)
        m_classCaption->setText(tr("Per class — no class moved by %1 or more in F1 or recall").arg(fixed(cmp.threshold, 2)));
    else if (flagged == 1)
        m_classCaption->setText(tr("Per class — 1 class moved by %1 or more in F1 or recall (red)").arg(fixed(cmp.threshold, 2)));
    else
        m_classCaption->setText(tr("Per class — %1 classes moved by %2 or more in F1 or recall (red)")
                                    .arg(flagged)
                                    .arg(fixed(cmp.threshold, 2)));

    m_warnings->setText(bullets(r.warnings));
    m_warnings->setVisible(!r.warnings.empty());
    m_notes->setText(bullets(r.notes));
    m_notes->setVisible(!r.notes.empty());
}

void EvaluateWindow::fillConfusion() {
    m_confusion->setMatrix(m_result.metrics.confusion);
    const ConfusionMatrix& before = m_result.comparison.baseline.confusion;
    const bool comparable = m_result.comparison.available && before.classNames == m_result.metrics.confusion.classNames &&
                            before.total() > 0;
    if (comparable) m_confusion->setPreviousMatrix(before);
    else m_confusion->clearPreviousMatrix();
    m_change->setEnabled(comparable);
    if (!comparable) m_change->setChecked(false);
    applyConfusionOptions();
}

void EvaluateWindow::applyConfusionOptions() {
    m_normalization->setEnabled(m_normalize->isChecked());
    m_confusion->setNormalization(m_normalize->isChecked()
                                      ? static_cast<ConfusionMatrixView::Normalization>(m_normalization->currentData().toInt())
                                      : ConfusionMatrixView::Normalization::Counts);
    m_confusion->setSortOrder(static_cast<ConfusionMatrixView::SortOrder>(m_sort->currentData().toInt()));
    m_confusion->setShowChange(m_change->isChecked() && m_change->isEnabled());
}

void EvaluateWindow::fillCalibration() {
    const Calibration& c = m_result.calibration;
    m_reliability->setCalibration(c);
    m_histogram->setHistogram(m_result.confidence);
    double confidence = 0.0;
    int64_t n = 0;
    for (const CalibrationBin& b : c.bins) {
        confidence += b.meanConfidence * double(b.count);
        n += b.count;
    }
    if (n == 0) {
        m_calibrationText->setText(tr("No predictions to calibrate."));
        return;
    }
    confidence /= double(n);
    const double accuracy = m_result.metrics.accuracy;
    const double gap = 100.0 * (confidence - accuracy);
    QString reading;
    if (std::fabs(gap) < 1.0 && c.ece >= kNoticeableEce)
        reading = tr("on average confidence matches accuracy, but not bin by bin: over- and underconfident bins "
                     "cancel out");
    else if (std::fabs(gap) < 1.0) reading = tr("confidence matches accuracy: well calibrated");
    else if (gap > 0) reading = tr("the model is <b>overconfident</b> by %1 points on average").arg(fixed(gap, 1));
    else reading = tr("the model is <b>underconfident</b> by %1 points on average").arg(fixed(-gap, 1));
    m_calibrationText->setText(tr("<b>ECE %1</b> · MCE %2 (worst bin) · mean confidence %3 vs accuracy %4: %5. "
                                  "Bars below the diagonal are bins where the model claims more than it delivers.")
                                   .arg(percentText(c.ece), percentText(c.mce), percentText(confidence), percentText(accuracy), reading));
}

QString EvaluateWindow::psiVerdict(double psi) {
    if (psi < kPsiModerate) return tr("stable");
    if (psi <= kPsiLarge) return tr("moderate shift");
    return tr("large shift");
}

QString EvaluateWindow::formatPValue(double p) {
    if (!(p >= kSmallestPValue)) return QStringLiteral("< 1e-16");
    if (p < 0.001) return QString::number(p, 'e', 1);
    return fixed(p, 3);
}

void EvaluateWindow::fillDrift() {
    const DriftReport& d = m_result.drift;
    m_distribution->setReport(d);
    const size_t classes = d.classNames.size();
    const auto total = [](const std::vector<int64_t>& v) { return std::accumulate(v.begin(), v.end(), int64_t(0)); };
    const int64_t refTotal = d.hasReference ? total(d.referenceCounts) : 0;
    const int64_t curTotal = total(d.currentCounts);

    if (!d.hasReference) {
        m_driftSummary->setText(
            tr("<b>No reference data:</b> the data this model was trained on is not known, so drift cannot be measured. "
               "A checkpoint from a TrainScope run is compared with its run's training split; for a TorchScript "
               "model, choose <i>Reference data</i> above and evaluate again. Only the evaluated data's class "
               "counts are shown."));
        m_driftSummary->setStyleSheet(QLatin1String(kWarningStyle));
    } else {
        const QString verdict = psiVerdict(d.classPsi);
        const QString reference = d.referenceName.empty() ? tr("the reference data") : text(d.referenceName).toHtmlEscaped();
        const double p = d.classChiSquare.pValue;
        const QString pText = p >= kSmallestPValue ? QStringLiteral("p = %1").arg(formatPValue(p))
                                                   : QStringLiteral("p < 1e-16");
        QString summary = tr("<b>Class distribution: %1</b> (PSI %2) against %3. Chi-square %4 with %5 degrees of "
                             "freedom, %6: ")
                              .arg(verdict, fixed(d.classPsi, kStatDecimals), reference,
                                   QString::number(d.classChiSquare.statistic, 'f', 1))
                              .arg(d.classChiSquare.dof)
                              .arg(pText.toHtmlEscaped());
        if (p >= kSignificance) summary += tr("no significant difference in the class mix.");
        else if (d.classPsi < kPsiModerate) summary += tr("a statistically significant but small difference.");
        else summary += tr("the class mix differs significantly.");
        int large = 0, moderate = 0;
        for (const FeatureShift& f : d.features) {
            if (f.psi > kPsiLarge) ++large;
            else if (f.psi >= kPsiModerate) ++moderate;
        }
        if (!d.features.empty()) {
            const FeatureShift* top = &*std::max_element(d.features.begin(), d.features.end(),
                                                         [](const FeatureShift& a, const FeatureShift& b) { return a.ks < b.ks; });
            const QString kind = d.featureKind.empty() ? QString() : QStringLiteral(" (%1)").arg(text(d.featureKind).toHtmlEscaped());
            summary += tr("<br><b>Features</b>%1: %2 of %3 shifted a lot (PSI &gt; 0.25), %4 moderately; the largest KS "
                          "is %5 (%6).")
                           .arg(kind)
                           .arg(large)
                           .arg(d.features.size())
                           .arg(moderate)
                           .arg(fixed(top->ks, kStatDecimals), text(top->name).toHtmlEscaped());
        }
        m_driftSummary->setText(summary);
        const bool worst = d.classPsi > kPsiLarge || large > 0;
        const bool some = d.classPsi >= kPsiModerate || moderate > 0;
        m_driftSummary->setStyleSheet(QLatin1String(worst ? kErrorStyle : some ? kWarningStyle : kOkStyle));
    }

    // Class counts and shares.
    m_driftClasses->setSortingEnabled(false);
    m_driftClasses->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_driftClasses->setRowCount(static_cast<int>(classes));
    for (size_t c = 0; c < classes; ++c) {
        const int row = static_cast<int>(c);
        const int64_t ref = c < d.referenceCounts.size() ? d.referenceCounts[c] : 0;
        const int64_t cur = c < d.currentCounts.size() ? d.currentCounts[c] : 0;
        const double refShare = refTotal > 0 ? double(ref) / double(refTotal) : 0.0;
        const double curShare = curTotal > 0 ? double(cur) / double(curTotal) : 0.0;
        m_driftClasses->setItem(row, 0, new QTableWidgetItem(text(d.classNames[c])));
        m_driftClasses->setItem(row, 1, new NumberItem(d.hasReference ? grouped(ref) : QStringLiteral("–"), double(ref)));
        m_driftClasses->setItem(row, 2, new NumberItem(d.hasReference ? percentText(refShare) : QStringLiteral("–"), refShare));
        m_driftClasses->setItem(row, 3, new NumberItem(grouped(cur), double(cur)));
        m_driftClasses->setItem(row, 4, new NumberItem(percentText(curShare), curShare));
        const double change = 100.0 * (curShare - refShare);
        m_driftClasses->setItem(row, 5, new NumberItem(d.hasReference ? tr("%1 points").arg(signedFixed(change, 1))
                                                                       : QStringLiteral("–"),
                                                       d.hasReference ? change : 0.0));
    }
    m_driftClasses->setSortingEnabled(true);
    for (int col : {1, 2, 5}) m_driftClasses->setColumnHidden(col, !d.hasReference);
    // Wide enough for every column, so the chart beside it cannot squeeze it into a scroll area.
    m_driftClasses->resizeColumnsToContents();
    m_driftClasses->setMinimumWidth(m_driftClasses->horizontalHeader()->length() + 2 * m_driftClasses->frameWidth() +
                                    m_driftClasses->verticalScrollBar()->sizeHint().width() + kTableSlack);

    // Features, largest KS first.
    std::vector<FeatureShift> features = d.features;
    std::stable_sort(features.begin(), features.end(), [](const FeatureShift& a, const FeatureShift& b) { return a.ks > b.ks; });
    m_featureCaption->setText(
        !d.hasReference ? tr("Features: no reference data to compare with")
        : features.empty() ? tr("Features: none compared")
                           : d.featureKind.empty() ? tr("Features, largest shift (KS) first")
                                                   : tr("Features (%1), largest shift (KS) first").arg(text(d.featureKind)));
    m_features->setSortingEnabled(false);
    m_features->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_features->setRowCount(static_cast<int>(features.size()));
    for (size_t i = 0; i < features.size(); ++i) {
        const FeatureShift& f = features[i];
        const int row = static_cast<int>(i);
        std::vector<QTableWidgetItem*> items{
            new QTableWidgetItem(text(f.name)),
            new NumberItem(fixed(f.ks, kStatDecimals), f.ks),
            new NumberItem(formatPValue(f.pValue), f.pValue),
            new NumberItem(fixed(f.psi, kStatDecimals), f.psi),
            new QTableWidgetItem(psiVerdict(f.psi)),
            new NumberItem(QString::number(f.referenceMean, 'g', 4), f.referenceMean),
            new NumberItem(QString::number(f.currentMean, 'g', 4), f.currentMean),
            new NumberItem(QString::number(f.referenceStd, 'g', 4), f.referenceStd),
            new NumberItem(QString::number(f.currentStd, 'g', 4), f.currentStd),
        };
        const QColor background = f.psi > kPsiLarge ? kFlaggedBackground : f.psi >= kPsiModerate ? kModerateBackground : QColor();
        for (size_t k = 0; k < items.size(); ++k) {
            if (background.isValid()) items[k]->setBackground(background);
            m_features->setItem(row, static_cast<int>(k), items[k]);
        }
    }
    m_features->setSortingEnabled(true);
    // Without a reference there is nothing to list: the class distribution gets the room.
    if (QWidget* box = findChild<QWidget*>(QStringLiteral("evaluateFeatureBox"))) box->setVisible(!features.empty());
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
    QString set = text(m_result.dataName.empty() ? m_result.dataPath : m_result.dataName);
    if (!m_result.splitName.empty()) set += tr(", %1 split").arg(text(m_result.splitName));
    source.setName = set;
    m_gallery->setSource(std::move(source));
    m_gallery->showCell(trueClass, predicted);
    m_gallery->show();
    m_gallery->raise();
    m_gallery->activateWindow();
}

// ---------------------------------------------------------------------------------------------
// Accessors

QLineEdit* EvaluateWindow::modelEdit() const { return m_model; }
QLineEdit* EvaluateWindow::dataEdit() const { return m_data; }
QLineEdit* EvaluateWindow::runEdit() const { return m_run; }
QLineEdit* EvaluateWindow::referenceEdit() const { return m_reference; }
QLineEdit* EvaluateWindow::inputShapeEdit() const { return m_inputShape; }
QLineEdit* EvaluateWindow::classNamesEdit() const { return m_classNames; }
QLineEdit* EvaluateWindow::labelColumnEdit() const { return m_labelColumn; }
QComboBox* EvaluateWindow::splitCombo() const { return m_split; }
QComboBox* EvaluateWindow::deviceCombo() const { return m_device; }
QPushButton* EvaluateWindow::evaluateButton() const { return m_evaluate; }
QPushButton* EvaluateWindow::cancelButton() const { return m_cancel; }
QProgressBar* EvaluateWindow::progressBar() const { return m_progress; }
QLabel* EvaluateWindow::errorLabel() const { return m_error; }
QTabWidget* EvaluateWindow::resultTabs() const { return m_tabs; }
QLabel* EvaluateWindow::headlineLabel() const { return m_headline; }
QTableWidget* EvaluateWindow::overallTable() const { return m_overall; }
QTableWidget* EvaluateWindow::classTable() const { return m_classes; }
QLabel* EvaluateWindow::notesLabel() const { return m_notes; }
QLabel* EvaluateWindow::warningsLabel() const { return m_warnings; }
ConfusionMatrixView* EvaluateWindow::confusionView() const { return m_confusion; }
ReliabilityDiagram* EvaluateWindow::reliabilityDiagram() const { return m_reliability; }
ConfidenceHistogramChart* EvaluateWindow::confidenceChart() const { return m_histogram; }
QLabel* EvaluateWindow::calibrationLabel() const { return m_calibrationText; }
ClassDistributionChart* EvaluateWindow::classDistributionChart() const { return m_distribution; }
QLabel* EvaluateWindow::driftSummaryLabel() const { return m_driftSummary; }
QTableWidget* EvaluateWindow::driftClassTable() const { return m_driftClasses; }
QTableWidget* EvaluateWindow::driftFeatureTable() const { return m_features; }
MistakesGallery* EvaluateWindow::mistakesGallery() const { return m_gallery; }

}  // namespace ts
