#include "ui/evaluate/TextDriftView.h"
#include "ui/common/TextFormat.h"

#include "ui/evaluate/EvaluateDriftTab.h"
#include "ui/evaluate/EvaluateWidgets.h"
#include "ui/evaluate/TextShading.h"

#include "core/eval/TextDrift.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ts {

using namespace evalwidgets;

namespace {

constexpr double kJsModerate = 0.1;      // Jensen–Shannon divergence bands (bits); sampling noise alone gives a few 0.01
constexpr double kJsLarge = 0.3;
constexpr double kUnknownRise = 0.01;    // an unknown-token rate this much above the reference is worth a warning
constexpr double kSignificance = 0.01;   // p-value below which the lengths differ significantly
constexpr int kStatDecimals = 3;
constexpr double kSmallShare = 0.1;      // percent; smaller shares are written with significant digits
constexpr int kShareDecimals = 2;
constexpr int kSmallShareDigits = 2;
constexpr int kLengthDecimals = 1;
constexpr double kPercent = 100.0;

/// Rows of the figures table.
enum FigureRow { DocumentsRow, TokensRow, UnknownRow, MeanLengthRow, FigureRowCount };
/// Columns of the figures table.
enum FigureColumn { FigureNameColumn, ReferenceColumn, CurrentColumn, FigureColumnCount };

/// A share as a percentage: two decimals from 0.1% up ("4.21%"), else two significant digits ("0.013%").
QString shareText(double share) {
    const double percent = kPercent * share;
    if (percent == 0.0 || percent >= kSmallShare) return QString::number(percent, 'f', kShareDecimals) + QLatin1Char('%');
    return QString::number(percent, 'g', kSmallShareDigits) + QLatin1Char('%');
}

/// "p = 0.031" or "p &lt; 1e-16", escaped for the banner's rich text.
QString pValueText(double p) {
    const QString value = EvaluateDriftTab::formatPValue(p);
    return (value.startsWith(QLatin1Char('<')) ? QStringLiteral("p ") : QStringLiteral("p = ")) + value.toHtmlEscaped();
}

}  // namespace

TextDriftView::TextDriftView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("textDriftView"));
    m_summary = wrappedLabel(QStringLiteral("textDriftSummary"));
    m_figures = makeTable(QStringLiteral("textDriftFigures"), {tr("Text"), tr("Reference"), tr("Evaluated")});
    m_figures->setSelectionMode(QAbstractItemView::NoSelection);
    m_figures->horizontalHeader()->setSectionResizeMode(FigureNameColumn, QHeaderView::Stretch);
    m_figures->setRowCount(FigureRowCount);
    const QString names[] = {tr("Documents"), tr("Tokens"), tr("Unknown tokens"), tr("Mean length (tokens)")};
    for (int row = 0; row < FigureRowCount; ++row) m_figures->setItem(row, FigureNameColumn, new QTableWidgetItem(names[row]));
    m_figures->item(UnknownRow, FigureNameColumn)->setToolTip(tr("Share of tokens the model cannot represent"));
    m_figures->setFixedHeight(m_figures->horizontalHeader()->sizeHint().height() +
                              FigureRowCount * m_figures->verticalHeader()->defaultSectionSize() +
                              2 * m_figures->frameWidth());  // four rows: never a scroll bar

    const QStringList headers{tr("Token"), tr("Reference"), tr("Evaluated"), tr("Change")};
    m_rising = makeTable(QStringLiteral("textDriftRisingTable"), headers);
    m_falling = makeTable(QStringLiteral("textDriftFallingTable"), headers);
    for (QTableWidget* t : {m_rising, m_falling}) {
        t->horizontalHeader()->setSectionResizeMode(TokenNameColumn, QHeaderView::Stretch);
        t->horizontalHeaderItem(ShareChangeColumn)->setToolTip(tr("Change of the token's share, in percentage points"));
    }
    m_risingCaption = boldLabel(tr("More frequent now"));
    m_movers = new QWidget();
    auto* movers = new QHBoxLayout(m_movers);
    movers->setContentsMargins(0, 0, 0, 0);
    for (auto [caption, table] : {std::pair<QLabel*, QTableWidget*>{m_risingCaption, m_rising},
                                  {boldLabel(tr("Less frequent now")), m_falling}}) {
        auto* column = new QVBoxLayout();
        column->addWidget(caption);
        column->addWidget(table, 1);
        movers->addLayout(column, 1);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_figures);
    layout->addWidget(m_movers, 1);
}

QString TextDriftView::divergenceVerdict(double js) {
    if (js < kJsModerate) return tr("close");
    if (js <= kJsLarge) return tr("moderate shift");
    return tr("large shift");
}

void TextDriftView::showReport(const TextDriftReport& report) {
    showSummary(report);
    showFigures(report);
    showTokens(m_rising, report, true);
    showTokens(m_falling, report, false);
    m_movers->setVisible(report.hasReference);
}

// The verdict banner: token distribution, unknown tokens and lengths in one paragraph.
void TextDriftView::showSummary(const TextDriftReport& d) {
    const QString kind = d.tokenKind.empty() ? tr("tokens") : qText(d.tokenKind).toHtmlEscaped();
    if (!d.hasReference) {
        m_summary->setText(tr("<b>No reference text:</b> the text this model was trained on is not known, so drift "
                              "cannot be measured. Only the evaluated text's figures (%1) are shown; for a TorchScript "
                              "model, choose <i>Reference data</i> above and evaluate again.").arg(kind));
        m_summary->setStyleSheet(QLatin1String(kWarningStyle));
        return;
    }
    const QString reference = d.referenceName.empty() ? tr("the reference text") : qText(d.referenceName).toHtmlEscaped();
    QString text = tr("<b>Token distribution: %1</b> (Jensen–Shannon divergence %2 bits, %3) against %4.")
                       .arg(divergenceVerdict(d.jsDivergence), fixed(d.jsDivergence, kStatDecimals), kind, reference);
    const double unknownRise = d.currentUnknownRate - d.referenceUnknownRate;
    text += QLatin1Char(' ') + tr("Unknown tokens: %1 now, %2 in the reference.")
                                   .arg(percentText(d.currentUnknownRate, 2), percentText(d.referenceUnknownRate, 2));
    text += QLatin1Char(' ') + tr("Length: %1 tokens per document on average, %2 in the reference (KS %3, %4): %5.")
                                   .arg(fixed(d.currentMeanLength, kLengthDecimals), fixed(d.referenceMeanLength, kLengthDecimals),
                                        fixed(d.lengthKs.statistic, kStatDecimals), pValueText(d.lengthKs.pValue),
                                        d.lengthKs.pValue < kSignificance ? tr("the lengths differ significantly")
                                                                         : tr("no significant difference"));
    m_summary->setText(text);
    const bool large = d.jsDivergence > kJsLarge || unknownRise > kUnknownRise;
    const bool some = d.jsDivergence >= kJsModerate || d.lengthKs.pValue < kSignificance;
    m_summary->setStyleSheet(QLatin1String(large ? kErrorStyle : some ? kWarningStyle : kOkStyle));
}

void TextDriftView::showFigures(const TextDriftReport& d) {
    const auto set = [this](int row, int column, const QString& text, double value) {
        m_figures->setItem(row, column, new NumberItem(text, value));
    };
    set(DocumentsRow, ReferenceColumn, grouped(d.referenceDocuments), double(d.referenceDocuments));
    set(DocumentsRow, CurrentColumn, grouped(d.currentDocuments), double(d.currentDocuments));
    set(TokensRow, ReferenceColumn, grouped(d.referenceTokens), double(d.referenceTokens));
    set(TokensRow, CurrentColumn, grouped(d.currentTokens), double(d.currentTokens));
    set(UnknownRow, ReferenceColumn, percentText(d.referenceUnknownRate, 2), d.referenceUnknownRate);
    set(UnknownRow, CurrentColumn, percentText(d.currentUnknownRate, 2), d.currentUnknownRate);
    set(MeanLengthRow, ReferenceColumn, fixed(d.referenceMeanLength, kLengthDecimals), d.referenceMeanLength);
    set(MeanLengthRow, CurrentColumn, fixed(d.currentMeanLength, kLengthDecimals), d.currentMeanLength);
    if (d.currentUnknownRate - d.referenceUnknownRate > kUnknownRise && d.hasReference)
        m_figures->item(UnknownRow, CurrentColumn)->setBackground(kFlaggedBackground);
    m_figures->setColumnHidden(ReferenceColumn, !d.hasReference);
}

// The tokens whose share moved most one way, largest move first.
void TextDriftView::showTokens(QTableWidget* table, const TextDriftReport& d, bool rising) {
    const std::vector<TokenShift>& shifts = rising ? d.rising : d.falling;
    table->setSortingEnabled(false);
    table->setRowCount(static_cast<int>(shifts.size()));
    for (size_t i = 0; i < shifts.size(); ++i) {
        const TokenShift& s = shifts[i];
        const int row = static_cast<int>(i);
        const double change = kPercent * (s.currentShare - s.referenceShare);
        auto* token = new QTableWidgetItem(textshading::visibleToken(qText(s.token)));
        token->setToolTip(tr("%1: %2 of the reference's tokens, %3 of the evaluated text's")
                              .arg(token->text(), shareText(s.referenceShare), shareText(s.currentShare)));
        table->setItem(row, TokenNameColumn, token);
        table->setItem(row, ReferenceShareColumn, new NumberItem(shareText(s.referenceShare), s.referenceShare));
        table->setItem(row, CurrentShareColumn, new NumberItem(shareText(s.currentShare), s.currentShare));
        table->setItem(row, ShareChangeColumn,
                       new NumberItem(tr("%1 points").arg(signedFixed(change, kStatDecimals)), change));
    }
    if (rising) m_risingCaption->setText(tr("More frequent now (%1)").arg(shifts.size()));
}

}  // namespace ts
