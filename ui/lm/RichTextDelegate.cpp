#include "ui/lm/RichTextDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace ts {

namespace {

constexpr int kCellPadding = 4;     // pixels around the text
constexpr int kFallbackWidth = 400; // wrap width when the view gives none

/// A document of `html` wrapped to `width`, in the view's font.
void layOut(QTextDocument& doc, const QStyleOptionViewItem& option, const QString& html, int width) {
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.setTextWidth(std::max(1, width - 2 * kCellPadding));
}

}  // namespace

void RichTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QString html = index.data(kHtmlRole).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);  // background and selection
    QTextDocument doc;
    layOut(doc, option, html, option.rect.width());
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(kCellPadding, kCellPadding));
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    QAbstractTextDocumentLayout::PaintContext context;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QString html = index.data(kHtmlRole).toString();
    if (html.isEmpty()) return QStyledItemDelegate::sizeHint(option, index);
    QTextDocument doc;
    layOut(doc, option, html, option.rect.width() > 0 ? option.rect.width() : kFallbackWidth);
    return QSize(static_cast<int>(doc.idealWidth()) + 2 * kCellPadding,
                 static_cast<int>(doc.size().height()) + 2 * kCellPadding);
}

}  // namespace ts
