// The PDF report of a sweep: core's blocks stacked on A4 pages.
#include "app/report/SweepReportPdf.h"

#include "core/report/SweepReport.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>

#include <stdexcept>

namespace ts {

namespace {

constexpr int kResolutionDpi = 96;     // 1 PDF layout unit = 1 CSS pixel, like the SVG blocks
constexpr qreal kPageMarginMm = 14.0;
constexpr int kPdfWidth = 680;         // A4 minus the margins at 96 dpi: the blocks' width
constexpr int kPdfChartHeight = 270;
constexpr qreal kBlockGap = 8.0;

/// The height of `block` drawn `scale` times its size.
qreal blockHeight(const PdfBlock& block, qreal scale) {
    return QSvgRenderer(QByteArray::fromStdString(block.svg)).defaultSize().height() * scale;
}

/// Draws `blocks` one under the other, a new page when the next one (with the one after a heading) does not fit.
/// Returns the page count.
int drawBlocks(QPdfWriter& writer, const std::vector<PdfBlock>& blocks) {
    QPainter painter;
    if (!painter.begin(&writer)) throw std::runtime_error("cannot start drawing the PDF");
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const QRect area = writer.pageLayout().paintRectPixels(kResolutionDpi);
    const qreal scale = qreal(area.width()) / kPdfWidth;
    qreal y = 0.0;
    int pages = 1;
    for (size_t i = 0; i < blocks.size(); ++i) {
        QSvgRenderer svg(QByteArray::fromStdString(blocks[i].svg));
        if (!svg.isValid()) throw std::runtime_error("cannot draw a chart of the sweep report");
        const QSizeF size = QSizeF(svg.defaultSize()) * scale;
        qreal needed = size.height();
        if (blocks[i].keepWithNext && i + 1 < blocks.size()) needed += kBlockGap + blockHeight(blocks[i + 1], scale);
        if (y > 0.0 && y + needed > area.height()) {
            writer.newPage();
            ++pages;
            y = 0.0;
        }
        svg.render(&painter, QRectF(QPointF(0.0, y), size));
        y += size.height() + kBlockGap;
    }
    if (!painter.end()) throw std::runtime_error("cannot finish the PDF");
    return pages;
}

}  // namespace

void writeSweepReportPdf(const std::string& dir, const std::string& path, const ReportPhrases& ph) {
    checkReportDestination(path);  // fail before drawing when the folder is wrong
    const Sweep sweep = loadSweep(dir);
    const SweepReportContent content =
        buildSweepReportContent(dir, sweep, currentEnvironment(), SvgOptions{kPdfWidth, kPdfChartHeight, true}, ph);
    // Drawn in memory first: QPdfWriter ignores a short write (a full disk); core's checked write catches it.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolutionDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(kPageMarginMm, kPageMarginMm, kPageMarginMm, kPageMarginMm),
                                         QPageLayout::Millimeter));
        writer.setTitle(QString::fromStdString(content.title));
        writer.setCreator(QStringLiteral("TrainScope"));
        drawBlocks(writer, sweepReportPdfBlocks(content, kPdfWidth));
    }
    writeReportFile(path, buffer.data().toStdString());
}

}  // namespace ts
