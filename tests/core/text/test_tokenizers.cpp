// Tokenizers (issue 14): the char tokenizer's round trip over several scripts, its unknown token and rate, byte
// lengths for bits per byte and the JSON round trip; SentencePiece bpe and unigram trained from C++ (round
// trip, progress, JSON and .model files), skipped in builds without SentencePiece; base64.
#include "core/common/Base64.h"
#include "core/common/Json.h"
#include "core/text/CharTokenizer.h"
#include "core/text/SentencePieceTokenizer.h"
#include "core/text/TextMetrics.h"
#include "support/ErrorOf.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ts;

namespace {

const std::string kMixed = "naïve Привет 中文 🙂\n";

/// A few hundred lines of generated text in two scripts, for SentencePiece to learn from.
std::string generatedText() {
    const std::vector<std::string> words = {"the", "cat", "sat", "on", "mat", "while", "dog", "ran", "home", "кот", "дом", "naïve"};
    std::string text;
    uint32_t state = 12345;
    for (int line = 0; line < 400; ++line) {
        for (int w = 0; w < 9; ++w) {
            state = state * 1664525u + 1013904223u;
            text += words[(state >> 16) % words.size()] + (w == 8 ? "" : " ");
        }
        text += line % 5 == 4 ? ".\n\n" : ",\n";
    }
    return text;
}

}  // namespace

class TestTokenizers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void charRoundTripAcrossScripts() {
        const CharTokenizer tok = CharTokenizer::train({kMixed});
        const std::vector<int32_t> ids = tok.encode(kMixed);
        QCOMPARE(ids.size(), size_t(utf8CodePoints(kMixed)));
        QCOMPARE(tok.decode(ids), kMixed);
        // Ids follow code points: '\n' (0x0A) first, then ' ', ..., the emoji last before the unknown token.
        QCOMPARE(tok.codePoints().front(), char32_t('\n'));
        QCOMPARE(tok.codePoints().back(), char32_t(0x1F642));
        QCOMPARE(tok.vocabSize(), int64_t(tok.codePoints().size() + 1));
        QCOMPARE(tok.unknownId(), int32_t(tok.codePoints().size()));
        QCOMPARE(tok.kind(), std::string("char"));
        QCOMPARE(tok.tokenLabel(0), std::string("\\n"));
        std::string many;
        for (int i = 0; i < 200; ++i) many += kMixed;
        QCOMPARE(tok.encodeAll({many, "ab", many}, 4), tok.encodeAll({many, "ab", many}));
    }

    void unknownTokenAndRate() {
        const CharTokenizer tok = CharTokenizer::train({"abc", "cab"});
        QCOMPARE(tok.vocabSize(), int64_t(4));
        const std::vector<int32_t> ids = tok.encode("abxyΩc");  // x, y, Ω unseen
        QCOMPARE(ids, (std::vector<int32_t>{0, 1, 3, 3, 3, 2}));
        QCOMPARE(unknownRate(tok, ids), 0.5);
        QCOMPARE(tok.decode(ids), std::string("ab\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "c"));
        QCOMPARE(tok.tokenLabel(3), std::string("<unk>"));
        QCOMPARE(unknownRate(tok, {}), 0.0);
    }

    void byteLengthsGiveBitsPerByte() {
        const CharTokenizer tok = CharTokenizer::train({kMixed});
        const std::vector<int32_t> lengths = tok.tokenByteLengths();
        QCOMPARE(lengths.size(), size_t(tok.vocabSize()));
        QCOMPARE(targetBytes(tok.encode(kMixed), lengths), int64_t(kMixed.size()));
        QCOMPARE(lengths.back(), 3);  // the unknown token decodes to U+FFFD
    }

    void charJsonRoundTrip() {
        const CharTokenizer tok = CharTokenizer::train({kMixed});
        const std::unique_ptr<Tokenizer> back = tokenizerFromJson(tok.toJson());
        QCOMPARE(back->kind(), std::string("char"));
        QCOMPARE(back->vocabSize(), tok.vocabSize());
        QCOMPARE(back->encode(kMixed), tok.encode(kMixed));
        QCOMPARE(back->decode(tok.encode(kMixed)), kMixed);
        QVERIFY(ts::testing::errorOf([] { tokenizerFromJson("{\"kind\": \"char\"}"); }).contains("code_points"));
        QVERIFY(ts::testing::errorOf([] { tokenizerFromJson("{\"kind\": \"wordpiece\"}"); }).contains("unknown kind"));
        QVERIFY(ts::testing::errorOf([] { tokenizerFromJson("not json"); }).contains("not valid JSON"));
    }

    void factoryMakesChar() {
        int calls = 0;
        const auto tok = makeTokenizer({}, {"hello"}, [&](const std::string&, double) { ++calls; });
        QCOMPARE(tok->kind(), std::string("char"));
        QCOMPARE(tok->vocabSize(), int64_t(5));  // e h l o + unknown
        QVERIFY(calls >= 2);
        TokenizerOptions bad;
        bad.kind = "wordpiece";
        QVERIFY(ts::testing::errorOf([&] { makeTokenizer(bad, {"x"}); }).contains("unknown tokenizer"));
    }

    void base64RoundTrip() {
        QCOMPARE(base64Encode("Man"), std::string("TWFu"));
        QCOMPARE(base64Encode("Ma"), std::string("TWE="));
        QCOMPARE(base64Encode("M"), std::string("TQ=="));
        std::string all;
        for (int i = 0; i < 256; ++i) all += char(i);
        for (size_t n : {size_t(0), size_t(1), size_t(2), size_t(3), size_t(256)}) QCOMPARE(base64Decode(base64Encode(all.substr(0, n))), all.substr(0, n));
        QVERIFY(ts::testing::errorOf([] { base64Decode("TW!u"); }).contains("offset 2"));
        QVERIFY(ts::testing::errorOf([] { base64Decode("TWF"); }).contains("multiple of 4"));
    }

    void sentencePieceTrainsAndRoundTrips_data() {
        QTest::addColumn<QString>("kind");
        QTest::newRow("bpe") << "bpe";
        QTest::newRow("unigram") << "unigram";
    }
    void sentencePieceTrainsAndRoundTrips() {
        if (!SentencePieceTokenizer::available()) QSKIP("built without SentencePiece");
        QFETCH(QString, kind);
        const std::string text = generatedText();
        TokenizerOptions options;
        options.kind = kind.toStdString();
        options.vocabSize = 340;
        std::vector<std::string> phases;
        double lastReading = -1.0;
        const auto tok = makeTokenizer(options, {text}, [&](const std::string& phase, double fraction) {
            if (phases.empty() || phases.back() != phase) phases.push_back(phase);
            if (phase == "reading") lastReading = fraction;
        });
        QCOMPARE(tok->kind(), options.kind);
        QVERIFY(tok->vocabSize() <= 340 && tok->vocabSize() > 256);
        QVERIFY(std::find(phases.begin(), phases.end(), "training") != phases.end());
        QCOMPARE(phases.back(), std::string("done"));
        QCOMPARE(lastReading, 1.0);
        const std::vector<int32_t> ids = tok->encode(text);
        QVERIFY(ids.size() < text.size() / 2);  // subwords: well under one token per byte
        QCOMPARE(tok->decode(ids), text);
        // Text the model never saw still round-trips (byte fallback), and byte lengths add up to the bytes.
        QCOMPARE(tok->decode(tok->encode(kMixed)), kMixed);
        QCOMPARE(targetBytes(tok->encode(kMixed), tok->tokenByteLengths()), int64_t(kMixed.size()));
        QCOMPARE(targetBytes(ids, tok->tokenByteLengths()), int64_t(text.size()));
        QCOMPARE(unknownRate(*tok, ids), 0.0);
        // JSON round trip: the same ids.
        const std::string json = tok->toJson();
        QVERIFY(Json::parse(json)["model"].isString());
        const auto back = tokenizerFromJson(json);
        QCOMPARE(back->kind(), options.kind);
        QCOMPARE(back->encode(text), ids);
        // Encoding on several threads gives the same ids.
        QCOMPARE(tok->encodeAll({text, kMixed, text}, 3), tok->encodeAll({text, kMixed, text}));
    }

    void sentencePieceModelFile() {
        if (!SentencePieceTokenizer::available()) QSKIP("built without SentencePiece");
        TokenizerOptions options;
        options.kind = "bpe";
        options.vocabSize = 290;
        const auto trained = SentencePieceTokenizer::train(options, {generatedText()});
        QTemporaryDir dir;
        const QString path = dir.filePath("tok.model");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(trained.modelProto().data(), qint64(trained.modelProto().size()));
        f.close();
        options.kind = path.toStdString();
        const auto loaded = makeTokenizer(options, {});
        QCOMPARE(loaded->kind(), std::string("bpe"));  // read from the model's trainer spec
        QCOMPARE(loaded->encode("the cat sat"), trained.encode("the cat sat"));
        QVERIFY(tokenizerFromJson(loaded->toJson())->vocabSize() == trained.vocabSize());
        options.kind = dir.filePath("missing.model").toStdString();
        QVERIFY(ts::testing::errorOf([&] { makeTokenizer(options, {}); }).contains("missing.model"));
    }

    void sentencePieceVocabularyTooSmall() {
        if (!SentencePieceTokenizer::available()) QSKIP("built without SentencePiece");
        TokenizerOptions options;
        options.kind = "bpe";
        options.vocabSize = 50;  // less than the 256 byte pieces
        const QString msg = ts::testing::errorOf([&] { SentencePieceTokenizer::train(options, {generatedText()}); });
        QVERIFY2(msg.contains("could not train a bpe tokenizer of 50 tokens"), qPrintable(msg));
    }

private:
    static int64_t utf8CodePoints(const std::string& s) {
        int64_t n = 0;
        for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        return n;
    }
};

QTEST_GUILESS_MAIN(TestTokenizers)
#include "test_tokenizers.moc"
