#include "ui/evaluate/EvaluateInputsPanel.h"
#include "ui/common/Settings.h"
#include "ui/common/TextFormat.h"
#include "ui/evaluate/EvaluateWidgets.h"

#include "core/data/TextTable.h"
#include "core/text/TextDetection.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ts {

using evalwidgets::qText;

namespace {

constexpr int kProgressResolution = 1000;
constexpr int kLabelColumnChars = 18;  // the label column field's width, in 'x' widths
// File dialog filters, translated where they are used (tr(filter)).
const char* const kModelFilter =
    QT_TRANSLATE_NOOP("ts::EvaluateInputsPanel", "Models (*.pt *.pth *.ptc *.torchscript *.zip);;All files (*)");
const char* const kDataFilter = QT_TRANSLATE_NOOP("ts::EvaluateInputsPanel",
                                                  "Data sets (*.csv *.tsv *.txt *.jsonl *-ubyte *-ubyte.gz *.gz);;All files (*)");
const char* const kTokenizerFilter =
    QT_TRANSLATE_NOOP("ts::EvaluateInputsPanel", "SentencePiece models (*.model);;All files (*)");
constexpr int kMaxContextLength = 1 << 20;  // tokens; far beyond any model the app can run

QLineEdit* lineEdit(const QString& name, const QString& placeholder, const QString& tip) {
    auto* edit = new QLineEdit();
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(tip);
    edit->setClearButtonEnabled(true);
    return edit;
}

/// The field's text without any whitespace ("1, 28,28 " → "1,28,28").
QString withoutSpaces(const QLineEdit* edit) {
    QString s = edit->text();
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
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

EvaluateInputsPanel::EvaluateInputsPanel(QWidget* parent) : QWidget(parent) {
    m_inputs = new QGroupBox(tr("Model and data"));
    m_inputs->setObjectName(QStringLiteral("evaluateInputs"));
    createFields();
    createCombos();
    createTextFields();

    // Left: what to evaluate. Right: options, the TorchScript ones in their own box.
    QGridLayout* paths = buildPaths();
    buildScriptOptions();
    QHBoxLayout* run = buildRunRow();
    connect(m_model, &QLineEdit::textChanged, this, &EvaluateInputsPanel::updateModelHints);
    connect(m_model, &QLineEdit::textChanged, this, &EvaluateInputsPanel::updateTextFields);
    connect(m_data, &QLineEdit::textChanged, this, &EvaluateInputsPanel::updateTextFields);

    auto* top = new QHBoxLayout();
    top->addLayout(paths, 3);
    top->addWidget(m_scriptOptions, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* inner = new QVBoxLayout(m_inputs);
    inner->setContentsMargins(8, 6, 8, 6);
    inner->addLayout(top);
    layout->addWidget(m_inputs);
    layout->addLayout(run);
    updateModelHints();
    updateTextFields();
}

// ---------------------------------------------------------------------------------------------
// Construction

void EvaluateInputsPanel::createFields() {
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
    m_labelColumn->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * kLabelColumnChars);
}

// The text options: a labelled text table's text column; a TorchScript text model's tokenizer and context.
void EvaluateInputsPanel::createTextFields() {
    m_textColumn = lineEdit(QStringLiteral("evaluateTextColumnEdit"), tr("default"),
                            tr("Labelled text tables: the text column's name or 1-based number (default: text, "
                               "sentence, review, content or document, else the column of prose)"));
    m_textColumn->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * kLabelColumnChars);
    m_tokenizer = lineEdit(QStringLiteral("evaluateTokenizerEdit"), tr("FILE.model (empty: the module's vocab)"),
                           tr("A TorchScript language model's or text classifier's SentencePiece tokenizer (.model). Empty: "
                              "the module's own vocab attribute (character models)"));
    m_contextLength = new QSpinBox();
    m_contextLength->setObjectName(QStringLiteral("evaluateContextSpin"));
    m_contextLength->setRange(0, kMaxContextLength);
    m_contextLength->setSpecialValueText(tr("the model's block_size"));
    m_contextLength->setSuffix(tr(" tokens"));
    m_contextLength->setToolTip(tr("The window a TorchScript language model reads, or the most tokens a TorchScript text "
                                   "classifier reads of each text; needed when the module has no block_size attribute"));
}

void EvaluateInputsPanel::createCombos() {
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
}

// A click opens a file dialog, the arrow offers a folder instead; without `fileFirst` it picks a folder only.
QToolButton* EvaluateInputsPanel::makeBrowseButton(QLineEdit* edit, const QString& title, const char* filter,
                                                   bool fileFirst) {
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
}

// Model, data and run rows with their Browse buttons, and the split / device / label column row under them.
QGridLayout* EvaluateInputsPanel::buildPaths() {
    QToolButton* modelBrowse = makeBrowseButton(m_model, tr("Choose a model"), kModelFilter, true);
    modelBrowse->setObjectName(QStringLiteral("evaluateModelBrowse"));
    QToolButton* dataBrowse = makeBrowseButton(m_data, tr("Choose labelled data"), kDataFilter, true);
    dataBrowse->setObjectName(QStringLiteral("evaluateDataBrowse"));
    QToolButton* runBrowse = makeBrowseButton(m_run, tr("Choose a run folder"), nullptr, false);

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
    m_textColumnBox = new QWidget();
    auto* textColumn = new QHBoxLayout(m_textColumnBox);
    textColumn->setContentsMargins(8, 0, 0, 0);
    textColumn->addWidget(new QLabel(tr("Text column:")));
    textColumn->addWidget(m_textColumn);
    options->addWidget(m_textColumnBox);
    options->addStretch(1);
    paths->addLayout(options, 3, 1, 1, 2);
    paths->setColumnStretch(1, 1);
    return paths;
}

void EvaluateInputsPanel::buildScriptOptions() {
    QToolButton* referenceBrowse = makeBrowseButton(m_reference, tr("Choose the training data"), kDataFilter, true);
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
    auto* tokenizerBrowse = new QToolButton();
    tokenizerBrowse->setObjectName(QStringLiteral("evaluateTokenizerBrowse"));
    tokenizerBrowse->setText(tr("Browse…"));
    tokenizerBrowse->setToolTip(tr("Choose a SentencePiece .model file"));
    connect(tokenizerBrowse, &QToolButton::clicked, this,
            [this] { browseFile(m_tokenizer, tr("Choose the tokenizer"), tr(kTokenizerFilter)); });
    auto* tokenizerLabel = new QLabel(tr("Tokenizer:"));
    auto* contextLabel = new QLabel(tr("Context:"));
    script->addWidget(tokenizerLabel, 3, 0);
    script->addWidget(m_tokenizer, 3, 1);
    script->addWidget(tokenizerBrowse, 3, 2);
    script->addWidget(contextLabel, 4, 0);
    script->addWidget(m_contextLength, 4, 1, 1, 2);
    m_languageModelFields = {tokenizerLabel, m_tokenizer, tokenizerBrowse, contextLabel, m_contextLength};
    script->setColumnStretch(1, 1);
}

// Evaluate, Cancel, the progress bar and Export….
QHBoxLayout* EvaluateInputsPanel::buildRunRow() {
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
    connect(m_export, &QPushButton::clicked, this, &EvaluateInputsPanel::exportClicked);
    connect(m_evaluate, &QPushButton::clicked, this, &EvaluateInputsPanel::evaluateClicked);
    connect(m_cancel, &QPushButton::clicked, this, &EvaluateInputsPanel::cancelClicked);

    auto* run = new QHBoxLayout();
    run->addWidget(m_evaluate);
    run->addWidget(m_cancel);
    run->addWidget(m_progress, 1);
    run->addWidget(m_export);
    return run;
}

// ---------------------------------------------------------------------------------------------
// Fields

EvaluateRequest EvaluateInputsPanel::request() const {
    EvaluateRequest r;
    r.modelPath = m_model->text().trimmed().toStdString();
    r.dataPath = m_data->text().trimmed().toStdString();
    r.runDir = m_run->text().trimmed().toStdString();
    r.referencePath = m_reference->text().trimmed().toStdString();
    r.split = m_split->currentData().toString().toStdString();
    r.device = m_device->currentData().toString().toStdString();
    r.labelColumn = m_labelColumn->text().trimmed().toStdString();
    r.textColumn = m_textColumn->text().trimmed().toStdString();
    r.tokenizer = m_tokenizer->text().trimmed().toStdString();
    r.contextLength = m_contextLength->value();
    r.inputShape = withoutSpaces(m_inputShape).toStdString();
    for (const QString& name : m_classNames->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty()) r.classNames.push_back(trimmed.toStdString());
    }
    return r;
}

void EvaluateInputsPanel::setRequest(const EvaluateRequest& r) {
    m_model->setText(qText(r.modelPath));
    m_data->setText(qText(r.dataPath));
    m_run->setText(qText(r.runDir));
    m_reference->setText(qText(r.referencePath));
    m_labelColumn->setText(qText(r.labelColumn));
    m_textColumn->setText(qText(r.textColumn));
    m_tokenizer->setText(qText(r.tokenizer));
    m_contextLength->setValue(static_cast<int>(std::clamp<int64_t>(r.contextLength, 0, kMaxContextLength)));
    m_inputShape->setText(qText(r.inputShape));
    QStringList names;
    for (const std::string& n : r.classNames) names << qText(n);
    m_classNames->setText(names.join(QStringLiteral(", ")));
    const int split = m_split->findData(qText(r.split));
    m_split->setCurrentIndex(split >= 0 ? split : 0);
    const int device = m_device->findData(qText(r.device));
    m_device->setCurrentIndex(device >= 0 ? device : 0);
    updateTextFields();
}

QString EvaluateInputsPanel::validateInputs() const {
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
    const QString tokenizer = m_tokenizer->text().trimmed();
    if (!tokenizer.isEmpty() && !QFileInfo(tokenizer).isFile())
        return tr("The tokenizer %1 does not exist.").arg(QDir::toNativeSeparators(tokenizer));
    const QString shape = withoutSpaces(m_inputShape);
    if (!shape.isEmpty()) {
        static const QRegularExpression form(QStringLiteral("^[1-9][0-9]*(,[1-9][0-9]*,[1-9][0-9]*)?$"));
        if (!form.match(shape).hasMatch())
            return tr("The input shape “%1” is not C,H,W (e.g. 1,28,28) or F (e.g. 784): positive whole numbers "
                      "separated by commas.").arg(m_inputShape->text().trimmed());
    }
    return QString();
}

void EvaluateInputsPanel::updateModelHints() {
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

bool EvaluateInputsPanel::offersTextColumn() const {
    const std::string data = QFile::encodeName(m_data->text().trimmed()).toStdString();
    return !m_textColumn->text().trimmed().isEmpty() || (QFileInfo(m_data->text().trimmed()).isFile() && looksLikeTextTable(data));
}

bool EvaluateInputsPanel::offersLanguageModelFields() const {
    if (!m_tokenizer->text().trimmed().isEmpty() || m_contextLength->value() > 0) return true;
    const QString data = m_data->text().trimmed();
    if (data.isEmpty() || !QFileInfo::exists(data) || inRunFolder(m_model->text().trimmed(), nullptr)) return false;
    const std::string path = QFile::encodeName(data).toStdString();
    return looksLikeText(path) || looksLikeTextTable(path);
}

// The text fields appear when they apply: they would only clutter the panel for images and numeric tables.
void EvaluateInputsPanel::updateTextFields() {
    m_textColumnBox->setVisible(offersTextColumn());
    const bool languageModel = offersLanguageModelFields();
    for (QWidget* w : m_languageModelFields) w->setVisible(languageModel);
}

void EvaluateInputsPanel::browseFile(QLineEdit* edit, const QString& title, const QString& filter) {
    const QString start = edit->text().trimmed().isEmpty() ? QDir::homePath() : edit->text().trimmed();
    const QString path = QFileDialog::getOpenFileName(this, title, start, filter);
    if (!path.isEmpty()) edit->setText(QDir::toNativeSeparators(path));
}

void EvaluateInputsPanel::browseFolder(QLineEdit* edit, const QString& title) {
    const QString start = edit->text().trimmed().isEmpty() ? QDir::homePath() : edit->text().trimmed();
    const QString path = QFileDialog::getExistingDirectory(this, title, start);
    if (!path.isEmpty()) edit->setText(QDir::toNativeSeparators(path));
}

void EvaluateInputsPanel::loadSettings(const QSettings& s) {
    namespace st = settings;
    m_model->setText(st::evaluateModel.get(s, st::evaluateModel.defaultValue()));
    m_data->setText(st::evaluateData.get(s, st::evaluateData.defaultValue()));
    m_run->setText(st::evaluateRun.get(s, st::evaluateRun.defaultValue()));
    m_reference->setText(st::evaluateReference.get(s, st::evaluateReference.defaultValue()));
    m_inputShape->setText(st::evaluateInputShape.get(s, st::evaluateInputShape.defaultValue()));
    m_classNames->setText(st::evaluateClassNames.get(s, st::evaluateClassNames.defaultValue()));
    m_labelColumn->setText(st::evaluateLabelColumn.get(s, st::evaluateLabelColumn.defaultValue()));
    m_textColumn->setText(st::evaluateTextColumn.get(s, st::evaluateTextColumn.defaultValue()));
    m_tokenizer->setText(st::evaluateTokenizer.get(s, st::evaluateTokenizer.defaultValue()));
    m_contextLength->setValue(st::evaluateContextLength.get(s, st::evaluateContextLength.defaultValue()));
    updateTextFields();
    const int split = m_split->findData(st::evaluateSplit.get(s, st::evaluateSplit.defaultValue()));
    if (split >= 0) m_split->setCurrentIndex(split);
    const int device = m_device->findData(st::evaluateDevice.get(s, st::evaluateDevice.defaultValue()));
    if (device >= 0) m_device->setCurrentIndex(device);
}

void EvaluateInputsPanel::saveSettings(QSettings& s) const {
    namespace st = settings;
    st::evaluateModel.set(s, m_model->text().trimmed());
    st::evaluateData.set(s, m_data->text().trimmed());
    st::evaluateRun.set(s, m_run->text().trimmed());
    st::evaluateReference.set(s, m_reference->text().trimmed());
    st::evaluateInputShape.set(s, m_inputShape->text().trimmed());
    st::evaluateClassNames.set(s, m_classNames->text().trimmed());
    st::evaluateLabelColumn.set(s, m_labelColumn->text().trimmed());
    st::evaluateTextColumn.set(s, m_textColumn->text().trimmed());
    st::evaluateTokenizer.set(s, m_tokenizer->text().trimmed());
    st::evaluateContextLength.set(s, m_contextLength->value());
    st::evaluateSplit.set(s, m_split->currentData().toString());
    st::evaluateDevice.set(s, m_device->currentData().toString());
}

// ---------------------------------------------------------------------------------------------
// Running

void EvaluateInputsPanel::setRunning(bool running) {
    m_inputs->setEnabled(!running);
    m_evaluate->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (!running) {
        m_progress->setRange(0, kProgressResolution);
        m_progress->setValue(0);
    }
}

void EvaluateInputsPanel::setCancelEnabled(bool enabled) {
    m_cancel->setEnabled(enabled);
}

void EvaluateInputsPanel::setExportEnabled(bool enabled) {
    m_export->setEnabled(enabled);
}

void EvaluateInputsPanel::showBusy(const QString& what) {
    m_progress->setRange(0, 0);
    m_progress->setFormat(what);
}

void EvaluateInputsPanel::showProgress(qint64 done, qint64 total, const QString& what) {
    if (total <= 0) {
        showBusy(what);
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

void EvaluateInputsPanel::showDone(const QString& what) {
    m_progress->setValue(kProgressResolution);
    m_progress->setFormat(what);
}

void EvaluateInputsPanel::setProgressText(const QString& what) {
    m_progress->setFormat(what);
}

}  // namespace ts
