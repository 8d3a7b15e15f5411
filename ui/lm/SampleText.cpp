#include "ui/lm/SampleText.h"

#include <algorithm>

namespace ts {

namespace {

const QColor kPromptColor(0x80, 0x80, 0x80);

/// Escaped text with line breaks as <br>.
QString escapedLines(const QString& text) {
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

}  // namespace

int utf16Index(const std::string& utf8, int64_t byteOffset) {
    const auto clamped = static_cast<size_t>(std::clamp<int64_t>(byteOffset, 0, static_cast<int64_t>(utf8.size())));
    return static_cast<int>(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(clamped)).size());
}

QString sampleHtml(const TextSample& sample) {
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap\">");
    if (!sample.prompt.empty())
        html += QStringLiteral("<span style=\"color:%1\">%2</span>")
                    .arg(kPromptColor.name(), escapedLines(QString::fromStdString(sample.prompt)));
    std::vector<WatchMatch> hits = sample.watchHits;
    std::sort(hits.begin(), hits.end(), [](const WatchMatch& a, const WatchMatch& b) { return a.begin < b.begin; });
    const QString text = QString::fromStdString(sample.text);
    int done = 0;
    for (const WatchMatch& hit : hits) {
        const int begin = std::max(done, utf16Index(sample.text, hit.begin));
        const int end = utf16Index(sample.text, hit.end);
        if (end <= begin) continue;  // overlapping or empty
        html += escapedLines(text.mid(done, begin - done));
        html += QStringLiteral("<span style=\"background-color:%1\" title=\"%2\">%3</span>")
                    .arg(kWatchHitBackground.name(), QString::fromStdString(hit.entry).toHtmlEscaped(),
                         escapedLines(text.mid(begin, end - begin)));
        done = end;
    }
    html += escapedLines(text.mid(done));
    html += QStringLiteral("</div>");
    return html;
}

}  // namespace ts
