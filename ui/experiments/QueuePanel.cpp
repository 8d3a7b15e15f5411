#include "ui/experiments/QueuePanel.h"

#include "ui/experiments/SweepQueue.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ts {

namespace {
enum Column { JobColumn, StateColumn, FolderColumn, Columns };
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kButtonGap = 12;  // between "Queue Run" and the buttons that act on the selected job
}  // namespace

QueuePanel::QueuePanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("sweepQueue"));
    auto* layout = new QVBoxLayout(this);
    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("sweepProgress"));
    m_eta = new QLabel;
    m_eta->setObjectName(QStringLiteral("sweepEta"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_eta);
    layout->addLayout(progressRow);
    auto* row = new QHBoxLayout;
    m_table = new QTableWidget(0, Columns);
    m_table->setObjectName(QStringLiteral("sweepQueueTable"));
    m_table->setHorizontalHeaderLabels({tr("Job"), tr("State"), tr("Folder")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    row->addWidget(m_table, 1);
    auto* buttons = new QVBoxLayout;
    auto* queueRun = new QPushButton(tr("Queue Run"));
    queueRun->setObjectName(QStringLiteral("queueRunButton"));
    queueRun->setToolTip(tr("Queue a training run of the main window's data set and configuration; it starts when "
                            "the jobs before it have ended, and goes on if the app closes"));
    connect(queueRun, &QPushButton::clicked, this, &QueuePanel::queueRunRequested);
    auto* up = new QPushButton(tr("Move Up"));
    auto* down = new QPushButton(tr("Move Down"));
    auto* cancel = new QPushButton(tr("Cancel"));
    cancel->setToolTip(tr("Remove a waiting job, or stop the running one (a sweep's Resume, or a run's Resume in the "
                          "main window, continues it later)"));
    connect(up, &QPushButton::clicked, this, [this] { if (selectedId() > 0) Q_EMIT moveRequested(selectedId(), -1); });
    connect(down, &QPushButton::clicked, this, [this] { if (selectedId() > 0) Q_EMIT moveRequested(selectedId(), 1); });
    connect(cancel, &QPushButton::clicked, this, [this] { if (selectedId() > 0) Q_EMIT cancelRequested(selectedId()); });
    buttons->addWidget(queueRun);
    buttons->addSpacing(kButtonGap);
    for (QPushButton* b : {up, down, cancel}) buttons->addWidget(b);
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row, 1);
    showProgress(0, 0, QString());
}

int QueuePanel::selectedId() const {
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, JobColumn) ? m_table->item(row, JobColumn)->data(kIdRole).toInt() : -1;
}

void QueuePanel::showQueue(const SweepQueue& queue) {
    const int selected = selectedId();
    m_table->setRowCount(int(queue.jobs().size()));
    int row = 0;
    for (const QueuedSweep& j : queue.jobs()) {
        auto* job = new QTableWidgetItem(j.label);
        job->setData(kIdRole, j.id);
        auto* state = new QTableWidgetItem(queueStateName(j.state));
        if (!j.message.isEmpty()) state->setToolTip(j.message);
        m_table->setItem(row, JobColumn, job);
        m_table->setItem(row, StateColumn, state);
        m_table->setItem(row, FolderColumn, new QTableWidgetItem(j.sweepDir));
        if (j.id == selected) m_table->setCurrentCell(row, JobColumn);
        ++row;
    }
    m_table->resizeColumnToContents(JobColumn);
}

void QueuePanel::showProgress(int done, int total, const QString& eta, bool run) {
    m_progress->setFormat(run ? tr("%v of %m evaluations") : tr("%v of %m trials"));
    m_progress->setVisible(total > 0);
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_eta->setText(eta.isEmpty() ? QString() : tr("about %1 left").arg(eta));
}

}  // namespace ts
