// Language-model figures (issue 14): bits per byte on a hand-computed case, perplexity, words, distinct-n,
// repetition and memorization on hand-made strings; lower case in Latin, Greek and Cyrillic; the watch list
// (whole words, any case, Cyrillic and Greek, phrases); the text preview's counts and warnings.
#include "core/text/CharTokenizer.h"
#include "core/text/TextMetrics.h"
#include "core/text/TextPreview.h"
#include "core/text/Unicode.h"
#include "core/text/WatchList.h"
#include "support/TestFiles.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace ts;

namespace {

constexpr double kEps = 1e-12;

std::vector<std::string> texts(const std::vector<WordSpan>& words) {
    std::vector<std::string> out;
    for (const WordSpan& w : words) out.emplace_back(w.text);
    return out;
}

}  // namespace

class TestTextMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bitsPerByteByHand() {
        // Targets "a" (1 byte), "é" (2), "中" (3) with losses ln 2, ln 4, ln 8: 6 bits over 6 bytes.
        const CharTokenizer tok = CharTokenizer::train({"aé中"});
        const std::vector<int32_t> targets = tok.encode("aé中");
        const int64_t bytes = targetBytes(targets, tok.tokenByteLengths());
        QCOMPARE(bytes, int64_t(6));
        const double nats = std::log(2.0) + std::log(4.0) + std::log(8.0);
        QVERIFY(std::fabs(bitsPerByte(nats, bytes) - 1.0) < kEps);
        QVERIFY(std::isnan(bitsPerByte(1.0, 0)));
        QVERIFY(std::fabs(perplexity(std::log(65.0)) - 65.0) < 1e-9);
    }

    void wordsAreRunsOfLettersAndDigits() {
        const std::string text = "Don't stop—naïve café, 42 Привет!中文 🙂x";
        const std::vector<WordSpan> words = splitWords(text);
        QCOMPARE(texts(words), (std::vector<std::string>{"Don", "t", "stop", "naïve", "café", "42", "Привет", "中文", "x"}));
        QCOMPARE(words[2].offset, size_t(6));
        QCOMPARE(std::string(text.substr(words[6].offset, words[6].text.size())), std::string("Привет"));
    }

    void distinctAndRepetition() {
        const auto words = splitWords("the cat, the cat; the dog");
        QVERIFY(std::fabs(distinctN(words, 1) - 3.0 / 6.0) < kEps);
        QVERIFY(std::fabs(distinctN(words, 2) - 3.0 / 5.0) < kEps);
        QCOMPARE(repetitionRate(words), 0.0);  // its three 4-grams differ
        const auto looping = splitWords("a b c d a b c d a b c d");
        QVERIFY(std::fabs(repetitionRate(looping) - 5.0 / 9.0) < kEps);  // 9 four-grams, 4 unique
        QCOMPARE(distinctN(splitWords("one"), 2), 0.0);
        QCOMPARE(repetitionRate(splitWords("a b c")), 0.0);
    }

    void memorizationAgainstTraining() {
        const NgramIndex index({"one two three four five ", "six seven eight nine ten\n"});
        QCOMPARE(index.size(), size_t(3));
        // 8-grams of the sample: 1-8 and 2-9 are in the training text, the two ending in new words are not.
        const auto sample = splitWords("One two three four five six seven eight nine eleven twelve");
        QVERIFY(std::fabs(index.memorizedShare(sample) - 0.25) < kEps);  // "One" is not "one": words keep their case
        const auto lower = splitWords("one two, three four five six seven eight nine eleven twelve");
        QVERIFY(std::fabs(index.memorizedShare(lower) - 0.5) < kEps);
        const SampleMetrics m = sampleMetrics("one two three four five six seven eight nine eleven twelve", &index);
        QCOMPARE(m.words, int64_t(11));
        QVERIFY(std::fabs(m.memorization - 0.5) < kEps);
        QCOMPARE(m.distinct1, 1.0);
        QCOMPARE(sampleMetrics("short text", &index).memorization, 0.0);
    }

    void lowerCaseAcrossScripts() {
        QCOMPARE(unicode::lowerCase("ПРИВЕТ Ёж ΩΜΕΓΑ ΛΟΓΟΣ λογος ÉCOLE İ Ÿ ŁÓDŹ Ǆ"), std::string("привет ёж ωμεγα λογοσ λογοσ école i ÿ łódź Ǆ"));
        QVERIFY(unicode::isWordChar(U'ж') && unicode::isWordChar(U'中') && unicode::isWordChar(U'7'));
        QVERIFY(!unicode::isWordChar(U'—') && !unicode::isWordChar(U'🙂') && !unicode::isWordChar(U'。') && !unicode::isWordChar(U' '));
        QCOMPARE(unicode::scriptOf(U'ж'), unicode::Script::Cyrillic);
        QCOMPARE(unicode::scriptOf(U'é'), unicode::Script::Latin);
        QCOMPARE(unicode::scriptOf(U'中'), unicode::Script::Han);
        QCOMPARE(unicode::scriptOf(U'5'), unicode::Script::None);
    }

    void watchListWholeWordsAnyCase() {
        const WatchList list = WatchList::fromText("Привет\n  плохое слово  \n\ncat\n---\nλογος\n");
        QCOMPARE(list.entries(), (std::vector<std::string>{"Привет", "плохое слово", "cat", "λογος"}));
        const std::string text = "ПРИВЕТ, мир! привет… Приветствую. Это ПЛОХОЕ   слово. concat cat Cat. ΛΟΓΟΣ cats";
        const std::vector<WatchHit> hits = list.find(text);
        QCOMPARE(list.countPerEntry(hits), (std::vector<int64_t>{2, 1, 2, 1}));
        QCOMPARE(hits[0].entry, size_t(0));
        QCOMPARE(hits[0].begin, size_t(0));
        QCOMPARE(hits[0].end, size_t(12));  // six Cyrillic letters, two bytes each
        const WatchHit& phrase = hits[2];
        QCOMPARE(phrase.entry, size_t(1));
        QCOMPARE(text.substr(phrase.begin, phrase.end - phrase.begin), std::string("ПЛОХОЕ   слово"));
        QVERIFY(list.find("Приветствую, concatenate").empty());
        QVERIFY(WatchList::fromText("\n  \n").empty());
    }

    void watchListFile() {
        QTemporaryDir dir;
        QVERIFY(ts::testing::writeFile(dir.filePath("list.txt"), "bad\r\nworse\r\n"));
        const WatchList list = WatchList::load(dir.filePath("list.txt").toStdString());
        QCOMPARE(list.entries(), (std::vector<std::string>{"bad", "worse"}));
        QCOMPARE(list.find("Bad, WORSE, worst").size(), size_t(2));
    }

    void previewCountsAndWarnings() {
        QTemporaryDir dir;
        std::string text;
        for (int i = 0; i < 20; ++i) text += "Hello world, Привет мир!\n\n";
        QVERIFY(ts::testing::writeFile(dir.filePath("mixed.txt"), QByteArray::fromStdString(text)));
        const TextCorpus corpus = TextCorpus::open(dir.filePath("mixed.txt").toStdString());
        const CharTokenizer tok = CharTokenizer::train({text});
        TextPreviewOptions options;
        options.topTokens = 3;
        const TextPreview p = previewText(corpus, tok, options);
        QCOMPARE(p.bytes, int64_t(text.size()));
        QCOMPARE(p.characters, int64_t(20 * 26));
        QCOMPARE(p.tokens, int64_t(20 * 26));
        QVERIFY(!p.tokensEstimated);
        QCOMPARE(p.vocabSize, tok.vocabSize());
        QCOMPARE(p.topTokens.size(), size_t(3));
        QCOMPARE(p.topTokens[0].label, std::string(" "));  // 60 spaces and 60 l: the lower id first
        QCOMPARE(p.topTokens[0].count, int64_t(60));
        QCOMPARE(p.topTokens[1].label, std::string("l"));
        QCOMPARE(p.topTokens[2].label, std::string("\\n"));  // 40 line feeds, o and и: the lowest id first
        QCOMPARE(p.topTokens[2].count, int64_t(40));
        QCOMPARE(p.sampleLines.front(), std::string("Hello world, Привет мир!"));
        QCOMPARE(p.scripts.size(), size_t(2));
        QCOMPARE(p.scripts[0].name, std::string("Latin"));
        QCOMPARE(p.warnings.size(), size_t(2));
        QVERIFY(p.warnings[0].find("Very small corpus") != std::string::npos);
        QVERIFY(p.warnings[1].find("Mixed scripts: Latin 53%, Cyrillic 47%") != std::string::npos);

        QVERIFY(ts::testing::writeFile(dir.filePath("numbers.txt"), "12 34 56 78\n90 12 ab\n"));
        const TextCorpus numbers = TextCorpus::open(dir.filePath("numbers.txt").toStdString());
        const TextPreview q = previewText(numbers, CharTokenizer::train({"1"}));
        QVERIFY(q.warnings.size() == 2 && q.warnings[1].find("Mostly non-text") != std::string::npos);
        options.maxTokenizedBytes = 100;
        const TextPreview partial = previewText(corpus, tok, options);
        QVERIFY(partial.tokensEstimated);
        QVERIFY(std::abs(partial.tokens - p.tokens) < p.tokens / 10);
    }
};

QTEST_GUILESS_MAIN(TestTextMetrics)
#include "test_text_metrics.moc"
