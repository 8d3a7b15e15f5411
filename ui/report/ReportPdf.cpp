#include "ui/report/ReportPdf.h"
#include "ui/charts/ChartMath.h"
#include "core/report/ReportMessages.h"
#include "core/report/ReportSections.h"

#include <QBuffer>
#include <QByteArray>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

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
constexpr qreal kHistogramWidthShare = 0.6;
constexpr size_t kKeyValueColumns = 2;      // a final-metrics table with more compares with the run's test
constexpr size_t kPerClassColumns = 5;      // a per-class table with more compares with the run's F1
constexpr qreal kComparedTableShare = 0.8;  // of the page width, for the wider tables
constexpr qreal kNarrowTableShare = 0.6;
constexpr qreal kWidePerClassShare = 0.9;
constexpr qreal kPerClassShare = 0.75;
constexpr qreal kHeaderGap = 4.0;           // between the status line and the key figures
constexpr qreal kBandPad = 5.0;
constexpr qreal kRoundingSlack = 1.0;
constexpr qreal kSampleIndent = 56.0;       // the step column left of a sample's text

constexpr qreal kTitlePt = 15.0;
constexpr qreal kHeadingPt = 11.0;
constexpr qreal kBodyPt = 8.0;
constexpr qreal kSmallPt = 7.0;
constexpr qreal kCaptionPt = 9.0;           // the small headings of the drift tables
constexpr qreal kFigureValuePt = 11.0;

// The chart ink of the SVG charts (core/plot/Palette.h), so text and rules match them.
const QColor kInk = toQColor(palette::kInk);
const QColor kMuted = toQColor(palette::kMutedInk);
const QColor kRule = toQColor(palette::kGrid);
const QColor kHeaderFill(0xf3, 0xf4, 0xf6);
const QColor kEmphasisFill(0xef, 0xf6, 0xff);
const QColor kWarning(0x92, 0x40, 0x0e);
const QColor kFlagFill(0xfe, 0xf3, 0xc7);
const QColor kAlertFill(0xff, 0xfb, 0xeb);
const QColor kOkFill(0xdc, 0xfc, 0xe7);
const QColor kOkInk(0x16, 0x65, 0x34);
const QColor kLargeFill(0xfe, 0xe2, 0xe2);
const QColor kLargeInk(0x99, 0x1b, 0x1b);
const QColor kMarkFill(0xfd, 0xe6, 0x8a);   // a watch-list hit, as the HTML page's <mark>

QString q(const std::string& s) { return QString::fromStdString(s); }

/// A top-to-bottom flow of blocks over as many pages as needed.
class PdfFlow {
public:
    PdfFlow(QPdfWriter& writer, QPainter& painter, QString footer, QString pageLabel, ReportPhrases phrases)
        : m_writer(writer), m_painter(painter), m_footer(std::move(footer)), m_pageLabel(std::move(pageLabel)),
          m_phrases(std::move(phrases)) {
        const QRect area = writer.pageLayout().paintRectPixels(kResolutionDpi);
        m_width = area.width();
        m_bottom = area.height() - kFooterHeight;
        m_pageHeight = area.height();
    }

    qreal width() const { return m_width; }
    int pages() const { return m_page; }

    QFont font(qreal points, bool bold = false) const {
        QFont f(QStringLiteral("sans-serif"));
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    /// Starts a new page when fewer than `height` units are left on this one.
    void ensure(qreal height) {
        if (m_y + height > m_bottom && m_y > 0) newPage();
    }

    void space(qreal h) { m_y += h; }

    void heading(const QString& text, qreal points = kHeadingPt) {
        if (m_y > 0) m_y += kSectionGap;
        ensure(kHeadingKeepWithNext);
        paragraph(text, points, true, kInk);
        m_y += 2;
    }

    void paragraph(const QString& text, qreal points = kBodyPt, bool bold = false, const QColor& color = kInk,
                   qreal x = 0, qreal width = -1) {
        if (text.isEmpty()) return;
        if (width < 0) width = m_width - x;
        const QFont f = font(points, bold);
        const QRectF need = QFontMetricsF(f, &m_writer).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text);
        ensure(need.height());
        m_painter.setFont(f);
        m_painter.setPen(color);
        m_painter.drawText(QRectF(x, m_y, width, need.height()), Qt::TextWordWrap, text);
        m_y += need.height() + kParagraphGap;
    }

    void figures(const std::vector<ReportFigure>& figures) {
        const qreal w = (m_width - kFigureGap * (kFiguresPerRow - 1)) / kFiguresPerRow;
        bool details = false;
        for (const ReportFigure& f : figures) details = details || !f.detail.empty();
        const qreal detailHeight = details ? QFontMetricsF(font(kSmallPt), &m_writer).height() + 2 : 0.0;
        const qreal height = kFigureHeight + detailHeight;
        for (size_t i = 0; i < figures.size(); ++i) {
            const int col = int(i % kFiguresPerRow);
            if (col == 0) {
                if (i) m_y += height + kFigureGap;
                ensure(height);
            }
            const QRectF box(col * (w + kFigureGap), m_y, w, height);
            m_painter.setPen(QPen(kRule, 1));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawRoundedRect(box, 4, 4);
            m_painter.setFont(font(kSmallPt));
            m_painter.setPen(kMuted);
            m_painter.drawText(box.adjusted(8, 5, -8, 0), Qt::AlignLeft | Qt::AlignTop, q(figures[i].label).toUpper());
            const QFont valueFont = font(kFigureValuePt, true);
            m_painter.setFont(valueFont);
            m_painter.setPen(kInk);
            const QString value = QFontMetricsF(valueFont, &m_writer).elidedText(q(figures[i].value), Qt::ElideRight, w - 16);
            m_painter.drawText(box.adjusted(8, 0, -8, -5 - detailHeight), Qt::AlignLeft | Qt::AlignBottom, value);
            if (!figures[i].detail.empty()) {
                const QFont small = font(kSmallPt);
                m_painter.setFont(small);
                m_painter.setPen(kMuted);
                const QString detail =
                    QFontMetricsF(small, &m_writer).elidedText(q(figures[i].detail), Qt::ElideRight, w - 16);
                m_painter.drawText(box.adjusted(8, 0, -8, -5), Qt::AlignLeft | Qt::AlignBottom, detail);
            }
        }
        if (!figures.empty()) m_y += height;
    }

    /// A paragraph on a tinted band (warnings, the drift verdict).
    void band(const QString& text, const QColor& fill, const QColor& ink, bool bold = false) {
        if (text.isEmpty()) return;
        const QFont f = font(kBodyPt, bold);
        const qreal inner = m_width - 2 * kBandPad;
        const QRectF need = QFontMetricsF(f, &m_writer).boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWordWrap, text);
        const qreal h = need.height() + 2 * kBandPad;
        ensure(h);
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(fill);
        m_painter.drawRoundedRect(QRectF(0, m_y, m_width, h), 4, 4);
        m_painter.setBrush(Qt::NoBrush);
        m_painter.setFont(f);
        m_painter.setPen(ink);
        m_painter.drawText(QRectF(kBandPad, m_y + kBandPad, inner, need.height()), Qt::TextWordWrap, text);
        m_y += h + kParagraphGap;
    }

    /// A table that may continue on the next pages (its header is repeated there). With a `caption`, the
    /// caption is drawn as a small heading above the table and kept with it: a table that fits on one
    /// page then starts on the next page rather than leave a few rows behind.
    void table(const ReportTable& source, qreal x = 0, qreal width = -1, const QString& caption = {}) {
        if (source.header.empty()) return;
        ReportTable t = source;  // missing figures ("n/a") in the report's language
        for (auto& row : t.rows)
            for (std::string& cell : row) cell = reportCell(cell, m_phrases);
        if (width < 0) width = m_width - x;
        const QFont body = font(kBodyPt), bold = font(kBodyPt, true), head = font(kSmallPt, true);
        const QFontMetricsF bm(bold, &m_writer), hm(head, &m_writer);
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
            const QFontMetricsF m(f, &m_writer);
            qreal h = m.height();
            for (int c = 0; c < columns && c < int(cells.size()); ++c)
                h = std::max(h, m.boundingRect(QRectF(0, 0, w[size_t(c)] - 2 * kCellPadX, 1e6), Qt::TextWordWrap,
                                               q(cells[size_t(c)])).height());
            return h + 2 * kCellPadY;
        };
        auto drawRow = [&](const std::vector<std::string>& cells, const QFont& f, qreal h, const QColor& fill,
                           const QColor& ink) {
            if (fill.isValid()) m_painter.fillRect(QRectF(x, m_y, width, h), fill);
            m_painter.setFont(f);
            m_painter.setPen(ink);
            qreal cx = x;
            for (int c = 0; c < columns && c < int(cells.size()); ++c) {
                const bool numeric = size_t(c) < t.numeric.size() && t.numeric[size_t(c)];
                const QRectF cell(cx + kCellPadX, m_y + kCellPadY, w[size_t(c)] - 2 * kCellPadX, h - 2 * kCellPadY);
                m_painter.drawText(cell, Qt::TextWordWrap | (numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop,
                                  q(cells[size_t(c)]));
                cx += w[size_t(c)];
            }
            m_painter.setPen(QPen(kRule, 0.8));
            m_painter.drawLine(QPointF(x, m_y + h), QPointF(x + width, m_y + h));
            m_y += h;
        };
        const qreal headerHeight = rowHeight(t.header, head);
        auto drawHeader = [&] {
            m_painter.setPen(kMuted);
            drawRow(t.header, head, headerHeight, kHeaderFill, kInk);
        };
        if (!caption.isEmpty()) {
            const QFont captionFont = font(kCaptionPt, true);
            qreal whole = headerHeight + kSectionGap + 2 + kParagraphGap +
                          QFontMetricsF(captionFont, &m_writer)
                              .boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, caption).height();
            for (const auto& row : t.rows) whole += rowHeight(row, bold);
            if (whole <= m_bottom) ensure(whole);
            heading(caption, kCaptionPt);
        }
        ensure(headerHeight + (t.rows.empty() ? 0 : rowHeight(t.rows.front(), body)));
        drawHeader();
        for (size_t r = 0; r < t.rows.size(); ++r) {
            const bool em = std::find(t.emphasizedRows.begin(), t.emphasizedRows.end(), int(r)) != t.emphasizedRows.end();
            const bool flag = std::find(t.flaggedRows.begin(), t.flaggedRows.end(), int(r)) != t.flaggedRows.end();
            const qreal h = rowHeight(t.rows[r], em || flag ? bold : body);
            if (m_y + h > m_bottom) {
                newPage();
                drawHeader();
            }
            drawRow(t.rows[r], em || flag ? bold : body, h, flag ? kFlagFill : em ? kEmphasisFill : QColor(),
                    flag ? kWarning : kInk);
        }
        m_y += kParagraphGap;
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
        renderer.render(&m_painter, QRectF(QPointF(x, m_y), drawn));
        if (advance) m_y += drawn.height() + kParagraphGap;
        return drawn.height();
    }

    /// Two SVGs side by side.
    void svgPair(const std::string& left, const std::string& right) {
        const qreal half = (m_width - kPairGap) / 2;
        auto heightOf = [&](const std::string& s) {
            QSvgRenderer r(QByteArray::fromStdString(s));
            const QSizeF size = r.viewBoxF().size();
            return size.isEmpty() ? 0.0 : size.height() * std::min<qreal>(1.0, half / size.width());
        };
        ensure(std::max(heightOf(left), heightOf(right)));
        const qreal h = std::max(svg(left, 0, half, false), svg(right, half + kPairGap, half, false));
        m_y += h + kParagraphGap;
    }

    /// A rich-text block (a sample with its hits marked) right of a bold `label` at the margin, kept on one page.
    void labelledRichText(const QString& label, const QString& html) {
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&m_writer);
        doc.setDefaultFont(font(kBodyPt));
        doc.setDocumentMargin(0);
        doc.setHtml(html);
        doc.setTextWidth(m_width - kSampleIndent);
        const qreal h = doc.size().height();
        ensure(h);
        m_painter.setFont(font(kBodyPt, true));
        m_painter.setPen(kMuted);
        m_painter.drawText(QRectF(0, m_y, kSampleIndent, h), Qt::AlignLeft | Qt::AlignTop, label);
        m_painter.save();
        m_painter.translate(kSampleIndent, m_y);
        doc.drawContents(&m_painter);
        m_painter.restore();
        m_y += h + kParagraphGap;
    }

    void finish() { drawFooter(); }

private:
    void newPage() {
        drawFooter();
        m_writer.newPage();
        ++m_page;
        m_y = 0;
    }

    void drawFooter() {
        m_painter.setFont(font(kSmallPt));
        m_painter.setPen(kMuted);
        const QRectF band(0, m_pageHeight - kFooterHeight + 6, m_width, kFooterHeight - 6);
        m_painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, m_footer);
        m_painter.drawText(band, Qt::AlignRight | Qt::AlignBottom, m_pageLabel.arg(m_page));
    }

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QString m_footer;
    QString m_pageLabel;  // "Page %1" in the report's language
    ReportPhrases m_phrases;  // the report's language, for the cells of its tables
    qreal m_width = 0;
    qreal m_bottom = 0;
    qreal m_pageHeight = 0;
    qreal m_y = 0;
    int m_page = 1;
};

ReportTable keyValueTable(const std::vector<std::pair<std::string, std::string>>& rows, const ReportPhrases& ph) {
    ReportTable t;
    t.header = {ph("Report", "Item"), ph("Report", "Value")};
    t.numeric = {false, false};
    for (const auto& [k, v] : rows) t.rows.push_back({k, v});
    return t;
}


/// Title, status or subtitle line, the key figures and the alerts.
void drawHeader(PdfFlow& flow, const ReportContent& c) {
    const ReportPhrases& ph = c.phrases;
    flow.paragraph(q(c.title), kTitlePt, true);
    std::string line = c.subtitle;
    if (line.empty()) {
        if (!c.status.empty()) line = fillIn(ph("Report", "Status: %1"), {report::statusPhrase(c.status, ph)});
        const std::string started = ph("Report", "Started"), device = ph("Report", "Device"), total = ph("Report", "Total time");
        for (const auto& [k, v] : c.overview)
            if (k == started || k == device || k == total)
                line += (line.empty() ? "" : "  \u00b7  ") + fillIn(ph("Report", "%1: %2"), {k, v});
    }
    flow.paragraph(q(line), kBodyPt, false, kMuted);
    if (!c.statusMessage.empty()) flow.paragraph(q(c.statusMessage), kBodyPt, false, kWarning);
    flow.space(kHeaderGap);
    flow.figures(c.figures);
    if (!c.alerts.empty()) {
        flow.space(kParagraphGap);
        for (const std::string& a : c.alerts) flow.band(q(fillIn(ph("Report", "Warning: %1"), {a})), kAlertFill, kWarning);
    }
}

/// Training curves, final and per-class metrics, the confusion matrix and the calibration charts.
void drawMetrics(PdfFlow& flow, const ReportContent& c) {
    const ReportPhrases& ph = c.phrases;
    if (!c.lossSvg.empty() || !c.accuracySvg.empty() || !c.lrSvg.empty()) {
        flow.heading(q(ph("Report", "Training curves")));
        flow.svg(c.lossSvg, 0, flow.width());
        flow.svgPair(c.accuracySvg.empty() ? c.gradNormSvg : c.accuracySvg, c.lrSvg);
    }

    flow.heading(q(ph("Report", "Final metrics")));
    flow.paragraph(q(c.evalLabel), kBodyPt, false, kMuted);
    flow.table(c.finalMetrics, 0,
               flow.width() * (c.finalMetrics.header.size() > kKeyValueColumns ? kComparedTableShare : kNarrowTableShare));

    if (!c.confusionSvg.empty()) {
        flow.heading(q(ph("Report", "Confusion matrix (rows: true class, columns: predicted)")));
        flow.svg(c.confusionSvg, 0, flow.width() * kConfusionWidthShare);
    }
    if (!c.perClass.rows.empty()) {
        flow.heading(q(ph("Report", "Per-class metrics")));
        flow.table(c.perClass, 0,
                   flow.width() * (c.perClass.header.size() > kPerClassColumns ? kWidePerClassShare : kPerClassShare));
    }

    if (!c.reliabilitySvg.empty() || !c.confidenceSvg.empty()) {
        flow.heading(q(ph("Report", "Calibration and confidence")));
        flow.svgPair(c.reliabilitySvg, c.confidenceSvg);
        flow.paragraph(q(c.calibrationText), kSmallPt, false, kMuted);
    }
}

/// The alerts table with what was seen and what to try in one column: a page is too narrow for two wrapping ones.
ReportTable pdfAlertsTable(const ReportTable& alerts) {
    ReportTable t = alerts;
    t.header = {alerts.header.at(0), alerts.header.at(1), alerts.header.at(2) + " / " + alerts.header.at(3)};
    t.numeric.resize(t.header.size());
    for (auto& row : t.rows) row = {row.at(0), row.at(1), row.at(2) + "\n" + row.at(3)};
    return t;
}

/// Training health: the summary, alerts, the gradient norm, the last sample's layers and the machine.
void drawHealth(PdfFlow& flow, const ReportContent& c) {
    const ReportHealth& h = c.health;
    const ReportPhrases& ph = c.phrases;
    if (h.empty()) return;
    flow.heading(q(ph("Report", "Training health")));
    flow.paragraph(q(h.summary), kBodyPt, false, kMuted);
    if (!h.alerts.rows.empty()) flow.table(pdfAlertsTable(h.alerts), 0, -1, q(ph("Report", "Alerts")));
    flow.svg(h.gradNormSvg, 0, flow.width());
    if (!h.layers.rows.empty()) flow.table(h.layers, 0, flow.width() * kComparedTableShare, q(h.layersTitle));
    if (!h.system.rows.empty()) flow.table(h.system, 0, flow.width() * kNarrowTableShare, q(ph("Report", "System")));
}

/// A sample as rich text: the prompt in bold, the continuation with its watch-list hits on the mark colour.
QString sampleRichText(const std::string& prompt, const ReportSample& sample) {
    QString html = QStringLiteral("<p style=\"white-space: pre-wrap\"><b>") + q(prompt).toHtmlEscaped() + QStringLiteral("</b>");
    for (const ReportTextSpan& span : sample.spans) {
        const QString text = q(span.text).toHtmlEscaped();
        html += span.marked ? QStringLiteral("<span style=\"background-color:%1\">%2</span>").arg(kMarkFill.name(), text) : text;
    }
    return html + QStringLiteral("</p>");
}

/// A language model's samples: per prompt, the shown evaluations first to last.
void drawSamples(PdfFlow& flow, const ReportContent& c) {
    if (c.samples.empty()) return;
    const ReportPhrases& ph = c.phrases;
    flow.heading(q(ph("Report", "Samples")));
    flow.paragraph(q(c.samplesNote), kSmallPt, false, kMuted);
    for (const ReportPromptSamples& p : c.samples) {
        QString title = p.prompt.empty() ? q(ph("Report", "Prompt: (empty)"))
                                         : q(ph("Report", "Prompt: \u201c%1\u201d")).arg(q(p.prompt));
        if (p.hits > 0)
            title += (p.hits == 1 ? q(ph("Report", "  (1 watch-list hit in %1 evaluations)")).arg(p.evaluations)
                                  : q(ph("Report", "  (%1 watch-list hits in %2 evaluations)")).arg(p.hits).arg(p.evaluations));
        flow.heading(title, kCaptionPt);
        for (const ReportSample& s : p.samples)
            flow.labelledRichText(q(ph("Report", "step %1")).arg(s.step), sampleRichText(p.prompt, s));
    }
}

/// The drift section: text, the coloured verdict, class distribution, tests and feature shifts.
void drawDrift(PdfFlow& flow, const ReportContent& c) {
    if (c.driftTitle.empty()) return;
    const ReportPhrases& ph = c.phrases;
    flow.heading(q(c.driftTitle));
    flow.paragraph(q(c.driftText), kBodyPt, false, kMuted);
    if (!c.driftVerdict.empty()) {
        const bool large = c.driftLevel == "large", ok = c.driftLevel == "ok";
        flow.band(q(c.driftVerdict), large ? kLargeFill : ok ? kOkFill : kFlagFill, large ? kLargeInk : ok ? kOkInk : kWarning,
                  true);
    }
    if (!c.driftClasses.rows.empty())
        flow.table(c.driftClasses, 0, flow.width() * kComparedTableShare, q(ph("Report", "Class distribution")));
    if (!c.driftTests.rows.empty()) flow.table(c.driftTests, 0, flow.width() * kNarrowTableShare, q(ph("Report", "Tests")));
    if (!c.driftFeatures.rows.empty()) flow.table(c.driftFeatures, 0, -1, q(c.featuresTitle));
}

/// Per-epoch history, configuration, data set, overview, environment, tags, notes and the closing line.
void drawHistoryAndSetup(PdfFlow& flow, const ReportContent& c) {
    const ReportPhrases& ph = c.phrases;
    if (!c.perEpoch.header.empty()) {
        const bool evaluations = c.historyTitle != ph("Report", "Per-epoch history");
        flow.heading(q(c.historyTitle));
        if (c.perEpoch.rows.empty())
            flow.paragraph(q(evaluations ? ph("Report", "No evaluation finished.") : ph("Report", "No epoch finished.")), kBodyPt,
                           false, kMuted);
        else flow.table(c.perEpoch);
    }
    if (!c.config.rows.empty()) {
        flow.heading(q(ph("Report", "Configuration")));
        flow.table(c.config);
    }
    if (!c.dataset.rows.empty()) {
        flow.heading(q(ph("Report", "Data set")));
        flow.table(c.dataset);
        flow.svg(c.histogramSvg, 0, flow.width() * kHistogramWidthShare);
    }
    if (!c.tokenizer.rows.empty()) {
        flow.heading(q(ph("Report", "Tokenizer")));
        flow.table(c.tokenizer);
    }

    flow.heading(q(c.overviewTitle));
    flow.table(keyValueTable(c.overview, ph));
    flow.heading(q(ph("Report", "Environment")));
    flow.table(c.environment);
    if (!c.tags.empty()) {
        std::string tags = ph("Report", "Tags: ");
        for (size_t i = 0; i < c.tags.size(); ++i) tags += (i ? ", " : "") + c.tags[i];
        flow.paragraph(q(tags));
    }
    if (!c.notes.empty()) {
        flow.heading(q(ph("Report", "Notes")));
        flow.paragraph(q(c.notes));
    }
    if (!c.noteItems.empty()) {
        flow.heading(q(ph("Report", "Notes")));
        for (const std::string& n : c.noteItems) flow.paragraph(q("\u2022 " + n));
    }
    for (const std::string& w : c.warnings) flow.paragraph(q(fillIn(ph("Report", "Note: %1"), {w})), kBodyPt, false, kWarning);
    flow.paragraph(q(fillIn(ph("Report", "Made by TrainScope on %1."), {c.generatedAt})), kSmallPt, false, kMuted);
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

    const ReportPhrases& ph = c.phrases;
    PdfFlow flow(writer, painter, q(c.title), q(ph("Report", "Page %1")), ph);
    drawHeader(flow, c);
    drawMetrics(flow, c);
    drawHealth(flow, c);
    drawSamples(flow, c);
    drawDrift(flow, c);
    drawHistoryAndSetup(flow, c);
    flow.finish();
    if (!painter.end()) throw std::runtime_error("cannot finish the PDF");
    return flow.pages();
}

void writeReportPdf(const RunRecord& run, const QString& path, const ReportPhrases& ph) {
    checkReportDestination(path.toStdString());  // fail before drawing when the folder is wrong
    const ReportContent content =
        buildReportContent(run, currentEnvironment(), SvgOptions{kPdfChartWidth, kPdfChartHeight, true}, ph);
    // Drawn in memory first: QPdfWriter ignores a short write to its device (a full disk), so writing
    // the finished bytes through core's checked temp-file-and-rename is the only way to catch it.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    renderReportPdf(content, &buffer);
    writeReportFile(path.toStdString(), buffer.data().toStdString());
}

void writeEvaluationReportPdf(const EvaluationResult& result, const QString& path, const ReportPhrases& ph) {
    checkReportDestination(path.toStdString());
    const ReportContent content =
        buildEvaluationReportContent(result, currentEnvironment(), SvgOptions{kPdfChartWidth, kPdfChartHeight, true}, ph);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    renderReportPdf(content, &buffer);
    writeReportFile(path.toStdString(), buffer.data().toStdString());
}

}  // namespace ts
