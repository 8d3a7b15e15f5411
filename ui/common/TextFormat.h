// Number formatting for the screen, in the interface's locale: grouped integers, percentages, fixed decimals,
// durations and dates (never files).
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <algorithm>
#include <climits>
#include <cmath>

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

/// A duration for people in the interface's language, the style of core's formatDuration: "7.5 s", "41 s",
/// "3 min 05 s", "2 h 07 min"; "–" when unknown.
inline QString durationText(double seconds) {
    constexpr double kTenthsBelow = 10.0;  // under 10 s, tenths of a second
    constexpr long long kMinute = 60, kHour = 3600;
    if (!std::isfinite(seconds) || seconds < 0.0) return QStringLiteral("–");
    if (seconds < kTenthsBelow) return QCoreApplication::translate("ts::Duration", "%1 s").arg(fixed(seconds, 1));
    const long long s = std::llround(seconds);
    const auto two = [](long long v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    if (s < kMinute) return QCoreApplication::translate("ts::Duration", "%1 s").arg(s);
    if (s < kHour) return QCoreApplication::translate("ts::Duration", "%1 min %2 s").arg(s / kMinute).arg(two(s % kMinute));
    return QCoreApplication::translate("ts::Duration", "%1 h %2 min").arg(s / kHour).arg(two((s % kHour) / kMinute));
}

/// A run's start time, stored as ISO 8601 (core's files), in the interface's locale's short date and time format
/// ("12/2/26 9:58 AM", "2026/12/2 09:58"); the C locale (no language set: LANG=C, containers) gets "2026-12-02 09:58"
/// rather than its long "2 Dec 2026 09:58:00". The stored text itself when it is not a date.
inline QString dateTimeText(const QString& iso) {
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODate);
    if (!when.isValid()) return iso;
    const QLocale locale;
    if (locale.language() == QLocale::C) return when.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return locale.toString(when, QLocale::ShortFormat);
}

}  // namespace ts
