#include "ui/training/DockLayout.h"

#include <QDockWidget>
#include <QMainWindow>

namespace ts {

namespace {
constexpr int kPanelCount = 5;  // Loss, Accuracy, Learning rate, Confusion matrix, Per-class metrics
constexpr int kLanguageModelPanelCount = 5;  // Evaluation, Gradient norm, Throughput, Samples, Generate
}  // namespace

DockLayout::DockLayout(QMainWindow* window, QDockWidget* config) : m_window(window), m_config(config) {}

void DockLayout::setRunsDock(QDockWidget* runs, int height) {
    m_runs = runs;
    m_runsHeight = height;
    placeProcessesDock();
}

QDockWidget* DockLayout::addPanel(const QString& title, const QString& name, QWidget* content) {
    auto* dock = new QDockWidget(title, m_window);
    dock->setObjectName(name);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    dock->setWidget(content);
    m_panelDocks.append(dock);
    return dock;
}

void DockLayout::addPanels(QWidget* loss, QWidget* accuracy, QWidget* lr, QWidget* confusion, QWidget* metrics) {
    addPanel(QMainWindow::tr("Loss"), QStringLiteral("lossDock"), loss);
    addPanel(QMainWindow::tr("Accuracy"), QStringLiteral("accuracyDock"), accuracy);
    addPanel(QMainWindow::tr("Learning rate"), QStringLiteral("lrDock"), lr);
    addPanel(QMainWindow::tr("Confusion matrix"), QStringLiteral("confusionDock"), confusion);
    addPanel(QMainWindow::tr("Per-class metrics"), QStringLiteral("metricsDock"), metrics);
    m_classifierOnly = {m_panelDocks[1], m_panelDocks[3], m_panelDocks[4]};
    m_window->setDockOptions(m_window->dockOptions() | QMainWindow::AllowNestedDocks | QMainWindow::AllowTabbedDocks);
}

void DockLayout::addLanguageModelPanels(QWidget* evaluation, QWidget* gradNorm, QWidget* throughput,
                                        QWidget* samples, QWidget* generate) {
    m_languageModelOnly = {addPanel(QMainWindow::tr("Evaluation"), QStringLiteral("evalDock"), evaluation),
                           addPanel(QMainWindow::tr("Gradient norm"), QStringLiteral("gradNormDock"), gradNorm),
                           addPanel(QMainWindow::tr("Tokens/s"), QStringLiteral("throughputDock"), throughput),
                           addPanel(QMainWindow::tr("Samples"), QStringLiteral("samplesDock"), samples),
                           addPanel(QMainWindow::tr("Generate"), QStringLiteral("generateDock"), generate)};
}

void DockLayout::addHealthPanel(QWidget* health) {
    m_health = addPanel(QMainWindow::tr("Health"), QStringLiteral("healthDock"), health);
}

void DockLayout::addProcessesPanel(QWidget* processes) {
    m_processes = addPanel(QMainWindow::tr("Processes"), QStringLiteral("processesDock"), processes);
    placeProcessesDock();
}

void DockLayout::placeProcessesDock() {
    if (!m_processes) return;
    m_processes->setFloating(false);
    if (m_runs) m_window->splitDockWidget(m_runs, m_processes, Qt::Horizontal);
    else m_window->addDockWidget(Qt::BottomDockWidgetArea, m_processes);
    m_processes->setVisible(m_processesShown);
}

void DockLayout::setProcessesShown(bool shown) {
    m_processesShown = shown;
    if (m_processes) m_processes->setVisible(shown);
}

void DockLayout::arrangeLanguageModelDocks() {
    if (m_languageModelOnly.size() != kLanguageModelPanelCount) return;
    QDockWidget* accuracy = m_panelDocks[1];
    QDockWidget* lr = m_panelDocks[2];
    QDockWidget* confusion = m_panelDocks[3];
    QDockWidget* evaluation = m_languageModelOnly[0];
    QDockWidget* gradNorm = m_languageModelOnly[1];
    QDockWidget* throughput = m_languageModelOnly[2];
    QDockWidget* samples = m_languageModelOnly[3];
    QDockWidget* generate = m_languageModelOnly[4];
    // Evaluation in the accuracy's place, gradient norm below it and tokens/s below the learning rate (split first:
    // a dock in a tab group does not split); samples and the playground in the evaluation column, which they fill
    // once the confusion matrix and per-class table are hidden.
    m_window->splitDockWidget(accuracy, gradNorm, Qt::Vertical);
    m_window->splitDockWidget(lr, throughput, Qt::Vertical);
    m_window->tabifyDockWidget(accuracy, evaluation);
    m_window->tabifyDockWidget(confusion, samples);
    m_window->tabifyDockWidget(samples, generate);
}

void DockLayout::setLanguageModelMode(bool languageModel) {
    m_languageModel = languageModel;
    for (QDockWidget* dock : std::as_const(m_classifierOnly)) dock->setVisible(!languageModel);
    for (QDockWidget* dock : std::as_const(m_languageModelOnly)) dock->setVisible(languageModel);
    if (languageModel && m_languageModelOnly.size() == kLanguageModelPanelCount) {
        m_languageModelOnly[0]->raise();
        raiseSamples();
    }
}

void DockLayout::raiseSamples() {
    if (m_languageModelOnly.size() == kLanguageModelPanelCount) m_languageModelOnly[3]->raise();
}

void DockLayout::arrange() {
    if (m_panelDocks.size() != kPanelCount + m_languageModelOnly.size() + (m_health ? 1 : 0) + (m_processes ? 1 : 0))
        return;
    QDockWidget* loss = m_panelDocks[0];
    QDockWidget* accuracy = m_panelDocks[1];
    QDockWidget* lr = m_panelDocks[2];
    QDockWidget* confusion = m_panelDocks[3];
    QDockWidget* metrics = m_panelDocks[4];
    m_config->setFloating(false);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_config);
    m_config->show();
    for (QDockWidget* dock : std::as_const(m_panelDocks)) {
        dock->setFloating(false);
        m_window->removeDockWidget(dock);
    }
    // Charts on the left of the right area (loss above accuracy | LR), evaluation on the right.
    m_window->addDockWidget(Qt::RightDockWidgetArea, loss);
    m_window->splitDockWidget(loss, confusion, Qt::Horizontal);
    m_window->splitDockWidget(loss, accuracy, Qt::Vertical);
    m_window->splitDockWidget(accuracy, lr, Qt::Horizontal);
    m_window->splitDockWidget(confusion, metrics, Qt::Vertical);
    for (QDockWidget* dock : std::as_const(m_panelDocks))
        if (dock != m_processes) dock->show();  // the Processes dock only for a run of several processes
    m_window->resizeDocks({loss, confusion}, {kChartsShare, kEvaluationShare}, Qt::Horizontal);
    m_window->resizeDocks({loss, accuracy}, {kLossShare, kLowerChartsShare}, Qt::Vertical);
    m_window->resizeDocks({confusion, metrics}, {kMatrixShare, kTableShare}, Qt::Vertical);
    arrangeLanguageModelDocks();
    if (m_health) {  // a tab behind the confusion matrix: what the window shows at first stays the same
        m_window->tabifyDockWidget(confusion, m_health);
        confusion->raise();
    }
    setLanguageModelMode(m_languageModel);
    if (m_runs) {
        m_runs->setFloating(false);
        m_window->addDockWidget(Qt::BottomDockWidgetArea, m_runs);
        m_runs->show();
        m_window->resizeDocks({m_runs}, {m_runsHeight}, Qt::Vertical);
    }
    placeProcessesDock();
}

}  // namespace ts
