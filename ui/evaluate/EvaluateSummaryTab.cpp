#include "ui/evaluate/EvaluateSummaryTab.h"
#include "ui/common/TextFormat.h"
#include "ui/evaluate/EvaluateWidgets.h"

#include "core/eval/LanguageModelEvaluation.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ts {

using namespace evalwidgets;

namespace {

constexpr int kMetricDecimals = 3;        // precision, recall, F1
constexpr int kLossDecimals = 4;
constexpr int kPerplexityDigits = 4;      // significant digits of a perplexity
constexpr int kPerplexityChangeDecimals = 2;
constexpr double kSameChange = 0.0005;    // changes smaller than this are shown as no change
constexpr double kHeadlineScale = 1.6;    // headline font, relative to the window font
const QColor kBetterColor(0x1e, 0x7b, 0x34);
const QColor kWorseColor(0xb7, 0x1c, 0x1c);

/// How an overall metric is written.
enum class Shown { Fraction, Percent, Loss, Count, Perplexity };

}  // namespace

/// One row of the overall table: a metric on this data and on the run's test.
struct EvaluateSummaryTab::OverallRow {
    QString name;
    double now;
    double before;
    bool hasBefore;
    Shown kind;
    bool higherIsBetter;
    QString tip;
};

namespace {

using OverallRow = EvaluateSummaryTab::OverallRow;

/// Decimals of a change in the overall table.
int changeDecimals(Shown kind) {
    switch (kind) {
    case Shown::Fraction: return kMetricDecimals;
    case Shown::Perplexity: return kPerplexityChangeDecimals;
    default: return kLossDecimals;
    }
}

/// A metric's value as the table shows it.
QString shownValue(double v, Shown kind) {
    switch (kind) {
    case Shown::Percent: return percentText(v);
    case Shown::Loss: return fixed(v, kLossDecimals);
    case Shown::Count: return grouped(static_cast<qint64>(std::llround(v)));
    case Shown::Perplexity: return QString::number(v, 'g', kPerplexityDigits);
    case Shown::Fraction: break;
    }
    return fixed(v, kMetricDecimals);
}

/// "• a<br>• b", escaped.
QString bullets(const std::vector<std::string>& items) {
    QStringList out;
    for (const std::string& s : items) out << QStringLiteral("• ") + qText(s).toHtmlEscaped();
    return out.join(QStringLiteral("<br>"));
}

/// The overall table's rows: accuracy, macro and weighted metrics, loss, calibration and sample count.
std::vector<OverallRow> overallRows(const EvaluationResult& r) {
    const EvalMetrics& m = r.metrics;
    const EvalMetrics& b = r.comparison.baseline;
    const bool baseline = r.comparison.available;
    const QString macro = EvaluateSummaryTab::tr("Unweighted mean over classes");
    const QString weighted = EvaluateSummaryTab::tr("Mean weighted by support");
    return {
        {EvaluateSummaryTab::tr("Accuracy"), m.accuracy, b.accuracy, baseline, Shown::Percent, true,
         EvaluateSummaryTab::tr("Correct predictions / all")},
        {EvaluateSummaryTab::tr("Macro precision"), m.macro.precision, b.macro.precision, baseline, Shown::Fraction,
         true, macro},
        {EvaluateSummaryTab::tr("Macro recall"), m.macro.recall, b.macro.recall, baseline, Shown::Fraction, true,
         macro},
        {EvaluateSummaryTab::tr("Macro F1"), m.macro.f1, b.macro.f1, baseline, Shown::Fraction, true, macro},
        {EvaluateSummaryTab::tr("Weighted precision"), m.weighted.precision, b.weighted.precision, baseline,
         Shown::Fraction, true, weighted},
        {EvaluateSummaryTab::tr("Weighted recall"), m.weighted.recall, b.weighted.recall, baseline, Shown::Fraction,
         true, weighted},
        {EvaluateSummaryTab::tr("Weighted F1"), m.weighted.f1, b.weighted.f1, baseline, Shown::Fraction, true,
         weighted},
        {EvaluateSummaryTab::tr("Loss (cross-entropy)"), m.loss, b.loss, baseline, Shown::Loss, false,
         EvaluateSummaryTab::tr("Mean cross-entropy; lower is better")},
        {EvaluateSummaryTab::tr("ECE"), r.calibration.ece, 0.0, false, Shown::Percent, false,
         EvaluateSummaryTab::tr(
             "Expected calibration error: how far confidence is from accuracy, averaged over confidence bins")},
        {EvaluateSummaryTab::tr("Mean confidence"), meanConfidence(r.calibration), 0.0, false, Shown::Percent, true,
         EvaluateSummaryTab::tr("Mean top-1 probability")},
        {EvaluateSummaryTab::tr("Samples"), double(m.confusion.total()), double(b.confusion.total()), baseline,
         Shown::Count, true, EvaluateSummaryTab::tr("Samples evaluated")},
    };
}

/// "Model: mlp preset, 669,706 parameters — /runs/a/checkpoint-best.pt".
QString modelLine(const EvaluationResult& r) {
    QString line = EvaluateSummaryTab::tr("Model: %1").arg(r.modelDescription.empty() ? qText(r.modelKind) : qText(r.modelDescription));
    if (!r.modelPath.empty()) line += QStringLiteral(" — ") + QDir::toNativeSeparators(qText(r.modelPath));
    return line;
}

/// "Data: new coats (image folder)": what the counts of the data line follow.
QString dataLine(const EvaluationResult& r) {
    QString line = EvaluateSummaryTab::tr("Data: %1").arg(qText(r.dataName.empty() ? r.dataPath : r.dataName));
    if (!r.dataFormat.empty()) line += QStringLiteral(" (%1)").arg(qText(r.dataFormat));
    return line;
}

/// "Evaluated in 1.3 s on cpu".
QString howLine(const EvaluationResult& r) {
    QString line = EvaluateSummaryTab::tr("Evaluated in %1 s").arg(r.seconds, 0, 'f', 1);
    if (!r.device.empty()) line += EvaluateSummaryTab::tr(" on %1").arg(qText(r.device));
    return line;
}

/// A language model's overall rows: its losses and accuracies next to the run's test figures.
std::vector<OverallRow> languageModelRows(const LanguageModelEvaluation& lm) {
    const LanguageModelTest& m = lm.metrics;
    const LanguageModelTest& b = lm.baseline;
    const bool baseline = lm.hasBaseline;
    return {
        {EvaluateSummaryTab::tr("Loss (nats per token)"), m.loss, b.loss, baseline, Shown::Loss, false,
         EvaluateSummaryTab::tr("Mean next-token cross-entropy; lower is better")},
        {EvaluateSummaryTab::tr("Perplexity"), m.perplexity, b.perplexity, baseline, Shown::Perplexity, false,
         EvaluateSummaryTab::tr("exp(loss): how many tokens the model hesitates between, on average; lower is better")},
        {EvaluateSummaryTab::tr("Bits per byte"), m.bitsPerByte, b.bitsPerByte, baseline, Shown::Loss, false,
         EvaluateSummaryTab::tr("Loss in bits per UTF-8 byte of text: comparable across tokenizers; lower is better")},
        {EvaluateSummaryTab::tr("Top-1 accuracy"), m.tokenAccuracy, b.tokenAccuracy, baseline, Shown::Percent, true,
         EvaluateSummaryTab::tr("Share of tokens the model ranked first")},
        {EvaluateSummaryTab::tr("Top-5 accuracy"), m.top5Accuracy, b.top5Accuracy, baseline, Shown::Percent, true,
         EvaluateSummaryTab::tr("Share of tokens among the model's five most probable")},
        {EvaluateSummaryTab::tr("ECE"), lm.calibration.ece, 0.0, false, Shown::Percent, false,
         EvaluateSummaryTab::tr("Expected calibration error of the next-token probability")},
        {EvaluateSummaryTab::tr("Mean confidence"), meanConfidence(lm.calibration), 0.0, false, Shown::Percent, true,
         EvaluateSummaryTab::tr("Mean probability of the most probable next token")},
        {EvaluateSummaryTab::tr("Tokens"), double(m.tokens), double(b.tokens), baseline, Shown::Count, true,
         EvaluateSummaryTab::tr("Predicted tokens")},
        {EvaluateSummaryTab::tr("Documents"), double(lm.documents.size()), 0.0, false, Shown::Count, true,
         EvaluateSummaryTab::tr("Documents scored")},
    };
}

}  // namespace

EvaluateSummaryTab::EvaluateSummaryTab(QWidget* parent) : QWidget(parent) {
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
    auto* right = m_classSide = new QWidget();
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
    split->setSizes({2 * kWindowWidth / 5, 3 * kWindowWidth / 5});  // the per-class table needs the room
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void EvaluateSummaryTab::showResult(const EvaluationResult& r) {
    m_classSide->setVisible(!r.lm);
    if (r.lm) {
        showLanguageModelHeadline(r);
        showOverall(languageModelRows(*r.lm), r.lm->hasBaseline);
    } else {
        showHeadline(r);
        showOverall(overallRows(r), r.comparison.available);
        showClasses(r);
    }
    m_warnings->setText(bullets(r.warnings));
    m_warnings->setVisible(!r.warnings.empty());
    m_notes->setText(bullets(r.notes));
    m_notes->setVisible(!r.notes.empty());
}

// The headline and, under it, what was evaluated on what, where and against which run.
void EvaluateSummaryTab::showHeadline(const EvaluationResult& r) {
    const EvalMetrics& m = r.metrics;
    const BaselineComparison& cmp = r.comparison;
    QString headline = tr("Accuracy %1").arg(percentText(m.accuracy));
    if (cmp.available) {
        const double change = 100.0 * (m.accuracy - cmp.baseline.accuracy);
        headline += tr("  (run's test %1, %2 points)").arg(percentText(cmp.baseline.accuracy), signedFixed(change, 1));
    }
    m_headline->setText(headline);

    QStringList about;
    about << modelLine(r);
    QString data = dataLine(r);
    if (!r.splitName.empty()) data += tr(", %1 split").arg(qText(r.splitName));
    data += tr(": %1 samples, %n class(es)", nullptr, m.confusion.classCount()).arg(grouped(m.confusion.total()));
    about << data << howLine(r);
    if (cmp.available)
        about << tr("Compared with run “%1” (%2)").arg(qText(cmp.runName), QDir::toNativeSeparators(qText(cmp.runDir)));
    else
        about << tr("No run to compare with: only this data's numbers are shown.");
    m_description->setText(about.join(QLatin1Char('\n')));
}

// A language model's headline (perplexity against the run's test) and what was scored, with which tokenizer and window.
void EvaluateSummaryTab::showLanguageModelHeadline(const EvaluationResult& r) {
    const LanguageModelEvaluation& lm = *r.lm;
    QString headline = tr("Perplexity %1").arg(shownValue(lm.metrics.perplexity, Shown::Perplexity));
    if (lm.hasBaseline)
        headline += tr("  (run's test %1, %2)")
                        .arg(shownValue(lm.baseline.perplexity, Shown::Perplexity),
                             signedFixed(lm.metrics.perplexity - lm.baseline.perplexity, kPerplexityChangeDecimals));
    m_headline->setText(headline);

    QStringList about;
    about << modelLine(r);
    QString data = dataLine(r);
    data += tr(": %1 document(s), %2 tokens", nullptr, int(lm.documents.size())).arg(grouped(static_cast<qint64>(lm.documents.size())), grouped(lm.metrics.tokens));
    about << data;
    QString tokenizer = tr("Tokenizer: %1").arg(lm.tokenizerKind.empty() ? tr("unknown") : qText(lm.tokenizerKind));
    if (lm.vocabSize > 0) tokenizer += tr(", %1 tokens").arg(grouped(lm.vocabSize));
    if (lm.contextLength > 0) tokenizer += tr(" · context %1 tokens").arg(grouped(lm.contextLength));
    if (lm.stride > 0) tokenizer += tr(", stride %1").arg(grouped(lm.stride));
    about << tokenizer << howLine(r);
    const std::string& run = r.comparison.runName.empty() ? r.runDir : r.comparison.runName;
    if (lm.hasBaseline)
        about << tr("Compared with the test figures of run “%1”").arg(QDir::toNativeSeparators(qText(run)));
    else
        about << tr("No run test figures to compare with: only this text's numbers are shown.");
    m_description->setText(about.join(QLatin1Char('\n')));
}

// Overall metrics: this data, the run's test, the change (green = better, red = worse).
void EvaluateSummaryTab::showOverall(const std::vector<OverallRow>& rows, bool baseline) {
    m_overall->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const OverallRow& row = rows[static_cast<size_t>(i)];
        auto* name = new QTableWidgetItem(row.name);
        name->setToolTip(row.tip);
        m_overall->setItem(i, 0, name);
        m_overall->setItem(i, 1, new NumberItem(shownValue(row.now, row.kind), row.now));
        m_overall->setItem(i, 2, new NumberItem(row.hasBefore ? shownValue(row.before, row.kind) : QStringLiteral("–"),
                                                row.before));
        QString change = QStringLiteral("–");
        QColor ink;
        if (row.hasBefore && row.kind != Shown::Count) {
            const double d = row.now - row.before;
            change = row.kind == Shown::Percent ? tr("%1 points").arg(signedFixed(100.0 * d, 1))
                                                : signedFixed(d, changeDecimals(row.kind));
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
}

// Per-class table; classes whose F1 or recall moved beyond the threshold are flagged.
void EvaluateSummaryTab::showClasses(const EvaluationResult& r) {
    const EvalMetrics& m = r.metrics;
    const BaselineComparison& cmp = r.comparison;
    const int classes = m.confusion.classCount();
    const bool deltas = cmp.available && cmp.classes.size() == static_cast<size_t>(classes);
    m_classes->setSortingEnabled(false);
    m_classes->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_classes->setRowCount(classes);
    int flagged = 0;
    for (int c = 0; c < classes; ++c) {
        if (showClassRow(c, m, cmp, deltas)) ++flagged;
    }
    m_classes->setSortingEnabled(true);
    for (int col = BaselineF1Column; col <= DeltaRecallColumn; ++col) m_classes->setColumnHidden(col, !deltas);
    showClassCaption(flagged, deltas, cmp.threshold);
}

// Fills row `c` of the per-class table; true when the class is flagged.
bool EvaluateSummaryTab::showClassRow(int c, const EvalMetrics& m, const BaselineComparison& cmp, bool deltas) {
    const auto uc = static_cast<size_t>(c);
    const ClassMetrics cm = uc < m.perClass.size() ? m.perClass[uc] : ClassMetrics();
    auto* name = new QTableWidgetItem(qText(m.confusion.classNames[uc]));
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
                      .arg(qText(d.className), fixed(d.baselineF1, kMetricDecimals), fixed(d.currentF1, kMetricDecimals),
                           signedFixed(dF1, kMetricDecimals), fixed(d.baselineRecall, kMetricDecimals),
                           fixed(d.currentRecall, kMetricDecimals), signedFixed(dRecall, kMetricDecimals));
            if (flag) tip += tr("\nChanged by at least %1 since the run's test.").arg(fixed(cmp.threshold, 2));
        } else {
            tip = tr("%1 was not in the run's test set").arg(qText(d.className));
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
    return flag;
}

void EvaluateSummaryTab::showClassCaption(int flagged, bool deltas, double threshold) {
    if (!deltas)
        m_classCaption->setText(tr("Per class"));
    else if (flagged == 0)
        m_classCaption->setText(tr("Per class — no class moved by %1 or more in F1 or recall").arg(fixed(threshold, 2)));
    else if (flagged == 1)
        m_classCaption->setText(tr("Per class — %n class(es) moved by %1 or more in F1 or recall (red)", nullptr, 1).arg(fixed(threshold, 2)));
    else
        m_classCaption->setText(tr("Per class — %n class(es) moved by %1 or more in F1 or recall (red)", nullptr, int(flagged))
                                    .arg(fixed(threshold, 2)));
}

}  // namespace ts
