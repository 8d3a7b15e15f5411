#include "ui/training/DatasetPreviewFlow.h"

#include "ui/dataset/DatasetPreviewDialog.h"

#include <QDir>
#include <QFile>

namespace ts {

DatasetPreviewFlow::DatasetPreviewFlow(QWidget* window) : QObject(window), m_window(window) {}

bool DatasetPreviewFlow::dropStaleReply() {
    if (m_staleReplies <= 0) return false;
    --m_staleReplies;
    return true;
}

void DatasetPreviewFlow::showTextPreview(const TextPreview& preview) {
    if (m_dialog) m_dialog->setTextPreview(preview);
}

void DatasetPreviewFlow::showPreview(const DatasetPreview& preview) {
    if (dropStaleReply()) return;
    if (m_dialog && m_dialog->isReloading()) {
        m_dialog->showPreview(preview);
        Q_EMIT message(tr("Preview of %1 reloaded").arg(QString::fromStdString(preview.name)), false);
        return;
    }
    auto* dialog = new DatasetPreviewDialog(preview, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_dialog = dialog;
    const QString path = QFile::decodeName(preview.path.c_str());  // the worker encoded it with encodeName
    connect(dialog, &DatasetPreviewDialog::reloadRequested, this, [this, path](const ts::LoadOptions& options) {
        Q_EMIT message(tr("Reloading %1…").arg(QDir::toNativeSeparators(path)), true);
        Q_EMIT reloadRequested(path, options);
    });
    connect(dialog, &QDialog::accepted, this, &DatasetPreviewFlow::accepted);
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        if (dialog->isReloading()) ++m_staleReplies;
        Q_EMIT message(tr("Data set not used"), false);
        Q_EMIT rejected();
    });
    Q_EMIT message(tr("Preview of %1").arg(QString::fromStdString(preview.name)), true);
    dialog->open();
}

bool DatasetPreviewFlow::takeFailure(const QString& message) {
    if (dropStaleReply()) return true;
    if (m_dialog && m_dialog->isReloading()) {  // the preview shows it next to its options
        m_dialog->reloadFailed(message);
        Q_EMIT this->message(tr("Could not reload the data set"), false);
        return true;
    }
    return false;
}

}  // namespace ts
