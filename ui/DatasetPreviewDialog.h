// The dataset preview shown after a data set is chosen and before it is used: format, shapes,
// split sizes, a class histogram, sample thumbnails or the first table rows, and warnings.
#pragma once

#include "core/DatasetLoader.h"

#include <QDialog>
#include <QImage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ts {

class DatasetPreviewDialog : public QDialog {
    Q_OBJECT
public:
    /// Builds the dialog for `preview`; Accepted means "use this data set", Rejected "go back".
    explicit DatasetPreviewDialog(const DatasetPreview& preview, QWidget* parent = nullptr);

    /// The "Use This Data Set" button (disabled when the data cannot be trained on).
    QPushButton* useButton() const { return m_use; }
    /// The text of the warnings panel.
    QString warningsText() const;
    /// Number of sample thumbnails shown (image data).
    int thumbnailCount() const { return m_thumbnailCount; }
    /// Table of the first rows (tables; nullptr for image data).
    QTableWidget* rowsTable() const { return m_rows; }

    /// A planar uint8 thumbnail as a QImage (grayscale or RGB).
    static QImage toImage(const Thumbnail& t);

private:
    QWidget* buildSummary(const DatasetPreview& p);
    QWidget* buildHistogram(const DatasetPreview& p);
    QWidget* buildThumbnails(const DatasetPreview& p);
    QWidget* buildTable(const DatasetPreview& p);

    QLabel* m_warnings = nullptr;
    QPushButton* m_use = nullptr;
    QTableWidget* m_rows = nullptr;
    int m_thumbnailCount = 0;
};

}  // namespace ts
