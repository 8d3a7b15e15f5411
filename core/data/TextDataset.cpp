#include "core/data/TextDataset.h"

#include "core/common/MessageCatalogue.h"
#include "core/common/Numbers.h"
#include "core/text/TextCorpus.h"
#include "core/text/TextSplit.h"

#include <filesystem>
#include <memory>

namespace ts {

namespace {

constexpr double kBytesPerMiB = 1024.0 * 1024.0;

/// "1.06 MiB" or "12,345 bytes".
std::string describeSize(int64_t bytes) {
    if (bytes < int64_t(kBytesPerMiB)) return message(Msg::NoteBytes, {std::to_string(bytes)});
    return formatC("%.2f MiB", double(bytes) / kBytesPerMiB);
}

std::string formatName(TextFormat f) {
    switch (f) {
    case TextFormat::TextFolder: return message(Msg::FormatTextFolder);
    case TextFormat::Jsonl: return message(Msg::FormatTextJsonl);
    default: return "text";
    }
}

}  // namespace

Dataset loadTextDataset(const std::string& path, std::vector<std::string>& notes) {
    auto corpus = std::make_shared<TextCorpus>(TextCorpus::open(path));
    Dataset ds;
    ds.path = path;
    ds.name = std::filesystem::path(path).filename().string();
    ds.format = formatName(corpus->format());
    ContentHash hash;
    for (const TextDocument& d : corpus->documents()) hash.update(d.text.data(), d.text.size());
    ds.contentHash = hash.hex();
    notes.push_back(message(corpus->documents().size() == 1 ? Msg::NoteDocument : Msg::NoteDocuments,
                            {std::to_string(corpus->documents().size()), describeSize(corpus->bytes())}));
    for (const std::string& n : corpus->notes()) notes.push_back(n);
    ds.text = std::move(corpus);
    return ds;
}

DatasetInfo describeTextCorpus(const Dataset& ds, double valFraction, double testFraction) {
    DatasetInfo info;
    info.name = ds.name;
    info.path = ds.path;
    info.format = ds.format;
    info.contentHash = ds.contentHash;
    info.loadOptions = ds.loadOptions;
    info.text = true;
    info.channels = info.height = info.width = 0;
    if (!ds.text) return info;
    info.documents = int64_t(ds.text->documents().size());
    try {
        const TextSplit split = splitCorpus(*ds.text, TextSplitFractions{valFraction, testFraction});
        info.trainCount = TextSplit::bytesOf(split.train);
        info.valCount = TextSplit::bytesOf(split.validation);
        info.testCount = TextSplit::bytesOf(split.test);
    } catch (const std::exception&) {
        info.trainCount = ds.text->bytes();  // invalid shares: the trainer reports them
    }
    return info;
}

std::string textTooShortForContext(const DatasetInfo& info, int contextLength) {
    const int64_t window = int64_t(contextLength) + 1;
    const auto tooShort = [&](const char* part, int64_t bytes) {
        return info.path + " is too short for a context of " + std::to_string(contextLength) + " tokens: its " + part +
               " part has " + std::to_string(bytes) + " bytes and one window needs at least " + std::to_string(window) +
               " tokens. Use more text, a shorter context (--context) or a larger share for that part (--split).";
    };
    if (info.trainCount < window) return tooShort("training", info.trainCount);
    if (info.valCount < window) return tooShort("validation", info.valCount);
    return {};
}

}  // namespace ts
