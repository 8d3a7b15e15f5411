#include "ui/training/TrainingActions.h"

#include "ui/common/LanguageMenu.h"

#include <QAction>
#include <QDockWidget>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>

namespace ts {

namespace {

/// "Start training (Ctrl+Return, F5)".
QString withShortcuts(const QString& text, const QList<QKeySequence>& keys) {
    QStringList parts;
    for (const QKeySequence& k : keys) parts << k.toString(QKeySequence::NativeText);
    return parts.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, parts.join(QStringLiteral(", ")));
}

QAction* makeAction(QMainWindow* window, const QString& name, const QString& text, const QIcon& icon = QIcon()) {
    auto* action = new QAction(icon, text, window);
    action->setObjectName(name);
    return action;
}

}  // namespace

TrainingActions::TrainingActions(QMainWindow* window) : m_window(window) {
    QStyle* st = window->style();

    m_open = makeAction(window, QStringLiteral("openDatasetAction"), QObject::tr("&Open Dataset…"),
                        st->standardIcon(QStyle::SP_DirOpenIcon));
    m_open->setShortcut(QKeySequence::Open);
    m_open->setToolTip(withShortcuts(QObject::tr("Open a data set folder"), m_open->shortcuts()));
    m_open->setStatusTip(QObject::tr("Open a folder with IDX files (MNIST, Fashion-MNIST, …)"));

    m_quit = makeAction(window, QStringLiteral("quitAction"), QObject::tr("&Quit"));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);

    m_train = makeAction(window, QStringLiteral("trainAction"), QObject::tr("&Train"), st->standardIcon(QStyle::SP_MediaPlay));
    m_train->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::Key_F5),
                           QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_train->setToolTip(withShortcuts(QObject::tr("Start training with this configuration"), m_train->shortcuts().mid(0, 2)));
    m_train->setStatusTip(QObject::tr("Start training with the configuration on the left"));

    m_pause = makeAction(window, QStringLiteral("pauseAction"), QString());
    m_pause->setShortcuts({QKeySequence(Qt::Key_Space), QKeySequence(Qt::CTRL | Qt::Key_P)});

    m_stop = makeAction(window, QStringLiteral("stopAction"), QObject::tr("&Stop"), st->standardIcon(QStyle::SP_MediaStop));
    m_stop->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::SHIFT | Qt::Key_F5)});
    m_stop->setToolTip(withShortcuts(QObject::tr("Stop training (the test set is still evaluated)"), m_stop->shortcuts()));
    m_stop->setStatusTip(QObject::tr("Stop training after the current batch"));

    m_about = makeAction(window, QStringLiteral("aboutAction"), QObject::tr("&About TrainScope"));
    m_about->setMenuRole(QAction::AboutRole);

    m_export = makeAction(window, QStringLiteral("exportReportAction"), QObject::tr("&Export Report…"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setStatusTip(QObject::tr("Save the run as an HTML or PDF report, or its metric history as CSV or JSON"));
    m_export->setEnabled(false);

    m_runsFolder = makeAction(window, QStringLiteral("runsFolderAction"), QObject::tr("&Runs Folder…"));
    m_runsFolder->setStatusTip(
        QObject::tr("Choose the folder where runs are saved and listed (remembered; --runs-dir overrides it)"));

    m_generate = makeAction(window, QStringLiteral("generateTextAction"), QObject::tr("&Generate Text"));
    m_generate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_generate->setToolTip(withShortcuts(QObject::tr("Continue a prompt with a language model: the current run's "
                                                     "checkpoint, or any run or checkpoint"),
                                         m_generate->shortcuts()));
    m_generate->setStatusTip(QObject::tr("Show the Generate panel and put the cursor in its prompt"));

    // Evaluate mode opens its own window (the controller creates it); Ctrl+E already exports reports.
    m_evaluate = makeAction(window, QStringLiteral("evaluateModelAction"), QObject::tr("E&valuate Model…"));
    m_evaluate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_evaluate->setToolTip(withShortcuts(QObject::tr("Evaluate a saved model (a run's checkpoint or a TorchScript file) "
                                                     "on new labelled data"),
                                         m_evaluate->shortcuts()));
    m_evaluate->setStatusTip(QObject::tr("Open the Evaluate window: accuracy against the run's test results, confusion "
                                         "matrix, calibration and drift"));
    m_experiments = makeAction(window, QStringLiteral("experimentsAction"), QObject::tr("E&xperiments…"));
    m_experiments->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    m_experiments->setToolTip(withShortcuts(QObject::tr("Hyperparameter sweeps: define, queue and compare trials"),
                                            m_experiments->shortcuts()));
    m_openSweep = makeAction(window, QStringLiteral("openSweepAction"), QObject::tr("Open S&weep…"));
    m_openSweep->setStatusTip(QObject::tr("Show a sweep folder (trainscope-cli sweep --out) in the Experiments window"));
    showPaused(false);
}

void TrainingActions::applyState(bool idle, bool paused, bool hasDataset, bool stopping) {
    m_train->setEnabled(idle && hasDataset);
    m_pause->setEnabled(!idle && !stopping);
    m_stop->setEnabled(!idle && !stopping);
    m_open->setEnabled(idle);
    showPaused(paused);
}

void TrainingActions::showPaused(bool paused) {
    m_pause->setText(paused ? QObject::tr("&Resume") : QObject::tr("&Pause"));
    m_pause->setIcon(m_window->style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_pause->setToolTip(withShortcuts(paused ? QObject::tr("Resume training") : QObject::tr("Pause training"),
                                      m_pause->shortcuts()));
    m_pause->setStatusTip(paused ? QObject::tr("Continue the paused run") : QObject::tr("Pause after the current batch"));
}

void TrainingActions::buildMenus() {
    QMenuBar* bar = m_window->menuBar();
    QMenu* file = bar->addMenu(QObject::tr("&File"));
    file->addAction(m_open);
    m_recentMenu = file->addMenu(QObject::tr("Recent &Datasets"));
    m_recentMenu->setObjectName(QStringLiteral("recentDatasetsMenu"));
    m_recentMenu->setToolTipsVisible(true);
    file->addAction(m_openSweep);
    file->addSeparator();
    file->addAction(m_export);
    file->addAction(m_runsFolder);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* training = bar->addMenu(QObject::tr("&Training"));
    training->addAction(m_train);
    training->addAction(m_pause);
    training->addAction(m_stop);
    training->setToolTipsVisible(true);

    QMenu* tools = bar->addMenu(QObject::tr("T&ools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->setToolTipsVisible(true);
    tools->addAction(m_evaluate);
    tools->addAction(m_generate);
    tools->addAction(m_experiments);

    m_viewMenu = bar->addMenu(QObject::tr("&View"));  // filled once the docks exist (fillViewMenu)
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));

    QMenu* help = bar->addMenu(QObject::tr("&Help"));
    help->addAction(m_about);
}

QAction* TrainingActions::fillViewMenu(QDockWidget* config, QDockWidget* runs, const QList<QDockWidget*>& panels) {
    QAction* configToggle = config->toggleViewAction();
    configToggle->setText(QObject::tr("&Configuration panel"));
    m_viewMenu->addAction(configToggle);
    QAction* runsToggle = runs->toggleViewAction();
    runsToggle->setText(QObject::tr("R&uns"));
    runsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    runsToggle->setStatusTip(QObject::tr("Show or hide the list of saved runs"));
    m_viewMenu->addAction(runsToggle);
    m_viewMenu->addSeparator();
    for (QDockWidget* dock : panels) m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    QAction* reset = m_viewMenu->addAction(QObject::tr("&Reset layout"));
    reset->setObjectName(QStringLiteral("resetLayoutAction"));
    reset->setStatusTip(QObject::tr("Put every panel back where it started"));
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(new LanguageMenu(m_viewMenu));
    return reset;
}

}  // namespace ts
