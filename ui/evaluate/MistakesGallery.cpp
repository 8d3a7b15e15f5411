#include "ui/evaluate/MistakesGallery.h"
#include "ui/common/FileWrite.h"
#include "ui/common/Settings.h"
#include "ui/common/TextFormat.h"

#include "core/eval/Evaluation.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ts {

namespace {

constexpr int kThumbnailPixels = 84;   // small images are scaled up (nearest) to about this size
constexpr int kMaxThumbnailScale = 12;
constexpr int kMaxIconPixels = 128;    // large images are shown at most this large
constexpr int kCaptionLines = 3;
constexpr int kMinCellWidth = 140;
constexpr int kCellPadding = 12;
constexpr int kDialogWidth = 940;
constexpr int kDialogHeight = 660;
constexpr int kFixedColumns = 4;       // index, true, predicted, confidence
constexpr int kFeatureDecimals = 6;    // significant digits of raw feature values
constexpr int kConfidenceDecimals = 6; // digits of the confidence in the CSV
constexpr int kListedTextLines = 3;    // lines of a document in the list
constexpr int kRowPadding = 6;         // pixels added to the text height of a row
constexpr int kListShare = 1;          // stretch of the list over the selected document (texts), 1 : 1
constexpr int kDocumentShare = 1;
const QColor kMissingImage(0xdd, 0xdd, 0xdd);
const char* const kWarningStyle = "QLabel { background: #fff4d6; border: 1px solid #e0b84c; padding: 4px; }";

/// A CSV field, quoted when it holds a delimiter, quote or line break.
QString csvField(const QString& s) {
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// Folder the last export went to (the documents folder at first).
QString exportFolder() {
    const QString remembered = settings::galleryExportDir.get();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir()) return remembered;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberExportFolder(const QString& file) {
    settings::galleryExportDir.set(QFileInfo(file).absolutePath());
}

}  // namespace

/// Table rows of the listed samples, computed on demand (a 784-column table stays cheap).
class GalleryRowsModel : public QAbstractTableModel {
public:
    explicit GalleryRowsModel(const MistakesGallery* gallery, QObject* parent) : QAbstractTableModel(parent), m_gallery(gallery) {}

    /// Re-reads the gallery's listed samples: `features` columns of raw values, or one of text with `texts`.
    void reset(int rows, int features, bool texts) {
        beginResetModel();
        m_rows = rows;
        m_features = texts ? 1 : features;
        m_texts = texts;
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex& parent = QModelIndex()) const override {
        return parent.isValid() ? 0 : kFixedColumns + m_features;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QVariant();
        switch (section) {
        case 0: return MistakesGallery::tr("Sample");
        case 1: return MistakesGallery::tr("True class");
        case 2: return MistakesGallery::tr("Predicted");
        case 3: return MistakesGallery::tr("Confidence");
        default: return m_texts ? MistakesGallery::tr("Text") : featureName(m_gallery->source(), section - kFixedColumns);
        }
    }

    QVariant data(const QModelIndex& index, int role) const override {
        if (!index.isValid() || index.row() >= m_rows ||
            static_cast<size_t>(index.row()) >= m_gallery->cellPredictions().size())
            return QVariant();
        const GallerySource& src = m_gallery->source();
        const Prediction& p = src.predictions[m_gallery->cellPredictions()[static_cast<size_t>(index.row())]];
        if (role == Qt::TextAlignmentRole && m_texts)  // a few lines of text: every cell starts at the top
            return index.column() >= 1 && index.column() <= kFixedColumns ? QVariant(Qt::AlignLeft | Qt::AlignTop)
                                                                          : QVariant(Qt::AlignRight | Qt::AlignTop);
        if (role == Qt::TextAlignmentRole)
            return index.column() == 1 || index.column() == 2 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole) return QVariant();
        if (m_texts && index.column() == kFixedColumns) {
            const bool present = src.texts && p.index >= 0 && p.index < static_cast<int64_t>(src.texts->size());
            return present ? MistakesGallery::listedText((*src.texts)[static_cast<size_t>(p.index)]) : QString();
        }
        switch (index.column()) {
        case 0: return QString::number(p.index);
        case 1: return className(src, p.trueClass);
        case 2: return className(src, p.predicted);
        case 3: return percentText(p.confidence);
        default: {
            bool ok = false;
            const double v = rawFeature(src, p.index, index.column() - kFixedColumns, &ok);
            return ok ? QString::number(v, 'g', kFeatureDecimals) : QString();
        }
        }
    }

    /// Column name of feature `f`.
    static QString featureName(const GallerySource& src, int f) {
        if (f >= 0 && f < static_cast<int>(src.featureNames.size()) && !src.featureNames[static_cast<size_t>(f)].empty())
            return QString::fromStdString(src.featureNames[static_cast<size_t>(f)]);
        return MistakesGallery::tr("feature %1").arg(f + 1);
    }

    static QString className(const GallerySource& src, int cls) {
        if (cls >= 0 && cls < static_cast<int>(src.classNames.size()))
            return QString::fromStdString(src.classNames[static_cast<size_t>(cls)]);
        return QString::number(cls);
    }

    /// Feature `f` of sample row `sample` in raw units (value / scale + shift when both are given).
    static double rawFeature(const GallerySource& src, int64_t sample, int f, bool* ok) {
        *ok = false;
        if (!src.samples || !src.samples->isTabular()) return 0.0;
        const ImageSet& set = *src.samples;
        const int64_t width = set.width;
        if (sample < 0 || sample >= set.size() || f < 0 || f >= width) return 0.0;
        const size_t at = static_cast<size_t>(sample * width + f);
        if (at >= set.features.size()) return 0.0;
        double v = set.features[at];
        const auto uf = static_cast<size_t>(f);
        if (uf < src.featureScale.size() && uf < src.featureShift.size()) {
            const double scale = src.featureScale[uf];
            v = (scale != 0.0 ? v / scale : 0.0) + src.featureShift[uf];
        }
        *ok = true;
        return v;
    }

private:
    const MistakesGallery* m_gallery;
    int m_rows = 0;
    int m_features = 0;
    bool m_texts = false;
};

MistakesGallery::MistakesGallery(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("mistakesGallery"));
    setWindowTitle(tr("Samples"));
    setModal(false);
    resize(kDialogWidth, kDialogHeight);

    m_title = new QLabel();
    m_title->setObjectName(QStringLiteral("galleryTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note = new QLabel();
    m_note->setObjectName(QStringLiteral("galleryNote"));
    m_note->setWordWrap(true);

    m_thumbnails = new QListWidget();
    m_thumbnails->setObjectName(QStringLiteral("galleryThumbnails"));
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setWordWrap(true);
    m_thumbnails->setSelectionMode(QAbstractItemView::SingleSelection);
    m_thumbnails->setSpacing(2);

    m_model = new GalleryRowsModel(this, this);
    m_rows = new QTableView();
    m_rows->setObjectName(QStringLiteral("galleryRows"));
    m_rows->setModel(m_model);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setAlternatingRowColors(true);
    m_rows->setWordWrap(false);
    m_rows->verticalHeader()->hide();
    m_rows->verticalHeader()->setDefaultSectionSize(m_rows->fontMetrics().height() + kRowPadding);
    m_rows->hide();
    m_textDetail = new TextExplanationView();
    m_rowsSplit = new QSplitter(Qt::Vertical);
    m_rowsSplit->setObjectName(QStringLiteral("galleryRowsSplit"));
    m_rowsSplit->addWidget(m_rows);
    m_rowsSplit->addWidget(m_textDetail);
    m_rowsSplit->setStretchFactor(0, kListShare);
    m_rowsSplit->setStretchFactor(1, kDocumentShare);
    m_rowsSplit->setChildrenCollapsible(false);
    m_textDetail->hide();

    m_orderCombo = new QComboBox();
    m_orderCombo->setObjectName(QStringLiteral("galleryOrderCombo"));
    m_orderCombo->addItem(tr("Most confident first"), static_cast<int>(Order::MostConfidentFirst));
    m_orderCombo->addItem(tr("Least confident first"), static_cast<int>(Order::LeastConfidentFirst));
    m_orderCombo->setToolTip(tr("Confident mistakes often are label errors or truly ambiguous samples;\n"
                                "barely-right predictions show where the model is unsure"));
    m_exportPng = new QPushButton(tr("Export PNG…"));
    m_exportPng->setObjectName(QStringLiteral("galleryExportPngButton"));
    m_exportPng->setToolTip(tr("Save the selected sample's image, enlarged as shown"));
    m_exportCsv = new QPushButton(tr("Export CSV…"));
    m_exportCsv->setObjectName(QStringLiteral("galleryExportCsvButton"));
    m_exportCsv->setToolTip(tr("Save every sample of this cell (index, classes, confidence, raw features) as CSV"));
    auto* close = new QPushButton(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(m_thumbnails, 1);
    layout->addWidget(m_rowsSplit, 1);
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(new QLabel(tr("Order:")));
    buttons->addWidget(m_orderCombo);
    buttons->addStretch(1);
    buttons->addWidget(m_exportPng);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_orderCombo, &QComboBox::currentIndexChanged, this,
            [this]() { setOrder(static_cast<Order>(m_orderCombo->currentData().toInt())); });
    connect(m_thumbnails, &QListWidget::itemSelectionChanged, this, &MistakesGallery::updateButtons);
    connect(m_rows->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MistakesGallery::updateButtons);
    connect(m_rows->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MistakesGallery::showSelectedText);
    connect(m_exportPng, &QPushButton::clicked, this, &MistakesGallery::promptExportPng);
    connect(m_exportCsv, &QPushButton::clicked, this, &MistakesGallery::promptExportCsv);
    updateButtons();
}

MistakesGallery::~MistakesGallery() = default;

void MistakesGallery::setSource(GallerySource source) {
    m_source = std::move(source);
    m_textDetail->setSource(m_source.classNames, m_source.explain);
    m_cell.clear();
    m_true = m_predicted = -1;
    relist();
}

const GallerySource& MistakesGallery::source() const {
    return m_source;
}

void MistakesGallery::present(GallerySource source, int trueClass, int predicted) {
    setSource(std::move(source));
    showCell(trueClass, predicted);
    show();
    raise();
    activateWindow();
}

void MistakesGallery::showCell(int trueClass, int predicted) {
    m_true = trueClass;
    m_predicted = predicted;
    m_cell = cellSamples(m_source.predictions, trueClass, predicted);
    if (m_order == Order::LeastConfidentFirst) std::reverse(m_cell.begin(), m_cell.end());
    relist();
}

void MistakesGallery::setOrder(Order order) {
    if (order == m_order) return;
    m_order = order;
    std::reverse(m_cell.begin(), m_cell.end());
    const int index = m_orderCombo->findData(static_cast<int>(order));
    if (index >= 0 && index != m_orderCombo->currentIndex()) {
        m_orderCombo->blockSignals(true);
        m_orderCombo->setCurrentIndex(index);
        m_orderCombo->blockSignals(false);
    }
    relist();
}

MistakesGallery::Order MistakesGallery::order() const {
    return m_order;
}

void MistakesGallery::setMaxShown(int count) {
    m_maxShown = std::max(1, count);
    relist();
}

int MistakesGallery::maxShown() const {
    return m_maxShown;
}

int MistakesGallery::trueClass() const {
    return m_true;
}

int MistakesGallery::predictedClass() const {
    return m_predicted;
}

int MistakesGallery::cellCount() const {
    return static_cast<int>(m_cell.size());
}

int MistakesGallery::shownCount() const {
    return std::min(cellCount(), m_maxShown);
}

const std::vector<size_t>& MistakesGallery::cellPredictions() const {
    return m_cell;
}

bool MistakesGallery::showsImages() const {
    return m_source.samples && !m_source.samples->isTabular() && !m_source.samples->pixels.empty();
}

bool MistakesGallery::showsTexts() const {
    return m_source.texts != nullptr;
}

TextExplanationView* MistakesGallery::textDetail() const {
    return m_textDetail;
}

QString MistakesGallery::listedText(const std::string& text) {
    const QStringList lines = QString::fromStdString(text).trimmed().split(QLatin1Char('\n'));
    QString out = lines.mid(0, kListedTextLines).join(QLatin1Char('\n'));
    bool cut = lines.size() > kListedTextLines;
    if (out.size() > kListedTextChars) {
        out.truncate(kListedTextChars);
        cut = true;
    }
    return cut ? out.trimmed() + QStringLiteral(" …") : out;
}

QListWidget* MistakesGallery::thumbnailList() const {
    return m_thumbnails;
}

QTableView* MistakesGallery::rowsTable() const {
    return m_rows;
}

QString MistakesGallery::className(int cls) const {
    return GalleryRowsModel::className(m_source, cls);
}

QString MistakesGallery::titleText() const {
    if (m_true < 0) return tr("No cell chosen");
    const QString count = tr("%1 sample(s)", nullptr, pluralCount(cellCount())).arg(grouped(cellCount()));
    if (m_true == m_predicted)
        return tr("%1 predicted as %1 (correct): %2").arg(className(m_true), count);
    return tr("%1 predicted as %2: %3").arg(className(m_true), className(m_predicted), count);
}

QString MistakesGallery::noteText() const {
    return m_note->text();
}

void MistakesGallery::relist() {
    m_title->setText(titleText());
    setWindowTitle(m_true < 0 ? tr("Samples") : tr("Samples — %1").arg(titleText()));

    QStringList parts;
    if (!m_source.setName.isEmpty()) parts << m_source.setName;
    if (m_true >= 0 && cellCount() > 0) {
        parts << (m_order == Order::MostConfidentFirst ? tr("most confident first") : tr("least confident first"));
        if (cellCount() > shownCount())
            parts << tr("showing the first %1 of %2 (Export CSV writes all of them)")
                         .arg(grouped(shownCount()), grouped(cellCount()));
    } else if (m_true >= 0) {
        parts << tr("no samples in this cell");
    }
    QString note = parts.join(QStringLiteral(" · "));

    // Predictions that do not fit the samples: out-of-range rows or labels that disagree.
    int missing = 0, mismatched = 0;
    for (int i = 0; i < shownCount() && m_source.texts; ++i) {
        const int64_t at = m_source.predictions[m_cell[static_cast<size_t>(i)]].index;
        if (at < 0 || at >= static_cast<int64_t>(m_source.texts->size())) ++missing;
    }
    for (int i = 0; i < shownCount() && m_source.samples; ++i) {
        const Prediction& p = m_source.predictions[m_cell[static_cast<size_t>(i)]];
        if (p.index < 0 || p.index >= m_source.samples->size()) ++missing;
        else if (m_source.samples->labels[static_cast<size_t>(p.index)] != p.trueClass) ++mismatched;
    }
    QStringList warnings;
    if (!m_source.samples && !m_source.texts && m_true >= 0)
        warnings << tr("The samples themselves are not available: only the predictions are listed.");
    if (missing > 0) warnings << tr("%n sample(s) are beyond the end of the data set shown.", nullptr, missing);
    if (mismatched > 0)
        warnings << tr("%n sample(s) have a different label in the data set: it may not be the data these "
                       "predictions were made on.", nullptr, mismatched);
    if (!warnings.isEmpty()) {
        m_note->setText(note.isEmpty() ? warnings.join(QLatin1Char(' ')) : note + QStringLiteral("\n") + warnings.join(QLatin1Char(' ')));
        m_note->setStyleSheet(QLatin1String(kWarningStyle));
    } else {
        m_note->setText(note);
        m_note->setStyleSheet(QString());
    }

    const bool images = showsImages();
    m_thumbnails->setVisible(images);
    m_rows->setVisible(!images);
    m_rowsSplit->setVisible(!images);
    if (images) {
        m_model->reset(0, 0, false);
        fillThumbnails();
    } else {
        m_thumbnails->clear();
        const int features = m_source.samples && m_source.samples->isTabular() ? static_cast<int>(m_source.samples->width) : 0;
        m_model->reset(shownCount(), features, showsTexts());
        layOutRows(showsTexts());
        for (int c = 0; c < std::min(kFixedColumns, m_model->columnCount()); ++c) m_rows->resizeColumnToContents(c);
        if (showsTexts() && shownCount() > 0) selectPosition(0);  // the first document is read at once
    }
    showSelectedText();
    updateButtons();
}

// Documents: rows a few lines high with the text column taking the room, the selected document under them.
void MistakesGallery::layOutRows(bool texts) {
    m_textDetail->setVisible(texts);
    m_rows->setWordWrap(texts);
    const QFontMetrics fm = m_rows->fontMetrics();
    m_rows->verticalHeader()->setDefaultSectionSize((texts ? kListedTextLines * fm.lineSpacing() : fm.height()) + kRowPadding);
    m_rows->horizontalHeader()->setStretchLastSection(texts);
}

// The selected document, whole, coloured by its token weights.
void MistakesGallery::showSelectedText() {
    if (!showsTexts()) return;
    const int position = selectedPosition();
    if (position < 0 || position >= shownCount()) {
        m_textDetail->clearDocument();
        return;
    }
    const Prediction& p = m_source.predictions[m_cell[static_cast<size_t>(position)]];
    if (p.index < 0 || p.index >= static_cast<int64_t>(m_source.texts->size())) {
        m_textDetail->clearDocument();
        return;
    }
    m_textDetail->showDocument((*m_source.texts)[static_cast<size_t>(p.index)], p);
}

int MistakesGallery::thumbnailScale() const {
    if (!m_source.samples) return 1;
    const int side = static_cast<int>(std::max<int64_t>(1, std::max(m_source.samples->width, m_source.samples->height)));
    return std::clamp(kThumbnailPixels / side, 1, kMaxThumbnailScale);
}

QImage MistakesGallery::sampleImage(int64_t sample, int scale) const {
    if (!showsImages()) return QImage();
    const ImageSet& set = *m_source.samples;
    if (sample < 0 || sample >= set.size()) return QImage();
    const int w = static_cast<int>(set.width), h = static_cast<int>(set.height);
    const size_t plane = static_cast<size_t>(w) * static_cast<size_t>(h);
    const size_t start = static_cast<size_t>(sample) * static_cast<size_t>(set.sampleBytes());
    if (w <= 0 || h <= 0 || start + plane * static_cast<size_t>(set.channels) > set.pixels.size()) return QImage();
    const uint8_t* px = set.pixels.data() + start;
    const bool rgb = set.channels >= 3;  // planar (C, H, W): the first three planes are R, G, B
    QImage img(w, h, rgb ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y) {
        uchar* line = img.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const size_t at = static_cast<size_t>(y) * static_cast<size_t>(w) + static_cast<size_t>(x);
            if (rgb) {
                for (int c = 0; c < 3; ++c) line[x * 3 + c] = px[static_cast<size_t>(c) * plane + at];
            } else {
                line[x] = px[at];
            }
        }
    }
    if (scale > 1) img = img.scaled(w * scale, h * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    return img;
}

QString MistakesGallery::caption(const Prediction& p) const {
    return tr("true %1\npred %2\n%3 · #%4").arg(className(p.trueClass), className(p.predicted), percentText(p.confidence))
        .arg(p.index);
}

void MistakesGallery::fillThumbnails() {
    m_thumbnails->clear();
    const int scale = thumbnailScale();
    const ImageSet& set = *m_source.samples;
    QSize icon(static_cast<int>(set.width) * scale, static_cast<int>(set.height) * scale);
    if (std::max(icon.width(), icon.height()) > kMaxIconPixels) icon.scale(kMaxIconPixels, kMaxIconPixels, Qt::KeepAspectRatio);
    const QFontMetrics fm(m_thumbnails->font());
    m_thumbnails->setIconSize(icon);
    m_thumbnails->setGridSize(QSize(std::max(kMinCellWidth, icon.width() + kCellPadding),
                                    icon.height() + kCaptionLines * fm.lineSpacing() + kCellPadding));
    m_thumbnails->setUpdatesEnabled(false);
    for (int i = 0; i < shownCount(); ++i) {
        const Prediction& p = m_source.predictions[m_cell[static_cast<size_t>(i)]];
        QImage image = sampleImage(p.index, scale);
        if (image.isNull()) {  // the row is not in this data set
            image = QImage(icon, QImage::Format_RGB32);
            image.fill(kMissingImage);
        }
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(image)), caption(p));
        item->setData(Qt::UserRole, i);
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
        item->setToolTip(tr("Sample %1 of %2\nTrue class: %3\nPredicted: %4 (confidence %5)")
                             .arg(p.index)
                             .arg(m_source.setName.isEmpty() ? tr("the evaluated set") : m_source.setName,
                                  className(p.trueClass), className(p.predicted), percentText(p.confidence)));
        m_thumbnails->addItem(item);
    }
    m_thumbnails->setUpdatesEnabled(true);
    if (m_thumbnails->count() > 0) selectPosition(0);  // Export PNG works at once
}

int MistakesGallery::selectedPosition() const {
    if (showsImages()) {
        const QList<QListWidgetItem*> items = m_thumbnails->selectedItems();
        return items.isEmpty() ? -1 : items.front()->data(Qt::UserRole).toInt();
    }
    const QModelIndexList rows = m_rows->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void MistakesGallery::selectPosition(int position) {
    if (position < 0 || position >= shownCount()) return;
    if (showsImages()) {
        m_thumbnails->setCurrentRow(position);
        m_thumbnails->item(position)->setSelected(true);
    } else {
        m_rows->selectRow(position);
    }
}

void MistakesGallery::updateButtons() {
    m_exportCsv->setEnabled(cellCount() > 0);
    m_exportPng->setEnabled(showsImages() && selectedPosition() >= 0);
    m_exportPng->setToolTip(showsImages() ? tr("Save the selected sample's image, enlarged as shown")
                                          : tr("Only image data sets have images to save"));
}

bool MistakesGallery::exportCsv(const QString& path, QString* error) const {
    const int features = m_source.samples && m_source.samples->isTabular() ? static_cast<int>(m_source.samples->width) : 0;
    QStringList header{QStringLiteral("index"), QStringLiteral("true_class"), QStringLiteral("predicted_class"),
                       QStringLiteral("confidence")};
    for (int f = 0; f < features; ++f) header << csvField(GalleryRowsModel::featureName(m_source, f));
    if (showsTexts()) header << QStringLiteral("text");
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + '\n';
    for (size_t at : m_cell) {
        const Prediction& p = m_source.predictions[at];
        QStringList row{QString::number(p.index), csvField(className(p.trueClass)), csvField(className(p.predicted)),
                        QString::number(p.confidence, 'f', kConfidenceDecimals)};
        for (int f = 0; f < features; ++f) {
            bool ok = false;
            const double v = GalleryRowsModel::rawFeature(m_source, p.index, f, &ok);
            row << (ok ? QString::number(v, 'g', kFeatureDecimals) : QString());
        }
        if (showsTexts()) {
            const bool present = p.index >= 0 && p.index < static_cast<int64_t>(m_source.texts->size());
            row << (present ? csvField(QString::fromStdString((*m_source.texts)[static_cast<size_t>(p.index)])) : QString());
        }
        out += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return saveFileAtomically(path, out, error);
}

bool MistakesGallery::exportSelectedPng(const QString& path, QString* error) const {
    const int position = selectedPosition();
    if (!showsImages() || position < 0) {
        if (error) *error = tr("Select an image first.");
        return false;
    }
    const Prediction& p = m_source.predictions[m_cell[static_cast<size_t>(position)]];
    const QImage image = sampleImage(p.index, thumbnailScale());
    if (image.isNull()) {
        if (error) *error = tr("Sample %1 is not in the data set shown.").arg(p.index);
        return false;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error) *error = tr("Cannot encode sample %1 as PNG.").arg(p.index);
        return false;
    }
    return saveFileAtomically(path, png, error);
}

void MistakesGallery::promptExportCsv() {
    const QString suggested = QDir(exportFolder())
                                  .filePath(QStringLiteral("%1-as-%2.csv").arg(className(m_true), className(m_predicted))
                                                .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    rememberExportFolder(path);
    QString error;
    if (!exportCsv(path, &error)) QMessageBox::warning(this, tr("Export CSV"), error);
}

void MistakesGallery::promptExportPng() {
    const int position = selectedPosition();
    if (position < 0) return;
    const Prediction& p = m_source.predictions[m_cell[static_cast<size_t>(position)]];
    const QString suggested = QDir(exportFolder()).filePath(QStringLiteral("sample-%1.png").arg(p.index));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PNG"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    rememberExportFolder(path);
    QString error;
    if (!exportSelectedPng(path, &error)) QMessageBox::warning(this, tr("Export PNG"), error);
}

}  // namespace ts
