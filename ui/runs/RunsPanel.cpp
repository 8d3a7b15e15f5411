#include "ui/runs/RunsPanel.h"

#include "ui/common/CoreText.h"
#include "ui/common/TextFormat.h"
#include "ui/common/BackgroundJob.h"
#include "core/common/Numbers.h"

#include "core/train/Trainer.h"  // checkpoint file names (the header is torch-free)

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>

namespace ts {

namespace {

constexpr int kRefreshDelayMs = 300;    // folder changes arrive in bursts: list once they settle
constexpr int kNameColumnWidth = 220;
constexpr int kDateColumnWidth = 130;
constexpr int kTagsColumnWidth = 160;

QString qs(const std::string& s) { return QString::fromStdString(s); }

/// Duration of a run: its total when it ended, else the time of its last epoch.
double runSeconds(const RunRecord& r) {
    if (r.totalSeconds > 0.0) return r.totalSeconds;
    return r.epochs.empty() ? 0.0 : r.epochs.back().elapsedSec;
}

QString tagsText(const RunRecord& r) {
    QStringList tags;
    for (const std::string& t : r.meta.tags) tags << qs(t);
    return tags.join(QStringLiteral(", "));
}

/// Splits "a, b  c" into tags, dropping empty ones and duplicates.
QStringList parseTags(const QString& text) {
    QStringList tags;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        if (!tags.contains(part)) tags << part;
    return tags;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Helpers

void loadRunsInBackground(QObject* context, const QStringList& dirs,
                          std::function<void(std::vector<RunRecord> runs, QStringList errors)> done) {
    struct Loaded {
        std::vector<RunRecord> runs;
        QStringList errors;
    };
    auto loaded = std::make_shared<Loaded>();
    runInBackground(
        context, QStringLiteral("TrainScope run loader"),
        [dirs, loaded] {
            for (const QString& dir : dirs) {
                try {
                    loaded->runs.push_back(loadRun(dir.toStdString(), true));
                } catch (const std::exception& e) {
                    loaded->errors << QString::fromUtf8(e.what());
                }
            }
        },
        [loaded, done = std::move(done)] { done(std::move(loaded->runs), loaded->errors); });
}

QColor runStatusColor(const QString& status) {
    if (status == QLatin1String("finished")) return QColor(0x2c, 0xa0, 0x2c);     // green
    if (status == QLatin1String("running")) return QColor(0x1f, 0x77, 0xb4);      // blue
    if (status == QLatin1String("stopped")) return QColor(0xd6, 0x8a, 0x00);      // amber
    if (status == QLatin1String("diverged")) return QColor(0xd6, 0x27, 0x28);     // red
    if (status == QLatin1String("failed")) return QColor(0xa0, 0x1c, 0x1c);       // dark red
    if (status == QLatin1String("interrupted")) return QColor(0x94, 0x67, 0xbd);  // purple
    return QColor(0x7f, 0x7f, 0x7f);
}

QString formatRunDuration(double seconds) {
    if (!std::isfinite(seconds) || seconds <= 0.0) return QStringLiteral("–");
    return durationText(seconds);  // the one style: "41 s", "3 min 05 s"
}

// ---------------------------------------------------------------------------------------------
// RunsModel

RunsModel::RunsModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunsModel::setRuns(std::vector<RunRecord> runs) {
    beginResetModel();
    m_runs = std::move(runs);
    m_languageModels = int(std::count_if(m_runs.begin(), m_runs.end(), [](const RunRecord& r) { return r.isLanguageModel(); }));
    endResetModel();
}

int RunsModel::rowOfDir(const QString& dir) const {
    const QString wanted = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    for (size_t i = 0; i < m_runs.size(); ++i)
        if (QDir::cleanPath(qs(m_runs[i].dir)) == wanted) return static_cast<int>(i);
    return -1;
}

int RunsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int RunsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RunsModel::bestValLossCell(const RunRecord& r, bool sort) {
    const double best = r.bestValLoss();
    // Sorted below every classifier (accuracies in 0..1, -1 for none), the lowest loss first in a descending sort.
    if (sort) return std::isfinite(best) ? kLanguageModelSortBase - best : kLanguageModelSortBase - kNoLossSortGap;
    return std::isfinite(best) ? tr("loss %1").arg(best, 0, 'f', 4) : QStringLiteral("–");
}

QString RunsModel::languageModelTip(const RunRecord& r) {
    QString tip = tr("%1 language model, %2, lr %3, %4 of %5 step(s)", nullptr, pluralCount(r.config.steps))
                      .arg(qs(r.config.preset), qs(r.config.optimizer))
                      .arg(r.config.lr, 0, 'g', 4)
                      .arg(r.epochs.empty() ? 0 : r.epochs.back().step)
                      .arg(r.config.steps);
    if (!r.epochs.empty())
        tip += QLatin1Char('\n') + tr("Last validation: loss %1, perplexity %2, %3 bits/byte")
                                      .arg(r.epochs.back().val.loss, 0, 'f', 4)
                                      .arg(r.epochs.back().lm.valPerplexity, 0, 'f', 2)
                                      .arg(r.epochs.back().lm.valBitsPerByte, 0, 'f', 3);
    if (r.hasLmTest)
        tip += QLatin1Char('\n') + tr("Test: perplexity %1, %2 bits/byte, token accuracy %3 %")
                                      .arg(r.lmTest.perplexity, 0, 'f', 2)
                                      .arg(r.lmTest.bitsPerByte, 0, 'f', 3)
                                      .arg(100.0 * r.lmTest.tokenAccuracy, 0, 'f', 2);
    return tip;
}

QString RunsModel::statusText(const QString& status) {
    static const std::pair<const char*, const char*> kStatuses[] = {
        {"finished", QT_TR_NOOP("finished")}, {"running", QT_TR_NOOP("running")},
        {"stopped", QT_TR_NOOP("stopped")},   {"diverged", QT_TR_NOOP("diverged")},
        {"failed", QT_TR_NOOP("failed")},     {"interrupted", QT_TR_NOOP("interrupted")}};
    for (const auto& [key, text] : kStatuses)
        if (status == QLatin1String(key)) return tr(text);
    return status;
}

QVariant RunsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const RunRecord& r = run(index.row());
    const QString status = qs(r.status);
    if (role == DirRole) return qs(r.dir);
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case NameColumn: return qs(r.displayName());
        case DateColumn: {
            if (sort) return qs(r.startedAt) + QLatin1Char(' ') + qs(r.id);
            return dateTimeText(qs(r.startedAt));
        }
        case StatusColumn: return sort ? status : statusText(status);
        case PresetColumn:
            return r.isLanguageModel() ? tr("%1 (language model)").arg(qs(r.config.preset)) : qs(r.config.preset);
        case BestValColumn:
            if (r.isLanguageModel()) return bestValLossCell(r, sort);
            if (sort) return r.epochs.empty() ? -1.0 : r.bestValAccuracy();
            return r.epochs.empty() ? QStringLiteral("–")
                                    : QStringLiteral("%1 %").arg(100.0 * r.bestValAccuracy(), 0, 'f', 2);
        case DurationColumn:
            return sort ? QVariant(runSeconds(r)) : QVariant(formatRunDuration(runSeconds(r)));
        case TagsColumn: return tagsText(r);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) return runStatusColor(status);
    if (role == Qt::FontRole && index.column() == StatusColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == BestValColumn || index.column() == DurationColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        lines << QDir::toNativeSeparators(qs(r.dir));
        if (!r.message.empty()) lines << tr("%1: %2").arg(statusText(status), coreText(r.message));
        if (r.isLanguageModel()) {
            lines << languageModelTip(r);
        } else {
            lines << tr("%1, %2, lr %3, %4 of %5 epoch(s)", nullptr, r.config.epochs)
                         .arg(qs(r.config.preset), qs(r.config.optimizer))
                         .arg(r.config.lr, 0, 'g', 4)
                         .arg(r.epochs.size())
                         .arg(r.config.epochs);
        }
        if (r.hasTest) lines << tr("Test accuracy %1 %").arg(100.0 * r.test.accuracy, 0, 'f', 2);
        if (!r.meta.notes.empty()) lines << tr("Notes: %1").arg(qs(r.meta.notes));
        for (const std::string& w : r.warnings) lines << tr("Warning: %1").arg(qs(w));
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Name");
        case DateColumn: return tr("Started");
        case StatusColumn: return tr("Status");
        case PresetColumn: return tr("Preset");
        case BestValColumn: return m_languageModels > 0 ? tr("Best val") : tr("Best val acc");
        case DurationColumn: return tr("Duration");
        case TagsColumn: return tr("Tags");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && section == BestValColumn)
        return m_languageModels > 0 ? tr("Highest validation accuracy over a classifier's epochs; lowest validation "
                                         "loss over a language model's evaluations")
                                    : tr("Highest validation accuracy over the run's epochs");
    return {};
}

// ---------------------------------------------------------------------------------------------
// RunsFilterModel

RunsFilterModel::RunsFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(RunsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RunsFilterModel::setFilterWords(const QString& text) {
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool RunsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_words.isEmpty()) return true;
    const auto* runs = qobject_cast<const RunsModel*>(sourceModel());
    if (!runs || sourceParent.isValid() || sourceRow >= runs->runCount()) return true;
    const RunRecord& r = runs->run(sourceRow);
    QStringList haystack{qs(r.displayName()), qs(r.id), qs(r.status), RunsModel::statusText(qs(r.status)),
                         qs(r.config.preset)};
    if (r.isLanguageModel()) haystack << QStringLiteral("language model");
    for (const std::string& t : r.meta.tags) haystack << qs(t);
    const QString text = haystack.join(QLatin1Char('\n'));
    for (const QString& word : m_words)
        if (!text.contains(word, Qt::CaseInsensitive)) return false;
    return true;
}

// ---------------------------------------------------------------------------------------------
// RunsPanel

RunsPanel::RunsPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("runsPanel"));
    m_model = new RunsModel(this);
    m_proxy = new RunsFilterModel(this);
    m_proxy->setSourceModel(m_model);

    m_filter = new QLineEdit();
    m_filter->setObjectName(QStringLiteral("runsFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, tag or status…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the runs whose name, folder, tags, status or preset contain every word"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &RunsFilterModel::setFilterWords);

    m_view = new QTableView();
    m_view->setObjectName(QStringLiteral("runsTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RunsModel::DateColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->resizeSection(RunsModel::NameColumn, kNameColumnWidth);
    header->resizeSection(RunsModel::DateColumn, kDateColumnWidth);
    header->resizeSection(RunsModel::TagsColumn, kTagsColumnWidth);
    connect(m_view, &QTableView::doubleClicked, this, [this] { m_openAction->trigger(); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &RunsPanel::contextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RunsPanel::updateActions);

    buildActions();

    m_countLabel = new QLabel();
    m_countLabel->setObjectName(QStringLiteral("runsCountLabel"));
    auto* top = new QHBoxLayout();
    top->setSpacing(4);
    top->addWidget(m_filter, 1);
    for (QAction* action : {m_openAction, m_compareAction, m_resumeAction, m_renameAction, m_tagsAction, m_notesAction,
                            m_deleteAction, m_refreshAction}) {
        auto* button = new QToolButton();
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        top->addWidget(button);
    }
    top->addWidget(m_countLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    m_watcher = new QFileSystemWatcher(this);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &RunsPanel::refresh);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    updateActions();
}

void RunsPanel::buildActions() {
    QStyle* st = style();
    const auto make = [this](const QIcon& icon, const QString& text, const QString& name, const QString& tip) {
        auto* action = new QAction(icon, text, this);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        action->setShortcutContext(Qt::WidgetShortcut);  // Return and Delete act on the table, not the search box
        m_view->addAction(action);
        return action;
    };
    m_openAction = make(st->standardIcon(QStyle::SP_DialogOpenButton), tr("Open"), QStringLiteral("openRunAction"),
                       tr("Show the run's charts, confusion matrix and table (double-click)"));
    m_openAction->setShortcut(QKeySequence(Qt::Key_Return));
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QStringList dirs = selectedRunDirs();
        if (!dirs.isEmpty() && !vanished(dirs.mid(0, 1), tr("Open Run"))) Q_EMIT openRequested(dirs.front());
    });
    m_compareAction = make(QIcon(), tr("Compare"), QStringLiteral("compareRunsAction"),
                          tr("Overlay the curves of the selected runs and compare their settings (select 2 or more)"));
    connect(m_compareAction, &QAction::triggered, this, [this] {
        const QStringList dirs = selectedRunDirs();
        if (dirs.size() >= 2 && !vanished(dirs, tr("Compare Runs"))) Q_EMIT compareRequested(dirs);
    });
    m_resumeAction = make(st->standardIcon(QStyle::SP_MediaPlay), tr("Resume"), QStringLiteral("resumeRunAction"),
                         tr("Continue a stopped or interrupted run from its last checkpoint"));
    connect(m_resumeAction, &QAction::triggered, this, [this] {
        if (vanished(selectedRunDirs(), tr("Resume Run"))) return;  // before currentRun(): it refreshes the list
        if (const RunRecord* r = currentRun(); r && canResume(*r)) Q_EMIT resumeRequested(qs(r->dir));
    });
    m_renameAction = make(QIcon(), tr("Rename…"), QStringLiteral("renameRunAction"), tr("Give the run a name"));
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_renameAction, &QAction::triggered, this, &RunsPanel::promptRename);
    m_tagsAction = make(QIcon(), tr("Tags…"), QStringLiteral("tagRunAction"), tr("Edit the run's tags"));
    connect(m_tagsAction, &QAction::triggered, this, &RunsPanel::promptTags);
    m_notesAction = make(QIcon(), tr("Notes…"), QStringLiteral("notesRunAction"), tr("Write notes on the run"));
    connect(m_notesAction, &QAction::triggered, this, &RunsPanel::promptNotes);
    m_deleteAction = make(st->standardIcon(QStyle::SP_TrashIcon), tr("Delete…"), QStringLiteral("deleteRunAction"),
                         tr("Delete the selected runs' folders (asks first)"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, &RunsPanel::promptDelete);
    m_refreshAction = make(st->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), QStringLiteral("refreshRunsAction"),
                          tr("Read the runs folder again (Ctrl+R)"));
    m_refreshAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &RunsPanel::refresh);
}

void RunsPanel::setRunsRoot(const QString& root) {
    m_root = root;
    if (!m_watcher->directories().isEmpty()) m_watcher->removePaths(m_watcher->directories());
    if (!root.isEmpty()) {
        QDir().mkpath(root);  // watch it even before the first run is saved there
        if (QFileInfo(root).isDir()) m_watcher->addPath(root);
    }
    refresh();
}

void RunsPanel::refresh() {
    // A runs folder deleted and made again (by the next run) is no longer watched: watch it again.
    if (!m_root.isEmpty() && m_watcher->directories().isEmpty() && QFileInfo(m_root).isDir()) m_watcher->addPath(m_root);
    const QStringList selected = selectedRunDirs();
    m_model->setRuns(m_root.isEmpty() ? std::vector<RunRecord>() : listRuns(m_root.toStdString()));
    selectRunDirs(selected);
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(shown == m_model->runCount() ? tr("%n run(s)", nullptr, shown)
                                                     : tr("%1 of %n run(s)", nullptr, m_model->runCount()).arg(shown));
    m_countLabel->setToolTip(QDir::toNativeSeparators(m_root));
    updateActions();
    Q_EMIT refreshed();
}

QStringList RunsPanel::selectedRunDirs() const {
    QStringList dirs;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows) dirs << index.data(RunsModel::DirRole).toString();
    return dirs;
}

void RunsPanel::selectRunDirs(const QStringList& dirs) {
    QItemSelection selection;
    for (const QString& dir : dirs) {
        const int row = m_model->rowOfDir(dir);
        if (row < 0) continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_view->selectionModel()->setCurrentIndex(selection.indexes().front(), QItemSelectionModel::NoUpdate);
    updateActions();
}

const RunRecord* RunsPanel::currentRun() const {
    const QStringList dirs = selectedRunDirs();
    if (dirs.size() != 1) return nullptr;
    const int row = m_model->rowOfDir(dirs.front());
    return row < 0 ? nullptr : &m_model->run(row);
}

bool RunsPanel::canResume(const RunRecord& run) {
    if (run.status != "stopped" && run.status != "interrupted") return false;
    return QFileInfo::exists(QDir(qs(run.dir)).filePath(QString::fromLatin1(lastCheckpointName())));
}

void RunsPanel::updateActions() {
    const int count = m_view->selectionModel()->selectedRows().size();
    const RunRecord* one = currentRun();
    m_openAction->setEnabled(count == 1);
    m_compareAction->setEnabled(count >= 2);
    m_resumeAction->setEnabled(one && canResume(*one));
    m_renameAction->setEnabled(count == 1);
    m_tagsAction->setEnabled(count == 1);
    m_notesAction->setEnabled(count == 1);
    m_deleteAction->setEnabled(count >= 1);
}

void RunsPanel::contextMenu(const QPoint& pos) {
    if (!m_view->indexAt(pos).isValid()) return;
    QMenu menu(this);
    menu.addAction(m_openAction);
    menu.addAction(m_compareAction);
    menu.addAction(m_resumeAction);
    menu.addSeparator();
    menu.addAction(m_renameAction);
    menu.addAction(m_tagsAction);
    menu.addAction(m_notesAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.addSeparator();
    menu.addAction(m_refreshAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

// ---------------------------------------------------------------------------------------------
// Editing

bool RunsPanel::saveMeta(const QString& dir, const std::function<void(RunMeta&)>& change, QString* error) {
    try {
        RunRecord r = loadRun(dir.toStdString(), false);
        change(r.meta);
        saveRunMeta(r.dir, r.meta);
    } catch (const std::exception& e) {
        if (error) *error = QString::fromUtf8(e.what());
        refresh();  // a folder deleted meanwhile leaves the list
        return false;
    }
    refresh();
    return true;
}

bool RunsPanel::renameRun(const QString& dir, const QString& name, QString* error) {
    return saveMeta(dir, [&](RunMeta& m) { m.name = name.trimmed().toStdString(); }, error);
}

bool RunsPanel::setRunTags(const QString& dir, const QStringList& tags, QString* error) {
    return saveMeta(dir, [&](RunMeta& m) {
        m.tags.clear();
        for (const QString& t : tags)
            if (!t.trimmed().isEmpty()) m.tags.push_back(t.trimmed().toStdString());
    }, error);
}

bool RunsPanel::setRunNotes(const QString& dir, const QString& notes, QString* error) {
    return saveMeta(dir, [&](RunMeta& m) { m.notes = notes.toStdString(); }, error);
}

bool RunsPanel::deleteRunFolder(const QString& dir, QString* error) {
    if (!QFileInfo::exists(dir)) {  // deleted outside TrainScope meanwhile: what was asked is done
        refresh();
        return true;
    }
    try {
        const RunRecord r = loadRun(dir.toStdString(), false);
        if (r.status == "running") {
            if (error) *error = tr("“%1” is still training. Stop it first, then delete it.").arg(qs(r.displayName()));
            return false;
        }
        deleteRun(r.dir);
    } catch (const std::exception& e) {
        if (error) *error = QString::fromUtf8(e.what());
        refresh();
        return false;
    }
    refresh();
    return true;
}

void RunsPanel::reportError(const QString& title, const QString& text) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();  // non-blocking
}

bool RunsPanel::vanished(const QStringList& dirs, const QString& title) {
    QStringList gone;
    for (const QString& dir : dirs)
        if (!QFileInfo::exists(dir)) gone << QDir::toNativeSeparators(dir);
    if (gone.isEmpty()) return false;
    refresh();
    reportError(title, tr("These run folders no longer exist: they were deleted or moved outside TrainScope. "
                          "The list has been read again.\n\n%1").arg(gone.join(QLatin1Char('\n'))));
    return true;
}

void RunsPanel::promptRename() {
    if (vanished(selectedRunDirs(), tr("Rename Run"))) return;  // before currentRun(): it refreshes the list
    const RunRecord* r = currentRun();
    if (!r) return;
    const QString dir = qs(r->dir);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Run"), tr("Name of the run (empty = folder name):"),
                                               QLineEdit::Normal, qs(r->displayName()), &ok);
    QString error;
    if (ok && !renameRun(dir, name, &error)) reportError(tr("Rename Run"), tr("The name was not saved.\n\n%1").arg(error));
}

void RunsPanel::promptTags() {
    if (vanished(selectedRunDirs(), tr("Edit Tags"))) return;  // before currentRun(): it refreshes the list
    const RunRecord* r = currentRun();
    if (!r) return;
    const QString dir = qs(r->dir);
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Edit Tags"), tr("Tags, separated by commas or spaces:"),
                                               QLineEdit::Normal, tagsText(*r), &ok);
    QString error;
    if (ok && !setRunTags(dir, parseTags(text), &error))
        reportError(tr("Edit Tags"), tr("The tags were not saved.\n\n%1").arg(error));
}

void RunsPanel::promptNotes() {
    if (vanished(selectedRunDirs(), tr("Run Notes"))) return;  // before currentRun(): it refreshes the list
    const RunRecord* r = currentRun();
    if (!r) return;
    const QString dir = qs(r->dir);
    bool ok = false;
    const QString notes = QInputDialog::getMultiLineText(this, tr("Run Notes"), tr("Notes on “%1”:").arg(qs(r->displayName())),
                                                         qs(r->meta.notes), &ok);
    QString error;
    if (ok && !setRunNotes(dir, notes, &error))
        reportError(tr("Run Notes"), tr("The notes were not saved.\n\n%1").arg(error));
}

void RunsPanel::promptDelete() {
    const QStringList dirs = selectedRunDirs();
    if (dirs.isEmpty()) return;
    QStringList names;
    for (const QString& dir : dirs) {
        const int row = m_model->rowOfDir(dir);
        if (row < 0) continue;
        const RunRecord& r = m_model->run(row);
        if (r.status == "running") {
            reportError(tr("Delete Runs"), tr("“%1” is still training. Stop it first, then delete it.").arg(qs(r.displayName())));
            return;
        }
        names << qs(r.displayName());
    }
    const QString question = dirs.size() == 1
                                 ? tr("Delete the run “%1” and everything in its folder?").arg(names.value(0))
                                 : tr("Delete these %n run(s) and everything in their folders?\n\n%1", nullptr, int(dirs.size()))
                                       .arg(names.join(QLatin1Char('\n')));
    if (QMessageBox::question(this, tr("Delete Runs"), question + tr("\n\nThis cannot be undone."),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QStringList errors;
    for (const QString& dir : dirs) {
        QString error;
        if (!deleteRunFolder(dir, &error)) errors << error;
    }
    if (!errors.isEmpty()) reportError(tr("Delete Runs"), tr("Some runs were not deleted.\n\n%1").arg(errors.join(QLatin1Char('\n'))));
}

// ---------------------------------------------------------------------------------------------
// State

QByteArray RunsPanel::saveHeaderState() const { return m_view->horizontalHeader()->saveState(); }

void RunsPanel::restoreHeaderState(const QByteArray& state) {
    if (!state.isEmpty()) m_view->horizontalHeader()->restoreState(state);
}

}  // namespace ts
