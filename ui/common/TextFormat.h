// Number formatting for the screen, in the interface's locale: grouped integers, percentages, fixed decimals (never files).
#pragma once

#include <QLocale>
#include <QString>

#include <algorithm>
#include <climits>

namespace ts {

/// A count as tr()'s plural selector (an int): counts past INT_MAX choose the form of INT_MAX.
inline int pluralCount(qint64 count) { return static_cast<int>(std::clamp<qint64>(count, INT_MIN, INT_MAX)); }

/// Integer with thousands separators ("54,000").
inline QString grouped(qint64 value) {
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(value);
}

/// A number with exactly `decimals` decimals, in the interface's locale (its decimal mark, no grouping).
inline QString fixed(double v, int decimals) {
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(v, 'f', decimals);
}

/// A fraction as a percentage with `decimals` decimals ("88.4%"), in the interface's locale.
inline QString percentText(double fraction, int decimals = 1) { return fixed(100.0 * fraction, decimals) + QLatin1Char('%'); }

}  // namespace ts
