// The legend of a shaded text: a caption, a colour bar with what its two ends mean, and optionally the sample of a
// marked span (an unknown token's wavy underline).
#pragma once

#include <QColor>
#include <QString>
#include <QVector>
#include <QWidget>

namespace ts {

/// One row: "caption  low [colour bar] high   ~mark~" ("shadeLegend").
class ShadeLegend : public QWidget {
    Q_OBJECT
public:
    /// Builds an empty legend.
    explicit ShadeLegend(QWidget* parent = nullptr);

    /// Shows a scale: `stops` equally spaced from `low` (left) to `high` (right).
    void setScale(const QString& caption, const QVector<QColor>& stops, const QString& low, const QString& high);
    /// Adds (non-empty) or removes the sample of a marked span, named `mark`.
    void setMark(const QString& mark);
    /// Everything the legend says, for tests and accessibility: "caption: low … high; mark".
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_caption;
    QVector<QColor> m_stops;
    QString m_low;
    QString m_high;
    QString m_mark;
};

}  // namespace ts
