// Histogram of per-document perplexity on a logarithmic perplexity axis, the chosen document's bin darker: where
// the evaluated documents sit between "the model knows this text" and "the model is lost".
#pragma once

#include "ui/evaluate/EvalCharts.h"

#include <vector>

namespace ts {

/// Counts of documents per perplexity bin (bins equally wide in log10), painted like Evaluate's other charts
/// ("perplexityHistogram").
class PerplexityHistogram : public EvalPlot {
    Q_OBJECT
public:
    explicit PerplexityHistogram(QWidget* parent = nullptr);

    /// Shows the perplexities of the documents (non-finite or non-positive values are left out and counted).
    void setPerplexities(const std::vector<double>& perplexities);
    /// Marks a perplexity (the selected document): its bin is drawn darker; NaN removes the mark.
    void setMarker(double perplexity);

    /// Number of bins.
    int bins() const;
    /// Documents in bin `bin`.
    int64_t documentsInBin(int bin) const;
    /// Lower and upper perplexity of bin `bin`.
    std::pair<double, double> binRange(int bin) const;
    /// The bin a perplexity falls in, or -1.
    int binOf(double perplexity) const;
    /// Bin under `pos`, or -1.
    int binAt(const QPoint& pos) const;
    /// "Perplexity 12.0–15.8: 41 documents (8.2%)".
    QString binToolTip(int bin) const;

protected:
    bool hasData() const override;
    QMargins axisSpace() const override;
    void paintPlot(QPainter& painter) override;
    QString toolTipAt(const QPoint& pos) const override;
    QVector<LegendEntry> legend() const override;

private:
    double xOf(double log10Perplexity) const;
    double yOf(double count) const;
    QString countText(double count) const;

    std::vector<int64_t> m_counts;
    double m_low = 0.0;       // log10 of the first edge
    double m_width = 1.0;     // of a bin, in log10
    int64_t m_total = 0;
    double m_axisMax = 1.0;
    double m_marker = 0.0;
    bool m_hasMarker = false;
};

}  // namespace ts
