#include "ui/dataset/DatasetChooser.h"

#include "core/data/DatasetLoader.h"
#include "ui/common/Settings.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace ts {

namespace {

/// A file dialog that also accepts a folder when the folder itself is a data set.
class DatasetFileDialog : public QFileDialog {
    Q_DECLARE_TR_FUNCTIONS(ts::DatasetFileDialog)
public:
    DatasetFileDialog(QWidget* parent, const QString& start) : QFileDialog(parent, tr("Open data set"), start) {
        setObjectName(QStringLiteral("datasetFileDialog"));
        setOption(QFileDialog::DontUseNativeDialog);  // a native dialog cannot pick files and folders alike
        setFileMode(QFileDialog::ExistingFile);
        setNameFilters({tr("Data sets (*.csv *.tsv *.txt *.jsonl *.md *-ubyte *-ubyte.gz *idx* *.gz)"),
                        tr("Tables (*.csv *.tsv *.txt)"), tr("IDX files (*-ubyte *-ubyte.gz *idx*)"),
                        tr("Text (*.txt *.jsonl *.md)"), tr("All files (*)")});
        setLabelText(QFileDialog::Accept, tr("Open"));
    }
    /// The chosen file or folder.
    QString chosen() const { return m_chosen; }

    void accept() override {
        const QStringList files = selectedFiles();
        const QString pick = files.isEmpty() ? QString() : files.front();
        if (!pick.isEmpty() && QFileInfo(pick).isDir() &&
            detectDatasetFormat(QFile::encodeName(pick).toStdString()) != DatasetFormat::Unknown) {
            m_chosen = pick;
            QDialog::accept();  // skip QFileDialog's "enter the folder"
            return;
        }
        QFileDialog::accept();
        if (result() == QDialog::Accepted && !selectedFiles().isEmpty()) m_chosen = selectedFiles().front();
    }

private:
    QString m_chosen;
};

}  // namespace

QString chooseDataset(QWidget* parent, const QString& startDir) {
    DatasetFileDialog dialog(parent, startDir);
    if (dialog.exec() != QDialog::Accepted) return QString();
    return dialog.chosen();
}

QStringList recentDatasets() {
    QStringList out;
    for (const QString& p : settings::recentDatasets.get())
        if (QFileInfo::exists(p) && !out.contains(p)) out << p;
    return out.mid(0, kMaxRecentDatasets);
}

void addRecentDataset(const QString& path) {
    if (path.isEmpty()) return;
    QStringList list = settings::recentDatasets.get();
    list.removeAll(path);
    list.prepend(path);
    settings::recentDatasets.set(list.mid(0, kMaxRecentDatasets));
}

void clearRecentDatasets() {
    settings::recentDatasets.remove();
}

void fillRecentDatasetsMenu(QMenu* menu, const std::function<void(const QString&)>& open) {
    menu->clear();
    const QStringList recent = recentDatasets();
    int n = 0;
    for (const QString& p : recent) {
        const QString name = QFileInfo(p).fileName().isEmpty() ? p : QFileInfo(p).fileName();
        QAction* a = menu->addAction(QStringLiteral("&%1  %2").arg(++n).arg(name));
        a->setToolTip(QDir::toNativeSeparators(p));
        a->setStatusTip(QDir::toNativeSeparators(p));
        QObject::connect(a, &QAction::triggered, menu, [open, p] { open(p); });
    }
    if (recent.isEmpty()) menu->addAction(QObject::tr("No recent data sets"))->setEnabled(false);
    menu->addSeparator();
    QAction* clear = menu->addAction(QObject::tr("Clear Menu"));
    clear->setEnabled(!recent.isEmpty());
    QObject::connect(clear, &QAction::triggered, menu, [] { clearRecentDatasets(); });
}

}  // namespace ts
