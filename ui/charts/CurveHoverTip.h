// The hover read-out of a curve chart: a crosshair and a tooltip with every visible series' value under it.
#pragma once

#include <QPoint>
#include <QString>

#include <functional>
#include <limits>

class QLabel;
class QPainter;
class QRectF;
class QWidget;

namespace ts {

class CurveSeriesModel;
class CurveXMapping;

/// The hover read-out: a crosshair at the nearest data x and a pinnable tooltip with each visible series' value.
/// A sparse series names where its nearest value is; the tooltip always stays inside the chart.
class CurveHoverTip {
public:
    /// Pixel column in the view of a displayed x (NaN where the axis cannot place it).
    using ViewXOf = std::function<double(double displayX)>;
    /// View pixel of a point in displayed units.
    using ViewPointOf = std::function<QPoint(double displayX, double y)>;

    /// Creates the tooltip (object name "chartHoverTip") as a hidden child of `chart`.
    explicit CurveHoverTip(QWidget* chart);

    /// The tooltip widget.
    QLabel* label() const { return m_tip; }
    /// Fills the tooltip with the values at the data x nearest displayed x and moves the crosshair there;
    /// false, changing nothing, when no visible series has a point.
    bool setValuesAt(double displayX, const CurveSeriesModel& model, const CurveXMapping& mapping, const QString& xTitle);
    /// Adds the line of the event marker under the mouse.
    void appendEvent(const QString& kindName, const QString& text);
    /// Moves the tooltip beside `at` (chart coordinates), flipped and clamped so it stays inside the chart.
    void placeNear(const QPoint& at);
    /// Shows the tooltip above its siblings.
    void reveal();
    /// Hides the tooltip and the crosshair; false (nothing hidden) while pinned.
    bool hide();
    /// Pins the tooltip where it is (true) or lets it follow the mouse (false); false when there is nothing to pin.
    bool setPinned(bool pinned);
    /// Lets go of the pin without restyling the frame (clear() and a new x unit hide the tooltip right after,
    /// as they always did; the sunken frame then stays until the next setPinned()).
    void dropPin() { m_pinned = false; }
    /// True while pinned.
    bool isPinned() const { return m_pinned; }
    /// True while the tooltip is on screen.
    bool isShown() const;
    /// Displayed x of the crosshair (NaN when there is none).
    double crosshairX() const { return m_x; }
    /// Plain text of the tooltip (empty when hidden).
    QString plainText() const;

    /// Draws the crosshair inside `plot` (view coordinates) and a dot on every visible series with a value at its x.
    void paintCrosshair(QPainter* painter, const QRectF& plot, const CurveSeriesModel& model, const CurveXMapping& mapping,
                        const ViewXOf& viewXOf, const ViewPointOf& viewPointOf) const;

private:
    QLabel* m_tip;
    double m_x = std::numeric_limits<double>::quiet_NaN();  // displayed x of the crosshair
    bool m_pinned = false;
};

}  // namespace ts
