// Number formatting shared by the widgets: grouped integers, percentages and fixed decimals.
#pragma once

#include <QLocale>
#include <QString>

namespace ts {

/// Integer with thousands separators ("54,000").
inline QString grouped(qint64 value) {
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(value);
}

/// A fraction as a percentage with `decimals` decimals ("88.4%").
inline QString percentText(double fraction, int decimals = 1) {
    return QString::number(100.0 * fraction, 'f', decimals) + QLatin1Char('%');
}

/// A number with exactly `decimals` decimals.
inline QString fixed(double v, int decimals) { return QString::number(v, 'f', decimals); }

}  // namespace ts
