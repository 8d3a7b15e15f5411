// Connects the Runs panel and the comparison windows to the main window.
#pragma once

#include "core/runs/RunStore.h"

#include <QObject>
#include <QStringList>

class QDockWidget;
class QMainWindow;

namespace ts {

class RunsPanel;

/// Owns the Runs dock ("runsDock") and loads runs in the background to show, compare or resume them.
class RunsController : public QObject {
    Q_OBJECT
public:
    /// Height the Runs dock starts with, in pixels.
    static constexpr int kDockHeight = 150;

    /// Adds the Runs dock to the bottom of `window`.
    explicit RunsController(QMainWindow* window);

    /// The Runs panel ("runsPanel").
    RunsPanel* panel() const { return m_panel; }
    /// The dock holding it.
    QDockWidget* dock() const { return m_dock; }

    /// Loads `runDir` in the background; loaded() gives it, or message() and problem() say why not.
    void load(const QString& runDir);
    /// Loads `runDirs` in the background and opens a comparison window ("compareView") of those read.
    void compare(const QStringList& runDirs);
    /// Reads `runDir` to resume it; false after problem() said why it cannot continue.
    bool readResumable(const QString& runDir, RunRecord* run);

Q_SIGNALS:
    /// A run load() asked for was read.
    void loaded(const ts::RunRecord& run);
    /// A comparison window was opened.
    void compareOpened();
    /// A note for the status bar.
    void message(const QString& text);
    /// Something the user should read before going on (a non-blocking message box).
    void problem(const QString& title, const QString& text, bool warning);

private:
    QMainWindow* m_window;
    RunsPanel* m_panel = nullptr;
    QDockWidget* m_dock = nullptr;
};

}  // namespace ts
