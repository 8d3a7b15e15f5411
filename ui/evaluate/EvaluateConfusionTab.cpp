#include "ui/evaluate/EvaluateConfusionTab.h"

#include "ui/confusion/ConfusionMatrixView.h"
#include "ui/evaluate/EvaluateWidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ts {

EvaluateConfusionTab::EvaluateConfusionTab(QWidget* parent) : QWidget(parent) {
    m_confusion = new ConfusionMatrixView();
    m_confusion->setObjectName(QStringLiteral("evaluateConfusionView"));
    m_normalize = new QCheckBox(tr("Normalize"));
    m_normalize->setObjectName(QStringLiteral("evaluateNormalizeCheckBox"));
    m_normalize->setToolTip(tr("Show percentages instead of counts"));
    m_normalization = new QComboBox();
    m_normalization->addItem(tr("rows (recall)"), static_cast<int>(ConfusionMatrixView::Normalization::Rows));
    m_normalization->addItem(tr("columns (precision)"), static_cast<int>(ConfusionMatrixView::Normalization::Columns));
    m_normalization->setEnabled(false);
    m_sort = new QComboBox();
    m_sort->addItem(tr("index"), static_cast<int>(ConfusionMatrixView::SortOrder::Index));
    m_sort->addItem(tr("name"), static_cast<int>(ConfusionMatrixView::SortOrder::Name));
    m_sort->addItem(tr("recall (worst first)"), static_cast<int>(ConfusionMatrixView::SortOrder::Recall));
    m_sort->addItem(tr("confusion clusters"), static_cast<int>(ConfusionMatrixView::SortOrder::Confusion));
    m_change = new QCheckBox(tr("Change vs the run's test"));
    m_change->setObjectName(QStringLiteral("evaluateConfusionChangeCheckBox"));
    m_change->setToolTip(tr("Difference to the run's test-set matrix (use Normalize: the sets differ in size)"));
    m_change->setEnabled(false);
    auto* hint = evalwidgets::hintLabel(tr("Click a cell (or press Enter on it) to see its samples"));
    hint->setWordWrap(false);

    auto* options = new QHBoxLayout();
    options->addWidget(m_normalize);
    options->addWidget(m_normalization);
    options->addSpacing(8);
    options->addWidget(new QLabel(tr("Sort:")));
    options->addWidget(m_sort);
    options->addSpacing(8);
    options->addWidget(m_change);
    options->addStretch(1);
    options->addWidget(hint);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(options);
    layout->addWidget(m_confusion, 1);

    connect(m_normalize, &QCheckBox::toggled, this, &EvaluateConfusionTab::applyOptions);
    connect(m_normalization, &QComboBox::currentIndexChanged, this, &EvaluateConfusionTab::applyOptions);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &EvaluateConfusionTab::applyOptions);
    connect(m_change, &QCheckBox::toggled, this, &EvaluateConfusionTab::applyOptions);
    connect(m_confusion, &ConfusionMatrixView::cellActivated, this, &EvaluateConfusionTab::cellActivated);
}

void EvaluateConfusionTab::showResult(const EvaluationResult& result) {
    m_confusion->setMatrix(result.metrics.confusion);
    const ConfusionMatrix& before = result.comparison.baseline.confusion;
    const bool comparable = result.comparison.available && before.classNames == result.metrics.confusion.classNames &&
                            before.total() > 0;
    if (comparable) m_confusion->setPreviousMatrix(before);
    else m_confusion->clearPreviousMatrix();
    m_change->setEnabled(comparable);
    if (!comparable) m_change->setChecked(false);
    applyOptions();
}

void EvaluateConfusionTab::applyOptions() {
    m_normalization->setEnabled(m_normalize->isChecked());
    m_confusion->setNormalization(m_normalize->isChecked()
                                      ? static_cast<ConfusionMatrixView::Normalization>(m_normalization->currentData().toInt())
                                      : ConfusionMatrixView::Normalization::Counts);
    m_confusion->setSortOrder(static_cast<ConfusionMatrixView::SortOrder>(m_sort->currentData().toInt()));
    m_confusion->setShowChange(m_change->isChecked() && m_change->isEnabled());
}

}  // namespace ts
