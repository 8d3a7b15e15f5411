// Keeps each evaluation's per-sample predictions and opens the mistakes gallery for a confusion cell.
#pragma once

#include "core/common/Types.h"
#include "core/data/Dataset.h"
#include "ui/evaluate/TextExplanationView.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <string>
#include <vector>

class QWidget;

namespace ts {

class MistakesGallery;

/// Lists a confusion cell's samples in one reused gallery ("mistakesGallery") from the kept predictions.
class MistakesGalleryOpener : public QObject {
    Q_OBJECT
public:
    /// The gallery opens as a child window of `window`; this object is named "mistakesGalleryOpener".
    explicit MistakesGalleryOpener(QWidget* window);

    /// Forgets every evaluation's predictions.
    void clear();
    /// The predictions index the data set whose content hash is `dataHash` ("" = unknown), at `dataPath`.
    void setPredictedData(const std::string& dataHash, const QString& dataPath);
    /// The predictions of the evaluation of `epoch` (-1 = the final test set), indexing the data set's
    /// `split` ("train" for validation held out of it, "val" or "test").
    void addPredictions(int epoch, const std::vector<Prediction>& predictions, const std::string& split);
    /// The current data set's samples (null forgets them).
    void setDatasetSamples(std::shared_ptr<const Dataset> data);
    /// The data set given to setDatasetSamples() (null when none).
    std::shared_ptr<const Dataset> datasetSamples() const { return m_datasetSamples; }
    /// The token weights the gallery colours a text classifier's documents with (the app supplies one from the
    /// run's checkpoint; empty: the gallery says why there are none).
    void setExplainer(TextExplainFunction explain);
    /// Opens the gallery on cell (trueClass, predicted) of the evaluation of `epoch`, naming the classes
    /// `classNames` (null: the data set's); says in message() why when the samples cannot be listed. A text
    /// classification data set's documents are listed with their text.
    void open(int trueClass, int predicted, int epoch, const std::vector<std::string>* classNames);

Q_SIGNALS:
    /// A note for the status bar.
    void message(const QString& text);

private:
    struct EvaluationPredictions {
        std::shared_ptr<const std::vector<Prediction>> predictions;
        std::string split;  // the data set's split the indices point into
    };
    /// The samples `found` indexes, or null after saying in message() why they cannot be used.
    const ImageSet* samplesFor(const EvaluationPredictions& found, const QString& which);
    /// The documents `found` indexes (text classification), or null after saying in message() why not.
    const std::vector<std::string>* textsFor(const EvaluationPredictions& found, const QString& which);
    /// True when the loaded data holds `size` samples in `found`'s split, is the predicted data and covers every
    /// predicted index; otherwise says in message() why not.
    bool fits(const EvaluationPredictions& found, int64_t size, const QString& which);

    QWidget* m_window;
    QHash<int, EvaluationPredictions> m_predictions;  // by epoch (-1 = final test set)
    std::shared_ptr<const Dataset> m_datasetSamples;
    std::string m_predictionsDataHash;  // content hash of the data the predictions index ("" = unknown)
    QString m_predictionsDataPath;
    TextExplainFunction m_explain;
    QPointer<MistakesGallery> m_gallery;
};

}  // namespace ts
