#include "ui/report/ReportPdf.h"

#include <QBuffer>
#include <QByteArray>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>

#include <algorithm>
#include <stdexcept>

namespace ts {

namespace {

constexpr int kResolutionDpi = 96;          // 1 PDF layout unit = 1 CSS pixel, like the SVG charts
constexpr qreal kPageMarginMm = 14.0;
constexpr int kPdfChartWidth = 680;         // A4 minus the margins at 96 dpi
constexpr int kPdfChartHeight = 270;
constexpr qreal kFooterHeight = 18.0;
constexpr qreal kSectionGap = 14.0;
constexpr qreal kParagraphGap = 6.0;
constexpr qreal kCellPadX = 5.0;
constexpr qreal kCellPadY = 2.5;
constexpr qreal kPairGap = 20.0;
constexpr qreal kFigureHeight = 40.0;
constexpr int kFiguresPerRow = 4;
constexpr qreal kFigureGap = 8.0;
constexpr qreal kMaxKeyColumnShare = 0.4;   // of a table's width, before the last column wraps
constexpr qreal kHeadingKeepWithNext = 70.0;  // a heading never ends a page alone
constexpr qreal kConfusionWidthShare = 0.8;
constexpr qreal kBandPad = 5.0;
constexpr qreal kRoundingSlack = 1.0;

constexpr qreal kTitlePt = 15.0;
constexpr qreal kHeadingPt = 11.0;
constexpr qreal kBodyPt = 8.0;
constexpr qreal kSmallPt = 7.0;
constexpr qreal kCaptionPt = 9.0;           // the small headings of the drift tables
constexpr qreal kFigureValuePt = 11.0;

const QColor kInk(0x1f, 0x29, 0x37);
const QColor kMuted(0x4b, 0x55, 0x63);
const QColor kRule(0xe5, 0xe7, 0xeb);
const QColor kHeaderFill(0xf3, 0xf4, 0xf6);
const QColor kEmphasisFill(0xef, 0xf6, 0xff);
const QColor kWarning(0x92, 0x40, 0x0e);
const QColor kFlagFill(0xfe, 0xf3, 0xc7);
const QColor kAlertFill(0xff, 0xfb, 0xeb);
const QColor kOkFill(0xdc, 0xfc, 0xe7);
const QColor kOkInk(0x16, 0x65, 0x34);
const QColor kLargeFill(0xfe, 0xe2, 0xe2);
const QColor kLargeInk(0x99, 0x1b, 0x1b);

QString q(const std::string& s) { return QString::fromStdString(s); }

/// A top-to-bottom flow of blocks over as many pages as needed.
class PdfFlow {
public:
    PdfFlow(QPdfWriter& writer, QPainter& painter, QString footer)
        : writer_(writer), painter_(painter), footer_(std::move(footer)) {
        const QRect area = writer.pageLayout().paintRectPixels(kResolutionDpi);
        width_ = area.width();
        bottom_ = area.height() - kFooterHeight;
        pageHeight_ = area.height();
    }

    qreal width() const { return width_; }
    int pages() const { return page_; }

    QFont font(qreal points, bool bold = false) const {
        QFont f(QStringLiteral("sans-serif"));
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    /// Starts a new page when fewer than `height` units are left on this one.
    void ensure(qreal height) {
        if (y_ + height > bottom_ && y_ > 0) newPage();
    }

    void space(qreal h) { y_ += h; }

    void heading(const QString& text, qreal points = kHeadingPt) {
        if (y_ > 0) y_ += kSectionGap;
        ensure(kHeadingKeepWithNext);
        paragraph(text, points, true, kInk);
        y_ += 2;
    }

    void paragraph(const QString& text, qreal points = kBodyPt, bool bold = false, const QColor& color = kInk,
                   qreal x = 0, qreal width = -1) {
        if (text.isEmpty()) return;
        if (width < 0) width = width_ - x;
        const QFont f = font(points, bold);
        const QRectF need = QFontMetricsF(f, &writer_).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text);
        ensure(need.height());
        painter_.setFont(f);
        painter_.setPen(color);
        painter_.drawText(QRectF(x, y_, width, need.height()), Qt::TextWordWrap, text);
        y_ += need.height() + kParagraphGap;
    }

    void figures(const std::vector<ReportFigure>& figures) {
        const qreal w = (width_ - kFigureGap * (kFiguresPerRow - 1)) / kFiguresPerRow;
        bool details = false;
        for (const ReportFigure& f : figures) details = details || !f.detail.empty();
        const qreal detailHeight = details ? QFontMetricsF(font(kSmallPt), &writer_).height() + 2 : 0.0;
        const qreal height = kFigureHeight + detailHeight;
        for (size_t i = 0; i < figures.size(); ++i) {
            const int col = int(i % kFiguresPerRow);
            if (col == 0) {
                if (i) y_ += height + kFigureGap;
                ensure(height);
            }
            const QRectF box(col * (w + kFigureGap), y_, w, height);
            painter_.setPen(QPen(kRule, 1));
            painter_.setBrush(Qt::NoBrush);
            painter_.drawRoundedRect(box, 4, 4);
            painter_.setFont(font(kSmallPt));
            painter_.setPen(kMuted);
            painter_.drawText(box.adjusted(8, 5, -8, 0), Qt::AlignLeft | Qt::AlignTop, q(figures[i].label).toUpper());
            const QFont valueFont = font(kFigureValuePt, true);
            painter_.setFont(valueFont);
            painter_.setPen(kInk);
            const QString value = QFontMetricsF(valueFont, &writer_).elidedText(q(figures[i].value), Qt::ElideRight, w - 16);
            painter_.drawText(box.adjusted(8, 0, -8, -5 - detailHeight), Qt::AlignLeft | Qt::AlignBottom, value);
            if (!figures[i].detail.empty()) {
                const QFont small = font(kSmallPt);
                painter_.setFont(small);
                painter_.setPen(kMuted);
                const QString detail =
                    QFontMetricsF(small, &writer_).elidedText(q(figures[i].detail), Qt::ElideRight, w - 16);
                painter_.drawText(box.adjusted(8, 0, -8, -5), Qt::AlignLeft | Qt::AlignBottom, detail);
            }
        }
        if (!figures.empty()) y_ += height;
    }

    /// A paragraph on a tinted band (warnings, the drift verdict).
    void band(const QString& text, const QColor& fill, const QColor& ink, bool bold = false) {
        if (text.isEmpty()) return;
        const QFont f = font(kBodyPt, bold);
        const qreal inner = width_ - 2 * kBandPad;
        const QRectF need = QFontMetricsF(f, &writer_).boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWordWrap, text);
        const qreal h = need.height() + 2 * kBandPad;
        ensure(h);
        painter_.setPen(Qt::NoPen);
        painter_.setBrush(fill);
        painter_.drawRoundedRect(QRectF(0, y_, width_, h), 4, 4);
        painter_.setBrush(Qt::NoBrush);
        painter_.setFont(f);
        painter_.setPen(ink);
        painter_.drawText(QRectF(kBandPad, y_ + kBandPad, inner, need.height()), Qt::TextWordWrap, text);
        y_ += h + kParagraphGap;
    }

    /// A table that may continue on the next pages (its header is repeated there). With a `caption`, the
    /// caption is drawn as a small heading above the table and kept with it: a table that fits on one
    /// page then starts on the next page rather than leave a few rows behind.
    void table(const ReportTable& t, qreal x = 0, qreal width = -1, const QString& caption = {}) {
        if (t.header.empty()) return;
        if (width < 0) width = width_ - x;
        const QFont body = font(kBodyPt), bold = font(kBodyPt, true), head = font(kSmallPt, true);
        const QFontMetricsF bm(bold, &writer_), hm(head, &writer_);
        const int columns = int(t.header.size());

        // Natural column widths; when they do not fit, the last column wraps, then everything shrinks.
        std::vector<qreal> w(size_t(columns), 0.0);
        for (int c = 0; c < columns; ++c) {
            // kRoundingSlack: a cell exactly as wide as its text may still wrap it ("Run's test").
            w[size_t(c)] = hm.horizontalAdvance(q(t.header[size_t(c)])) + 2 * kCellPadX + kRoundingSlack;
            for (const auto& row : t.rows)
                if (c < int(row.size()))
                    w[size_t(c)] = std::max(w[size_t(c)], bm.horizontalAdvance(q(row[size_t(c)])) + 2 * kCellPadX + kRoundingSlack);
        }
        qreal total = 0;
        for (qreal v : w) total += v;
        if (total > width && columns > 1) {
            qreal fixed = 0;
            for (int c = 0; c < columns - 1; ++c) {
                w[size_t(c)] = std::min(w[size_t(c)], width * kMaxKeyColumnShare);
                fixed += w[size_t(c)];
            }
            w.back() = std::max(width - fixed, width * (1.0 - kMaxKeyColumnShare));
            total = 0;
            for (qreal v : w) total += v;
        }
        if (total > width)
            for (qreal& v : w) v *= width / total;

        auto rowHeight = [&](const std::vector<std::string>& cells, const QFont& f) {
            const QFontMetricsF m(f, &writer_);
            qreal h = m.height();
            for (int c = 0; c < columns && c < int(cells.size()); ++c)
                h = std::max(h, m.boundingRect(QRectF(0, 0, w[size_t(c)] - 2 * kCellPadX, 1e6), Qt::TextWordWrap,
                                               q(cells[size_t(c)])).height());
            return h + 2 * kCellPadY;
        };
        auto drawRow = [&](const std::vector<std::string>& cells, const QFont& f, qreal h, const QColor& fill,
                           const QColor& ink) {
            if (fill.isValid()) painter_.fillRect(QRectF(x, y_, width, h), fill);
            painter_.setFont(f);
            painter_.setPen(ink);
            qreal cx = x;
            for (int c = 0; c < columns && c < int(cells.size()); ++c) {
                const bool numeric = size_t(c) < t.numeric.size() && t.numeric[size_t(c)];
                const QRectF cell(cx + kCellPadX, y_ + kCellPadY, w[size_t(c)] - 2 * kCellPadX, h - 2 * kCellPadY);
                painter_.drawText(cell, Qt::TextWordWrap | (numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop,
                                  q(cells[size_t(c)]));
                cx += w[size_t(c)];
            }
            painter_.setPen(QPen(kRule, 0.8));
            painter_.drawLine(QPointF(x, y_ + h), QPointF(x + width, y_ + h));
            y_ += h;
        };
        const qreal headerHeight = rowHeight(t.header, head);
        auto drawHeader = [&] {
            painter_.setPen(kMuted);
            drawRow(t.header, head, headerHeight, kHeaderFill, kInk);
        };
        if (!caption.isEmpty()) {
            const QFont captionFont = font(kCaptionPt, true);
            qreal whole = headerHeight + kSectionGap + 2 + kParagraphGap +
                          QFontMetricsF(captionFont, &writer_)
                              .boundingRect(QRectF(0, 0, width_, 1e6), Qt::TextWordWrap, caption).height();
            for (const auto& row : t.rows) whole += rowHeight(row, bold);
            if (whole <= bottom_) ensure(whole);
            heading(caption, kCaptionPt);
        }
        ensure(headerHeight + (t.rows.empty() ? 0 : rowHeight(t.rows.front(), body)));
        drawHeader();
        for (size_t r = 0; r < t.rows.size(); ++r) {
            const bool em = std::find(t.emphasizedRows.begin(), t.emphasizedRows.end(), int(r)) != t.emphasizedRows.end();
            const bool flag = std::find(t.flaggedRows.begin(), t.flaggedRows.end(), int(r)) != t.flaggedRows.end();
            const qreal h = rowHeight(t.rows[r], em || flag ? bold : body);
            if (y_ + h > bottom_) {
                newPage();
                drawHeader();
            }
            drawRow(t.rows[r], em || flag ? bold : body, h, flag ? kFlagFill : em ? kEmphasisFill : QColor(),
                    flag ? kWarning : kInk);
        }
        y_ += kParagraphGap;
        if (!t.note.empty()) paragraph(q(t.note), kSmallPt, false, kMuted, x, width);
    }

    /// An SVG drawn as vectors, scaled down to fit `maxWidth` (never up). Returns its height.
    qreal svg(const std::string& svgText, qreal x, qreal maxWidth, bool advance = true) {
        if (svgText.empty()) return 0;
        QSvgRenderer renderer(QByteArray::fromStdString(svgText));
        if (!renderer.isValid()) return 0;
        const QSizeF size = renderer.viewBoxF().size();
        const qreal scale = std::min<qreal>(1.0, maxWidth / size.width());
        const QSizeF drawn = size * scale;
        if (advance) ensure(drawn.height());
        renderer.render(&painter_, QRectF(QPointF(x, y_), drawn));
        if (advance) y_ += drawn.height() + kParagraphGap;
        return drawn.height();
    }

    /// Two SVGs side by side.
    void svgPair(const std::string& left, const std::string& right) {
        const qreal half = (width_ - kPairGap) / 2;
        auto heightOf = [&](const std::string& s) {
            QSvgRenderer r(QByteArray::fromStdString(s));
            const QSizeF size = r.viewBoxF().size();
            return size.isEmpty() ? 0.0 : size.height() * std::min<qreal>(1.0, half / size.width());
        };
        ensure(std::max(heightOf(left), heightOf(right)));
        const qreal h = std::max(svg(left, 0, half, false), svg(right, half + kPairGap, half, false));
        y_ += h + kParagraphGap;
    }

    void finish() { drawFooter(); }

private:
    void newPage() {
        drawFooter();
        writer_.newPage();
        ++page_;
        y_ = 0;
    }

    void drawFooter() {
        painter_.setFont(font(kSmallPt));
        painter_.setPen(kMuted);
        const QRectF band(0, pageHeight_ - kFooterHeight + 6, width_, kFooterHeight - 6);
        painter_.drawText(band, Qt::AlignLeft | Qt::AlignBottom, footer_);
        painter_.drawText(band, Qt::AlignRight | Qt::AlignBottom, QObject::tr("Page %1").arg(page_));
    }

    QPdfWriter& writer_;
    QPainter& painter_;
    QString footer_;
    qreal width_ = 0;
    qreal bottom_ = 0;
    qreal pageHeight_ = 0;
    qreal y_ = 0;
    int page_ = 1;
};

ReportTable keyValueTable(const std::vector<std::pair<std::string, std::string>>& rows) {
    ReportTable t;
    t.header = {"Item", "Value"};
    t.numeric = {false, false};
    for (const auto& [k, v] : rows) t.rows.push_back({k, v});
    return t;
}

}  // namespace

int renderReportPdf(const ReportContent& c, QIODevice* device) {
    QPdfWriter writer(device);
    writer.setResolution(kResolutionDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kPageMarginMm, kPageMarginMm, kPageMarginMm, kPageMarginMm),
                                     QPageLayout::Millimeter));
    writer.setTitle(q(c.title));
    writer.setCreator(QStringLiteral("TrainScope"));
    QPainter painter;
    if (!painter.begin(&writer)) throw std::runtime_error("cannot start drawing the PDF");
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    PdfFlow flow(writer, painter, q(c.title));
    flow.paragraph(q(c.title), kTitlePt, true);
    std::string line = c.subtitle;
    if (line.empty()) {
        if (!c.status.empty()) line = "Status: " + c.status;
        for (const auto& [k, v] : c.overview)
            if (k == "Started" || k == "Device" || k == "Total time") line += (line.empty() ? "" : "  \u00b7  ") + k + ": " + v;
    }
    flow.paragraph(q(line), kBodyPt, false, kMuted);
    if (!c.statusMessage.empty()) flow.paragraph(q(c.statusMessage), kBodyPt, false, kWarning);
    flow.space(4);
    flow.figures(c.figures);
    if (!c.alerts.empty()) {
        flow.space(kParagraphGap);
        for (const std::string& a : c.alerts) flow.band(q("Warning: " + a), kAlertFill, kWarning);
    }

    if (!c.lossSvg.empty() || !c.accuracySvg.empty() || !c.lrSvg.empty()) {
        flow.heading(QObject::tr("Training curves"));
        flow.svg(c.lossSvg, 0, flow.width());
        flow.svgPair(c.accuracySvg, c.lrSvg);
    }

    flow.heading(QObject::tr("Final metrics"));
    flow.paragraph(q(c.evalLabel), kBodyPt, false, kMuted);
    flow.table(c.finalMetrics, 0, flow.width() * (c.finalMetrics.header.size() > 2 ? 0.8 : 0.6));

    if (!c.confusionSvg.empty()) {
        flow.heading(QObject::tr("Confusion matrix (rows: true class, columns: predicted)"));
        flow.svg(c.confusionSvg, 0, flow.width() * kConfusionWidthShare);
    }
    if (!c.perClass.rows.empty()) {
        flow.heading(QObject::tr("Per-class metrics"));
        flow.table(c.perClass, 0, flow.width() * (c.perClass.header.size() > 5 ? 0.9 : 0.75));
    }

    if (!c.reliabilitySvg.empty() || !c.confidenceSvg.empty()) {
        flow.heading(QObject::tr("Calibration and confidence"));
        flow.svgPair(c.reliabilitySvg, c.confidenceSvg);
        flow.paragraph(q(c.calibrationText), kSmallPt, false, kMuted);
    }

    if (!c.driftTitle.empty()) {
        flow.heading(q(c.driftTitle));
        flow.paragraph(q(c.driftText), kBodyPt, false, kMuted);
        if (!c.driftVerdict.empty()) {
            const bool large = c.driftLevel == "large", ok = c.driftLevel == "ok";
            flow.band(q(c.driftVerdict), large ? kLargeFill : ok ? kOkFill : kFlagFill,
                      large ? kLargeInk : ok ? kOkInk : kWarning, true);
        }
        if (!c.driftClasses.rows.empty())
            flow.table(c.driftClasses, 0, flow.width() * 0.8, QObject::tr("Class distribution"));
        if (!c.driftTests.rows.empty()) flow.table(c.driftTests, 0, flow.width() * 0.6, QObject::tr("Tests"));
        if (!c.driftFeatures.rows.empty()) flow.table(c.driftFeatures, 0, -1, q(c.featuresTitle));
    }

    if (!c.perEpoch.header.empty()) {
        flow.heading(QObject::tr("Per-epoch history"));
        if (c.perEpoch.rows.empty()) flow.paragraph(QObject::tr("No epoch finished."), kBodyPt, false, kMuted);
        else flow.table(c.perEpoch);
    }

    if (!c.config.rows.empty()) {
        flow.heading(QObject::tr("Configuration"));
        flow.table(c.config);
    }
    if (!c.dataset.rows.empty()) {
        flow.heading(QObject::tr("Data set"));
        flow.table(c.dataset);
        flow.svg(c.histogramSvg, 0, flow.width() * 0.6);
    }

    flow.heading(q(c.overviewTitle));
    flow.table(keyValueTable(c.overview));
    flow.heading(QObject::tr("Environment"));
    flow.table(c.environment);
    if (!c.tags.empty()) {
        std::string tags = "Tags: ";
        for (size_t i = 0; i < c.tags.size(); ++i) tags += (i ? ", " : "") + c.tags[i];
        flow.paragraph(q(tags));
    }
    if (!c.notes.empty()) {
        flow.heading(QObject::tr("Notes"));
        flow.paragraph(q(c.notes));
    }
    if (!c.noteItems.empty()) {
        flow.heading(QObject::tr("Notes"));
        for (const std::string& n : c.noteItems) flow.paragraph(q("\u2022 " + n));
    }
    for (const std::string& w : c.warnings) flow.paragraph(q("Note: " + w), kBodyPt, false, kWarning);
    flow.paragraph(QObject::tr("Made by TrainScope on %1.").arg(q(c.generatedAt)), kSmallPt, false, kMuted);
    flow.finish();
    if (!painter.end()) throw std::runtime_error("cannot finish the PDF");
    return flow.pages();
}

void writeReportPdf(const RunRecord& run, const QString& path) {
    checkReportDestination(path.toStdString());  // fail before drawing when the folder is wrong
    const ReportContent content =
        buildReportContent(run, currentEnvironment(), SvgOptions{kPdfChartWidth, kPdfChartHeight, true});
    // Drawn in memory first: QPdfWriter ignores a short write to its device (a full disk), so writing
    // the finished bytes through core's checked temp-file-and-rename is the only way to catch it.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    renderReportPdf(content, &buffer);
    writeReportFile(path.toStdString(), buffer.data().toStdString());
}

void writeEvaluationReportPdf(const EvaluationResult& result, const QString& path) {
    checkReportDestination(path.toStdString());
    const ReportContent content =
        buildEvaluationReportContent(result, currentEnvironment(), SvgOptions{kPdfChartWidth, kPdfChartHeight, true});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    renderReportPdf(content, &buffer);
    writeReportFile(path.toStdString(), buffer.data().toStdString());
}

}  // namespace ts
