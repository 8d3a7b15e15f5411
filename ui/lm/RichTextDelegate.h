// Draws a table cell's HTML (kept under a data role) wrapped to the column's width.
#pragma once

#include <QStyledItemDelegate>

namespace ts {

/// An item delegate that renders the HTML stored under kHtmlRole, word-wrapped; rows grow to fit it.
class RichTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    /// The data role holding a cell's HTML.
    static constexpr int kHtmlRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace ts
