#include "ui/evaluate/TextExplanationView.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/TextFormat.h"

#include "ui/evaluate/ShadeLegend.h"
#include "ui/evaluate/SpanTextView.h"
#include "ui/evaluate/TextShading.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <exception>
#include <memory>

namespace ts {

namespace {

constexpr int kWeightDecimals = 2;

/// The tooltip of a weighted span.
QString weightTip(const std::string& text, const TokenWeight& w, const QString& cls) {
    const auto size = static_cast<int64_t>(text.size());
    const auto begin = static_cast<size_t>(std::clamp<int64_t>(w.begin, 0, size));
    const auto end = static_cast<size_t>(std::clamp<int64_t>(w.end, static_cast<int64_t>(begin), size));
    const QString span = textshading::visibleToken(QString::fromUtf8(text.data() + begin, static_cast<qsizetype>(end - begin)));
    const QString value = (w.weight > 0 ? QStringLiteral("+") : QString()) + fixed(w.weight, kWeightDecimals);
    return w.weight >= 0 ? TextExplanationView::tr("%1: %2 towards %3").arg(span, value, cls)
                         : TextExplanationView::tr("%1: %2, against %3").arg(span, value, cls);
}

}  // namespace

TextExplanationView::TextExplanationView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("galleryTextDetail"));
    m_title = new QLabel();
    m_title->setObjectName(QStringLiteral("galleryTextTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_classCombo = new QComboBox();
    m_classCombo->setObjectName(QStringLiteral("galleryExplainClassCombo"));
    m_classCombo->setToolTip(tr("The class whose token weights colour the text: the prediction, the true class or any other"));
    m_classCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_classCombo, &QComboBox::activated, this, [this](int index) { explainClass(m_classCombo->itemData(index).toInt()); });
    m_legend = new ShadeLegend();
    m_legend->setObjectName(QStringLiteral("galleryTextLegend"));
    m_note = new QLabel();
    m_note->setObjectName(QStringLiteral("galleryTextNote"));
    m_note->setWordWrap(true);
    m_view = new SpanTextView();
    m_view->setObjectName(QStringLiteral("galleryTextView"));
    m_view->setPlaceholderText(tr("Select a document to read it whole"));

    auto* top = new QHBoxLayout();
    top->addWidget(m_title, 1);
    top->addWidget(new QLabel(tr("Weights for:")));
    top->addWidget(m_classCombo);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_legend);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    clearDocument();
}

void TextExplanationView::setSource(std::vector<std::string> classNames, TextExplainFunction explain) {
    m_classNames = std::move(classNames);
    m_explain = std::move(explain);
    m_cache.clear();
    ++m_generation;
    clearDocument();
}

QString TextExplanationView::className(int cls) const {
    if (cls >= 0 && cls < static_cast<int>(m_classNames.size())) return QString::fromStdString(m_classNames[static_cast<size_t>(cls)]);
    return QString::number(cls);
}

void TextExplanationView::clearDocument() {
    m_hasDocument = false;
    m_view->clear();
    m_title->setText(tr("No document selected"));
    m_classCombo->setEnabled(false);
    m_legend->hide();
    m_note->hide();
}

void TextExplanationView::showDocument(const std::string& text, const Prediction& prediction) {
    m_document = text;
    m_prediction = prediction;
    m_hasDocument = true;
    m_title->setText(tr("Sample %1 · true %2 · predicted %3 (%4)")
                         .arg(prediction.index)
                         .arg(className(prediction.trueClass), className(prediction.predicted),
                              percentText(prediction.confidence)));
    m_classCombo->clear();
    for (int c = 0; c < static_cast<int>(m_classNames.size()); ++c) {
        QString name = className(c);
        if (c == prediction.predicted) name += tr(" (predicted)");
        else if (c == prediction.trueClass) name += tr(" (true class)");
        m_classCombo->addItem(name, c);
    }
    m_classCombo->setEnabled(static_cast<bool>(m_explain) && m_classCombo->count() > 1);
    m_class = -1;
    explainClass(prediction.predicted);
}

void TextExplanationView::explainClass(int classIndex) {
    if (!m_hasDocument) return;
    m_class = classIndex;
    const int item = m_classCombo->findData(classIndex);
    if (item >= 0) m_classCombo->setCurrentIndex(item);
    recolour();
}

int TextExplanationView::explainedClass() const {
    return m_hasDocument ? m_class : -1;
}

QString TextExplanationView::noteText() const {
    return m_note->text();
}

// Colours the text from the cache, or asks the explainer (once per sample and class) and shows the plain text
// meanwhile.
void TextExplanationView::recolour() {
    if (!m_explain) {
        m_legend->hide();
        m_note->setText(tr("Token weights need the model's checkpoint: they are shown when the gallery is opened from "
                           "a run or an evaluated checkpoint of a text classifier."));
        m_note->show();
        m_view->showText(m_document, {});
        return;
    }
    const auto found = m_cache.find({m_prediction.index, m_class});
    if (found != m_cache.end()) {
        paint(found->second);
        return;
    }
    m_legend->hide();
    m_note->setText(tr("Weighing the tokens towards %1…").arg(className(m_class)));
    m_note->show();
    m_view->showText(m_document, {});
    requestExplanation();
}

// Runs the explainer for the shown document and class in the background; when it ends, the answer is kept and
// shown if the view still shows that document and class, and the next request starts if the view moved on.
void TextExplanationView::requestExplanation() {
    if (m_running || !m_hasDocument) return;
    m_running = true;
    const Key key{m_prediction.index, m_class};
    const int generation = m_generation;
    auto answer = std::make_shared<Answer>();
    runInBackground(
        this, QStringLiteral("text explainer"),
        [explain = m_explain, text = m_document, cls = m_class, answer] {
            try {
                answer->explanation = explain(text, cls);
            } catch (const std::exception& e) {
                answer->error = QString::fromStdString(e.what());
            }
        },
        [this, key, generation, answer] {
            m_running = false;
            if (generation != m_generation) return;
            m_cache[key] = *answer;
            if (!m_hasDocument) return;
            if (key == Key{m_prediction.index, m_class}) paint(*answer);
            else recolour();  // the user chose another document or class meanwhile
        });
}

// The spans on their weight colours: orange towards the class, blue against it.
void TextExplanationView::paint(const Answer& answer) {
    std::vector<ShadedSpan> spans;
    if (!answer.error.isEmpty()) {
        m_legend->hide();
        m_note->setText(tr("No token weights: %1").arg(answer.error));
        m_note->show();
        m_view->showText(m_document, spans);
        return;
    }
    const TextExplanation& explanation = answer.explanation;
    double largest = 0.0;
    for (const TokenWeight& w : explanation.tokens) largest = std::max(largest, std::fabs(w.weight));
    const QString cls = className(m_class);
    for (const TokenWeight& w : explanation.tokens)
        spans.push_back({w.begin, w.end, textshading::weightColor(w.weight, largest), weightTip(m_document, w, cls), false});
    const QString method = explanation.method.empty() ? tr("token weights") : QString::fromStdString(explanation.method);
    m_legend->setScale(tr("Token weights (%1)").arg(method), textshading::weightStops(), tr("against %1").arg(cls),
                       tr("towards %1").arg(cls));
    m_legend->show();
    m_note->setText(explanation.tokens.empty() ? tr("The explainer found no spans in this text.") : QString());
    m_note->setVisible(explanation.tokens.empty());
    m_view->showText(m_document, spans);
}

}  // namespace ts
