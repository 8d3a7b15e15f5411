// Evaluate mode's charts, painted by hand: the reliability diagram, the confidence histogram
// (correct vs wrong) and the class distribution of the reference data against the evaluated data.
#pragma once

#include "core/eval/Evaluation.h"

#include <QColor>
#include <QMargins>
#include <QRect>
#include <QString>
#include <QVector>
#include <QWidget>

namespace ts {

/// Shared frame of the three charts: a bold title, axis titles, a legend in the title row, a
/// placeholder when there is nothing to draw, per-item tooltips and the PNG/SVG/clipboard menu.
class EvalPlot : public QWidget {
    Q_OBJECT
public:
    /// The chart's title as drawn (includes numbers such as the ECE).
    QString title() const;
    /// Rectangle of the plotting area in widget coordinates (empty when nothing is drawn).
    QRect plotRect() const;
    /// Text shown when there is no data.
    QString placeholderText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    /// `imageTitle` names the saved or copied image; `placeholder` is shown while there is no data.
    EvalPlot(const QString& imageTitle, const QString& placeholder, QWidget* parent = nullptr);

    /// One legend entry: a swatch (filled box, or a line/marker when `line`) and its text.
    struct LegendEntry {
        QColor color;
        QString text;
        bool line = false;
        bool dashed = false;
    };

    /// True when there is something to draw.
    virtual bool hasData() const = 0;
    /// Space the subclass needs left of and below the plot, for its tick labels and axis titles.
    virtual QMargins axisSpace() const = 0;
    /// Draws everything inside and around plotRect() (called only with data and a valid rectangle).
    virtual void paintPlot(QPainter& painter) = 0;
    /// Tooltip of whatever is under `pos` ("" for none).
    virtual QString toolTipAt(const QPoint& pos) const = 0;
    /// Legend entries, drawn right-aligned in the title row.
    virtual QVector<LegendEntry> legend() const = 0;

    /// Sets the title and recomputes the layout.
    void setTitle(const QString& title);
    /// Recomputes plotRect() and repaints (call after the data changed).
    void relayout();
    /// Draws a horizontal axis title centred under the plot.
    void drawXTitle(QPainter& painter, const QString& text) const;
    /// Draws a vertical axis title centred left of the plot.
    void drawYTitle(QPainter& painter, const QString& text) const;
    /// One tick of the vertical axis: its height in widget coordinates and its label.
    struct YTick {
        double y = 0.0;
        QString label;
    };
    /// Draws the vertical axis's ticks with their labels left of the plot, and a grid line at each but the first.
    void drawYTicks(QPainter& painter, const QVector<YTick>& ticks) const;

    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString m_title;
    QString m_placeholder;
    QRect m_plot;
};

/// Reliability diagram: per confidence bin, a bar of the bin's accuracy, the gap to the bin's
/// mean confidence shaded red, a marker at (mean confidence, accuracy) and the diagonal of a
/// perfectly calibrated model. The title carries the ECE.
class ReliabilityDiagram : public EvalPlot {
    Q_OBJECT
public:
    explicit ReliabilityDiagram(QWidget* parent = nullptr);

    /// Shows a calibration (bins from computeCalibration).
    void setCalibration(const Calibration& calibration);
    /// The calibration shown.
    const Calibration& calibration() const;
    /// Shows the placeholder again.
    void clear();

    /// Rectangle of bin `bin`'s accuracy bar (empty for an empty bin or no layout).
    QRect barRect(int bin) const;
    /// Bin whose column contains `pos`, or -1.
    int binAt(const QPoint& pos) const;
    /// "0.80–0.87: 1,234 predictions · mean confidence 84.1% · accuracy 80.2% (3.9 points overconfident)".
    QString binToolTip(int bin) const;

protected:
    bool hasData() const override;
    QMargins axisSpace() const override;
    void paintPlot(QPainter& painter) override;
    QString toolTipAt(const QPoint& pos) const override;
    QVector<LegendEntry> legend() const override;

private:
    QPointF toWidget(double confidence, double accuracy) const;

    Calibration m_calibration;
    int64_t m_total = 0;
};

/// Histogram of top-1 confidence with correct and wrong predictions stacked (linear scale) or
/// side by side (log scale, where stacking would distort the heights).
class ConfidenceHistogramChart : public EvalPlot {
    Q_OBJECT
public:
    explicit ConfidenceHistogramChart(QWidget* parent = nullptr);

    /// Shows a histogram (from confidenceHistogram).
    void setHistogram(const ConfidenceHistogram& histogram);
    /// The histogram shown.
    const ConfidenceHistogram& histogram() const;
    /// Shows the placeholder again.
    void clear();
    /// Logarithmic count axis (bars side by side) or linear (stacked).
    void setLogScale(bool log);
    /// True with a logarithmic count axis.
    bool logScale() const;

    /// Largest count on the axis (the top tick).
    double axisMaximum() const;
    /// Rectangle of bin `bin`'s correct (wrong == false) or wrong bar; empty when its count is 0.
    QRect barRect(int bin, bool wrong) const;
    /// Bin under `pos`, or -1.
    int binAt(const QPoint& pos) const;
    /// "0.95–1.00: 7,812 correct, 143 wrong (1.8% wrong)".
    QString binToolTip(int bin) const;

protected:
    bool hasData() const override;
    QMargins axisSpace() const override;
    void paintPlot(QPainter& painter) override;
    QString toolTipAt(const QPoint& pos) const override;
    QVector<LegendEntry> legend() const override;

private:
    double yOf(double count) const;
    QString tickText(double value) const;
    QVector<double> ticks() const;

    ConfidenceHistogram m_histogram;
    bool m_log = false;
    double m_axisMax = 1.0;
};

/// Per-class share of the samples in the reference data (the training split) and in the
/// evaluated data, as horizontal bar pairs, one row per class.
class ClassDistributionChart : public EvalPlot {
    Q_OBJECT
public:
    explicit ClassDistributionChart(QWidget* parent = nullptr);

    /// Shows the class counts of a drift report (only the current counts when it has no reference).
    void setReport(const DriftReport& report);
    /// Shows the placeholder again.
    void clear();
    /// Number of class rows.
    int classCount() const;
    /// Share (0..1) of class `cls` in the reference (reference == true) or current data.
    double share(int cls, bool reference) const;
    /// Row of the class under `pos`, or -1.
    int classAt(const QPoint& pos) const;
    /// "Shirt: 10.0% of the training split (6,000) → 14.2% now (1,420), +4.2 points".
    QString classToolTip(int cls) const;

protected:
    bool hasData() const override;
    QMargins axisSpace() const override;
    void paintPlot(QPainter& painter) override;
    QString toolTipAt(const QPoint& pos) const override;
    QVector<LegendEntry> legend() const override;

private:
    int labelWidth() const;

    DriftReport m_report;
    std::vector<double> m_refShare;
    std::vector<double> m_curShare;
    double m_maxShare = 0.0;
};

}  // namespace ts
