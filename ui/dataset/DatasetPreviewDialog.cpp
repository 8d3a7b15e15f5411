#include "ui/dataset/DatasetPreviewDialog.h"
#include "ui/dataset/LabelledTextSamples.h"
#include "ui/dataset/TextPreviewPanel.h"
#include "ui/charts/ChartMath.h"
#include "ui/common/CoreText.h"
#include "ui/common/HintLabel.h"
#include "ui/common/Settings.h"
#include "ui/common/TextFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QHorizontalStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace ts {

namespace {

constexpr int kThumbnailPixels = 48;          // thumbnails are drawn this large (nearest-neighbour)
constexpr int kDialogWidth = 1100;
constexpr int kDialogHeight = 720;
constexpr int kDecimals = 4;                  // significant digits in the column ranges
const QColor kTrainColor = toQColor(palette::kTrain);  // the dashboard's and the reports' colours
const QColor kValColor = toQColor(palette::kValidation);
const QColor kTestColor = toQColor(kSeriesPalette[2]);  // the preview's test bars have always been green
const char* const kWarningStyle = "QLabel { background: #fff4d6; border: 1px solid #e0b84c; padding: 6px; }";
const char* const kBlockerStyle = "QLabel { background: #fde2e1; border: 1px solid #d9534f; padding: 6px; }";
const char* const kOkStyle = "QLabel { background: #e6f4ea; border: 1px solid #7cb98b; padding: 6px; }";
const char* const kErrorTextStyle = "QLabel { color: #b03a2e; }";
const char* const kInfoTextStyle = "QLabel { font-style: italic; }";
constexpr double kPercent = 100.0;
constexpr double kFractionTolerance = 1e-9;    // fractions closer than this count as equal
constexpr int kMaxImageSide = 4096;            // the image loader's largest target side
constexpr int kOptionsMinWidth = 360;
constexpr int kClassChartBase = 110;          // labelled texts: the class chart's height without bars (title, axis, legend)
constexpr int kClassChartRow = 26;            // ... and per class
constexpr int kClassChartMostRows = 12;
constexpr int kComboMinChars = 12;
constexpr int kBusyBarHeight = 12;

/// A number for the column table.
QString number(double v) {
    return QString::number(v, 'g', kDecimals);
}

/// QString from core's UTF-8 text.
QString text(const std::string& s) {
    return QString::fromStdString(s);
}

/// The application's settings (same organisation and application names as the main window).

/// Load options from a preview's JSON; defaults when it is empty or unreadable (e.g. a hand-made preview).
LoadOptions parseOptions(const std::string& json) {
    if (json.empty()) return LoadOptions();
    try {
        return loadOptionsFromJson(json);
    } catch (const std::exception&) {
        return LoadOptions();
    }
}

}  // namespace

DatasetPreviewDialog::DatasetPreviewDialog(const DatasetPreview& p, QWidget* parent)
    : QDialog(parent), m_preview(p), m_previewed(parseOptions(p.loadOptions)) {
    setObjectName(QStringLiteral("datasetPreviewDialog"));
    setWindowTitle(tr("Data set preview — %1").arg(text(p.name)));
    resize(kDialogWidth, kDialogHeight);

    auto* layout = new QVBoxLayout(this);
    m_top = new QHBoxLayout;
    m_summary = buildSummary(p);
    m_top->addWidget(m_summary, 1, Qt::AlignTop);
    m_optionsGroup = buildOptions(p);
    m_top->addWidget(m_optionsGroup, 0, Qt::AlignTop);
    layout->addLayout(m_top);

    m_warnings = new QLabel;
    m_warnings->setObjectName(QStringLiteral("previewWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fillWarnings(p);
    layout->addWidget(m_warnings);

    m_body = buildBody(p);
    layout->addWidget(m_body, 1);

    auto* buttons = new QDialogButtonBox;
    QPushButton* back = buttons->addButton(tr("Back"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("previewBackButton"));
    back->setToolTip(tr("Keep the data set in use now and close this preview"));
    m_use = buttons->addButton(tr("Use This Data Set"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("previewUseButton"));
    m_use->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &DatasetPreviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateOptionState();
}

QString DatasetPreviewDialog::warningsText() const {
    return m_warnings->text();
}

QString DatasetPreviewDialog::optionsError() const {
    if (!m_valSpin) return QString();
    const double val = m_valSpin->value(), test = m_testSpin->value();
    if (validateSplitFractions(val / kPercent, test / kPercent).empty()) return QString();
    return tr("Validation (%1 %) and test (%2 %) take %3 % together; they must stay below 100 % to leave "
              "samples for training.")
        .arg(QLocale().toString(val), QLocale().toString(test), QLocale().toString(val + test));
}

void DatasetPreviewDialog::fillWarnings(const DatasetPreview& p) {
    if (p.warnings.empty()) {
        m_warnings->setText(tr("No problems found."));
        m_warnings->setStyleSheet(QLatin1String(kOkStyle));
    } else {
        QStringList items;
        for (const std::string& w : p.warnings) items << QStringLiteral("• ") + coreText(w).toHtmlEscaped();
        m_warnings->setText(items.join(QStringLiteral("<br>")));
        m_warnings->setStyleSheet(QLatin1String(p.blocker.empty() ? kWarningStyle : kBlockerStyle));
    }
}

QSplitter* DatasetPreviewDialog::buildBody(const DatasetPreview& p) {
    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("previewSplitter"));
    if (p.labelledText) {
        auto* left = new QSplitter(Qt::Vertical);
        QWidget* classes = buildHistogram(p);
        // Tall enough for every class name to show (up to a dozen classes; more scroll out of the bars' way).
        classes->setMinimumHeight(kClassChartBase + kClassChartRow * std::min<int>(int(p.classNames.size()), kClassChartMostRows));
        left->addWidget(classes);
        left->addWidget(buildTextLengthChart(p.texts));
        left->setStretchFactor(0, 3);
        left->setStretchFactor(1, 2);
        split->addWidget(left);
        split->addWidget(buildLabelledTextSamples(p.texts, p.classNames));
        split->setStretchFactor(0, 2);
        split->setStretchFactor(1, 3);
        return split;
    }
    split->addWidget(buildHistogram(p));
    split->addWidget(p.tabular ? buildTable(p) : buildThumbnails(p));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    return split;
}

QGroupBox* DatasetPreviewDialog::buildOptions(const DatasetPreview& p) {
    auto* group = new QGroupBox(tr("Options"));
    group->setObjectName(QStringLiteral("previewOptions"));
    group->setToolTip(tr("How the data set is loaded. Change an option, then press Reload to see the data with it."));
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const std::function<void()> changed = [this] {
        m_reloadError.clear();
        updateOptionState();
    };
    const bool labels = p.tabular && !p.tableColumns.empty();
    const bool images = p.formatKind == DatasetFormat::ImageFolder;
    const bool sparse = p.sparseLabels || m_previewed.acceptSparseLabels;
    if (labels) addLabelColumnOption(form, p, changed);
    if (images) addImageOptions(form, p, changed);
    if (sparse) addSparseLabelsOption(form, changed);
    if (p.splitMade) addSplitOptions(form, p, changed);
    const bool any = labels || images || sparse || p.splitMade;

    m_optionsMessage = new QLabel;
    m_optionsMessage->setObjectName(QStringLiteral("previewOptionsMessage"));
    m_optionsMessage->setWordWrap(true);
    m_optionsMessage->setVisible(false);
    form->addRow(m_optionsMessage);

    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("previewBusy"));
    m_busy->setRange(0, 0);  // indeterminate: the loader reports no progress
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(kBusyBarHeight);
    m_busy->setToolTip(tr("Loading the data set again with the new options"));
    m_busy->setVisible(false);
    m_reload = new QPushButton(tr("Reload"));
    m_reload->setObjectName(QStringLiteral("previewReloadButton"));
    m_reload->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_reload->setToolTip(tr("Load the data set again with these options and update the preview"));
    connect(m_reload, &QPushButton::clicked, this, &DatasetPreviewDialog::requestReload);
    auto* bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_busy, 1);
    bottom->addStretch(0);
    bottom->addWidget(m_reload);
    form->addRow(bottom);

    // A fixed width: messages then wrap inside it instead of resizing the group as they come and go.
    group->setFixedWidth(std::max(kOptionsMinWidth, group->sizeHint().width()));
    group->setVisible(any);
    return group;
}

/// Tables: the label column.
void DatasetPreviewDialog::addLabelColumnOption(QFormLayout* form, const DatasetPreview& p, const std::function<void()>& changed) {
    m_labelCombo = new QComboBox;
    m_labelCombo->setObjectName(QStringLiteral("previewLabelColumn"));
    for (size_t i = 0; i < p.tableColumns.size(); ++i) {
        const std::string& name = p.tableColumns[i];
        const bool unique = std::count(p.tableColumns.begin(), p.tableColumns.end(), name) == 1;
        const bool generated = name == "column " + std::to_string(i + 1);  // the table has no header name for it
        // The loader takes a header name or a 1-based number; the number is unambiguous.
        const QString value = unique && !generated ? text(name) : QString::number(i + 1);
        m_labelCombo->addItem(text(name), value);
    }
    m_labelCombo->setCurrentIndex(previewedLabelIndex());
    m_labelCombo->setToolTip(tr("The column that holds the class of each row; every other column must be "
                                "numeric and becomes a feature (like --label-column)"));
    m_labelCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_labelCombo->setMinimumContentsLength(kComboMinChars);
    connect(m_labelCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
    form->addRow(tr("Label column:"), m_labelCombo);
}

/// Image folders: common size and colour mode.
void DatasetPreviewDialog::addImageOptions(QFormLayout* form, const DatasetPreview& p, const std::function<void()>& changed) {
    const bool custom = m_previewed.imageWidth > 0 && m_previewed.imageHeight > 0;
    m_resize = new QCheckBox(tr("Resize to"));
    m_resize->setObjectName(QStringLiteral("previewResize"));
    m_resize->setChecked(custom);
    m_resize->setToolTip(tr("Resize every image to the size on the right; unchecked, every image is resized to "
                            "the first image's size (like --image-size WxH)"));
    const auto makeSide = [&](const char* name, int value, const QString& tip) {
        auto* spin = new QSpinBox;
        spin->setObjectName(QLatin1String(name));
        spin->setRange(1, kMaxImageSide);
        spin->setValue(std::clamp(value, 1, kMaxImageSide));
        spin->setToolTip(tip);
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, changed);
        return spin;
    };
    m_widthSpin = makeSide("previewImageWidth", custom ? m_previewed.imageWidth : int(p.width),
                           tr("Width in pixels every image is resized to"));
    m_heightSpin = makeSide("previewImageHeight", custom ? m_previewed.imageHeight : int(p.height),
                            tr("Height in pixels every image is resized to"));
    connect(m_resize, &QCheckBox::toggled, this, changed);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_resize);
    row->addWidget(m_widthSpin);
    row->addWidget(new QLabel(QStringLiteral("×")));
    row->addWidget(m_heightSpin);
    row->addWidget(new QLabel(tr("px")));
    row->addStretch(1);
    form->addRow(tr("Image size:"), row);

    m_colorCombo = new QComboBox;
    m_colorCombo->setObjectName(QStringLiteral("previewColor"));
    m_colorCombo->addItem(tr("Auto (as the first image)"), int(ColorMode::Auto));
    m_colorCombo->addItem(tr("Grayscale"), int(ColorMode::Grayscale));
    m_colorCombo->addItem(tr("RGB"), int(ColorMode::Rgb));
    m_colorCombo->setCurrentIndex(std::max(0, m_colorCombo->findData(int(m_previewed.color))));
    m_colorCombo->setToolTip(tr("Convert every image to grayscale (1 channel) or RGB (3 channels); Auto follows "
                                "the first image (like --grayscale / --rgb)"));
    connect(m_colorCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
    form->addRow(tr("Colour:"), m_colorCombo);
}

/// IDX files whose label range is mostly empty: the user may accept training on it as it is.
void DatasetPreviewDialog::addSparseLabelsOption(QFormLayout* form, const std::function<void()>& changed) {
    m_acceptSparse = new QCheckBox(tr("Accept sparse labels"));
    m_acceptSparse->setObjectName(QStringLiteral("previewAcceptSparseLabels"));
    m_acceptSparse->setChecked(m_previewed.acceptSparseLabels);
    m_acceptSparse->setToolTip(tr("Most label values between 0 and the largest label have no samples (see the "
                                  "warnings). Tick this to train on one class per label value anyway "
                                  "(like --accept-sparse-labels); better, fix the label file."));
    connect(m_acceptSparse, &QCheckBox::toggled, this, changed);
    form->addRow(tr("Labels:"), m_acceptSparse);
}

/// Formats without a split of their own: validation and test shares.
void DatasetPreviewDialog::addSplitOptions(QFormLayout* form, const DatasetPreview& p, const std::function<void()>& changed) {
    const auto makePercent = [&](const char* name, double fraction, const QString& tip) {
        auto* spin = new QDoubleSpinBox;
        spin->setObjectName(QLatin1String(name));
        spin->setRange(0.0, kPercent);
        spin->setDecimals(1);
        spin->setSingleStep(1.0);
        spin->setSuffix(QStringLiteral(" %"));
        spin->setValue(fraction * kPercent);
        spin->setToolTip(tip);
        connect(spin, qOverload<double>(&QDoubleSpinBox::valueChanged), this, changed);
        return spin;
    };
    m_valSpin = makePercent("previewValPercent", m_previewed.valFraction,
                            tr("Share of each class held out for validation (checked after every epoch); "
                               "the split is stratified and seeded (like --split)"));
    m_testSpin = makePercent("previewTestPercent", m_previewed.testFraction,
                             tr("Share of each class held out for the final test; never used for training "
                                "or early stopping (like --split)"));
    m_trainShare = new QLabel;
    m_trainShare->setObjectName(QStringLiteral("previewTrainPercent"));
    m_trainShare->setToolTip(tr("What is left for training"));
    // Wide enough for any share, so the row does not shift while the spin boxes change.
    m_trainShare->setMinimumWidth(
        m_trainShare->fontMetrics().horizontalAdvance(tr("train %1 %").arg(QLocale().toString(99.9))));
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("validation")));
    row->addWidget(m_valSpin);
    row->addWidget(new QLabel(tr("test")));
    row->addWidget(m_testSpin);
    row->addWidget(m_trainShare);
    row->addStretch(1);
    form->addRow(tr("Split:"), row);
}

int DatasetPreviewDialog::previewedLabelIndex() const {
    const auto& cols = m_preview.tableColumns;
    const auto at = std::find(cols.begin(), cols.end(), m_preview.labelColumn);
    return at == cols.end() ? -1 : static_cast<int>(at - cols.begin());
}

LoadOptions DatasetPreviewDialog::chosenOptions() const {
    LoadOptions o = m_previewed;
    if (m_labelCombo && m_labelCombo->currentIndex() >= 0 && m_labelCombo->currentIndex() != previewedLabelIndex())
        o.labelColumn = m_labelCombo->currentData().toString().toStdString();
    if (m_resize) {
        o.imageWidth = m_resize->isChecked() ? m_widthSpin->value() : 0;
        o.imageHeight = m_resize->isChecked() ? m_heightSpin->value() : 0;
    }
    if (m_colorCombo) o.color = static_cast<ColorMode>(m_colorCombo->currentData().toInt());
    if (m_acceptSparse) o.acceptSparseLabels = m_acceptSparse->isChecked();
    if (m_valSpin) {
        o.valFraction = m_valSpin->value() / kPercent;
        o.testFraction = m_testSpin->value() / kPercent;
    }
    return o;
}

bool DatasetPreviewDialog::optionsChanged() const {
    const LoadOptions o = chosenOptions();
    return o.labelColumn != m_previewed.labelColumn || o.imageWidth != m_previewed.imageWidth ||
           o.imageHeight != m_previewed.imageHeight || o.color != m_previewed.color ||
           o.acceptSparseLabels != m_previewed.acceptSparseLabels ||
           std::abs(o.valFraction - m_previewed.valFraction) > kFractionTolerance ||
           std::abs(o.testFraction - m_previewed.testFraction) > kFractionTolerance;
}

void DatasetPreviewDialog::updateOptionState() {
    const QString invalid = optionsError();
    const bool changed = optionsChanged();
    if (m_trainShare)
        m_trainShare->setText(
            tr("train %1 %").arg(QLocale().toString(std::max(0.0, kPercent - m_valSpin->value() - m_testSpin->value()))));

    QString message;
    const char* style = kInfoTextStyle;
    if (m_reloading) {
        message = tr("Reloading with the new options…");
    } else if (!invalid.isEmpty()) {
        message = invalid;
        style = kErrorTextStyle;
    } else if (!m_reloadError.isEmpty()) {
        message = tr("Reload failed: %1").arg(m_reloadError);
        style = kErrorTextStyle;
    } else if (changed) {
        message = tr("Options changed: press Reload to see the data with them.");
    }
    m_optionsMessage->setText(message);
    m_optionsMessage->setStyleSheet(QLatin1String(style));
    m_optionsMessage->setVisible(!message.isEmpty());

    for (QWidget* w : std::initializer_list<QWidget*>{m_labelCombo, m_resize, m_colorCombo, m_acceptSparse, m_valSpin, m_testSpin})
        if (w) w->setEnabled(!m_reloading);
    if (m_resize) {  // the size fields apply only when resizing
        m_widthSpin->setEnabled(!m_reloading && m_resize->isChecked());
        m_heightSpin->setEnabled(!m_reloading && m_resize->isChecked());
    }

    const bool canReload = !m_reloading && changed && invalid.isEmpty();
    m_reload->setEnabled(canReload);
    m_reload->setDefault(canReload);  // Enter reloads while the options differ from the preview

    const bool canUse = !m_reloading && !changed && m_preview.blocker.empty();
    m_use->setEnabled(canUse);
    m_use->setDefault(!canReload);
    if (!m_preview.blocker.empty()) m_use->setToolTip(coreText(m_preview.blocker));
    else if (m_reloading) m_use->setToolTip(tr("Wait until the preview has been reloaded"));
    else if (changed) m_use->setToolTip(tr("The options differ from the preview: press Reload first, or change them back"));
    else m_use->setToolTip(tr("Train on this data set, loaded with these options"));
}

void DatasetPreviewDialog::setReloading(bool reloading) {
    m_reloading = reloading;
    m_busy->setVisible(reloading);
    m_summary->setEnabled(!reloading);  // greyed out: what is shown is about to be replaced
    m_body->setEnabled(!reloading);
    if (reloading) setCursor(Qt::BusyCursor);
    else unsetCursor();
    updateOptionState();
}

void DatasetPreviewDialog::requestReload() {
    if (m_reloading || !optionsChanged() || !optionsError().isEmpty()) return;
    m_reloadError.clear();
    const LoadOptions options = chosenOptions();
    setReloading(true);
    Q_EMIT reloadRequested(options);
}

void DatasetPreviewDialog::setTextPreview(const TextPreview& preview) {
    m_rows = nullptr;
    m_thumbnailCount = 0;
    delete m_body->replaceWidget(0, new TextPreviewPanel(preview));
    m_body->widget(1)->hide();  // no samples to show beside it: the panel has its own sample lines
}

void DatasetPreviewDialog::showPreview(const DatasetPreview& p) {
    m_preview = p;
    m_previewed = parseOptions(p.loadOptions);
    m_reloadError.clear();
    setWindowTitle(tr("Data set preview — %1").arg(text(p.name)));

    delete m_summary;  // also takes it out of m_top
    m_summary = buildSummary(p);
    m_top->insertWidget(0, m_summary, 1, Qt::AlignTop);
    fillWarnings(p);

    // New panes in the same splitter, so the divider stays where the user left it.
    m_rows = nullptr;
    m_thumbnailCount = 0;
    delete m_body->replaceWidget(0, buildHistogram(p));
    delete m_body->replaceWidget(1, p.tabular ? buildTable(p) : buildThumbnails(p));

    if (m_labelCombo) {  // same file, so normally the same columns; refill when the file changed meanwhile
        const QSignalBlocker block(m_labelCombo);
        QStringList now;
        for (int i = 0; i < m_labelCombo->count(); ++i) now << m_labelCombo->itemText(i);
        QStringList columns;
        for (const std::string& c : p.tableColumns) columns << text(c);
        if (now != columns) {
            m_labelCombo->clear();
            for (int i = 0; i < columns.size(); ++i) m_labelCombo->addItem(columns.at(i), QString::number(i + 1));
        }
        m_labelCombo->setCurrentIndex(previewedLabelIndex());
    }
    if (m_resize && !m_resize->isChecked()) {  // show the size the images now have
        const QSignalBlocker bw(m_widthSpin), bh(m_heightSpin);
        m_widthSpin->setValue(std::clamp(int(p.width), 1, kMaxImageSide));
        m_heightSpin->setValue(std::clamp(int(p.height), 1, kMaxImageSide));
    }
    setReloading(false);
}

void DatasetPreviewDialog::reloadFailed(const QString& message) {
    m_reloadError = message;
    setReloading(false);
}

void DatasetPreviewDialog::accept() {
    if (m_reloading || optionsChanged() || !m_preview.blocker.empty()) return;
    rememberLoadOptions(m_previewed, m_preview);
    QDialog::accept();
}

LoadOptions DatasetPreviewDialog::rememberedLoadOptions() {
    namespace st = settings;
    const QSettings store = openSettings();
    LoadOptions o;
    const double val = st::datasetValFraction.get(store, o.valFraction);
    const double test = st::datasetTestFraction.get(store, o.testFraction);
    if (validateSplitFractions(val, test).empty()) {
        o.valFraction = val;
        o.testFraction = test;
    }
    const int w = st::datasetImageWidth.get(store, st::datasetImageWidth.defaultValue());
    const int h = st::datasetImageHeight.get(store, st::datasetImageHeight.defaultValue());
    if (w > 0 && h > 0 && w <= kMaxImageSide && h <= kMaxImageSide) {
        o.imageWidth = w;
        o.imageHeight = h;
    }
    const QString color = st::datasetColor.get(store, st::datasetColor.defaultValue());
    o.color = color == QLatin1String("grayscale") ? ColorMode::Grayscale
              : color == QLatin1String("rgb")     ? ColorMode::Rgb
                                                  : ColorMode::Auto;
    return o;
}

void DatasetPreviewDialog::rememberLoadOptions(const LoadOptions& o, const DatasetPreview& p) {
    namespace st = settings;
    QSettings store = openSettings();
    if (p.splitMade) {
        st::datasetValFraction.set(store, o.valFraction);
        st::datasetTestFraction.set(store, o.testFraction);
    }
    if (p.formatKind == DatasetFormat::ImageFolder) {
        st::datasetImageWidth.set(store, o.imageWidth);
        st::datasetImageHeight.set(store, o.imageHeight);
        st::datasetColor.set(store, o.color == ColorMode::Grayscale ? QStringLiteral("grayscale")
                                    : o.color == ColorMode::Rgb     ? QStringLiteral("rgb")
                                                                    : QStringLiteral("auto"));
    }
}

QImage DatasetPreviewDialog::toImage(const Thumbnail& t) {
    const int w = static_cast<int>(t.width), h = static_cast<int>(t.height);
    const bool rgb = t.channels >= 3;
    QImage img(w, h, rgb ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    const size_t plane = static_cast<size_t>(w) * h;
    if (t.pixels.size() < plane * static_cast<size_t>(t.channels)) return QImage();
    for (int y = 0; y < h; ++y) {
        uchar* line = img.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const size_t at = static_cast<size_t>(y) * w + x;
            if (rgb)
                for (int c = 0; c < 3; ++c) line[x * 3 + c] = t.pixels[c * plane + at];
            else
                line[x] = t.pixels[at];
        }
    }
    return img;
}

namespace {

/// The "Shape:" and "Samples:" rows of a labelled data set (images or a table).
void addShapeAndSplitRows(QFormLayout* form, const DatasetPreview& p) {
    QString shape;
    if (p.labelledText)
        shape = DatasetPreviewDialog::tr("labelled texts, %1 words each on average (median %2, longest %3)")
                    .arg(p.texts.meanWords, 0, 'f', 1)
                    .arg(p.texts.medianWords)
                    .arg(p.texts.maxWords);
    else if (p.tabular)
        shape = DatasetPreviewDialog::tr("%n numeric feature(s) per row", nullptr, int(p.width)) +
                DatasetPreviewDialog::tr(", label column “%1”").arg(text(p.labelColumn));
    else
        shape = DatasetPreviewDialog::tr("%1×%2 pixels, %3")
                    .arg(p.width)
                    .arg(p.height)
                    .arg(p.channels >= 3 ? DatasetPreviewDialog::tr("RGB") : DatasetPreviewDialog::tr("grayscale"));
    shape += DatasetPreviewDialog::tr(" · %n class(es)", nullptr, int(p.classNames.size()));
    form->addRow(DatasetPreviewDialog::tr("Shape:"), new QLabel(shape));

    QString splits = DatasetPreviewDialog::tr("train %1 · validation %2 · test %3")
                         .arg(grouped(p.trainCount), grouped(p.valCount), grouped(p.testCount));
    if (p.valFromTrainer)
        splits += DatasetPreviewDialog::tr("  (validation is held out of the training set when training starts)");
    auto* splitLabel = new QLabel(splits);
    splitLabel->setObjectName(QStringLiteral("previewSplits"));
    form->addRow(DatasetPreviewDialog::tr("Samples:"), splitLabel);
}

}  // namespace

QWidget* DatasetPreviewDialog::buildSummary(const DatasetPreview& p) {
    auto* box = new QWidget;
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(text(p.name).toHtmlEscaped()));
    title->setObjectName(QStringLiteral("previewTitle"));
    form->addRow(tr("Data set:"), title);
    auto* path = new QLabel(QDir::toNativeSeparators(text(p.path)));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Path:"), path);
    form->addRow(tr("Format:"), new QLabel(coreText(p.format)));

    if (p.formatKind == DatasetFormat::Text) {
        auto* parts = new QLabel(tr("train %1 · validation %2 · test %3 bytes  (the end of the corpus, as the "
                                    "language-model presets split it)")
                                     .arg(grouped(p.trainCount), grouped(p.valCount), grouped(p.testCount)));
        parts->setObjectName(QStringLiteral("previewSplits"));
        form->addRow(tr("Split:"), parts);
    } else {
        addShapeAndSplitRows(form, p);
    }

    QStringList notes;
    for (const std::string& n : p.notes) notes << coreText(n);
    notes << tr("loaded in %1 s").arg(p.loadSeconds, 0, 'f', 2);
    form->addRow(tr("Notes:"), hintLabel(notes.join(QStringLiteral(" · "))));
    return box;
}

QWidget* DatasetPreviewDialog::buildHistogram(const DatasetPreview& p) {
    // Horizontal bars: class names stay readable however many there are. The category axis runs
    // bottom-up, so classes are added in reverse to read top-down like the thumbnails.
    auto* series = new QHorizontalStackedBarSeries;
    const struct {
        const std::vector<int64_t>& counts;
        QString name;
        QColor color;
    } parts[] = {{p.trainHistogram, tr("train"), kTrainColor},
                 {p.valHistogram, tr("validation"), kValColor},
                 {p.testHistogram, tr("test"), kTestColor}};
    qint64 most = 0;
    std::vector<qint64> totals(p.classNames.size(), 0);
    for (const auto& part : parts) {
        if (std::all_of(part.counts.begin(), part.counts.end(), [](int64_t c) { return c == 0; })) continue;
        auto* set = new QBarSet(part.name);
        set->setColor(part.color);
        set->setBorderColor(part.color);
        for (size_t k = p.classNames.size(); k-- > 0;) {
            const int64_t c = k < part.counts.size() ? part.counts[k] : 0;
            *set << static_cast<qreal>(c);
            totals[k] += c;
        }
        series->append(set);
    }
    for (qint64 t : totals) most = std::max(most, t);

    auto* chart = new QChart;
    chart->setTitle(tr("Samples per class"));
    chart->addSeries(series);
    auto* classes = new QBarCategoryAxis;
    for (size_t k = p.classNames.size(); k-- > 0;) classes->append(text(p.classNames[k]));
    chart->addAxis(classes, Qt::AlignLeft);
    series->attachAxis(classes);
    auto* counts = new QValueAxis;
    counts->setRange(0, std::max<qint64>(1, most));
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->applyNiceNumbers();
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    auto* view = new QChartView(chart);
    view->setObjectName(QStringLiteral("previewHistogram"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumWidth(360);
    return view;
}

QWidget* DatasetPreviewDialog::buildThumbnails(const DatasetPreview& p) {
    auto* inner = new QWidget;
    auto* grid = new QGridLayout(inner);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(4);
    int row = -1, col = 0, lastClass = -1;
    for (const Thumbnail& t : p.thumbnails) {
        if (t.classIndex != lastClass) {
            lastClass = t.classIndex;
            ++row;
            col = 1;
            const QString name = t.classIndex < static_cast<int>(p.classNames.size())
                                     ? text(p.classNames[static_cast<size_t>(t.classIndex)])
                                     : QString::number(t.classIndex);
            auto* label = new QLabel(name);
            label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(label, row, 0);
        }
        const QImage img = toImage(t);
        auto* cell = new QLabel;
        cell->setPixmap(QPixmap::fromImage(
            img.scaled(kThumbnailPixels, kThumbnailPixels, Qt::KeepAspectRatio, Qt::FastTransformation)));
        cell->setToolTip(tr("%1×%2").arg(t.width).arg(t.height));
        grid->addWidget(cell, row, col++);
        ++m_thumbnailCount;
    }
    grid->setColumnStretch(p.thumbnailsPerClass + 1, 1);
    grid->setRowStretch(row + 1, 1);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("previewThumbnails"));
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);

    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(new QLabel(tr("<b>Samples per class</b> (the first %1 of each)").arg(p.thumbnailsPerClass)));
    v->addWidget(scroll, 1);
    return box;
}

QWidget* DatasetPreviewDialog::buildTable(const DatasetPreview& p) {
    m_rows = new QTableWidget(static_cast<int>(p.headRows.size()), static_cast<int>(p.tableColumns.size()));
    m_rows->setObjectName(QStringLiteral("previewRows"));
    QStringList headers;
    for (const std::string& c : p.tableColumns) headers << text(c);
    m_rows->setHorizontalHeaderLabels(headers);
    QFont bold = m_rows->font();
    bold.setBold(true);
    for (size_t r = 0; r < p.headRows.size(); ++r)
        for (size_t c = 0; c < p.headRows[r].size() && c < p.tableColumns.size(); ++c) {
            auto* item = new QTableWidgetItem(text(p.headRows[r][c]));
            if (p.tableColumns[c] == p.labelColumn) item->setFont(bold);
            m_rows->setItem(static_cast<int>(r), static_cast<int>(c), item);
        }
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->resizeColumnsToContents();

    auto* stats = new QTableWidget(static_cast<int>(p.columns.size()), 5);
    stats->setObjectName(QStringLiteral("previewColumns"));
    stats->setHorizontalHeaderLabels({tr("feature"), tr("min"), tr("max"), tr("mean"), tr("std")});
    for (size_t i = 0; i < p.columns.size(); ++i) {
        const ColumnStats& s = p.columns[i];
        const QString cells[] = {text(s.name), number(s.min), number(s.max), number(s.mean), number(s.stddev)};
        for (int c = 0; c < 5; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c > 0) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (s.min == s.max) item->setForeground(QColor(0xb0, 0x40, 0x30));  // constant column
            stats->setItem(static_cast<int>(i), c, item);
        }
    }
    stats->setEditTriggers(QAbstractItemView::NoEditTriggers);
    stats->verticalHeader()->setVisible(false);
    stats->resizeColumnsToContents();

    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(new QLabel(tr("<b>First %n row(s)</b> (raw values; the label column in bold)", nullptr, int(p.headRows.size()))));
    v->addWidget(m_rows, 3);
    v->addWidget(new QLabel(tr("<b>Per-column ranges</b> (all rows, before standardization)")));
    v->addWidget(stats, 2);
    return box;
}

}  // namespace ts
