#include "ui/lm/SamplesPanel.h"

#include "ui/charts/CurveChart.h"
#include "ui/common/LayoutMetrics.h"
#include "ui/lm/RichTextDelegate.h"
#include "ui/lm/SampleText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace ts {

namespace {

constexpr int kSmallChartHeight = 150;
constexpr int kMetricDecimals = 2;
const QColor kBannerBackground(0xff, 0xf3, 0xcd);
const QColor kBannerText(0x85, 0x64, 0x04);
const QColor kHitsColor(0xd6, 0x27, 0x28);

QString promptLabel(const std::string& prompt) {
    return prompt.empty() ? SamplesPanel::tr("(empty prompt)") : QString::fromStdString(prompt).simplified();
}

QTableWidgetItem* numberItem(double value, int decimals) {
    auto* item = new QTableWidgetItem(QString::number(value, 'f', decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
    return item;
}

/// A read-only browser for one side of the comparison.
QTextBrowser* compareBrowser(const QString& name) {
    auto* browser = new QTextBrowser();
    browser->setObjectName(name);
    browser->setOpenLinks(false);
    return browser;
}

}  // namespace

SamplesPanel::SamplesPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("samplesPanel"));
    m_banner = new QLabel();
    m_banner->setObjectName(QStringLiteral("watchAlertBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 6px; border-radius: 3px; }")
                                .arg(kBannerBackground.name(), kBannerText.name()));
    m_banner->hide();
    m_promptCombo = new QComboBox();
    m_promptCombo->setObjectName(QStringLiteral("samplesPromptCombo"));
    m_promptCombo->setToolTip(tr("The prompt whose continuations are listed, one row per evaluation"));
    m_promptCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_promptCombo, &QComboBox::currentIndexChanged, this, &SamplesPanel::showPrompt);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("samplesTable"));
    m_table->setHorizontalHeaderLabels({tr("Step"), tr("Text"), tr("D-1"), tr("D-2"), tr("Rep."), tr("Mem."),
                                        tr("Hits")});
    const QString tips[] = {tr("Training step of the model that wrote the sample"),
                            tr("The continuation (the prompt in grey); watch-list hits highlighted"),
                            tr("Distinct-1: unique words ÷ words"), tr("Distinct-2: unique word pairs ÷ word pairs"),
                            tr("Repetition: share of repeated word 4-grams in the sample"),
                            tr("Memorized: share of the sample's word 8-grams found verbatim in the training text"),
                            tr("Watch-list hits in the sample")};
    for (int c = 0; c < ColumnCount; ++c) {
        m_table->horizontalHeaderItem(c)->setToolTip(tips[c]);
        if (c != TextColumn) m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_table->setItemDelegateForColumn(TextColumn, new RichTextDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("Select two steps (Ctrl+click) to see them side by side below"));
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableView::resizeRowsToContents);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SamplesPanel::compareSelected);

    auto* compare = new QWidget();
    auto* sides = new QHBoxLayout(compare);
    sides->setContentsMargins(0, 0, 0, 0);
    m_left = compareBrowser(QStringLiteral("sampleCompareLeft"));
    m_right = compareBrowser(QStringLiteral("sampleCompareRight"));
    m_leftTitle = new QLabel();
    m_rightTitle = new QLabel();
    for (auto [title, browser] : {std::pair{m_leftTitle, m_left}, std::pair{m_rightTitle, m_right}}) {
        auto* column = new QVBoxLayout();
        column->addWidget(title);
        column->addWidget(browser, 1);
        sides->addLayout(column, 1);
    }

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("samplesSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(compare);
    splitter->addWidget(buildCharts());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* promptRow = new QHBoxLayout();
    promptRow->addWidget(new QLabel(tr("Prompt:")));
    promptRow->addWidget(m_promptCombo, 1);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(LayoutMetrics::kPanelMargin, LayoutMetrics::kPanelMargin, LayoutMetrics::kPanelMargin,
                               LayoutMetrics::kPanelMargin);
    column->addWidget(m_banner);
    column->addLayout(promptRow);
    column->addWidget(splitter, 1);
    clear();
}

QWidget* SamplesPanel::buildCharts() {
    m_metricsChart = new CurveChart(tr("Sample metrics"));
    m_metricsChart->setObjectName(QStringLiteral("sampleMetricsChart"));
    m_metricsChart->setAxisTitles(tr("step"), tr("share"));
    m_metricsChart->setIntegerX(true);
    m_metricsChart->setYBounds(0.0, 1.0);
    for (const QString& name : {tr("distinct-1"), tr("distinct-2"), tr("repetition"), tr("memorized")})
        m_metricsChart->addSeries(name, CurveChart::SeriesStyle::LineWithMarkers);
    m_hitsChart = new CurveChart(tr("Watch-list hits"));
    m_hitsChart->setObjectName(QStringLiteral("watchHitsChart"));
    m_hitsChart->setAxisTitles(tr("step"), tr("hits"));
    m_hitsChart->setIntegerX(true);
    m_hitsChart->addSeries(tr("hits (all prompts)"), kHitsColor, CurveChart::SeriesStyle::LineWithMarkers);
    auto* row = new QWidget();
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (CurveChart* chart : {m_metricsChart, m_hitsChart}) {
        chart->setMinimumHeight(kSmallChartHeight);
        layout->addWidget(chart, 1);
    }
    return row;
}

void SamplesPanel::clear() {
    m_samples.clear();
    m_shown.clear();
    m_hitsByStep.clear();
    m_banner->hide();
    m_promptCombo->clear();
    m_table->setRowCount(0);
    m_metricsChart->clear();
    m_hitsChart->clear();
    m_left->setPlainText(tr("No samples yet: a language model writes them at each evaluation."));
    m_right->clear();
    m_leftTitle->clear();
    m_rightTitle->clear();
}

QStringList SamplesPanel::prompts() const {
    QStringList out;
    for (int i = 0; i < m_promptCombo->count(); ++i) out << m_promptCombo->itemData(i).toString();
    return out;
}

void SamplesPanel::setCurrentPrompt(int index) { m_promptCombo->setCurrentIndex(index); }

void SamplesPanel::notePrompt(const std::string& prompt) {
    const QString value = QString::fromStdString(prompt);
    if (m_promptCombo->findData(value) < 0) m_promptCombo->addItem(promptLabel(prompt), value);
}

void SamplesPanel::addEvaluation(const EpochMetrics& m) {
    qint64 hits = 0;
    for (const TextSample& sample : m.lm.samples) {
        m_samples.push_back(sample);
        hits += static_cast<qint64>(sample.watchHits.size());
        const bool shownPrompt = m_promptCombo->count() > 0 &&
                                 m_promptCombo->currentData().toString() == QString::fromStdString(sample.prompt);
        notePrompt(sample.prompt);  // the first prompt selects itself, which shows it
        if (shownPrompt) {
            m_shown.push_back(m_samples.size() - 1);
            appendRow(sample);
            chartSample(sample);
        }
    }
    if (m_table->selectionModel()->selectedRows().isEmpty()) compareSelected();  // the newest step by default
    hits = std::max<qint64>(hits, m.lm.watchHits);
    m_hitsByStep[m.step] = hits;
    m_hitsChart->appendPoint(0, QPointF(double(m.step), double(hits)));
    if (hits > 0) {
        m_banner->setText(tr("⚠ Watch list: %n hit(s) in the samples at step %1", nullptr, int(hits)).arg(m.step));
        m_banner->show();
        Q_EMIT watchHitsFound(int(hits), m.step);
    }
}

void SamplesPanel::setSamples(std::vector<TextSample> samples) {
    clear();
    std::stable_sort(samples.begin(), samples.end(),
                     [](const TextSample& a, const TextSample& b) { return a.step < b.step; });
    m_samples = std::move(samples);
    QVector<QPointF> hits;
    for (const TextSample& s : m_samples) m_hitsByStep[s.step] += static_cast<qint64>(s.watchHits.size());
    for (auto it = m_hitsByStep.cbegin(); it != m_hitsByStep.cend(); ++it)
        hits.append(QPointF(double(it.key()), double(it.value())));
    m_hitsChart->appendPoints(0, hits);
    const QSignalBlocker quiet(m_promptCombo);
    for (const TextSample& s : m_samples) notePrompt(s.prompt);
    showPrompt();
}

void SamplesPanel::showPrompt() {
    m_table->setRowCount(0);
    m_shown.clear();
    m_metricsChart->clear();
    if (m_promptCombo->currentIndex() < 0) return;
    const std::string prompt = m_promptCombo->currentData().toString().toStdString();
    for (size_t i = 0; i < m_samples.size(); ++i) {
        if (m_samples[i].prompt != prompt) continue;
        m_shown.push_back(i);
        appendRow(m_samples[i]);
        chartSample(m_samples[i]);
    }
    compareSelected();
}

void SamplesPanel::appendRow(const TextSample& sample) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* step = new QTableWidgetItem(QString::number(sample.step));
    step->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
    m_table->setItem(row, StepColumn, step);
    auto* text = new QTableWidgetItem(QString::fromStdString(sample.text));
    text->setData(RichTextDelegate::kHtmlRole, sampleHtml(sample));
    m_table->setItem(row, TextColumn, text);
    m_table->setItem(row, Distinct1Column, numberItem(sample.distinct1, kMetricDecimals));
    m_table->setItem(row, Distinct2Column, numberItem(sample.distinct2, kMetricDecimals));
    m_table->setItem(row, RepetitionColumn, numberItem(sample.repetition, kMetricDecimals));
    m_table->setItem(row, MemorizationColumn, numberItem(sample.memorization, kMetricDecimals));
    auto* hits = numberItem(double(sample.watchHits.size()), 0);
    if (!sample.watchHits.empty()) hits->setBackground(kWatchHitBackground);
    m_table->setItem(row, WatchHitsColumn, hits);
    m_table->resizeRowToContents(row);
}

void SamplesPanel::chartSample(const TextSample& sample) {
    const double x = static_cast<double>(sample.step);
    const double values[] = {sample.distinct1, sample.distinct2, sample.repetition, sample.memorization};
    for (int id = 0; id < int(std::size(values)); ++id) m_metricsChart->appendPoint(id, QPointF(x, values[id]));
}

void SamplesPanel::compareSelected() {
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) rows << index.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty() && !m_shown.empty()) rows << int(m_shown.size()) - 1;  // the newest by default
    const auto showSide = [this](QLabel* title, QTextBrowser* browser, int row) {
        if (row < 0 || row >= int(m_shown.size())) {
            title->clear();
            browser->clear();
            return;
        }
        const TextSample& sample = m_samples[m_shown[size_t(row)]];
        title->setText(tr("Step %1").arg(sample.step));
        browser->setHtml(sampleHtml(sample));
    };
    showSide(m_leftTitle, m_left, rows.isEmpty() ? -1 : rows.front());
    showSide(m_rightTitle, m_right, rows.size() >= 2 ? rows.back() : -1);
}

}  // namespace ts
