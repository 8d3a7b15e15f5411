#include "ui/DatasetPreviewDialog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QHorizontalStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace ts {

namespace {

constexpr int kThumbnailPixels = 48;          // thumbnails are drawn this large (nearest-neighbour)
constexpr int kDialogWidth = 1100;
constexpr int kDialogHeight = 720;
constexpr int kDecimals = 4;                  // significant digits in the column ranges
const QColor kTrainColor(0x1f, 0x77, 0xb4);   // the dashboard's train/validation colours
const QColor kValColor(0xff, 0x7f, 0x0e);
const QColor kTestColor(0x2c, 0xa0, 0x2c);
const char* const kWarningStyle = "QLabel { background: #fff4d6; border: 1px solid #e0b84c; padding: 6px; }";
const char* const kBlockerStyle = "QLabel { background: #fde2e1; border: 1px solid #d9534f; padding: 6px; }";
const char* const kOkStyle = "QLabel { background: #e6f4ea; border: 1px solid #7cb98b; padding: 6px; }";

/// Integer with thousands separators.
QString grouped(qint64 v) {
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(v);
}

/// A number for the column table.
QString number(double v) {
    return QString::number(v, 'g', kDecimals);
}

/// QString from core's UTF-8 text.
QString text(const std::string& s) {
    return QString::fromStdString(s);
}

}  // namespace

DatasetPreviewDialog::DatasetPreviewDialog(const DatasetPreview& p, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("datasetPreviewDialog"));
    setWindowTitle(tr("Data set preview — %1").arg(text(p.name)));
    resize(kDialogWidth, kDialogHeight);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildSummary(p));

    m_warnings = new QLabel;
    m_warnings->setObjectName(QStringLiteral("previewWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (p.warnings.empty()) {
        m_warnings->setText(tr("No problems found."));
        m_warnings->setStyleSheet(QLatin1String(kOkStyle));
    } else {
        QStringList items;
        for (const std::string& w : p.warnings) items << QStringLiteral("• ") + text(w).toHtmlEscaped();
        m_warnings->setText(items.join(QStringLiteral("<br>")));
        m_warnings->setStyleSheet(QLatin1String(p.blocker.empty() ? kWarningStyle : kBlockerStyle));
    }
    layout->addWidget(m_warnings);

    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("previewSplitter"));
    split->addWidget(buildHistogram(p));
    split->addWidget(p.tabular ? buildTable(p) : buildThumbnails(p));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto* buttons = new QDialogButtonBox;
    QPushButton* back = buttons->addButton(tr("Back"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("previewBackButton"));
    m_use = buttons->addButton(tr("Use This Data Set"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("previewUseButton"));
    m_use->setDefault(true);
    m_use->setEnabled(p.blocker.empty());
    if (!p.blocker.empty()) m_use->setToolTip(text(p.blocker));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString DatasetPreviewDialog::warningsText() const {
    return m_warnings->text();
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
    form->addRow(tr("Format:"), new QLabel(text(p.format)));

    QString shape;
    if (p.tabular)
        shape = (p.width == 1 ? tr("1 numeric feature per row") : tr("%1 numeric features per row").arg(p.width)) +
                tr(", label column “%1”").arg(text(p.labelColumn));
    else
        shape = tr("%1×%2 pixels, %3").arg(p.width).arg(p.height).arg(p.channels >= 3 ? tr("RGB") : tr("grayscale"));
    shape += p.classNames.size() == 1 ? tr(" · 1 class") : tr(" · %1 classes").arg(p.classNames.size());
    form->addRow(tr("Shape:"), new QLabel(shape));

    QString splits = tr("train %1 · validation %2 · test %3")
                         .arg(grouped(p.trainCount), grouped(p.valCount), grouped(p.testCount));
    if (p.valFromTrainer) splits += tr("  (validation is held out of the training set when training starts)");
    auto* splitLabel = new QLabel(splits);
    splitLabel->setObjectName(QStringLiteral("previewSplits"));
    form->addRow(tr("Samples:"), splitLabel);

    QStringList notes;
    for (const std::string& n : p.notes) notes << text(n);
    notes << tr("loaded in %1 s").arg(p.loadSeconds, 0, 'f', 2);
    auto* noteLabel = new QLabel(notes.join(QStringLiteral(" · ")));
    noteLabel->setWordWrap(true);
    QPalette pal = noteLabel->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::Disabled, QPalette::WindowText));
    noteLabel->setPalette(pal);
    form->addRow(tr("Notes:"), noteLabel);
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
    v->addWidget(new QLabel(tr("<b>First %1 rows</b> (raw values; the label column in bold)").arg(p.headRows.size())));
    v->addWidget(m_rows, 3);
    v->addWidget(new QLabel(tr("<b>Per-column ranges</b> (all rows, before standardization)")));
    v->addWidget(stats, 2);
    return box;
}

}  // namespace ts
