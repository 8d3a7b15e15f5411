// The main window's actions (texts, icons, shortcuts, tips) registered in one place, and its menu bar.
#pragma once

#include <QList>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace ts {

/// Creates the main window's actions (its children: "openDatasetAction", "trainAction", ...) and menus.
class TrainingActions {
public:
    /// Creates the actions; none is connected yet (the window connects what they do).
    explicit TrainingActions(QMainWindow* window);

    /// File ▸ Open Dataset… (Ctrl+O).
    QAction* open() const { return m_open; }
    /// File ▸ Quit (Ctrl+Q): closes the window.
    QAction* quit() const { return m_quit; }
    /// Training ▸ Train (Ctrl+Return, F5).
    QAction* train() const { return m_train; }
    /// Training ▸ Pause / Resume (Space, Ctrl+P).
    QAction* pause() const { return m_pause; }
    /// Training ▸ Stop (Esc, Shift+F5).
    QAction* stop() const { return m_stop; }
    /// Help ▸ About TrainScope.
    QAction* about() const { return m_about; }
    /// File ▸ Export Report… (Ctrl+E); disabled until there is a run to export.
    QAction* exportReport() const { return m_export; }
    /// File ▸ Runs Folder….
    QAction* runsFolder() const { return m_runsFolder; }
    /// Tools ▸ Evaluate Model… (Ctrl+Shift+E; Ctrl+E is Export Report).
    QAction* evaluate() const { return m_evaluate; }
    /// Tools > Generate Text (Ctrl+G): the playground, ready for a prompt.
    QAction* generate() const { return m_generate; }
    /// Tools ▸ Experiments… (Ctrl+Alt+E; Ctrl+E and Ctrl+Shift+E are taken): the sweeps window.
    QAction* experiments() const { return m_experiments; }
    /// File ▸ Open Sweep…: a sweep folder in the Experiments window.
    QAction* openSweep() const { return m_openSweep; }
    /// File ▸ Recent Datasets (filled when it opens); valid after buildMenus().
    QMenu* recentMenu() const { return m_recentMenu; }

    /// Enables what fits the run state: Train when idle with a data set, Pause and Stop while a run goes
    /// on and is not stopping, Open only when idle; Pause reads Resume while `paused`.
    void applyState(bool idle, bool paused, bool hasDataset, bool stopping);
    /// Adds File, Training, Tools, View and Help to the window's menu bar.
    void buildMenus();
    /// Fills View with the configuration and Runs docks' toggles, then each panel's, then Reset layout
    /// (returned, for the window to connect).
    QAction* fillViewMenu(QDockWidget* config, QDockWidget* runs, const QList<QDockWidget*>& panels);

private:
    /// Pause or Resume: text, icon and tips.
    void showPaused(bool paused);

    QMainWindow* m_window;
    QAction* m_open = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_train = nullptr;
    QAction* m_pause = nullptr;
    QAction* m_stop = nullptr;
    QAction* m_about = nullptr;
    QAction* m_export = nullptr;
    QAction* m_runsFolder = nullptr;
    QAction* m_evaluate = nullptr;
    QAction* m_generate = nullptr;
    QAction* m_experiments = nullptr;
    QAction* m_openSweep = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
};

}  // namespace ts
