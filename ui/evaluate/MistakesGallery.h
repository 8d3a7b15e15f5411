// The samples behind one confusion-matrix cell ("Shirt predicted as T-shirt/top"), most confident
// first: image thumbnails with their captions, table rows with the raw feature values, or documents with the
// selected one shown whole, coloured by the classifier's token weights.
#pragma once

#include "core/data/Dataset.h"
#include "core/common/Types.h"
#include "ui/evaluate/TextExplanationView.h"

#include <QDialog>
#include <QImage>
#include <QString>

#include <memory>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableView;

namespace ts {

class GalleryRowsModel;

/// Where a gallery's samples come from: the evaluated set and one prediction per sample
/// (Prediction::index = row of `samples`).
struct GallerySource {
    std::shared_ptr<const ImageSet> samples;  ///< may be null: the gallery then lists predictions only
    std::vector<std::string> classNames;
    std::vector<std::string> featureNames;    ///< tables: column names ("" or missing: "feature N")
    std::vector<float> featureShift;          ///< tables: raw = value / scale + shift (empty: shown as stored)
    std::vector<float> featureScale;
    std::vector<Prediction> predictions;
    QString setName;                          ///< e.g. "Validation set, epoch 3" or "FashionMNIST, test split"
    /// Labelled texts instead of `samples`: the documents (index = Prediction::index); null for images and tables.
    std::shared_ptr<const std::vector<std::string>> texts;
    /// Token weights of a text towards a class, for colouring the selected document; may be empty.
    TextExplainFunction explain;
};

/// Non-modal dialog listing one cell's samples. Large cells are capped (maxShown()) so that a
/// 6,000-sample diagonal cell opens at once; the CSV export still writes every sample of the cell.
class MistakesGallery : public QDialog {
    Q_OBJECT
public:
    /// How many samples are listed at most unless setMaxShown() changes it.
    static constexpr int kDefaultMaxShown = 500;

    /// Order of the listed samples.
    enum class Order { MostConfidentFirst, LeastConfidentFirst };

    explicit MistakesGallery(QWidget* parent = nullptr);
    ~MistakesGallery() override;

    /// Sets the data and predictions; call showCell() next.
    void setSource(GallerySource source);
    /// The current source.
    const GallerySource& source() const;
    /// Lists the samples whose true class is `trueClass` and prediction `predicted`.
    void showCell(int trueClass, int predicted);
    /// Takes `source`, lists the samples of cell (trueClass, predicted) and brings the window to the front.
    void present(GallerySource source, int trueClass, int predicted);
    /// Most or least confident first (re-lists the cell).
    void setOrder(Order order);
    /// Current order.
    Order order() const;
    /// Caps the number of samples listed (at least 1; re-lists the cell).
    void setMaxShown(int count);
    /// The cap.
    int maxShown() const;

    /// True class of the cell shown (-1 before showCell()).
    int trueClass() const;
    /// Predicted class of the cell shown (-1 before showCell()).
    int predictedClass() const;
    /// Number of samples in the cell.
    int cellCount() const;
    /// Number of samples listed (min(cellCount(), maxShown())).
    int shownCount() const;
    /// Indices into source().predictions of every sample in the cell, in the listed order.
    const std::vector<size_t>& cellPredictions() const;
    /// "Shirt predicted as T-shirt/top: 112 samples".
    QString titleText() const;
    /// The line under the title: set name, order and the cap note.
    QString noteText() const;
    /// True when the samples are images (thumbnails), false for tables or no samples.
    bool showsImages() const;
    /// True when the samples are documents (rows with their text, the selected one shown whole).
    bool showsTexts() const;
    /// The selected document's view (shown for texts only).
    TextExplanationView* textDetail() const;
    /// The list's short form of a document: its first lines, at most about kListedTextChars characters, with an
    /// ellipsis when cut.
    static QString listedText(const std::string& text);
    /// Characters of a document shown in the list at most.
    static constexpr int kListedTextChars = 240;

    /// Thumbnail grid (images; hidden otherwise).
    QListWidget* thumbnailList() const;
    /// Rows table (tables, or predictions without samples; hidden for images).
    QTableView* rowsTable() const;
    /// Listed position of the selected sample (images: the first one after showCell()), or -1.
    int selectedPosition() const;
    /// Selects the sample at a listed position.
    void selectPosition(int position);

    /// The image of sample row `sample` of the source's set, upscaled `scale` times (nearest);
    /// null when there are no pixels or the row is out of range.
    QImage sampleImage(int64_t sample, int scale = 1) const;
    /// Integer upscale that makes a thumbnail about kThumbnailPixels wide (1 for large images).
    int thumbnailScale() const;

    /// Writes every sample of the cell (not only the listed ones) as CSV: index, true class,
    /// predicted class, confidence, then the raw features for tables or the text for documents. False (and
    /// `error`) on failure.
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    /// Saves the selected sample's image, upscaled as in the grid, as PNG. False (and `error`) on failure.
    bool exportSelectedPng(const QString& path, QString* error = nullptr) const;

private:
    void relist();
    void fillThumbnails();
    void updateButtons();
    void showSelectedText();
    void layOutRows(bool texts);
    void promptExportCsv();
    void promptExportPng();
    QString className(int cls) const;
    QString caption(const Prediction& p) const;

    GallerySource m_source;
    std::vector<size_t> m_cell;  // indices into m_source.predictions, in listed order
    int m_true = -1;
    int m_predicted = -1;
    int m_maxShown = kDefaultMaxShown;
    Order m_order = Order::MostConfidentFirst;

    QLabel* m_title = nullptr;
    QLabel* m_note = nullptr;
    QComboBox* m_orderCombo = nullptr;
    QListWidget* m_thumbnails = nullptr;
    QTableView* m_rows = nullptr;
    QSplitter* m_rowsSplit = nullptr;        // the rows over the selected document (texts only)
    TextExplanationView* m_textDetail = nullptr;
    GalleryRowsModel* m_model = nullptr;
    QPushButton* m_exportPng = nullptr;
    QPushButton* m_exportCsv = nullptr;
};

}  // namespace ts
