// Building blocks shared by the Evaluate window's inputs panel and result tabs: banner styles, the
// flagged-row colour, number cells that sort by value, the table and label factories, and the mean
// confidence that both the summary and the calibration tab read.
#pragma once

#include "ui/common/HintLabel.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <QTableWidgetItem>

#include <cstdint>
#include <string>

class QLabel;
class QTableWidget;

namespace ts {
struct Calibration;
}

namespace ts::evalwidgets {

/// The window's initial width; the summary tab splits it between its two columns.
constexpr int kWindowWidth = 1280;
/// Style sheets of the inline banners: an error, a warning, an all-clear.
inline constexpr char kErrorStyle[] = "QLabel { background: #fde2e1; border: 1px solid #d9534f; padding: 6px; }";
inline constexpr char kWarningStyle[] = "QLabel { background: #fff4d6; border: 1px solid #e0b84c; padding: 6px; }";
inline constexpr char kOkStyle[] = "QLabel { background: #e6f4ea; border: 1px solid #7cb98b; padding: 6px; }";
/// Background of a flagged table row (a class that moved, a feature that shifted a lot).
inline const QColor kFlaggedBackground(0xfd, 0xe2, 0xe1);

/// A std::string (UTF-8) as a QString.
inline QString qText(const std::string& s) { return QString::fromStdString(s); }

/// "+0.012", "−0.034", "0.000" with a real minus sign.
QString signedFixed(double v, int decimals);

/// A table cell that sorts by a number (Qt::UserRole) instead of its text.
class NumberItem : public QTableWidgetItem {
public:
    /// A right-aligned cell showing `shown` that sorts by `value`.
    NumberItem(const QString& shown, double value);
    /// Orders by the numbers, not the texts.
    bool operator<(const QTableWidgetItem& other) const override;
};

/// A read-only table named `name`: no row numbers, whole-row selection, columns sized to their contents.
QTableWidget* makeTable(const QString& name, const QStringList& headers);
/// The grey hint label (ui/common/HintLabel.h).
using ts::hintLabel;
/// A label in the bold window font.
QLabel* boldLabel(const QString& s);
/// A word-wrapped label named `name` whose text can be selected and copied (captions, banners).
QLabel* wrappedLabel(const QString& name);

/// Top-1 confidence averaged over every calibrated prediction (0 when there are none); `count`, when
/// given, receives their number.
double meanConfidence(const Calibration& calibration, int64_t* count = nullptr);

}  // namespace ts::evalwidgets
