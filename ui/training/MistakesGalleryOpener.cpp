#include "ui/training/MistakesGalleryOpener.h"

#include "ui/evaluate/MistakesGallery.h"

#include <QDir>
#include <QWidget>

#include <algorithm>

namespace ts {

MistakesGalleryOpener::MistakesGalleryOpener(QWidget* window) : QObject(window), m_window(window) {
    setObjectName(QStringLiteral("mistakesGalleryOpener"));
}

void MistakesGalleryOpener::clear() { m_predictions.clear(); }

void MistakesGalleryOpener::setPredictedData(const std::string& dataHash, const QString& dataPath) {
    m_predictionsDataHash = dataHash;
    m_predictionsDataPath = dataPath;
}

void MistakesGalleryOpener::addPredictions(int epoch, const std::vector<Prediction>& predictions, const std::string& split) {
    m_predictions.insert(epoch, {std::make_shared<const std::vector<Prediction>>(predictions), split});
}

void MistakesGalleryOpener::setDatasetSamples(std::shared_ptr<const Dataset> data) {
    m_datasetSamples = std::move(data);
}

void MistakesGalleryOpener::setExplainer(TextExplainFunction explain) {
    m_explain = std::move(explain);
}

bool MistakesGalleryOpener::fits(const EvaluationPredictions& found, int64_t size, const QString& which) {
    const QString split = found.split == "test" ? tr("test") : tr("validation");
    if (size == 0) {
        Q_EMIT message(tr("The %1 samples are not loaded, so they cannot be listed").arg(split));
        return false;
    }
    if (!m_predictionsDataHash.empty() && !m_datasetSamples->contentHash.empty() &&
        m_datasetSamples->contentHash != m_predictionsDataHash) {
        Q_EMIT message(tr("The loaded data set is not the one this run was trained on: open %1 to see the "
                          "samples behind its predictions")
                           .arg(QDir::toNativeSeparators(m_predictionsDataPath)));
        return false;
    }
    int64_t largest = -1;
    for (const Prediction& p : *found.predictions) largest = std::max(largest, p.index);
    if (largest >= size) {
        Q_EMIT message(tr("The loaded data set's %1 split has %n sample(s), but %2's predictions refer to "
                          "sample %3: it is not the data they were made on", nullptr, int(size))
                           .arg(split).arg(which).arg(largest));
        return false;
    }
    return true;
}

const ImageSet* MistakesGalleryOpener::samplesFor(const EvaluationPredictions& found, const QString& which) {
    // Validation held out of the training split (IDX folders) is indexed by training-split row.
    const ImageSet* set = nullptr;
    if (m_datasetSamples)
        set = found.split == "test" ? &m_datasetSamples->test : found.split == "train" ? &m_datasetSamples->train : &m_datasetSamples->val;
    return fits(found, set ? set->size() : 0, which) ? set : nullptr;
}

const std::vector<std::string>* MistakesGalleryOpener::textsFor(const EvaluationPredictions& found, const QString& which) {
    // Validation held out of the training texts is indexed by training-text row, as for images.
    const TextExamples& split = found.split == "test"    ? m_datasetSamples->textTest
                                : found.split == "train" ? m_datasetSamples->textTrain
                                                         : m_datasetSamples->textVal;
    return fits(found, split.size(), which) ? &split.texts : nullptr;
}

void MistakesGalleryOpener::open(int trueClass, int predicted, int epoch, const std::vector<std::string>* classNames) {
    const auto found = m_predictions.constFind(epoch);
    const QString which = epoch < 0 ? tr("the test set") : tr("epoch %1").arg(epoch);
    if (found == m_predictions.constEnd() || !found->predictions || found->predictions->empty()) {
        Q_EMIT message(tr("No per-sample predictions are kept for %1, so its samples cannot be listed").arg(which));
        return;
    }
    const bool texts = m_datasetSamples && m_datasetSamples->isTextClassification();
    GallerySource source;
    if (texts) {
        const std::vector<std::string>* documents = textsFor(*found, which);
        if (!documents) return;
        source.texts = std::shared_ptr<const std::vector<std::string>>(m_datasetSamples, documents);  // shares its lifetime
        source.explain = m_explain;
    } else {
        const ImageSet* set = samplesFor(*found, which);
        if (!set) return;
        source.samples = std::shared_ptr<const ImageSet>(m_datasetSamples, set);  // shares the data set's lifetime
    }
    const bool testSet = found->split == "test";
    source.classNames = classNames ? *classNames : m_datasetSamples->classNames;
    source.featureNames = m_datasetSamples->featureNames;
    source.featureShift = m_datasetSamples->featureShift;
    source.featureScale = m_datasetSamples->featureScale;
    source.predictions = *found->predictions;
    source.setName = epoch < 0 ? tr("Test set") : testSet ? tr("Test set, epoch %1").arg(epoch)
                                                          : tr("Validation set, epoch %1").arg(epoch);
    if (!m_gallery) {
        m_gallery = new MistakesGallery(m_window);
        m_gallery->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_gallery->present(std::move(source), trueClass, predicted);
}

}  // namespace ts
