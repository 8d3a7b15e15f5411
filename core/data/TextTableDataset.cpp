// Class numbering, the split and the checks of a labelled text data set.
#include "core/data/TextTableDataset.h"

#include "core/common/MessageCatalogue.h"
#include "core/common/Numbers.h"
#include "core/data/TextTable.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <unordered_map>

namespace ts {
namespace {

constexpr size_t kShownRows = 5;        // line numbers named in one warning
constexpr int64_t kShortWords = 3;      // texts with fewer words than this are "very short"
constexpr double kPercent = 100.0;

// Class names sorted numerically when every label is an integer, else as text.
std::vector<std::string> sortedClasses(const std::vector<std::string>& labels) {
    std::set<std::string> unique(labels.begin(), labels.end());
    std::vector<std::string> names(unique.begin(), unique.end());
    const bool integers = std::all_of(names.begin(), names.end(), [](const std::string& s) {
        int64_t v = 0;
        return parseInt64(s, v);
    });
    if (integers)
        std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
            int64_t x = 0, y = 0;
            parseInt64(a, x);
            parseInt64(b, y);
            return x < y;
        });
    return names;
}

// "a.txt, b.txt, ... and 3 more" (file names or line numbers).
std::string someNames(const std::vector<std::string>& names) {
    std::string s;
    for (size_t i = 0; i < names.size() && i < kShownRows; ++i) s += (i ? ", " : "") + names[i];
    if (names.size() > kShownRows) s = message(Msg::ListAndMore, {s, std::to_string(names.size() - kShownRows)});
    return s;
}

// Texts of the validation and test splits that also occur in another split.
int64_t duplicatesAcrossSplits(const Dataset& ds) {
    std::unordered_map<std::string, int> firstSplit;
    int64_t dups = 0;
    int split = 0;
    for (const TextExamples* s : {&ds.textTrain, &ds.textVal, &ds.textTest}) {
        for (const std::string& t : s->texts) {
            const auto [it, inserted] = firstSplit.emplace(t, split);
            if (!inserted && it->second != split) ++dups;
        }
        ++split;
    }
    return dups;
}

// Warnings for empty, duplicate and very short texts; the blocker for a single class.
void checkTexts(const Dataset& ds, const RawTextTable& raw, DatasetReport& report) {
    if (!raw.emptyRows.empty()) {
        std::vector<std::string> lines;
        for (int64_t row : raw.emptyRows) lines.push_back(std::to_string(row));
        const bool one = raw.emptyRows.size() == 1;
        const Msg pattern = !raw.emptyFiles.empty() ? (one ? Msg::SkippedEmptyTextIn : Msg::SkippedEmptyTextsIn)
                            : lines.size() == 1     ? Msg::SkippedEmptyTextAtLine
                                                    : Msg::SkippedEmptyTextsAtLines;
        report.warnings.push_back(message(pattern, {std::to_string(raw.emptyRows.size()),
                                                    someNames(raw.emptyFiles.empty() ? lines : raw.emptyFiles)}));
    }
    if (const int64_t dups = duplicatesAcrossSplits(ds); dups > 0)
        report.warnings.push_back(message(dups == 1 ? Msg::TextInSeveralSplits : Msg::TextsInSeveralSplits,
                                          {std::to_string(dups)}));
    int64_t shortTexts = 0, total = 0;
    for (const TextExamples* s : {&ds.textTrain, &ds.textVal, &ds.textTest})
        for (const std::string& t : s->texts) shortTexts += countWords(t) < kShortWords ? 1 : 0, ++total;
    if (shortTexts > 0)
        report.warnings.push_back(message(Msg::ShortTexts,
                                          {std::to_string(shortTexts),
                                           formatFixed(kPercent * double(shortTexts) / double(total), 1),
                                           std::to_string(kShortWords)}));
    if (ds.classCount() < 2) {
        report.blocker = raw.labelColumn.empty()
                             ? message(Msg::OneTextClassInFolder, {ds.classNames.front(), std::to_string(total)})
                             : message(Msg::OneTextClassInColumn,
                                       {raw.labelColumn, ds.classNames.front(), std::to_string(total)});
        report.warnings.insert(report.warnings.begin(), report.blocker);
    }
}

}  // namespace

Dataset loadTextTableDataset(const std::string& path, const LoadOptions& opt, DatasetReport& report) {
    RawTextTable raw = readTextTable(path, opt.textColumn, opt.labelColumn);
    if (raw.texts.empty())
        throw std::runtime_error(path + ": holds no non-empty texts (" + std::to_string(raw.emptyRows.size()) +
                                 " empty ones).");
    Dataset ds;
    ds.format = raw.format;
    ds.classNames = sortedClasses(raw.labels);
    std::map<std::string, int64_t> index;
    for (size_t i = 0; i < ds.classNames.size(); ++i) index[ds.classNames[i]] = int64_t(i);
    std::vector<int64_t> labels(raw.labels.size());
    for (size_t i = 0; i < labels.size(); ++i) labels[i] = index[raw.labels[i]];

    std::vector<uint8_t> assign;
    if (!raw.parts.empty()) {
        for (TextPart p : raw.parts) assign.push_back(static_cast<uint8_t>(p));
        report.notes.push_back(message(Msg::NoteSplitFromSubfolders));
    } else {
        assign = stratifiedSplit(labels, ds.classCount(), opt.valFraction, opt.testFraction, opt.seed);
        report.splitMade = true;
    }
    TextExamples* out[] = {&ds.textTrain, &ds.textVal, &ds.textTest};
    for (size_t i = 0; i < assign.size(); ++i) {
        TextExamples& dst = *out[assign[i]];
        dst.texts.push_back(std::move(raw.texts[i]));
        dst.labels.push_back(labels[i]);
        dst.rows.push_back(raw.rows[i]);
    }
    if (!raw.textColumn.empty()) {
        report.notes.push_back(message(Msg::NoteTextColumn, {raw.textColumn}));
        report.labelColumn = raw.labelColumn;
        report.tableColumns = raw.columns;
    }
    const std::string classes = std::to_string(ds.classCount());
    report.notes.push_back(raw.labelColumn.empty() ? message(Msg::NoteClassesFromSubfolders, {classes})
                                                   : message(Msg::NoteLabelColumnClasses, {raw.labelColumn, classes}));
    checkTexts(ds, raw, report);
    hashTextContent(ds);
    return ds;
}

void hashTextContent(Dataset& ds) {
    ContentHash h;
    for (const TextExamples* s : {&ds.textTrain, &ds.textVal, &ds.textTest}) {
        const int64_t n = s->size();
        h.update(&n, sizeof n);
        for (int64_t i = 0; i < n; ++i) {
            const std::string& t = s->texts[size_t(i)];
            const uint64_t bytes = t.size();
            h.update(&bytes, sizeof bytes);
            h.update(t.data(), t.size());
            h.update(&s->labels[size_t(i)], sizeof(int64_t));
        }
    }
    for (const std::string& c : ds.classNames) h.update(c.c_str(), c.size() + 1);
    ds.contentHash = h.hex();
}

}  // namespace ts
