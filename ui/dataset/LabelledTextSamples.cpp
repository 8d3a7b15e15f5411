// Sample texts per class and the text-length histogram of a labelled-text data set.
#include "ui/dataset/LabelledTextSamples.h"

#include "core/plot/Palette.h"
#include "ui/charts/ChartMath.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace ts {
namespace {

constexpr int kTextColumnWidth = 520;   // pixels given to the text column before it wraps
constexpr int kMaxRowLines = 4;         // a sample row is at most this many lines high
constexpr int kOutlineDarker = 130;     // the histogram's outline is this much darker than its fill (QColor::darker)
const QChar kEllipsis(0x2026);

QString qtext(const std::string& s) { return QString::fromUtf8(s.data(), int(s.size())); }

}  // namespace

QWidget* buildLabelledTextSamples(const LabelledTextPreview& preview, const std::vector<std::string>& classNames) {
    auto* table = new QTableWidget(int(preview.samples.size()), 3);
    table->setObjectName(QStringLiteral("previewTextSamples"));
    table->setHorizontalHeaderLabels({QObject::tr("class"), QObject::tr("from"), QObject::tr("text")});
    table->setWordWrap(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    QFont bold = table->font();
    bold.setBold(true);
    int row = 0;
    for (const LabelledTextSample& s : preview.samples) {
        const QString cls = s.classIndex < int(classNames.size()) ? qtext(classNames[size_t(s.classIndex)])
                                                                   : QString::number(s.classIndex);
        auto* name = new QTableWidgetItem(cls);
        name->setFont(bold);
        auto* from = new QTableWidgetItem(QObject::tr("%1, #%2").arg(qtext(s.split)).arg(s.row));
        from->setToolTip(QObject::tr("%1 split; line or file %2 of the data; %n word(s)", nullptr, int(s.words))
                             .arg(qtext(s.split))
                             .arg(s.row));
        QString body = qtext(s.text);
        if (s.trimmed) body += kEllipsis;
        auto* text = new QTableWidgetItem(body);
        text->setToolTip(body);
        table->setItem(row, 0, name);
        table->setItem(row, 1, from);
        table->setItem(row, 2, text);
        ++row;
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);
    table->setColumnWidth(2, kTextColumnWidth);
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeRowsToContents();
    const int lineHeight = table->fontMetrics().lineSpacing();
    for (int r = 0; r < table->rowCount(); ++r)
        table->setRowHeight(r, std::min(table->rowHeight(r), lineHeight * kMaxRowLines + lineHeight / 2));

    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(new QLabel(QObject::tr("<b>Samples per class</b> (the first %1 of each; hover a text to read "
                                        "its start)")
                                .arg(preview.samplesPerClass)));
    v->addWidget(table, 1);
    return box;
}

QWidget* buildTextLengthChart(const LabelledTextPreview& preview) {
    // A step outline filled down to zero, on numeric axes (a bar chart's category axis cannot label 30 bins).
    auto* upper = new QLineSeries;
    int64_t most = 1;
    for (size_t b = 0; b < preview.lengthCounts.size() && b + 1 < preview.lengthEdges.size(); ++b) {
        const qreal count = qreal(preview.lengthCounts[b]);
        upper->append(preview.lengthEdges[b], count);
        upper->append(preview.lengthEdges[b + 1], count);
        most = std::max(most, preview.lengthCounts[b]);
    }
    auto* series = new QAreaSeries(upper);
    const QColor color = toQColor(palette::kTrain);
    series->setColor(color);
    series->setBorderColor(color.darker(kOutlineDarker));

    auto* chart = new QChart;
    chart->setTitle(QObject::tr("Words per text (mean %1, median %2, longest %3)")
                        .arg(preview.meanWords, 0, 'f', 1)
                        .arg(preview.medianWords)
                        .arg(preview.maxWords));
    chart->addSeries(series);
    auto* words = new QValueAxis;
    words->setRange(0, preview.lengthEdges.empty() ? 1.0 : preview.lengthEdges.back());
    words->setLabelFormat(QStringLiteral("%d"));
    words->applyNiceNumbers();
    words->setTitleText(QObject::tr("words"));
    chart->addAxis(words, Qt::AlignBottom);
    series->attachAxis(words);
    auto* counts = new QValueAxis;
    counts->setRange(0, double(most));
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->applyNiceNumbers();
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart);
    view->setObjectName(QStringLiteral("previewTextLengths"));
    view->setToolTip(QObject::tr("How many texts have how many words; the last bin also holds every longer text."));
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

}  // namespace ts
