// Text drift (core/eval/TextDrift.h): token and word counts, Jensen-Shannon divergence against values worked out by
// hand, the tokens that moved, and the length test.
#include "core/eval/TextDrift.h"
#include "core/report/Report.h"
#include "core/text/CharTokenizer.h"
#include "core/text/Unicode.h"

#include <QtTest>

#include <cmath>

namespace {

ts::TokenCounts counts(std::initializer_list<std::pair<const char*, int64_t>> items) {
    ts::TokenCounts c;
    for (const auto& [token, n] : items) {
        c.counts[token] = n;
        c.total += n;
    }
    return c;
}

}  // namespace

class TestTextDrift : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void identicalTextHasNoDivergence() {
        const ts::TokenCounts a = counts({{"a", 3}, {"b", 1}});
        QCOMPARE(ts::jensenShannonDivergence(a, a), 0.0);
    }

    void disjointTextsDivergeByOneBit() {
        QCOMPARE(ts::jensenShannonDivergence(counts({{"a", 5}}), counts({{"b", 2}})), 1.0);
    }

    void divergenceMatchesHandComputation() {
        // P = (1/2, 1/2, 0), Q = (1/2, 0, 1/2): M = (1/2, 1/4, 1/4); KL(P||M) = 1/2 log2 2 = 0.5 = KL(Q||M).
        const double js = ts::jensenShannonDivergence(counts({{"a", 1}, {"b", 1}}), counts({{"a", 2}, {"c", 2}}));
        QVERIFY(std::fabs(js - 0.5) < 1e-12);
        QCOMPARE(ts::jensenShannonDivergence(counts({}), counts({{"a", 1}})), 0.0);
    }

    void wordsAreLowerCasedAndUnseenOnesUnknown() {
        const std::vector<std::string_view> train{"The cat sat.", "the dog"};
        const ts::TokenCounts ref = ts::countWords(train);
        QCOMPARE(ref.total, int64_t(5));
        QCOMPARE(ref.counts.at("the"), int64_t(2));
        QCOMPARE(ref.unknown, int64_t(0));
        QCOMPARE(ref.lengths, (std::vector<float>{3.0f, 2.0f}));
        const std::vector<std::string_view> now{"THE bird, the Émile"};
        const ts::TokenCounts cur = ts::countWords(now, &ref);
        QCOMPARE(cur.total, int64_t(4));
        QCOMPARE(cur.unknown, int64_t(2));  // bird, émile
        QCOMPARE(cur.counts.at("émile"), int64_t(1));
    }

    void tokenCountsUseTheTokenizersUnknownToken() {
        const std::vector<std::string_view> train{"abab"};
        const ts::CharTokenizer tok = ts::CharTokenizer::train(train);
        const std::vector<std::string_view> docs{"abc", "a"};
        const ts::TokenCounts c = ts::countTokens(tok, docs);
        QCOMPARE(c.total, int64_t(4));
        QCOMPARE(c.unknown, int64_t(1));
        QCOMPARE(c.counts.at("a"), int64_t(2));
        QCOMPARE(c.lengths, (std::vector<float>{3.0f, 1.0f}));
    }

    void tokenSpansKeepPunctuationAndLineBreaks() {
        const std::string text = "Hi, there!\n\n  -- Bob's";
        std::vector<std::string> tokens;
        for (const ts::unicode::WordSpan& s : ts::unicode::tokenSpans(text)) tokens.push_back(text.substr(s.begin, s.end - s.begin));
        QCOMPARE(tokens, (std::vector<std::string>{"Hi", ",", "there", "!", "\n\n", "--", "Bob", "'", "s"}));
        QCOMPARE(ts::unicode::wordSpans(text).size(), size_t(4));
    }

    void moversAreListedLargestChangeFirst() {
        const ts::TokenCounts ref = counts({{"a", 50}, {"b", 30}, {"c", 20}});
        const ts::TokenCounts cur = counts({{"a", 20}, {"b", 30}, {"c", 10}, {"d", 40}});
        const ts::TextDriftReport r = ts::compareTextDrift(ref, cur, "training split", "words", 2);
        QVERIFY(r.hasReference);
        QCOMPARE(r.rising.size(), size_t(1));  // only d rose (b kept its share: 0.3 -> 0.3)
        QCOMPARE(r.rising[0].token, std::string("d"));
        QCOMPARE(r.rising[0].referenceShare, 0.0);
        QCOMPARE(r.rising[0].currentShare, 0.4);
        QCOMPARE(r.falling.size(), size_t(2));
        QCOMPARE(r.falling[0].token, std::string("a"));  // 0.5 -> 0.2
        QCOMPARE(r.falling[1].token, std::string("c"));  // 0.2 -> 0.1
        QVERIFY(r.jsDivergence > 0.0 && r.jsDivergence < 1.0);
    }

    void classifierReportShowsTextDrift() {
        ts::EvaluationResult r;
        r.texts = std::make_shared<std::vector<std::string>>(std::vector<std::string>{"a b"});
        const ts::TokenCounts ref = counts({{"a", 50}, {"b", 50}});
        const ts::TokenCounts cur = counts({{"a", 20}, {"b", 50}, {"zz", 30}});
        r.textDrift = std::make_shared<ts::TextDriftReport>(ts::compareTextDrift(ref, cur, "training split", "words"));
        const ts::ReportContent c = ts::buildEvaluationReportContent(r, ts::ReportEnvironment());
        QVERIFY(c.featuresTitle.find("words whose share moved most") != std::string::npos);
        QCOMPARE(c.driftFeatures.rows.size(), size_t(2));  // zz rose, a fell
        QCOMPARE(c.driftFeatures.rows[0][1], std::string("zz"));
        bool divergence = false;
        for (const auto& row : c.driftTests.rows) divergence |= row[0].find("Jensen-Shannon") != std::string::npos;
        QVERIFY(divergence);
    }

    void lengthsAreComparedWithKs() {
        ts::TokenCounts ref = counts({{"a", 10}}), cur = counts({{"a", 10}});
        for (int i = 0; i < 200; ++i) {
            ref.lengths.push_back(float(10 + i % 5));
            cur.lengths.push_back(float(40 + i % 5));
        }
        ref.unknown = 1;
        const ts::TextDriftReport r = ts::compareTextDrift(ref, cur, "train", "words");
        QCOMPARE(r.lengthKs.statistic, 1.0);
        QVERIFY(r.lengthKs.pValue < 1e-6);
        QCOMPARE(r.referenceMeanLength, 12.0);
        QCOMPARE(r.currentMeanLength, 42.0);
        QCOMPARE(r.referenceUnknownRate, 0.1);
        QCOMPARE(r.currentDocuments, int64_t(200));
        const ts::TextDriftReport alone = ts::currentTextFigures(cur, "words");
        QVERIFY(!alone.hasReference);
        QCOMPARE(alone.currentMeanLength, 42.0);
    }
};

QTEST_APPLESS_MAIN(TestTextDrift)
#include "test_text_drift.moc"
