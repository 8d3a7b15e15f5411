// A sweep report laid out for the PDF as a column of standalone SVG blocks: the header with its figures, headings,
// tables (cut into pieces that fit a page, long cells wrapped) and the charts. The Qt layer only stacks them on pages.
#include "core/common/Numbers.h"
#include "core/report/ReportText.h"
#include "core/report/SvgPrimitives.h"
#include "core/report/SweepReport.h"

#include <algorithm>
#include <numeric>

namespace ts {

using namespace report;

namespace {

constexpr int kPageTitleSize = 20;
constexpr int kHeadingSize = 15;
constexpr int kCellFontSize = 11;
constexpr int kLineHeight = 15;        // one line of a table cell
constexpr int kCellPadX = 6;
constexpr int kCellPadY = 4;
constexpr int kHeadingHeight = 34;
constexpr int kSubtitleHeight = 22;
constexpr int kFigureHeight = 54;
constexpr int kFigureGap = 8;
constexpr size_t kRowsPerBlock = 28;   // a results table longer than this continues in the next block
const std::string kHeaderFill = "#f9fafb";
const std::string kEmphasisFill = "#eff6ff";
const std::string kFlagFill = "#fef3c7";
const std::string kRuleColor = "#e5e7eb";

/// A word cut where a line may break inside it: before and after each CJK character (other words stay whole).
std::vector<std::string> breakablePieces(const std::string& word) {
    std::vector<std::string> pieces(1);
    for (size_t i = 0; i < word.size(); ++i) {
        if (isWideCharLead(word[i]) && i + kWideCharBytes <= word.size()) {
            if (!pieces.back().empty()) pieces.emplace_back();
            pieces.back() = word.substr(i, kWideCharBytes);
            pieces.emplace_back();
            i += kWideCharBytes - 1;
        } else {
            pieces.back() += word[i];
        }
    }
    if (pieces.size() > 1 && pieces.back().empty()) pieces.pop_back();
    return pieces;
}

/// `s` cut into lines no wider than `width` at spaces and around CJK characters (a longer word stays whole).
std::vector<std::string> wrapped(const std::string& s, double width, int fontSize) {
    std::vector<std::string> lines;
    std::string current;
    size_t start = 0;
    while (start <= s.size()) {
        size_t end = s.find(' ', start);
        if (end == std::string::npos) end = s.size();
        bool spaced = true;  // the word's first piece follows a space; a CJK character's next piece does not
        for (const std::string& piece : breakablePieces(s.substr(start, end - start))) {
            const std::string candidate = current.empty() ? piece : current + (spaced ? " " : "") + piece;
            if (!current.empty() && textWidth(candidate, fontSize) > width) {
                lines.push_back(current);
                current = piece;
            } else {
                current = candidate;
            }
            spaced = false;
        }
        start = end + 1;
    }
    lines.push_back(current);
    return lines;
}

/// Column widths that fill `width`: numeric columns at their natural width, text columns sharing the rest.
std::vector<double> columnWidths(const ReportTable& t, double width) {
    const size_t n = t.header.size();
    std::vector<double> natural(n, 0.0);
    for (size_t c = 0; c < n; ++c) {
        natural[c] = textWidth(t.header[c], kCellFontSize);
        for (const auto& row : t.rows)
            if (c < row.size()) natural[c] = std::max(natural[c], textWidth(row[c], kCellFontSize));
        natural[c] += 2 * kCellPadX;
    }
    const double total = std::accumulate(natural.begin(), natural.end(), 0.0);
    if (total <= width) {
        const double extra = (width - total) / double(n);
        for (double& w : natural) w += extra;
        return natural;
    }
    // Text columns share what the numeric ones leave: narrow ones keep their width, the wide ones wrap.
    double left = width;
    std::vector<size_t> text;
    for (size_t c = 0; c < n; ++c) {
        if (c < t.numeric.size() && t.numeric[c]) left -= natural[c];
        else text.push_back(c);
    }
    std::sort(text.begin(), text.end(), [&](size_t a, size_t b) { return natural[a] < natural[b]; });
    for (size_t i = 0; i < text.size(); ++i) {
        const double fair = std::max(0.0, left) / double(text.size() - i);
        natural[text[i]] = std::min(natural[text[i]], fair);
        left -= natural[text[i]];
    }
    return natural;
}

/// One table row at `y`: its fill, its cells' wrapped lines; returns the row's height.
double tableRow(std::string& s, const std::vector<std::string>& cells, const ReportTable& t, const std::vector<double>& widths,
                double y, const std::string& fill, bool bold) {
    std::vector<std::vector<std::string>> lines;
    size_t most = 1;
    for (size_t c = 0; c < widths.size(); ++c) {
        lines.push_back(wrapped(c < cells.size() ? cells[c] : std::string(), widths[c] - 2 * kCellPadX, kCellFontSize));
        most = std::max(most, lines.back().size());
    }
    const double h = double(most) * kLineHeight + 2 * kCellPadY;
    const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
    if (!fill.empty()) s += formatC("<rect x=\"0\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n", y, total, h, fill.c_str());
    s += line(0, y + h, total, y + h, kRuleColor);
    double x = 0.0;
    for (size_t c = 0; c < widths.size(); ++c) {
        const bool num = c < t.numeric.size() && t.numeric[c];
        for (size_t l = 0; l < lines[c].size(); ++l)
            s += text(num ? x + widths[c] - kCellPadX : x + kCellPadX, y + kCellPadY + kLineHeight * (double(l) + 1) - kTickTextRaise,
                      lines[c][l], kCellFontSize, num ? "end" : "start", kInk, bold ? " font-weight=\"bold\"" : "");
        x += widths[c];
    }
    return h;
}

/// Rows [from, to) of `t` (with its header) as one block `width` wide, its note under the last piece.
std::string tableBlock(const ReportTable& t, size_t from, size_t to, int width) {
    const std::vector<double> widths = columnWidths(t, width);
    std::string body;
    double y = tableRow(body, t.header, t, widths, 0.0, kHeaderFill, true);
    for (size_t r = from; r < to; ++r) {
        const bool em = std::find(t.emphasizedRows.begin(), t.emphasizedRows.end(), int(r)) != t.emphasizedRows.end();
        const bool flag = std::find(t.flaggedRows.begin(), t.flaggedRows.end(), int(r)) != t.flaggedRows.end();
        y += tableRow(body, t.rows[r], t, widths, y, em ? kEmphasisFill : flag ? kFlagFill : std::string(), em);
    }
    if (to == t.rows.size() && !t.note.empty())
        for (const std::string& l : wrapped(t.note, width, kTickFontSize)) {
            y += kLineHeight;
            body += text(0, y, l, kTickFontSize, "start", kMutedInk);
        }
    const int h = int(y) + kCellPadY * 2;
    return svgOpen(width, h, SvgOptions{width, h, true}, "table") + body + "</svg>\n";
}

std::string lineBlock(const std::string& s, int width, bool heading);

/// A whole table, in pieces of at most kRowsPerBlock rows.
void addTable(std::vector<PdfBlock>& blocks, const ReportTable& t, int width) {
    for (size_t from = 0; from < std::max<size_t>(t.rows.size(), 1); from += kRowsPerBlock)
        blocks.push_back({tableBlock(t, from, std::min(t.rows.size(), from + kRowsPerBlock), width), false});
}

/// A section heading, kept on the page of what follows it.
PdfBlock heading(const std::string& s, int width) { return {lineBlock(s, width, true), true}; }

/// A heading line (section title), or a muted line of small text.
std::string lineBlock(const std::string& s, int width, bool heading) {
    const int h = heading ? kHeadingHeight : kSubtitleHeight;
    return svgOpen(width, h, SvgOptions{width, h, true}, s) +
           text(0, h - kCellPadY * 2, s, heading ? kHeadingSize : kCellFontSize, "start", heading ? kInk : kMutedInk,
                heading ? " font-weight=\"bold\"" : "") + "</svg>\n";
}

/// The title, the subtitle and the figures as a row of tiles.
std::string headerBlock(const SweepReportContent& c, int width) {
    const int h = kHeadingHeight + kSubtitleHeight + kFigureHeight + kFigureGap;
    std::string s = svgOpen(width, h, SvgOptions{width, h, true}, c.title);
    s += text(0, kPageTitleSize + kCellPadY, c.title, kPageTitleSize, "start", kInk, " font-weight=\"bold\"");
    s += text(0, kHeadingHeight + kCellFontSize, c.subtitle, kLabelFontSize, "start", kMutedInk);
    const size_t n = std::max<size_t>(c.figures.size(), 1);
    const double tile = (width - kFigureGap * double(n - 1)) / double(n);
    const double top = kHeadingHeight + kSubtitleHeight;
    for (size_t i = 0; i < c.figures.size(); ++i) {
        const double x = double(i) * (tile + kFigureGap);
        s += formatC("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" rx=\"6\" fill=\"#ffffff\" stroke=\"%s\"/>\n", x, top,
                     tile, kFigureHeight, kRuleColor.c_str());
        s += text(x + kCellPadX, top + kCellFontSize + kCellPadY, c.figures[i].label, kTickFontSize - 1, "start", kMutedInk);
        s += text(x + kCellPadX, top + kCellFontSize + kLineHeight + kCellPadY * 2, c.figures[i].value, kHeadingSize, "start", kInk,
                  " font-weight=\"bold\"");
        if (!c.figures[i].detail.empty())
            s += text(x + kCellPadX, top + kFigureHeight - kCellPadY, c.figures[i].detail, kTickFontSize - 2, "start", kMutedInk);
    }
    return s + "</svg>\n";
}

}  // namespace

std::vector<PdfBlock> sweepReportPdfBlocks(const SweepReportContent& c, int width) {
    const ReportPhrases& ph = c.phrases;
    std::vector<PdfBlock> blocks = {{headerBlock(c, width), false}, heading(ph("Report", "Sweep"), width)};
    addTable(blocks, c.definition, width);
    blocks.push_back(heading(ph("Report", "Search space"), width));
    addTable(blocks, c.space, width);
    blocks.push_back(heading(ph("Report", "Results"), width));
    addTable(blocks, c.results, width);
    if (!c.parallelSvg.empty()) {
        blocks.push_back(heading(ph("Report", "Parameters and objective"), width));
        blocks.push_back({c.parallelSvg, false});
        blocks.push_back({c.scatterSvg, false});
    }
    if (!c.bestTitle.empty()) {
        blocks.push_back(heading(c.bestTitle, width));
        addTable(blocks, c.bestValues, width / 2);
        if (!c.bestLossSvg.empty()) blocks.push_back({c.bestLossSvg, false});
        if (!c.bestAccuracySvg.empty()) blocks.push_back({c.bestAccuracySvg, false});
    }
    blocks.push_back(heading(ph("Report", "Environment"), width));
    addTable(blocks, c.environment, width / 2);
    for (const std::string& w : c.warnings) blocks.push_back({lineBlock(fillIn(ph("Report", "Note: %1"), {w}), width, false), false});
    blocks.push_back({lineBlock(fillIn(ph("Report", "Made by TrainScope on %1."), {c.generatedAt}), width, false), false});
    return blocks;
}

}  // namespace ts
