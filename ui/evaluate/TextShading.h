// The colour scales of shaded texts: a language model's token loss (white to red) and a text classifier's token
// weights (blue against a class, white, orange towards it), shared by the Documents tab and the mistakes gallery.
#pragma once

#include <QColor>
#include <QString>
#include <QVector>

#include <cstdint>

namespace ts::textshading {

/// The loss scale's colours, from no loss to the scale's top (equally spaced stops).
QVector<QColor> lossStops();
/// The weight scale's colours, from most against the class through zero to most towards it.
QVector<QColor> weightStops();

/// Loss (nats) from which a token gets the scale's darkest colour: ln(vocabulary size) (a uniform guess), at least
/// ln 2; a fixed scale when the vocabulary is unknown.
double lossScaleTop(int64_t vocabSize);
/// The background of a token with loss `loss` on a scale topping at `top` nats.
QColor lossColor(double loss, double top);
/// The background of a span with signed weight `weight` on a scale of ±`largest` (the text's largest magnitude).
QColor weightColor(double weight, double largest);

/// A span's text for a tooltip: quoted, white space made visible ("“the\\n”").
QString visibleToken(const QString& text);

}  // namespace ts::textshading
