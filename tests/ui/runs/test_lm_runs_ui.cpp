// Language-model runs in the widgets (issue 14), offscreen: the runs panel lists them with their best validation
// loss and task beside classifiers (whose cells stay as they were), Compare overlays their loss and bits-per-byte
// curves against steps with the language-model rows in its table, and the PDF report of such a run draws.
#include "core/report/Report.h"
#include "core/runs/RunStore.h"
#include "core/runs/RunWriter.h"
#include "support/Fixtures.h"
#include "support/LanguageModelRun.h"
#include "ui/charts/CurveChart.h"
#include "ui/report/ReportPdf.h"
#include "ui/runs/CompareView.h"
#include "ui/runs/RunsPanel.h"

#include <QBuffer>
#include <QDir>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace ts;
using namespace ts::testing;

namespace {

constexpr int kPdfChartWidth = 680;
constexpr int kPdfChartHeight = 270;

/// A finished classifier run of one epoch with validation accuracy 0.75, in `dir`.
void writeClassifierRun(const std::string& dir) {
    RunWriter writer(dir, presetConfig("mlp"), datasetInfo());
    writer.onStart("cpu", 1, 1);
    EvalMetrics val;
    val.confusion.reset({"a", "b"});
    val.confusion.counts = {3, 1, 0, 0};
    val.accuracy = 0.75;
    val.loss = 0.6;
    writer.onEpoch(epochMetrics(1, 1, 1, val));
    writer.onFinished(RunSummary());
}

/// The proxy row of the run in `dir` in the panel.
int rowOf(const RunsPanel& panel, const QString& dir) {
    return panel.proxyModel()->mapFromSource(panel.model()->index(panel.model()->rowOfDir(dir), 0)).row();
}

QString cell(const RunsPanel& panel, int row, int column) {
    return panel.proxyModel()->index(row, column).data().toString();
}

}  // namespace

class TestLmRunsUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runsPanelShowsBestValidationLoss();
    void compareOverlaysLanguageModelsAgainstSteps();
    void pdfReportOfALanguageModelRun();
};

void TestLmRunsUi::runsPanelShowsBestValidationLoss() {
    QTemporaryDir root;
    const QString lm = root.filePath(QStringLiteral("lm")), mlp = root.filePath(QStringLiteral("mlp"));
    writeClassifierRun(mlp.toStdString());
    RunsPanel panel;
    panel.setRunsRoot(root.path());
    QCOMPARE(panel.model()->headerData(RunsModel::BestValColumn, Qt::Horizontal).toString(), QStringLiteral("Best val acc"));

    const auto evals = writeLanguageModelRun(lm.toStdString());
    panel.refresh();
    QCOMPARE(panel.model()->runCount(), 2);
    QCOMPARE(panel.model()->headerData(RunsModel::BestValColumn, Qt::Horizontal).toString(), QStringLiteral("Best val"));
    const int lmRow = rowOf(panel, lm), mlpRow = rowOf(panel, mlp);
    QCOMPARE(cell(panel, lmRow, RunsModel::BestValColumn), QStringLiteral("loss 1.9333"));
    QCOMPARE(cell(panel, lmRow, RunsModel::PresetColumn), QStringLiteral("gpt-tiny (language model)"));
    QCOMPARE(cell(panel, mlpRow, RunsModel::BestValColumn), QStringLiteral("75.00 %"));
    QCOMPARE(cell(panel, mlpRow, RunsModel::PresetColumn), QStringLiteral("mlp"));
    const QString tip = panel.proxyModel()->index(lmRow, RunsModel::NameColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("120 of 120 steps")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Test: perplexity 5.53")), qPrintable(tip));

    // Sorted by the column, best first: the classifier's accuracy, then the language model.
    panel.view()->sortByColumn(RunsModel::BestValColumn, Qt::DescendingOrder);
    QCOMPARE(rowOf(panel, mlp), 0);
    // The filter finds language models by their task.
    panel.proxyModel()->setFilterWords(QStringLiteral("language"));
    QCOMPARE(panel.proxyModel()->rowCount(), 1);
    QCOMPARE(panel.proxyModel()->index(0, 0).data(RunsModel::DirRole).toString(), QDir(lm).absolutePath());
    Q_UNUSED(evals);
}

void TestLmRunsUi::compareOverlaysLanguageModelsAgainstSteps() {
    QTemporaryDir root;
    LmRunShape longer;
    longer.evaluations = 8;
    const std::string a = root.filePath(QStringLiteral("a")).toStdString(), b = root.filePath(QStringLiteral("b")).toStdString();
    writeLanguageModelRun(a);
    writeLanguageModelRun(b, longer);
    CompareView view;
    view.setRuns({loadRun(a), loadRun(b)});
    QCOMPARE(view.lossChart()->seriesCount(), 4);
    QCOMPARE(view.accuracyChart()->seriesCount(), 2);
    // x counts steps: the training line per step, validation at each evaluation's step.
    QCOMPARE(view.lossChart()->rawCount(2), 8 * 20);
    QCOMPARE(view.lossChart()->rawPoints(2).back().x(), 160.0);
    QCOMPARE(view.lossChart()->rawPoints(1).front(), QPointF(20.0, lmEvaluation(1, LmRunShape{}).val.loss));
    QCOMPARE(view.accuracyChart()->rawPoints(1).back().x(), 160.0);
    QCOMPARE(view.accuracyChart()->rawPoints(0).back().y(), lmEvaluation(6, LmRunShape{}).lm.valBitsPerByte);
    // The table has the language-model rows and not the classifier-only ones.
    QVERIFY(view.rowOf(QStringLiteral("Best val loss")) >= 0);
    QVERIFY(view.rowOf(QStringLiteral("Test bits/byte")) >= 0);
    QVERIFY(view.rowOf(QStringLiteral("Test accuracy")) < 0);
    QVERIFY(view.rowOf(QStringLiteral("Momentum")) < 0);
    const int steps = view.rowOf(QStringLiteral("Steps"));
    QCOMPARE(view.table()->item(steps, 1)->text(), QStringLiteral("160 of 160"));
    QVERIFY(view.rowDiffers(steps));
    QVERIFY(!view.rowDiffers(view.rowOf(QStringLiteral("Tokenizer"))));
    QCOMPARE(view.table()->item(view.rowOf(QStringLiteral("Final val loss")), 0)->text(), QStringLiteral("1.9333"));
}

void TestLmRunsUi::pdfReportOfALanguageModelRun() {
    QTemporaryDir root;
    const std::string dir = root.filePath(QStringLiteral("lm")).toStdString();
    writeLanguageModelRun(dir);
    const ReportContent content =
        buildReportContent(loadRun(dir), currentEnvironment(), SvgOptions{kPdfChartWidth, kPdfChartHeight, true});
    QVERIFY(!content.samples.empty());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const int pages = renderReportPdf(content, &buffer);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QVERIFY(buffer.data().startsWith("%PDF"));
}

QTEST_MAIN(TestLmRunsUi)
#include "test_lm_runs_ui.moc"
