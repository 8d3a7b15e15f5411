// The mistakes gallery's selected document: the whole text, scrollable, with its spans coloured by a text
// classifier's token weights for the predicted class (or another one chosen), and a legend naming the method. The
// explainer runs in the background (a transformer's occlusion takes a while), one request at a time.
#pragma once

#include "core/common/Types.h"
#include "core/eval/TextExplanation.h"

#include <QWidget>

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

class QComboBox;
class QLabel;

namespace ts {

class ShadeLegend;
class SpanTextView;

/// Explains a text towards a class: the token weights of a text classifier (may be empty: none available).
using TextExplainFunction = std::function<TextExplanation(const std::string& text, int classIndex)>;

/// One document with its token weights towards a chosen class ("galleryTextDetail").
class TextExplanationView : public QWidget {
    Q_OBJECT
public:
    /// Builds the empty view.
    explicit TextExplanationView(QWidget* parent = nullptr);

    /// The class names, and the explainer (empty: the view says why there are no weights). Forgets the cache.
    void setSource(std::vector<std::string> classNames, TextExplainFunction explain);
    /// Shows `text`, the document of `prediction`, coloured towards its predicted class.
    void showDocument(const std::string& text, const Prediction& prediction);
    /// Shows nothing (no document selected).
    void clearDocument();
    /// Colours the shown document towards class `classIndex` (the combo follows).
    void explainClass(int classIndex);
    /// The class the colours are for (-1 when none).
    int explainedClass() const;
    /// The note under the legend: why there are no weights, or that they are being computed.
    QString noteText() const;
    /// True while the explainer runs.
    bool isExplaining() const { return m_running; }

private:
    /// An explainer's answer for one (sample, class): its spans, or why there are none.
    struct Answer {
        TextExplanation explanation;
        QString error;
    };
    using Key = std::pair<int64_t, int>;  // (sample, class)

    void recolour();
    void paint(const Answer& answer);
    void requestExplanation();
    QString className(int cls) const;

    std::vector<std::string> m_classNames;
    TextExplainFunction m_explain;
    std::map<Key, Answer> m_cache;
    bool m_running = false;  // an explainer job runs
    int m_generation = 0;    // counts setSource() calls: a job of an earlier source is ignored
    std::string m_document;
    Prediction m_prediction;
    bool m_hasDocument = false;
    int m_class = -1;

    QLabel* m_title = nullptr;
    QComboBox* m_classCombo = nullptr;
    ShadeLegend* m_legend = nullptr;
    QLabel* m_note = nullptr;
    SpanTextView* m_view = nullptr;
};

}  // namespace ts
