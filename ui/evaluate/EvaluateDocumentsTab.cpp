#include "ui/evaluate/EvaluateDocumentsTab.h"
#include "ui/common/TextFormat.h"

#include "ui/evaluate/EvaluateWidgets.h"
#include "ui/evaluate/PerplexityHistogram.h"
#include "ui/evaluate/ShadeLegend.h"
#include "ui/evaluate/SpanTextView.h"
#include "ui/evaluate/TextShading.h"

#include "core/eval/LanguageModelEvaluation.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ts {

using namespace evalwidgets;

namespace {

constexpr int kPerplexityDigits = 4;     // significant digits of a perplexity
constexpr int kBitsDecimals = 3;
constexpr int kLossDecimals = 2;         // of a token's loss in its tooltip
constexpr int kHistogramHeight = 220;
constexpr int kTableWidth = 430;
constexpr int kTextWidth = 820;
constexpr double kPercent = 100.0;

QString perplexityText(double v) {
    return QString::number(v, 'g', kPerplexityDigits);
}

/// A token's tooltip: its text, loss, probability and whether the tokenizer knew it.
QString tokenTip(const std::string& text, const TokenLoss& t) {
    const auto begin = static_cast<size_t>(std::clamp<int64_t>(t.begin, 0, static_cast<int64_t>(text.size())));
    const auto end = static_cast<size_t>(std::clamp<int64_t>(t.end, static_cast<int64_t>(begin), static_cast<int64_t>(text.size())));
    const QString token = QString::fromUtf8(text.data() + begin, static_cast<qsizetype>(end - begin));
    QString tip = EvaluateDocumentsTab::tr("%1 — loss %2 nats (probability %3 %)")
                      .arg(textshading::visibleToken(token), fixed(t.loss, kLossDecimals))
                      .arg(kPercent * std::exp(-double(t.loss)), 0, 'g', 2);
    if (t.unknown) tip += QLatin1Char('\n') + EvaluateDocumentsTab::tr("Unknown token: the tokenizer cannot represent it");
    return tip;
}

}  // namespace

EvaluateDocumentsTab::EvaluateDocumentsTab(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("evaluateDocumentsTab"));
    m_caption = wrappedLabel(QStringLiteral("evaluateDocumentsCaption"));
    m_histogram = new PerplexityHistogram();
    m_histogram->setMinimumHeight(kHistogramHeight);

    m_table = makeTable(QStringLiteral("evaluateDocumentTable"),
                        {tr("#"), tr("Document"), tr("Perplexity"), tr("Tokens"), tr("Bits/byte")});
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("The documents the model found hardest to predict, highest perplexity first"));
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { selectRow(row); });

    m_documentTitle = boldLabel(QString());
    m_documentTitle->setObjectName(QStringLiteral("evaluateDocumentTitle"));
    m_documentTitle->setWordWrap(true);
    m_legend = new ShadeLegend();
    m_legend->setObjectName(QStringLiteral("evaluateDocumentLegend"));
    m_text = new SpanTextView();
    m_text->setObjectName(QStringLiteral("evaluateDocumentText"));
    m_text->setPlaceholderText(tr("Choose a document to see its tokens shaded by how surprised the model was"));

    auto* right = new QWidget();
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 0, 0, 0);
    rightLayout->addWidget(m_documentTitle);
    rightLayout->addWidget(m_legend);
    rightLayout->addWidget(m_text, 1);
    auto* bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(m_table);
    bottom->addWidget(right);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 2);
    bottom->setSizes({kTableWidth, kTextWidth});
    bottom->setChildrenCollapsible(false);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_histogram);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_caption);
    layout->addWidget(split, 1);
}

void EvaluateDocumentsTab::showEvaluation(std::shared_ptr<const LanguageModelEvaluation> evaluation) {
    m_evaluation = std::move(evaluation);
    m_shown = -1;
    std::vector<double> perplexities;
    int64_t tokens = 0;
    if (m_evaluation) {
        for (const DocumentScore& d : m_evaluation->documents) {
            perplexities.push_back(d.perplexity);
            tokens += d.tokens;
        }
    }
    m_histogram->setPerplexities(perplexities);
    m_histogram->setMarker(std::nan(""));
    const int64_t documents = static_cast<int64_t>(perplexities.size());
    if (m_evaluation && m_evaluation->metrics.tokens > 0) tokens = m_evaluation->metrics.tokens;  // the summary's count
    QString caption = tr("<b>%1 document(s)</b>, %2 tokens scored. The most surprising are listed first; choose one "
                         "to see its tokens shaded by their loss (hover a token for its loss).", nullptr, pluralCount(documents))
                          .arg(grouped(documents), grouped(tokens));
    if (m_evaluation && m_evaluation->minimumDocumentTokens > 1)
        caption += tr(" Documents with fewer than %n scored token(s) are not ranked.", nullptr, m_evaluation->minimumDocumentTokens);
    m_caption->setText(caption);
    const double top = textshading::lossScaleTop(m_evaluation ? m_evaluation->vocabSize : 0);
    m_legend->setScale(tr("Token loss"), textshading::lossStops(), tr("0 nats (expected)"),
                       tr("%1 nats or more (lost)").arg(fixed(top, 1)));
    m_legend->setMark(tr("unknown token"));
    fillTable();
    if (m_table->rowCount() > 0) {
        m_table->setCurrentCell(0, NameColumn);
        selectRow(0);
    } else {
        m_documentTitle->setText(tr("No document was ranked"));
        m_text->clear();
    }
}

// The most surprising documents, in the evaluation's order (highest perplexity first).
void EvaluateDocumentsTab::fillTable() {
    const std::vector<size_t> none;
    const std::vector<size_t>& ranked = m_evaluation ? m_evaluation->mostSurprising : none;
    m_table->setRowCount(0);
    for (size_t at : ranked) {
        if (at >= m_evaluation->documents.size()) continue;
        const DocumentScore& d = m_evaluation->documents[at];
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* rank = new NumberItem(QString::number(row + 1), row + 1);
        rank->setData(Qt::UserRole + 1, static_cast<qint64>(at));
        auto* name = new QTableWidgetItem(qText(d.name));
        name->setToolTip(qText(d.name));
        m_table->setItem(row, RankColumn, rank);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, PerplexityColumn, new NumberItem(perplexityText(d.perplexity), d.perplexity));
        m_table->setItem(row, TokensColumn, new NumberItem(grouped(d.tokens), double(d.tokens)));
        m_table->setItem(row, BitsPerByteColumn, new NumberItem(fixed(d.bitsPerByte, kBitsDecimals), d.bitsPerByte));
    }
}

void EvaluateDocumentsTab::selectRow(int row) {
    if (row < 0 || row >= m_table->rowCount() || !m_table->item(row, RankColumn)) return;
    showDocument(m_table->item(row, RankColumn)->data(Qt::UserRole + 1).toInt());
}

int EvaluateDocumentsTab::shownDocument() const {
    return m_shown;
}

// The document's text with each scored token on its loss colour; unknown tokens underlined.
void EvaluateDocumentsTab::showDocument(int document) {
    if (!m_evaluation || document < 0 || document >= static_cast<int>(m_evaluation->documents.size())) return;
    if (document == m_shown) return;
    m_shown = document;
    const DocumentScore& d = m_evaluation->documents[static_cast<size_t>(document)];
    m_documentTitle->setText(tr("%1 · perplexity %2 · %3 token(s) · %4 bits per byte", nullptr, pluralCount(d.tokens))
                                 .arg(qText(d.name), perplexityText(d.perplexity), grouped(d.tokens),
                                      fixed(d.bitsPerByte, kBitsDecimals)));
    m_histogram->setMarker(d.perplexity);
    const double top = textshading::lossScaleTop(m_evaluation->vocabSize);
    std::vector<ShadedSpan> spans;
    spans.reserve(d.tokenLosses.size());
    for (const TokenLoss& t : d.tokenLosses)
        spans.push_back({t.begin, t.end, textshading::lossColor(t.loss, top), tokenTip(d.text, t), t.unknown});
    QString trailer;
    if (d.textTrimmed) trailer = tr("… (only the start of the document is kept)");
    if (d.text.empty()) trailer = tr("The text of this document was not kept.");
    m_text->showText(d.text, spans, trailer);
}

}  // namespace ts
