// The main window's dock layout: the chart and evaluation docks, the language-model docks and their default
// arrangement.
#pragma once

#include <QList>

class QDockWidget;
class QMainWindow;
class QString;
class QWidget;

namespace ts {

/// Puts the window's panels in docks (movable, floatable, closable) and arranges them as they start.
class DockLayout {
public:
    /// Default dock sizes in pixels (Qt scales them to fit).
    static constexpr int kChartsShare = 760;
    static constexpr int kEvaluationShare = 540;
    static constexpr int kLossShare = 560;
    static constexpr int kLowerChartsShare = 340;
    static constexpr int kMatrixShare = 520;
    static constexpr int kTableShare = 380;

    /// Lays out `window`'s docks; `config` goes left.
    DockLayout(QMainWindow* window, QDockWidget* config);

    /// Puts the panels in docks: loss, accuracy, learning rate, confusion matrix, per-class metrics.
    void addPanels(QWidget* loss, QWidget* accuracy, QWidget* lr, QWidget* confusion, QWidget* metrics);
    /// Puts a language model's panels in docks: evaluation, gradient norm, tokens/s, samples, generate. They share
    /// the places of the classifier-only panels (accuracy, confusion matrix, per-class metrics).
    void addLanguageModelPanels(QWidget* evaluation, QWidget* gradNorm, QWidget* throughput, QWidget* samples,
                                QWidget* generate);
    /// Puts the Health panel in a dock ("healthDock"), tabbed with the confusion matrix (and, for a language model,
    /// with the samples).
    void addHealthPanel(QWidget* health);
    /// The Health dock (null until addHealthPanel()).
    QDockWidget* healthDock() const { return m_health; }
    /// Puts a data-parallel run's per-process table in a dock ("processesDock", "Processes") beside the Runs dock;
    /// hidden until setProcessesShown(true).
    void addProcessesPanel(QWidget* processes);
    /// Shows the Processes dock (a run of more than one process) or hides it.
    void setProcessesShown(bool shown);
    /// The panel docks, in the order of addPanels(), addLanguageModelPanels(), addHealthPanel() then
    /// addProcessesPanel().
    const QList<QDockWidget*>& panelDocks() const { return m_panelDocks; }
    /// Shows a language model's panels and hides the classifier-only ones, or the reverse.
    void setLanguageModelMode(bool languageModel);
    /// True while the language-model panels are shown.
    bool languageModelMode() const { return m_languageModel; }
    /// Brings the samples panel to the front of its tab group.
    void raiseSamples();
    /// The dock that goes at the bottom, `height` pixels high (none until set).
    void setRunsDock(QDockWidget* runs, int height);
    /// Puts every dock back where it starts (View ▸ Reset layout): configuration on the left, charts (loss
    /// above accuracy | learning rate) left of the evaluation (matrix above the table), runs at the bottom.
    void arrange();

private:
    QDockWidget* addPanel(const QString& title, const QString& name, QWidget* content);

    QMainWindow* m_window;
    QDockWidget* m_config;
    QDockWidget* m_runs = nullptr;
    QDockWidget* m_health = nullptr;
    QDockWidget* m_processes = nullptr;
    bool m_processesShown = false;
    int m_runsHeight = 0;
    /// Language-model docks next to or tabbed with the classifier docks.
    void arrangeLanguageModelDocks();
    /// The Processes dock at the bottom, right of the Runs dock.
    void placeProcessesDock();

    QList<QDockWidget*> m_panelDocks;
    QList<QDockWidget*> m_classifierOnly;   // accuracy, confusion matrix, per-class metrics
    QList<QDockWidget*> m_languageModelOnly;
    bool m_languageModel = false;
};

}  // namespace ts
