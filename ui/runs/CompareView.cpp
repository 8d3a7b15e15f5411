#include "ui/runs/CompareView.h"

#include "ui/common/TextFormat.h"
#include "ui/charts/ChartMath.h"
#include "ui/charts/ChartPanel.h"
#include "ui/charts/CurveChart.h"
#include "ui/runs/RunsPanel.h"

#include <QDateTime>
#include <QChart>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <functional>

namespace ts {

namespace {

const QColor kDifferBackground(0xff, 0xec, 0xb3);  // pale amber
constexpr int kLegendNameChars = 32;
constexpr int kSwatchSize = 12;
constexpr int kDefaultWidth = 1400;
constexpr int kDefaultHeight = 820;
constexpr int kChartsShare = 700;
constexpr int kTableShare = 700;

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString number(double v) { return QString::number(v, 'g', 6); }

QString percent(double fraction) { return QStringLiteral("%1 %").arg(100.0 * fraction, 0, 'f', 2); }

QString shortName(const RunRecord& r) {
    QString name = qs(r.displayName());
    if (name.size() > kLegendNameChars) name = name.left(kLegendNameChars - 1) + QChar(0x2026);
    return name;
}

QIcon swatch(const QColor& color) {
    QPixmap pixmap(kSwatchSize, kSwatchSize);
    pixmap.fill(color);
    return QIcon(pixmap);
}

/// True when the epoch (a language model's evaluation) measured the validation set.
bool evaluated(const EpochMetrics& e) { return e.languageModel || !e.val.empty(); }

/// The last epoch with a validation evaluation, or null.
const EpochMetrics* lastEvaluated(const RunRecord& r) {
    for (auto it = r.epochs.rbegin(); it != r.epochs.rend(); ++it)
        if (evaluated(*it)) return &*it;
    return nullptr;
}

/// Which task's rows a table row is for.
enum class RowTask { Both, Classification, LanguageModel };

}  // namespace

CompareView::CompareView(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("compareView"));
    setWindowTitle(tr("Compare Runs"));
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    setSizeGripEnabled(true);

    // Runs differ in batch size and so in steps per epoch: both charts count epochs.
    m_lossChart = new CurveChart(tr("Loss"));
    m_lossChart->setObjectName(QStringLiteral("compareLossChart"));
    m_lossChart->setAxisTitles(tr("epoch"), tr("loss"));
    m_lossChart->setNativeXKind(XAxisKind::Epoch);
    m_accuracyChart = new CurveChart(tr("Validation accuracy"));
    m_accuracyChart->setObjectName(QStringLiteral("compareAccuracyChart"));
    m_accuracyChart->setAxisTitles(tr("epoch"), tr("accuracy (%)"));
    m_accuracyChart->setNativeXKind(XAxisKind::Epoch);
    m_accuracyChart->setIntegerX(true);
    m_accuracyChart->setYBounds(0.0, 100.0);

    m_table = new QTableWidget();
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Rows where the runs differ are highlighted"));

    auto* charts = new QSplitter(Qt::Vertical);
    charts->addWidget(new ChartPanel(m_lossChart));
    charts->addWidget(new ChartPanel(m_accuracyChart));
    auto* tableSide = new QWidget();
    auto* tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto* legend = new QLabel(tr("Runs are numbered by column. Highlighted rows differ between the runs. "
                                 "Loss: line = training loss (smoothed), dots = validation loss."));
    legend->setWordWrap(true);
    tableLayout->addWidget(legend);
    tableLayout->addWidget(m_table, 1);
    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("compareSplitter"));
    split->addWidget(charts);
    split->addWidget(tableSide);
    split->setSizes({kChartsShare, kTableShare});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(kDefaultWidth, kDefaultHeight);
}

QColor CompareView::runColor(int index) {
    // The shared ten-colour palette (core/plot/Palette.h); runs beyond ten reuse it.
    return toQColor(kSeriesPalette[static_cast<size_t>(std::max(0, index)) % kSeriesPalette.size()]);
}

void CompareView::setRuns(std::vector<RunRecord> runs) {
    m_runs = std::move(runs);
    QStringList names;
    for (const RunRecord& r : m_runs) names << shortName(r);
    setWindowTitle(tr("Compare Runs — %1").arg(names.join(QStringLiteral(", "))));
    fillCharts();
    fillTable();
}

QStringList CompareView::runDirs() const {
    QStringList dirs;
    for (const RunRecord& r : m_runs) dirs << qs(r.dir);
    return dirs;
}

void CompareView::fillCharts() {
    // Series cannot be removed from a CurveChart: a comparison is filled once (setRuns), and a new one
    // gets a new view.
    const bool allLanguageModels =
        !m_runs.empty() && std::all_of(m_runs.begin(), m_runs.end(), [](const RunRecord& r) { return r.isLanguageModel(); });
    if (allLanguageModels) {
        fillLanguageModelCharts();
        return;
    }
    for (size_t i = 0; i < m_runs.size(); ++i) {
        const RunRecord& r = m_runs[i];
        const QColor color = runColor(static_cast<int>(i));
        // Six or more legend entries share one row: the loss legend names runs by their column number.
        const QString number = QString::number(i + 1);
        const QString name = QStringLiteral("%1 · %2").arg(number, shortName(r));

        QVector<QPointF> train;
        train.reserve(static_cast<int>(r.batches.size()));
        DebiasedEma ema;
        ema.weight = kLossSmoothing;
        for (const BatchMetrics& b : r.batches) {
            const double x = b.batchesPerEpoch > 0 ? (b.epoch - 1) + double(b.batch) / b.batchesPerEpoch : b.epoch;
            train.append(QPointF(x, ema.add(b.loss)));
        }
        QVector<QPointF> valLoss;
        QVector<QPointF> valAcc;
        for (const EpochMetrics& e : r.epochs) {
            if (!evaluated(e)) continue;
            valLoss.append(QPointF(e.epoch, e.val.loss));
            valAcc.append(QPointF(e.epoch, 100.0 * e.val.accuracy));  // a language model's: next-token accuracy
        }
        const int trainId = m_lossChart->addSeries(tr("%1 · train").arg(number), color, CurveChart::SeriesStyle::Line);
        const int valId = m_lossChart->addSeries(tr("%1 · val").arg(number), color, CurveChart::SeriesStyle::LineWithMarkers);
        const int accId = m_accuracyChart->addSeries(name, color, CurveChart::SeriesStyle::LineWithMarkers);
        m_lossChart->appendPoints(trainId, train);
        m_lossChart->appendPoints(valId, valLoss);
        m_accuracyChart->appendPoints(accId, valAcc);
    }
}

void CompareView::fillLanguageModelCharts() {
    // Language models are counted in optimizer steps: both charts share the step axis, and the second shows
    // bits per byte, which compares models with different tokenizers.
    m_lossChart->setAxisTitles(tr("step"), tr("loss"));
    m_lossChart->setNativeXKind(XAxisKind::Step);
    m_accuracyChart->chart()->setTitle(tr("Validation bits per byte"));
    m_accuracyChart->setAxisTitles(tr("step"), tr("bits per byte"));
    m_accuracyChart->setNativeXKind(XAxisKind::Step);
    m_accuracyChart->setIntegerX(false);
    m_accuracyChart->setYBounds(0.0, std::numeric_limits<double>::infinity());
    for (size_t i = 0; i < m_runs.size(); ++i) {
        const RunRecord& r = m_runs[i];
        const QColor color = runColor(static_cast<int>(i));
        const QString number = QString::number(i + 1);
        QVector<QPointF> train;
        train.reserve(static_cast<int>(r.batches.size()));
        DebiasedEma ema;
        ema.weight = kLossSmoothing;
        for (const BatchMetrics& b : r.batches) train.append(QPointF(double(b.step), ema.add(b.loss)));
        QVector<QPointF> valLoss, bitsPerByte;
        for (const EpochMetrics& e : r.epochs) {
            valLoss.append(QPointF(double(e.step), e.val.loss));
            bitsPerByte.append(QPointF(double(e.step), e.lm.valBitsPerByte));
        }
        const int trainId = m_lossChart->addSeries(tr("%1 · train").arg(number), color, CurveChart::SeriesStyle::Line);
        const int valId = m_lossChart->addSeries(tr("%1 · val").arg(number), color, CurveChart::SeriesStyle::LineWithMarkers);
        const int bpbId = m_accuracyChart->addSeries(QStringLiteral("%1 · %2").arg(number, shortName(r)), color,
                                                     CurveChart::SeriesStyle::LineWithMarkers);
        m_lossChart->appendPoints(trainId, train);
        m_lossChart->appendPoints(valId, valLoss);
        m_accuracyChart->appendPoints(bpbId, bitsPerByte);
    }
}

int CompareView::rowOf(const QString& label) const {
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (const QTableWidgetItem* item = m_table->verticalHeaderItem(row); item && item->text() == label) return row;
    return -1;
}

bool CompareView::rowDiffers(int row) const {
    const QTableWidgetItem* item = m_table->item(row, 0);
    return item && item->data(DiffersRole).toBool();
}

/// A row of the comparison table.
struct CompareView::Row {
    QString label;
    std::function<QString(const RunRecord&)> value;
    bool compared = true;  // identity rows (folder, start time) always differ and are not highlighted
    RowTask task = RowTask::Both;
};

std::vector<CompareView::Row> CompareView::tableRows() {
    return {
        {tr("Folder"), [](const RunRecord& r) { return qs(r.id); }, false},
        {tr("Status"), [](const RunRecord& r) { return RunsModel::statusText(qs(r.status)); }},
        {tr("Started"), [](const RunRecord& r) {
             return dateTimeText(qs(r.startedAt));
         }, false},
        {tr("Data set"), [](const RunRecord& r) { return qs(r.dataset.name.empty() ? r.dataset.path : r.dataset.name); }},
        {tr("Preset"), [](const RunRecord& r) { return qs(r.config.preset); }},
        {tr("Optimizer"), [](const RunRecord& r) { return qs(r.config.optimizer); }},
        {tr("Learning rate"), [](const RunRecord& r) { return number(r.config.lr); }},
        {tr("Momentum"), [](const RunRecord& r) { return number(r.config.momentum); }, true, RowTask::Classification},
        {tr("Weight decay"), [](const RunRecord& r) { return number(r.config.weightDecay); }},
        {tr("LR schedule"), [](const RunRecord& r) {
             return r.config.schedule == "step"
                        ? tr("step ×%1 every %2").arg(number(r.config.stepGamma)).arg(r.config.stepEpochs)
                        : qs(r.config.schedule);
         }, true, RowTask::Classification},
        {tr("Epochs"), [](const RunRecord& r) { return tr("%1 of %2").arg(r.epochs.size()).arg(r.config.epochs); }, true, RowTask::Classification},
        {tr("Steps"), [](const RunRecord& r) {
             return tr("%1 of %2").arg(r.epochs.empty() ? 0 : r.epochs.back().step).arg(r.config.steps);
         }, true, RowTask::LanguageModel},
        {tr("Model shape"), [](const RunRecord& r) {
             return tr("%1 layer(s), %2 heads, %3 wide, context %4", nullptr, r.config.layers)
                 .arg(r.config.layers).arg(r.config.heads).arg(r.config.embedding).arg(r.config.contextLength);
         }, true, RowTask::LanguageModel},
        {tr("Tokenizer"), [](const RunRecord& r) {
             const std::string& kind = r.tokenizer.kind.empty() ? r.config.tokenizer : r.tokenizer.kind;
             return r.tokenizer.vocabSize > 0 ? tr("%1, %n token(s)", nullptr, pluralCount(r.tokenizer.vocabSize)).arg(qs(kind)) : qs(kind);
         }, true, RowTask::LanguageModel},
        {tr("Parameters"), [](const RunRecord& r) {
             return r.parameters > 0 ? QLocale::c().toString(qlonglong(r.parameters)) : QStringLiteral("–");
         }, true, RowTask::LanguageModel},
        {tr("Batch size"), [](const RunRecord& r) { return QString::number(r.config.batchSize); }},
        {tr("Validation split"), [](const RunRecord& r) { return number(r.config.valFraction); }, true, RowTask::Classification},
        {tr("Early stopping"), [](const RunRecord& r) {
             return r.config.earlyStopPatience > 0 ? tr("patience %1").arg(r.config.earlyStopPatience) : tr("off");
         }},
        {tr("Seed"), [](const RunRecord& r) { return QString::number(r.config.seed); }},
        {tr("Device"), [](const RunRecord& r) { return qs(r.device.empty() ? r.config.device : r.device); }},
        {tr("Best val accuracy"), [](const RunRecord& r) {
             return r.epochs.empty() ? QStringLiteral("–") : percent(r.bestValAccuracy());
         }, true, RowTask::Classification},
        {tr("Final val loss"), [](const RunRecord& r) {
             const EpochMetrics* e = lastEvaluated(r);
             return e ? QString::number(e->val.loss, 'f', 4) : QStringLiteral("–");
         }},
        {tr("Final train loss"), [](const RunRecord& r) {
             return r.epochs.empty() ? QStringLiteral("–") : QString::number(r.epochs.back().trainLoss, 'f', 4);
         }},
        {tr("Test accuracy"), [](const RunRecord& r) { return r.hasTest ? percent(r.test.accuracy) : QStringLiteral("–"); }, true, RowTask::Classification},
        {tr("Test macro F1"), [](const RunRecord& r) {
             return r.hasTest ? QString::number(r.test.macro.f1, 'f', 4) : QStringLiteral("–");
         }, true, RowTask::Classification},
        {tr("Best val loss"), [](const RunRecord& r) {
             const double best = r.bestValLoss();
             return std::isfinite(best) ? QString::number(best, 'f', 4) : QStringLiteral("–");
         }, true, RowTask::LanguageModel},
        {tr("Final val bits/byte"), [](const RunRecord& r) {
             const EpochMetrics* e = lastEvaluated(r);
             return e ? QString::number(e->lm.valBitsPerByte, 'f', 4) : QStringLiteral("–");
         }, true, RowTask::LanguageModel},
        {tr("Test perplexity"), [](const RunRecord& r) {
             return r.hasLmTest ? QString::number(r.lmTest.perplexity, 'f', 3) : QStringLiteral("–");
         }, true, RowTask::LanguageModel},
        {tr("Test bits/byte"), [](const RunRecord& r) {
             return r.hasLmTest ? QString::number(r.lmTest.bitsPerByte, 'f', 4) : QStringLiteral("–");
         }, true, RowTask::LanguageModel},
        {tr("Duration"), [](const RunRecord& r) {
             return formatRunDuration(r.totalSeconds > 0.0 ? r.totalSeconds
                                                           : (r.epochs.empty() ? 0.0 : r.epochs.back().elapsedSec));
         }},
    };
}

void CompareView::fillTable() {
    const bool anyLanguageModel = std::any_of(m_runs.begin(), m_runs.end(), [](const RunRecord& r) { return r.isLanguageModel(); });
    const bool anyClassifier = std::any_of(m_runs.begin(), m_runs.end(), [](const RunRecord& r) { return !r.isLanguageModel(); });
    std::vector<Row> rows;
    for (Row& row : tableRows())
        if (row.task == RowTask::Both || (row.task == RowTask::Classification && anyClassifier) ||
            (row.task == RowTask::LanguageModel && anyLanguageModel))
            rows.push_back(std::move(row));

    m_table->clear();
    m_table->setRowCount(static_cast<int>(rows.size()));
    m_table->setColumnCount(static_cast<int>(m_runs.size()));
    for (size_t c = 0; c < m_runs.size(); ++c) {
        auto* header = new QTableWidgetItem(swatch(runColor(static_cast<int>(c))),
                                            QStringLiteral("%1 · %2").arg(c + 1).arg(shortName(m_runs[c])));
        header->setToolTip(QDir::toNativeSeparators(qs(m_runs[c].dir)));
        m_table->setHorizontalHeaderItem(static_cast<int>(c), header);
    }
    QFont bold = m_table->font();
    bold.setBold(true);
    for (size_t r = 0; r < rows.size(); ++r) {
        auto* label = new QTableWidgetItem(rows[r].label);
        QStringList values;
        for (const RunRecord& run : m_runs) values << rows[r].value(run);
        const bool differs = rows[r].compared && std::any_of(values.begin(), values.end(), [&](const QString& v) { return v != values.front(); });
        if (differs) label->setFont(bold);
        m_table->setVerticalHeaderItem(static_cast<int>(r), label);
        for (int c = 0; c < values.size(); ++c) {
            auto* item = new QTableWidgetItem(values[c]);
            item->setData(DiffersRole, differs);
            if (differs) item->setBackground(kDifferBackground);
            m_table->setItem(static_cast<int>(r), c, item);
        }
    }
}

}  // namespace ts
