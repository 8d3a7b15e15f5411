// A hint label: wrapped text in the palette's disabled (grey) colour, for explanations next to a form.
#pragma once

#include <QLabel>
#include <QPalette>
#include <QString>

namespace ts {

/// A new word-wrapped label drawn in the disabled text colour.
inline QLabel* hintLabel(const QString& text = QString()) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::Disabled, QPalette::WindowText));
    label->setPalette(pal);
    return label;
}

}  // namespace ts
