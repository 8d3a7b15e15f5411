// The Processes panel of a data-parallel run (issue 17): the table's rows and formatting, its dock in the window
// (shown for a run of several processes, hidden otherwise) and the form's Processes field.
#include "ui/dist/ProcessTable.h"
#include "ui/dist/ProcessTableModel.h"
#include "ui/training/MainWindow.h"
#include "ui/training/TrainingConfigForm.h"
#include "support/Fixtures.h"
#include "support/WidgetLookup.h"
#include "support/WindowTestSetup.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QThread>
#include <QtTest>

using ts::MainWindow;
using ts::ProcessFigures;
using ts::ProcessTableModel;
using ts::testing::child;

namespace {

ProcessFigures figures(int rank, const std::string& host, int64_t step, double rate, double sync, const std::string& state) {
    ProcessFigures p;
    p.rank = rank;
    p.host = host;
    p.step = step;
    p.samplesPerSec = rate;
    p.syncShare = sync;
    p.state = state;
    return p;
}

std::vector<ProcessFigures> twoProcesses() {
    return {figures(0, "alpha", 120, 1234.4, 0.125, "training"), figures(1, "alpha", 119, 56.78, -1.0, "lost")};
}

QString cell(const QAbstractItemModel& model, int row, int column) {
    return model.data(model.index(row, column)).toString();
}

}  // namespace

class TestProcessTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { ts::testing::prepareWindowTests(); }
    void rowsShowEveryProcess();
    void formatsRatesAndShares();
    void rateColumnCountsTokensForLanguageModels();
    void updatesKeepRowsAndResetsOnNewWorld();
    void dockShowsOnlyForSeveralProcesses();
    void shownRunFillsTheTable();
    void formHasProcessesField();
    void batchThatDoesNotSplitIsRefused();
};

void TestProcessTable::rowsShowEveryProcess() {
    ts::ProcessTable table;
    QCOMPARE(table.objectName(), QStringLiteral("processTable"));
    table.setProcesses(twoProcesses());
    const QAbstractItemModel& model = *table.model();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ProcessTableModel::ColumnCount));
    const QStringList headers = {"Rank", "Host", "Step", "Samples/s", "In collectives (%)", "State"};
    for (int c = 0; c < headers.size(); ++c) QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), headers[c]);
    QCOMPARE(cell(model, 0, ProcessTableModel::RankColumn), QStringLiteral("0"));
    QCOMPARE(cell(model, 0, ProcessTableModel::HostColumn), QStringLiteral("alpha"));
    QCOMPARE(cell(model, 0, ProcessTableModel::StepColumn), QStringLiteral("120"));
    QCOMPARE(cell(model, 0, ProcessTableModel::RateColumn), QStringLiteral("1234"));
    QCOMPARE(cell(model, 0, ProcessTableModel::SyncColumn), QStringLiteral("12.5"));
    QCOMPARE(cell(model, 0, ProcessTableModel::StateColumn), QStringLiteral("training"));
    QCOMPARE(cell(model, 1, ProcessTableModel::RankColumn), QStringLiteral("1"));
    QCOMPARE(cell(model, 1, ProcessTableModel::RateColumn), QStringLiteral("56.8"));
    QCOMPARE(cell(model, 1, ProcessTableModel::SyncColumn), QStringLiteral("—"));  // not measured
    QCOMPARE(cell(model, 1, ProcessTableModel::StateColumn), QStringLiteral("lost"));
    // A lost process stands out; a training one does not.
    QCOMPARE(model.data(model.index(1, ProcessTableModel::StateColumn), Qt::ForegroundRole).value<QColor>(), QColor(Qt::red));
    QVERIFY(!model.data(model.index(0, ProcessTableModel::StateColumn), Qt::ForegroundRole).isValid());
    table.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestProcessTable::formatsRatesAndShares() {
    QCOMPARE(ProcessTableModel::rateText(0.0), QStringLiteral("0.0"));
    QCOMPARE(ProcessTableModel::rateText(99.94), QStringLiteral("99.9"));
    QCOMPARE(ProcessTableModel::rateText(100.0), QStringLiteral("100"));
    QCOMPARE(ProcessTableModel::rateText(25431.6), QStringLiteral("25432"));
    QCOMPARE(ProcessTableModel::syncText(0.0), QStringLiteral("0.0"));
    QCOMPARE(ProcessTableModel::syncText(1.0), QStringLiteral("100.0"));
    QCOMPARE(ProcessTableModel::syncText(0.3333), QStringLiteral("33.3"));
    QCOMPARE(ProcessTableModel::syncText(-1.0), QStringLiteral("—"));
}

void TestProcessTable::rateColumnCountsTokensForLanguageModels() {
    ProcessTableModel model;
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setTokens(true);
    QCOMPARE(model.headerData(ProcessTableModel::RateColumn, Qt::Horizontal).toString(), QStringLiteral("Tokens/s"));
    QCOMPARE(headers.count(), 1);
    model.setTokens(true);  // no change, no signal
    QCOMPARE(headers.count(), 1);
    model.setTokens(false);
    QCOMPARE(model.headerData(ProcessTableModel::RateColumn, Qt::Horizontal).toString(), QStringLiteral("Samples/s"));
}

void TestProcessTable::updatesKeepRowsAndResetsOnNewWorld() {
    ProcessTableModel model;
    model.setProcesses(twoProcesses());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    std::vector<ProcessFigures> next = twoProcesses();
    next[0].step = 240;
    model.setProcesses(next);  // the once-a-second update: the same rows, new figures
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(cell(model, 0, ProcessTableModel::StepColumn), QStringLiteral("240"));
    next.push_back(figures(2, "beta", 5, 10.0, 0.5, "training"));
    model.setProcesses(next);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 2, ProcessTableModel::HostColumn), QStringLiteral("beta"));
}

void TestProcessTable::dockShowsOnlyForSeveralProcesses() {
    MainWindow w;
    w.show();
    auto* dock = child<QDockWidget>(&w, "processesDock");
    QCOMPARE(dock->windowTitle(), QStringLiteral("Processes"));
    QVERIFY(child<QMenu>(&w, "viewMenu")->actions().contains(dock->toggleViewAction()));
    QVERIFY(!dock->isVisible());  // no run yet
    auto* table = child<ts::ProcessTable>(&w, "processTable");
    QCOMPARE(dock->widget(), static_cast<QWidget*>(table));

    ts::TrainConfig cfg = w.config();
    cfg.processes = 2;
    cfg.batchSize = 64;
    w.setConfig(cfg);
    if (w.config().processes != 2) QSKIP("this machine has a single core: the form offers one process");
    w.onTrainingStarted(QStringLiteral("cpu"), 1, 10);
    QVERIFY(dock->isVisible());  // before the first figures arrive
    QCOMPARE(table->model()->rowCount(), 0);
    const std::vector<ProcessFigures> rows = twoProcesses();
    w.onProcesses(QVector<ProcessFigures>(rows.begin(), rows.end()));
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(dock->isVisible());
    w.onTrainingFinished(ts::RunSummary());

    cfg.processes = 1;
    w.setConfig(cfg);
    w.onTrainingStarted(QStringLiteral("cpu"), 1, 10);
    QVERIFY(!dock->isVisible());  // a single process has no table
    QCOMPARE(table->model()->rowCount(), 0);
    w.onTrainingFinished(ts::RunSummary());
    // Reset layout keeps it hidden.
    child<QAction>(&w, "resetLayoutAction")->trigger();
    QVERIFY(!dock->isVisible());
}

void TestProcessTable::shownRunFillsTheTable() {
    MainWindow w;
    w.show();
    auto* dock = child<QDockWidget>(&w, "processesDock");
    auto* table = child<ts::ProcessTable>(&w, "processTable");
    ts::RunRecord run;
    run.dir = "/tmp/no-such-run";
    run.id = "no-such-run";
    run.status = "finished";
    run.config = w.config();
    run.worldSize = 2;
    run.distBackend = "gloo";
    run.processes = twoProcesses();
    w.showRun(run);
    QVERIFY(dock->isVisible());
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(cell(*table->model(), 1, ProcessTableModel::StateColumn), QStringLiteral("lost"));
    run.worldSize = 1;
    run.processes.clear();
    w.showRun(run);
    QVERIFY(!dock->isVisible());
    QCOMPARE(table->model()->rowCount(), 0);
}

void TestProcessTable::formHasProcessesField() {
    MainWindow w;
    auto* spin = child<QSpinBox>(&w, "processesSpin");
    QCOMPARE(spin->minimum(), 1);
    QCOMPARE(spin->maximum(), std::max(1, QThread::idealThreadCount()));
    QVERIFY(spin->toolTip().contains(QStringLiteral("multiple of N")));
    QCOMPARE(w.config().processes, 1);  // the default
    spin->setValue(spin->maximum());
    QCOMPARE(w.config().processes, spin->maximum());
    // Remembered like the other fields.
    child<ts::TrainingConfigForm>(&w, "configForm")->remember();
    MainWindow again;
    QCOMPARE(again.config().processes, spin->maximum());
    spin->setValue(1);
    child<ts::TrainingConfigForm>(&w, "configForm")->remember();
}

void TestProcessTable::batchThatDoesNotSplitIsRefused() {
    ts::TrainConfig cfg;
    cfg.batchSize = 65;
    cfg.processes = 1;
    QVERIFY(ts::TrainingConfigForm::processesProblem(cfg).isEmpty());
    cfg.processes = 2;
    const QString problem = ts::TrainingConfigForm::processesProblem(cfg);
    QVERIFY(problem.contains(QStringLiteral("65")));
    QVERIFY(problem.contains(QStringLiteral("64 or 66")));
    cfg.batchSize = 64;
    QVERIFY(ts::TrainingConfigForm::processesProblem(cfg).isEmpty());

    // In the window: said the way other invalid values are, and nothing is started.
    MainWindow w;
    w.show();
    QSignalSpy spy(&w, &MainWindow::trainRequested);
    w.onDatasetLoaded(ts::testing::datasetInfo());
    ts::TrainConfig bad = w.config();
    bad.batchSize = 65;
    bad.processes = 2;
    w.setConfig(bad);
    if (w.config().processes != 2) QSKIP("this machine has a single core: the form offers one process");
    child<QAction>(&w, "trainAction")->trigger();
    QCOMPARE(spy.count(), 0);
    auto* box = w.findChild<QMessageBox*>(QStringLiteral("messageBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("multiple of 2")));
    QVERIFY(w.statusBar()->currentMessage().startsWith(QStringLiteral("Invalid configuration")));
    box->close();
}

QTEST_MAIN(TestProcessTable)
#include "test_process_table.moc"
