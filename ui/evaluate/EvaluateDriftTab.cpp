#include "ui/evaluate/EvaluateDriftTab.h"
#include "ui/common/TextFormat.h"

#include "ui/evaluate/EvalCharts.h"
#include "ui/evaluate/EvaluateWidgets.h"
#include "ui/evaluate/TextDriftView.h"

#include "core/eval/LanguageModelEvaluation.h"
#include "core/eval/TextDrift.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace ts {

using namespace evalwidgets;

namespace {

constexpr int kStatDecimals = 3;          // KS, PSI, means
constexpr int kMomentDigits = 4;          // significant digits of the feature means and deviations
constexpr double kPsiModerate = 0.1;      // population stability index bands (the usual rule of thumb)
constexpr double kPsiLarge = 0.25;
constexpr double kSignificance = 0.01;    // p-value below which a difference is called significant
constexpr double kSmallestPValue = 1e-16; // below this double precision says nothing useful
constexpr double kSmallPValue = 0.001;    // from here down p-values are written in scientific notation
constexpr int kTableSlack = 12;           // pixels a table's computed width misses (margins, bold headers)
const QColor kModerateBackground(0xff, 0xf4, 0xd6);

/// Columns of the class table.
enum DriftClassColumn { ClassColumn, ReferenceCountColumn, ReferenceShareColumn, CurrentCountColumn,
                        CurrentShareColumn, ShareChangeColumn };

int64_t sum(const std::vector<int64_t>& v) {
    return std::accumulate(v.begin(), v.end(), int64_t(0));
}

}  // namespace

EvaluateDriftTab::EvaluateDriftTab(QWidget* parent) : QWidget(parent) {
    m_driftSummary = wrappedLabel(QStringLiteral("evaluateDriftSummary"));
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
    m_classBox = classes;
    m_textDrift = new TextDriftView();
    m_textDrift->hide();
    m_featureBox = new QWidget();
    m_featureBox->setObjectName(QStringLiteral("evaluateFeatureBox"));
    auto* featureLayout = new QVBoxLayout(m_featureBox);
    featureLayout->setContentsMargins(0, 0, 0, 0);
    featureLayout->addWidget(m_featureCaption);
    featureLayout->addWidget(m_features, 1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(classes);
    split->addWidget(m_featureBox);
    split->addWidget(m_textDrift);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_driftSummary);
    layout->addWidget(split, 1);
}

const TextDriftReport* EvaluateDriftTab::textDriftOf(const EvaluationResult& result) {
    if (result.lm) return &result.lm->drift;
    return result.textDrift.get();
}

QString EvaluateDriftTab::psiVerdict(double psi) {
    if (psi < kPsiModerate) return tr("stable");
    if (psi <= kPsiLarge) return tr("moderate shift");
    return tr("large shift");
}

QString EvaluateDriftTab::formatPValue(double p) {
    if (!(p >= kSmallestPValue)) return QStringLiteral("< 1e-16");
    if (p < kSmallPValue) return QString::number(p, 'e', 1);
    return fixed(p, 3);
}

void EvaluateDriftTab::showResult(const EvaluationResult& result) {
    const TextDriftReport* text = textDriftOf(result);
    m_textDrift->setVisible(text != nullptr);
    if (text) m_textDrift->showReport(*text);
    // A language model has no classes: its text drift takes the whole tab.
    const DriftReport& d = result.drift;
    const bool classes = !text || !d.classNames.empty();
    m_driftSummary->setVisible(classes);
    m_classBox->setVisible(classes);
    m_distribution->setReport(d);
    showSummary(d);
    showClasses(d);
    showFeatures(d);
}

// The verdict banner: the class mix's PSI and chi-square test, then how many features shifted.
void EvaluateDriftTab::showSummary(const DriftReport& d) {
    if (!d.hasReference) {
        m_driftSummary->setText(
            tr("<b>No reference data:</b> the data this model was trained on is not known, so drift cannot be measured. "
               "A checkpoint from a TrainScope run is compared with its run's training split; for a TorchScript "
               "model, choose <i>Reference data</i> above and evaluate again. Only the evaluated data's class "
               "counts are shown."));
        m_driftSummary->setStyleSheet(QLatin1String(kWarningStyle));
        return;
    }
    const QString verdict = psiVerdict(d.classPsi);
    const QString reference = d.referenceName.empty() ? tr("the reference data") : qText(d.referenceName).toHtmlEscaped();
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
        const QString kind = d.featureKind.empty() ? QString() : QStringLiteral(" (%1)").arg(qText(d.featureKind).toHtmlEscaped());
        summary += tr("<br><b>Features</b>%1: %2 of %3 shifted a lot (PSI &gt; 0.25), %4 moderately; the largest KS "
                      "is %5 (%6).")
                       .arg(kind)
                       .arg(large)
                       .arg(d.features.size())
                       .arg(moderate)
                       .arg(fixed(top->ks, kStatDecimals), qText(top->name).toHtmlEscaped());
    }
    m_driftSummary->setText(summary);
    const bool worst = d.classPsi > kPsiLarge || large > 0;
    const bool some = d.classPsi >= kPsiModerate || moderate > 0;
    m_driftSummary->setStyleSheet(QLatin1String(worst ? kErrorStyle : some ? kWarningStyle : kOkStyle));
}

// Class counts and shares, reference against evaluated data.
void EvaluateDriftTab::showClasses(const DriftReport& d) {
    const size_t classes = d.classNames.size();
    const int64_t refTotal = d.hasReference ? sum(d.referenceCounts) : 0;
    const int64_t curTotal = sum(d.currentCounts);
    const QString none = QStringLiteral("–");
    m_driftClasses->setSortingEnabled(false);
    m_driftClasses->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_driftClasses->setRowCount(static_cast<int>(classes));
    for (size_t c = 0; c < classes; ++c) {
        const int row = static_cast<int>(c);
        const int64_t ref = c < d.referenceCounts.size() ? d.referenceCounts[c] : 0;
        const int64_t cur = c < d.currentCounts.size() ? d.currentCounts[c] : 0;
        const double refShare = refTotal > 0 ? double(ref) / double(refTotal) : 0.0;
        const double curShare = curTotal > 0 ? double(cur) / double(curTotal) : 0.0;
        m_driftClasses->setItem(row, ClassColumn, new QTableWidgetItem(qText(d.classNames[c])));
        m_driftClasses->setItem(row, ReferenceCountColumn, new NumberItem(d.hasReference ? grouped(ref) : none, double(ref)));
        m_driftClasses->setItem(row, ReferenceShareColumn,
                                new NumberItem(d.hasReference ? percentText(refShare) : none, refShare));
        m_driftClasses->setItem(row, CurrentCountColumn, new NumberItem(grouped(cur), double(cur)));
        m_driftClasses->setItem(row, CurrentShareColumn, new NumberItem(percentText(curShare), curShare));
        const double change = 100.0 * (curShare - refShare);
        m_driftClasses->setItem(row, ShareChangeColumn,
                                new NumberItem(d.hasReference ? tr("%1 points").arg(signedFixed(change, 1)) : none,
                                               d.hasReference ? change : 0.0));
    }
    m_driftClasses->setSortingEnabled(true);
    for (int col : {ReferenceCountColumn, ReferenceShareColumn, ShareChangeColumn})
        m_driftClasses->setColumnHidden(col, !d.hasReference);
    // Wide enough for every column, so the chart beside it cannot squeeze it into a scroll area.
    m_driftClasses->resizeColumnsToContents();
    m_driftClasses->setMinimumWidth(m_driftClasses->horizontalHeader()->length() + 2 * m_driftClasses->frameWidth() +
                                    m_driftClasses->verticalScrollBar()->sizeHint().width() + kTableSlack);
}

// Features, largest KS first; shifted ones on a red (large) or yellow (moderate) background.
void EvaluateDriftTab::showFeatures(const DriftReport& d) {
    std::vector<FeatureShift> features = d.features;
    std::stable_sort(features.begin(), features.end(), [](const FeatureShift& a, const FeatureShift& b) { return a.ks > b.ks; });
    m_featureCaption->setText(
        !d.hasReference ? tr("Features: no reference data to compare with")
        : features.empty() ? tr("Features: none compared")
                           : d.featureKind.empty() ? tr("Features, largest shift (KS) first")
                                                   : tr("Features (%1), largest shift (KS) first").arg(qText(d.featureKind)));
    m_features->setSortingEnabled(false);
    m_features->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_features->setRowCount(static_cast<int>(features.size()));
    for (size_t i = 0; i < features.size(); ++i) {
        const FeatureShift& f = features[i];
        const int row = static_cast<int>(i);
        std::vector<QTableWidgetItem*> items{
            new QTableWidgetItem(qText(f.name)),
            new NumberItem(fixed(f.ks, kStatDecimals), f.ks),
            new NumberItem(formatPValue(f.pValue), f.pValue),
            new NumberItem(fixed(f.psi, kStatDecimals), f.psi),
            new QTableWidgetItem(psiVerdict(f.psi)),
            new NumberItem(QString::number(f.referenceMean, 'g', kMomentDigits), f.referenceMean),
            new NumberItem(QString::number(f.currentMean, 'g', kMomentDigits), f.currentMean),
            new NumberItem(QString::number(f.referenceStd, 'g', kMomentDigits), f.referenceStd),
            new NumberItem(QString::number(f.currentStd, 'g', kMomentDigits), f.currentStd),
        };
        const QColor background = f.psi > kPsiLarge ? kFlaggedBackground : f.psi >= kPsiModerate ? kModerateBackground : QColor();
        for (size_t k = 0; k < items.size(); ++k) {
            if (background.isValid()) items[k]->setBackground(background);
            m_features->setItem(row, static_cast<int>(k), items[k]);
        }
    }
    m_features->setSortingEnabled(true);
    // Without a reference there is nothing to list: the class distribution gets the room.
    m_featureBox->setVisible(!features.empty());
}

}  // namespace ts
