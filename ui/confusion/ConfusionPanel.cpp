#include "ui/confusion/ConfusionPanel.h"

#include "ui/common/LayoutMetrics.h"
#include "ui/confusion/ConfusionMatrixView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ts {

namespace {

constexpr double kMinZoom = 1.0;
constexpr double kMaxZoom = 12.0;
constexpr double kZoomStep = 1.5;

}  // namespace

ConfusionPanel::ConfusionPanel(QWidget* parent) : QWidget(parent) {
    m_view = new ConfusionMatrixView();
    m_view->setObjectName(QStringLiteral("confusionView"));

    m_normalize = new QCheckBox(tr("Normalize"));
    m_normalize->setObjectName(QStringLiteral("normalizeRowsCheckBox"));
    m_normalize->setToolTip(tr("Show percentages instead of counts"));
    m_normalization = new QComboBox();
    m_normalization->setObjectName(QStringLiteral("normalizationCombo"));
    m_normalization->addItem(tr("rows (recall)"), static_cast<int>(ConfusionMatrixView::Normalization::Rows));
    m_normalization->addItem(tr("columns (precision)"), static_cast<int>(ConfusionMatrixView::Normalization::Columns));
    m_normalization->setToolTip(tr("Rows: each true class sums to 100%, the diagonal is the recall.\n"
                                   "Columns: each predicted class sums to 100%, the diagonal is the precision."));
    m_normalization->setEnabled(false);

    m_sort = new QComboBox();
    m_sort->setObjectName(QStringLiteral("confusionSortCombo"));
    m_sort->addItem(tr("index"), static_cast<int>(ConfusionMatrixView::SortOrder::Index));
    m_sort->addItem(tr("name"), static_cast<int>(ConfusionMatrixView::SortOrder::Name));
    m_sort->addItem(tr("recall (worst first)"), static_cast<int>(ConfusionMatrixView::SortOrder::Recall));
    m_sort->addItem(tr("confusion clusters"), static_cast<int>(ConfusionMatrixView::SortOrder::Confusion));
    m_sort->setToolTip(tr("Order of the classes; \"confusion clusters\" puts classes that are mistaken for each "
                          "other next to each other"));

    m_change = new QCheckBox(tr("Change"));
    m_change->setObjectName(QStringLiteral("confusionChangeCheckBox"));
    m_change->setToolTip(tr("Change since the previous epoch: blue cells grew, red cells shrank"));
    m_change->setEnabled(false);

    const auto tool = [](const QString& text, const QString& tip) {
        auto* b = new QToolButton();
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    m_zoomOut = tool(QStringLiteral("−"), tr("Zoom out (Ctrl+wheel)"));
    m_zoomFit = tool(tr("Fit"), tr("Fit the whole matrix in the panel"));
    m_zoomIn = tool(QStringLiteral("+"), tr("Zoom in (Ctrl+wheel); scroll to move around"));

    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setObjectName(QStringLiteral("confusionEpochSlider"));
    m_slider->setRange(0, 0);
    m_slider->setEnabled(false);
    m_slider->setToolTip(tr("Scrub through the evaluation of every epoch"));
    m_sliderLabel = new QLabel(tr("No evaluation yet"));
    m_sliderLabel->setObjectName(QStringLiteral("confusionEpochLabel"));

    m_scroll = new QScrollArea();
    m_scroll->setObjectName(QStringLiteral("confusionScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_view);
    m_scroll->viewport()->installEventFilter(this);

    auto* column = new QVBoxLayout(this);
    constexpr int margin = LayoutMetrics::kSpacing;
    column->setContentsMargins(margin, margin, margin, 0);
    column->setSpacing(LayoutMetrics::kSpacing / 2);
    auto* options = new QHBoxLayout();
    options->setSpacing(LayoutMetrics::kSpacing);
    options->addWidget(m_normalize);
    options->addWidget(m_normalization);
    options->addWidget(new QLabel(tr("Sort:")));
    options->addWidget(m_sort);
    options->addStretch(1);
    column->addLayout(options);
    auto* scrub = new QHBoxLayout();
    scrub->setSpacing(LayoutMetrics::kSpacing);
    scrub->addWidget(m_change);
    scrub->addWidget(m_zoomOut);
    scrub->addWidget(m_zoomFit);
    scrub->addWidget(m_zoomIn);
    scrub->addWidget(new QLabel(tr("Epoch:")));
    scrub->addWidget(m_slider, 1);
    scrub->addWidget(m_sliderLabel);
    column->addLayout(scrub);
    column->addWidget(m_scroll, 1);

    connect(m_normalize, &QCheckBox::toggled, this, &ConfusionPanel::applyNormalization);
    connect(m_normalization, &QComboBox::currentIndexChanged, this, &ConfusionPanel::applyNormalization);
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this]() {
        m_view->setSortOrder(static_cast<ConfusionMatrixView::SortOrder>(m_sort->currentData().toInt()));
    });
    connect(m_change, &QCheckBox::toggled, m_view, &ConfusionMatrixView::setShowChange);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) { showSnapshot(value); });
    connect(m_zoomIn, &QToolButton::clicked, this, [this]() { setZoom(m_zoom * kZoomStep); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this]() { setZoom(m_zoom / kZoomStep); });
    connect(m_zoomFit, &QToolButton::clicked, this, [this]() { setZoom(kMinZoom); });
    connect(m_view, &ConfusionMatrixView::zoomRequested, this, [this](double factor) { setZoom(m_zoom * factor); });
    connect(m_view, &ConfusionMatrixView::cellActivated, this, [this](int trueClass, int predicted) {
        Q_EMIT cellActivated(trueClass, predicted, snapshotEpoch(m_current));
    });
}

ConfusionPanel::~ConfusionPanel() = default;

void ConfusionPanel::addSnapshot(const QString& label, const EvalMetrics& metrics, int epoch) {
    const bool following = m_current < 0 || m_current == m_snapshots.size() - 1;
    m_snapshots.append(Snapshot{label, metrics, epoch});
    const int last = static_cast<int>(m_snapshots.size()) - 1;
    m_slider->blockSignals(true);
    m_slider->setRange(0, last);
    m_slider->setEnabled(last > 0);
    m_slider->blockSignals(false);
    if (following) showSnapshot(last);
    else m_sliderLabel->setText(tr("%1 (%2 of %3)").arg(snapshotLabel(m_current)).arg(m_current + 1).arg(last + 1));
}

void ConfusionPanel::clear() {
    m_snapshots.clear();
    m_current = -1;
    m_slider->blockSignals(true);
    m_slider->setRange(0, 0);
    m_slider->setEnabled(false);
    m_slider->blockSignals(false);
    m_sliderLabel->setText(tr("No evaluation yet"));
    m_change->setEnabled(false);
    m_view->clear();
}

int ConfusionPanel::snapshotCount() const {
    return static_cast<int>(m_snapshots.size());
}

int ConfusionPanel::currentSnapshot() const {
    return m_current;
}

void ConfusionPanel::setCurrentSnapshot(int index) {
    if (index < 0 || index >= m_snapshots.size()) return;
    m_slider->setValue(index);  // calls showSnapshot() through valueChanged
    if (m_current != index) showSnapshot(index);
}

const EvalMetrics& ConfusionPanel::snapshotMetrics(int index) const {
    return m_snapshots[std::clamp(index, 0, static_cast<int>(m_snapshots.size()) - 1)].metrics;
}

QString ConfusionPanel::snapshotLabel(int index) const {
    return (index >= 0 && index < m_snapshots.size()) ? m_snapshots[index].label : QString();
}

int ConfusionPanel::snapshotEpoch(int index) const {
    return (index >= 0 && index < m_snapshots.size()) ? m_snapshots[index].epoch : -1;
}

void ConfusionPanel::showSnapshot(int index) {
    if (index < 0 || index >= m_snapshots.size()) return;
    m_current = index;
    const Snapshot& s = m_snapshots[index];
    m_view->setMatrix(s.metrics.confusion);
    // "Previous" means the previous epoch: the final test set is not compared with a validation epoch.
    const bool comparable = index > 0 && s.epoch >= 0 && m_snapshots[index - 1].epoch >= 0;
    if (comparable) m_view->setPreviousMatrix(m_snapshots[index - 1].metrics.confusion);
    else m_view->clearPreviousMatrix();
    m_change->setEnabled(m_view->hasPreviousMatrix());
    m_slider->blockSignals(true);
    m_slider->setValue(index);
    m_slider->blockSignals(false);
    m_sliderLabel->setText(tr("%1 (%2 of %3)").arg(s.label).arg(index + 1).arg(m_snapshots.size()));
    applyZoom();
    Q_EMIT snapshotShown(index);
}

void ConfusionPanel::applyNormalization() {
    m_normalization->setEnabled(m_normalize->isChecked());
    if (!m_normalize->isChecked()) {
        m_view->setNormalization(ConfusionMatrixView::Normalization::Counts);
        return;
    }
    m_view->setNormalization(static_cast<ConfusionMatrixView::Normalization>(m_normalization->currentData().toInt()));
}

double ConfusionPanel::zoom() const {
    return m_zoom;
}

void ConfusionPanel::setZoom(double zoom) {
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    applyZoom();
}

void ConfusionPanel::applyZoom() {
    m_zoomOut->setEnabled(m_zoom > kMinZoom);
    m_zoomFit->setEnabled(m_zoom > kMinZoom);
    m_zoomIn->setEnabled(m_zoom < kMaxZoom);
    if (m_zoom <= kMinZoom) {
        m_view->setMinimumSize(0, 0);
        return;
    }
    const QSize viewport = m_scroll->viewport()->size();
    m_view->setMinimumSize(QSize(static_cast<int>(viewport.width() * m_zoom), static_cast<int>(viewport.height() * m_zoom)));
}

bool ConfusionPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_zoom > kMinZoom) applyZoom();
    return QWidget::eventFilter(watched, event);
}

QCheckBox* ConfusionPanel::normalizeCheckBox() const { return m_normalize; }
QComboBox* ConfusionPanel::normalizationCombo() const { return m_normalization; }
QComboBox* ConfusionPanel::sortCombo() const { return m_sort; }
QCheckBox* ConfusionPanel::changeCheckBox() const { return m_change; }
QSlider* ConfusionPanel::epochSlider() const { return m_slider; }
ConfusionMatrixView* ConfusionPanel::view() const { return m_view; }

}  // namespace ts
