#include "ui/evaluate/EvaluateSamplesTab.h"
#include "ui/common/TextFormat.h"

#include "ui/evaluate/EvaluateWidgets.h"
#include "ui/lm/RichTextDelegate.h"
#include "ui/lm/SampleText.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace ts {

using namespace evalwidgets;

namespace {

constexpr int kMetricDecimals = 2;

}  // namespace

EvaluateSamplesTab::EvaluateSamplesTab(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("evaluateSamplesTab"));
    m_banner = wrappedLabel(QStringLiteral("evaluateSamplesBanner"));
    m_table = makeTable(QStringLiteral("evaluateSamplesTable"), {tr("Prompt and continuation"), tr("Hits"), tr("D-2"), tr("Rep.")});
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeaderItem(TextColumn)->setToolTip(tr("The prompt (grey, taken from the evaluated text) and the "
                                                             "model's continuation; watch-list hits highlighted"));
    m_table->horizontalHeaderItem(HitsColumn)->setToolTip(tr("Watch-list hits in the continuation"));
    m_table->horizontalHeaderItem(Distinct2Column)->setToolTip(tr("Distinct-2: unique word pairs ÷ word pairs"));
    m_table->horizontalHeaderItem(RepetitionColumn)->setToolTip(tr("Repetition: share of repeated word 4-grams"));
    m_table->setItemDelegateForColumn(TextColumn, new RichTextDelegate(m_table));
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
}

void EvaluateSamplesTab::showSamples(const std::vector<TextSample>& samples, int64_t watchHits) {
    std::vector<size_t> order(samples.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&samples](size_t a, size_t b) {
        return samples[a].watchHits.size() > samples[b].watchHits.size();
    });
    const auto hitSamples = std::count_if(samples.begin(), samples.end(), [](const TextSample& s) { return !s.watchHits.empty(); });
    if (watchHits > 0) {
        const QString hits = tr("%1 watch-list hit(s)", nullptr, pluralCount(watchHits)).arg(grouped(watchHits));
        m_banner->setText(tr("<b>%1</b> in %2 of %3 sample(s) generated from prompts of the evaluated text "
                             "(listed first, highlighted).", nullptr, int(samples.size())).arg(hits).arg(hitSamples).arg(samples.size()));
        m_banner->setStyleSheet(QLatin1String(kWarningStyle));
    } else {
        m_banner->setText(tr("No watch-list hits in %1 sample(s) generated from prompts of the evaluated text.", nullptr, int(samples.size())).arg(samples.size()));
        m_banner->setStyleSheet(QLatin1String(kOkStyle));
    }
    m_table->setRowCount(static_cast<int>(samples.size()));
    for (int row = 0; row < static_cast<int>(order.size()); ++row) {
        const TextSample& s = samples[order[static_cast<size_t>(row)]];
        auto* text = new QTableWidgetItem();
        text->setData(RichTextDelegate::kHtmlRole, sampleHtml(s));
        text->setToolTip(QString::fromStdString(s.prompt + s.text));
        m_table->setItem(row, TextColumn, text);
        m_table->setItem(row, HitsColumn, new NumberItem(QString::number(s.watchHits.size()), double(s.watchHits.size())));
        m_table->setItem(row, Distinct2Column, new NumberItem(fixed(s.distinct2, kMetricDecimals), s.distinct2));
        m_table->setItem(row, RepetitionColumn, new NumberItem(fixed(s.repetition, kMetricDecimals), s.repetition));
    }
    m_table->resizeRowsToContents();
}

}  // namespace ts
