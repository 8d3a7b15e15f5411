#include "ui/training/EvaluationPanels.h"

#include "ui/confusion/ClassMetricsModel.h"
#include "ui/confusion/ConfusionPanel.h"
#include "ui/common/LayoutMetrics.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ts {

namespace {

constexpr int kRowPadding = 6;      // pixels above the font height of a table row

}  // namespace

EvaluationPanels::EvaluationPanels(QObject* parent) : QObject(parent) {
    m_source = new QLabel();
    m_source->setObjectName(QStringLiteral("evaluationSourceLabel"));
    QFont bold = m_source->font();
    bold.setBold(true);
    m_source->setFont(bold);
    m_source->setToolTip(tr("The set the confusion matrix and the table below were computed on"));
    m_source->setText(tr("No evaluation yet"));
    m_confusionPanel = new ConfusionPanel();
    m_confusionPanel->setObjectName(QStringLiteral("confusionPanel"));

    m_metricsModel = new ClassMetricsModel(this);
    m_metricsModel->setObjectName(QStringLiteral("metricsModel"));
    m_metricsView = new QTableView();
    m_metricsView->setObjectName(QStringLiteral("metricsTable"));
    m_metricsView->setModel(m_metricsModel);
    m_metricsView->verticalHeader()->hide();
    m_metricsView->verticalHeader()->setDefaultSectionSize(m_metricsView->fontMetrics().height() + kRowPadding);
    m_metricsView->setAlternatingRowColors(true);
    m_metricsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_metricsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metricsView->setWordWrap(false);
    QHeaderView* header = m_metricsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ClassMetricsModel::ClassColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    m_metricsView->setToolTip(tr("Per-class precision, recall, F1 and support"));
    m_summary = new QLabel();
    m_summary->setObjectName(QStringLiteral("evaluationSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setToolTip(tr("Accuracy, macro-averaged F1 and support-weighted F1 of the set shown"));

    m_tablePanel = new QWidget();
    auto* layout = new QVBoxLayout(m_tablePanel);
    layout->setContentsMargins(LayoutMetrics::kPanelMargin, LayoutMetrics::kTightSpacing, LayoutMetrics::kPanelMargin,
                               LayoutMetrics::kTightSpacing);
    layout->setSpacing(LayoutMetrics::kTightSpacing);
    auto* sourceRow = new QHBoxLayout();
    sourceRow->addWidget(m_source);
    sourceRow->addStretch(1);
    layout->addLayout(sourceRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_metricsView, 1);

    // The table follows the evaluation the confusion panel shows (scrubbing moves both).
    connect(m_confusionPanel, &ConfusionPanel::snapshotShown, this, &EvaluationPanels::showInTable);
    connect(m_confusionPanel, &ConfusionPanel::cellActivated, this, &EvaluationPanels::cellActivated);
}

void EvaluationPanels::showInTable(int index) {
    const EvalMetrics& metrics = m_confusionPanel->snapshotMetrics(index);
    m_metricsModel->setMetrics(metrics);
    m_source->setText(m_confusionPanel->snapshotLabel(index));
    m_summary->setText(tr("Accuracy %1 % · macro F1 %2 · weighted F1 %3 · loss %4")
                           .arg(100.0 * metrics.accuracy, 0, 'f', 1)
                           .arg(metrics.macro.f1, 0, 'f', 3)
                           .arg(metrics.weighted.f1, 0, 'f', 3)
                           .arg(metrics.loss, 0, 'f', 4));
}

void EvaluationPanels::clear() {
    m_confusionPanel->clear();
    m_metricsModel->clear();
    m_summary->clear();
    m_source->setText(tr("No evaluation yet"));
}

void EvaluationPanels::addEvaluation(const EvalMetrics& metrics, const QString& source, int epoch) {
    m_confusionPanel->addSnapshot(source, metrics, epoch);
}

const std::vector<std::string>* EvaluationPanels::shownClassNames() const {
    const int shown = m_confusionPanel->currentSnapshot();
    return shown >= 0 ? &m_confusionPanel->snapshotMetrics(shown).confusion.classNames : nullptr;
}

bool EvaluationPanels::normalizeRows() const { return m_confusionPanel->normalizeCheckBox()->isChecked(); }

void EvaluationPanels::setNormalizeRows(bool normalize) { m_confusionPanel->normalizeCheckBox()->setChecked(normalize); }

}  // namespace ts
