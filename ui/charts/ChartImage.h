// Chart images: save any painted widget (a chart, the confusion-matrix heatmap) as PNG or vector SVG,
// or copy it to the clipboard, plus the context-menu entries that offer it.
#pragma once

#include <QString>

class QMenu;
class QMimeData;
class QWidget;

namespace ts {

/// Renders `widget` into an SVG file (vector: every QPainter call becomes an SVG element).
/// Returns false and fills `error` (naming the path) when the file cannot be written.
bool saveWidgetSvg(QWidget* widget, const QString& path, const QString& title, QString* error = nullptr);

/// Saves `widget` as a PNG at the screen's device-pixel ratio. Returns false and fills `error` on failure.
bool saveWidgetPng(QWidget* widget, const QString& path, QString* error = nullptr);

/// The widget as clipboard data: a bitmap image and the SVG under "image/svg+xml" (caller owns it).
QMimeData* widgetMimeData(QWidget* widget, const QString& title);

/// Puts the widget on the clipboard (bitmap and SVG).
void copyWidgetToClipboard(QWidget* widget, const QString& title);

/// Asks for a file name for a "png" or "svg" image (starting in the last folder used for chart images),
/// saves, and shows a warning naming the file when that fails.
void promptSaveWidgetImage(QWidget* widget, const QString& title, const QString& format);

/// Which entries addImageActions() adds.
enum class ImageActions { All, SvgAndClipboard };

/// Adds "Save as PNG…" (for All), "Save as SVG…" and "Copy to clipboard" to `menu`, acting on `widget`.
void addImageActions(QMenu* menu, QWidget* widget, const QString& title, ImageActions which = ImageActions::All);

/// Gives `widget` a right-click menu with the three image entries (for widgets without a menu of their own).
void installImageContextMenu(QWidget* widget, const QString& title);

}  // namespace ts
