#include "ui/dataset/TextPreviewPanel.h"

#include "ui/charts/ChartMath.h"
#include "ui/common/CoreText.h"
#include "ui/common/LayoutMetrics.h"
#include "ui/common/TextFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace ts {

namespace {

const QColor kBarColor = toQColor(palette::kTrain);
constexpr double kPercent = 100.0;
constexpr int kMinChartHeight = 260;
constexpr int kMinChartWidth = 360;   // room for the token labels and the count axis

}  // namespace

TextPreviewPanel::TextPreviewPanel(const TextPreview& preview, QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("textPreviewPanel"));
    QStringList facts;
    facts << tr("%1 byte(s)", nullptr, pluralCount(preview.bytes)).arg(grouped(preview.bytes))
          << tr("%1 character(s)", nullptr, pluralCount(preview.characters)).arg(grouped(preview.characters));
    if (preview.documents > 1) facts << tr("%1 document(s)", nullptr, pluralCount(preview.documents)).arg(grouped(preview.documents));
    facts << (preview.tokensEstimated ? tr("about %1 token(s)", nullptr, pluralCount(preview.tokens))
                                   : tr("%1 token(s)", nullptr, pluralCount(preview.tokens))).arg(grouped(preview.tokens));
    facts << tr("vocabulary %1 (%2 tokenizer)").arg(grouped(preview.vocabSize))
                 .arg(QString::fromStdString(preview.tokenizerKind));
    QStringList scripts;
    for (const ScriptShare& s : preview.scripts)
        scripts << QStringLiteral("%1 %2 %").arg(QString::fromStdString(s.name)).arg(s.share * kPercent, 0, 'f', 1);
    m_facts = new QLabel(facts.join(QStringLiteral(" · ")) +
                         (scripts.isEmpty() ? QString() : QLatin1Char('\n') + tr("Scripts: %1").arg(scripts.join(QStringLiteral(", ")))));
    m_facts->setObjectName(QStringLiteral("textFactsLabel"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_lines = new QPlainTextEdit();
    m_lines->setObjectName(QStringLiteral("sampleLinesView"));
    m_lines->setReadOnly(true);
    m_lines->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QStringList lines;
    for (const std::string& line : preview.sampleLines) lines << QString::fromStdString(line);
    m_lines->setPlainText(lines.join(QStringLiteral("\n\n")));
    m_lines->setToolTip(tr("Lines spread through the corpus"));

    auto* warnings = new QLabel();
    warnings->setObjectName(QStringLiteral("textWarningsLabel"));
    warnings->setWordWrap(true);
    QStringList warningLines;
    for (const std::string& w : preview.warnings) warningLines << QStringLiteral("⚠ ") + coreText(w);
    warnings->setText(warningLines.join(QLatin1Char('\n')));
    warnings->setVisible(!warningLines.isEmpty());

    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("textPreviewSplitter"));
    split->addWidget(buildTopTokens(preview));
    auto* linesBox = new QWidget();
    auto* linesColumn = new QVBoxLayout(linesBox);
    linesColumn->setContentsMargins(0, 0, 0, 0);
    linesColumn->addWidget(new QLabel(tr("Sample lines")));
    linesColumn->addWidget(m_lines, 1);
    split->addWidget(linesBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(LayoutMetrics::kSpacing);
    column->addWidget(m_facts);
    column->addWidget(warnings);
    column->addWidget(split, 1);
}

QWidget* TextPreviewPanel::buildTopTokens(const TextPreview& preview) {
    // Horizontal bars, most frequent on top: the category axis runs bottom-up, so add them in reverse.
    auto* set = new QBarSet(tr("occurrences"));
    set->setColor(kBarColor);
    set->setBorderColor(kBarColor);
    auto* labels = new QBarCategoryAxis();
    labels->setTruncateLabels(false);  // Qt Charts otherwise cuts these short labels to "…"
    int64_t most = 1;
    for (auto it = preview.topTokens.rbegin(); it != preview.topTokens.rend(); ++it) {
        *set << static_cast<qreal>(it->count);
        QString label = QStringLiteral("“%1”").arg(QString::fromStdString(it->label));  // a space shows as “ ”
        while (labels->categories().contains(label)) label += QLatin1Char(' ');  // categories must be unique
        labels->append(label);
        most = std::max(most, it->count);
    }
    m_chartedTokens = static_cast<int>(preview.topTokens.size());
    auto* series = new QHorizontalBarSeries();
    series->append(set);
    auto* chart = new QChart();
    chart->setTitle(tr("Most frequent tokens"));
    chart->addSeries(series);
    chart->addAxis(labels, Qt::AlignLeft);
    series->attachAxis(labels);
    auto* counts = new QValueAxis();
    counts->setRange(0, static_cast<qreal>(most));
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->applyNiceNumbers();
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    chart->legend()->hide();
    auto* view = new QChartView(chart);
    view->setObjectName(QStringLiteral("topTokensChart"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(kMinChartHeight);
    view->setMinimumWidth(kMinChartWidth);
    return view;
}

QString TextPreviewPanel::factsText() const { return m_facts->text(); }

}  // namespace ts
