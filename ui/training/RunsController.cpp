#include "ui/training/RunsController.h"

#include "ui/common/Settings.h"
#include "ui/runs/CompareView.h"
#include "ui/runs/RunsPanel.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QTimer>

#include <stdexcept>

namespace ts {

RunsController::RunsController(QMainWindow* window) : QObject(window), m_window(window) {
    m_panel = new RunsPanel();
    m_dock = new QDockWidget(tr("Runs"), window);
    m_dock->setObjectName(QStringLiteral("runsDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                        QDockWidget::DockWidgetClosable);
    m_dock->setWidget(m_panel);
    window->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);  // the configuration keeps the full height
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    // The window gets its size later (settings, show): give the list its height once it has one, unless a
    // saved layout was restored.
    if (settings::windowState.get().isEmpty())
        QTimer::singleShot(0, window, [this] { m_window->resizeDocks({m_dock}, {kDockHeight}, Qt::Vertical); });
}

void RunsController::load(const QString& runDir) {
    loadRunsInBackground(this, {runDir}, [this](std::vector<RunRecord> runs, QStringList errors) {
        if (runs.empty()) {
            m_panel->refresh();  // a folder deleted meanwhile leaves the list
            Q_EMIT message(tr("The run could not be opened"));
            Q_EMIT problem(tr("Open Run"), tr("The run could not be opened.\n\n%1").arg(errors.join(QLatin1Char('\n'))),
                           true);
            return;
        }
        Q_EMIT loaded(runs.front());
    });
}

void RunsController::compare(const QStringList& runDirs) {
    loadRunsInBackground(this, runDirs, [this](std::vector<RunRecord> runs, QStringList errors) {
        if (!errors.isEmpty()) {
            m_panel->refresh();  // a folder deleted meanwhile leaves the list
            Q_EMIT problem(tr("Compare Runs"),
                           tr("Some runs could not be read and are left out.\n\n%1").arg(errors.join(QLatin1Char('\n'))),
                           true);
        }
        if (runs.size() < 2) {
            Q_EMIT message(tr("Fewer than two runs could be read: nothing to compare"));
            return;
        }
        auto* view = new CompareView(m_window);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->setRuns(std::move(runs));
        view->show();
        Q_EMIT message(tr("Comparing %n run(s)", nullptr, static_cast<int>(view->runDirs().size())));
        Q_EMIT compareOpened();
    });
}

bool RunsController::readResumable(const QString& runDir, RunRecord* run) {
    try {
        *run = loadRun(runDir.toStdString(), false);
    } catch (const std::exception& e) {
        Q_EMIT problem(tr("Resume Run"), tr("The run could not be read.\n\n%1").arg(QString::fromUtf8(e.what())), true);
        return false;
    }
    if (!RunsPanel::canResume(*run)) {
        Q_EMIT problem(tr("Resume Run"),
                       tr("“%1” cannot be resumed: only stopped or interrupted runs that saved a checkpoint "
                          "(at the end of their first epoch) can continue.")
                           .arg(QString::fromStdString(run->displayName())),
                       false);
        return false;
    }
    return true;
}

}  // namespace ts
