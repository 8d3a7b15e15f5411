// The frame the Health panel's painted views share: a placeholder that says what will appear, tooltips from the
// item under the mouse, and the image context menu (PNG, SVG, clipboard).
#pragma once

#include <QRectF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace ts {

/// A painted view with a settable placeholder and per-item tooltips; subclasses paint the data.
class HealthPlot : public QWidget {
    Q_OBJECT
public:
    /// The text shown while there is nothing to draw.
    QString placeholderText() const { return m_placeholder; }
    /// Changes the text shown while there is nothing to draw.
    void setPlaceholderText(const QString& text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    /// `imageTitle` names saved or copied images; `placeholder` is shown while hasData() is false.
    HealthPlot(const QString& imageTitle, const QString& placeholder, QWidget* parent = nullptr);

    /// True when there is something to draw.
    virtual bool hasData() const = 0;
    /// Draws the data (called only when hasData()).
    virtual void paintData(QPainter& painter) = 0;
    /// Tooltip of whatever is under `pos` ("" for none).
    virtual QString toolTipAt(const QPoint& pos) const = 0;
    /// Recomputes the geometry of what is drawn (after the data or the size changed) and repaints.
    virtual void relayout() = 0;

    /// Width of a column of row labels: the widest label, at most a third of the widget.
    int labelColumnWidth(const QStringList& labels) const;

    /// Draws step labels under `plot`, one per `spacing` pixels at most, centred on drawn columns of `columnWidth`
    /// (`columnSteps`: the step of each column), and "step" at the right end when it fits.
    void paintStepAxis(QPainter& painter, const QRectF& plot, double columnWidth,
                       const std::vector<qint64>& columnSteps) const;

    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QString m_placeholder;
};

}  // namespace ts
