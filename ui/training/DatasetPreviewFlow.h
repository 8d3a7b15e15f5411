// The data set preview's round trip between the window, the preview dialog and the loader: the dialog opens
// window-modal and non-blocking, its reloads go to the loader and their answers back to it.
#pragma once

#include "core/data/DatasetLoader.h"
#include "core/text/TextPreview.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace ts {

class DatasetPreviewDialog;

/// Shows the loader's previews in the preview dialog and drops the answers of reloads whose dialog closed.
class DatasetPreviewFlow : public QObject {
    Q_OBJECT
public:
    /// The dialog opens over `window`.
    explicit DatasetPreviewFlow(QWidget* window);

    /// A preview arrived: shown in the dialog that asked for a reload, else in a new dialog.
    void showPreview(const DatasetPreview& preview);
    /// A text corpus's figures for the preview just shown (ignored when its dialog has closed).
    void showTextPreview(const TextPreview& preview);
    /// Loading failed: true when the failure was taken care of here (a reload's, shown in its dialog,
    /// or a late one, dropped); false when the window should report it.
    bool takeFailure(const QString& message);

Q_SIGNALS:
    /// The dialog asks to load `path` again with `options`.
    void reloadRequested(const QString& path, const ts::LoadOptions& options);
    /// The user confirmed the previewed data set.
    void accepted();
    /// The user went back from the preview.
    void rejected();
    /// A note for the status bar; `lasting` notes stay until the next one, others go after a few seconds.
    void message(const QString& text, bool lasting);

private:
    /// True (and one fewer to expect) when the next answer belongs to a reload whose dialog was closed.
    bool dropStaleReply();

    QWidget* m_window;
    QPointer<DatasetPreviewDialog> m_dialog;  // the open preview, if any
    int m_staleReplies = 0;  // reloads whose dialog was closed meanwhile: their answers are dropped
};

}  // namespace ts
