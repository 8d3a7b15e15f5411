// Metrics computed from confusion matrices worked out by hand.
#include "core/eval/Metrics.h"

#include <QtTest>

using ts::ConfusionMatrix;

Q_DECLARE_METATYPE(std::vector<int64_t>)

namespace {
ConfusionMatrix matrix(int k, const std::vector<int64_t>& cells) {
    ConfusionMatrix cm;
    std::vector<std::string> names;
    for (int i = 0; i < k; ++i) names.push_back("c" + std::to_string(i));
    cm.reset(names);
    cm.counts = cells;
    return cm;
}
}  // namespace

class TestMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void perClass_data();
    void perClass();
    void averagesAndAccuracy();
    void macroIgnoresEmptyLabelRange();
    void emptyMatrix();
    void rowNormalization();
};

void TestMetrics::perClass_data() {
    QTest::addColumn<int>("k");
    QTest::addColumn<std::vector<int64_t>>("cells");
    QTest::addColumn<int>("cls");
    QTest::addColumn<double>("precision");
    QTest::addColumn<double>("recall");
    QTest::addColumn<double>("f1");
    QTest::addColumn<qint64>("support");
    QTest::addColumn<bool>("precisionUndefined");
    QTest::addColumn<bool>("recallUndefined");

    // [[5,1],[2,2]]: class 0 has TP 5, FP 2, FN 1; class 1 has TP 2, FP 1, FN 2.
    const std::vector<int64_t> twoByTwo{5, 1, 2, 2};
    QTest::newRow("binary class 0") << 2 << twoByTwo << 0 << 5.0 / 7 << 5.0 / 6 << 2 * (5.0 / 7) * (5.0 / 6) / (5.0 / 7 + 5.0 / 6)
                                    << qint64(6) << false << false;
    QTest::newRow("binary class 1") << 2 << twoByTwo << 1 << 2.0 / 3 << 0.5 << 2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5)
                                    << qint64(4) << false << false;
    // Class 2 occurs twice but is never predicted: precision 0/0 -> 0 (undefined), recall 0/2 = 0.
    const std::vector<int64_t> neverPredicted{2, 0, 0, 0, 3, 0, 1, 1, 0};
    QTest::newRow("never predicted") << 3 << neverPredicted << 2 << 0.0 << 0.0 << 0.0 << qint64(2) << true << false;
    QTest::newRow("absorbs others") << 3 << neverPredicted << 1 << 3.0 / 4 << 1.0 << 2 * 0.75 / 1.75 << qint64(3) << false
                                    << false;
    // Class 2 never occurs and is never predicted: both ratios 0/0.
    const std::vector<int64_t> absent{3, 1, 0, 0, 4, 0, 0, 0, 0};
    QTest::newRow("absent class") << 3 << absent << 2 << 0.0 << 0.0 << 0.0 << qint64(0) << true << true;
    // Class 1 predicted once, wrongly: precision 0/1 = 0 (defined), recall 0/1.
    const std::vector<int64_t> allWrong{4, 1, 1, 0};
    QTest::newRow("all wrong") << 2 << allWrong << 1 << 0.0 << 0.0 << 0.0 << qint64(1) << false << false;
}

void TestMetrics::perClass() {
    QFETCH(int, k);
    QFETCH(std::vector<int64_t>, cells);
    QFETCH(int, cls);
    const ts::ClassMetrics m = ts::classMetrics(matrix(k, cells), cls);
    QTEST(m.precision, "precision");
    QTEST(m.recall, "recall");
    QTEST(m.f1, "f1");
    QTEST(qint64(m.support), "support");
    QTEST(m.precisionUndefined, "precisionUndefined");
    QTEST(m.recallUndefined, "recallUndefined");
}

void TestMetrics::averagesAndAccuracy() {
    const ts::EvalMetrics m = ts::metricsFromConfusion(matrix(2, {5, 1, 2, 2}), 0.25);
    QCOMPARE(m.loss, 0.25);
    QCOMPARE(m.accuracy, 0.7);  // (5 + 2) / 10
    QCOMPARE(int(m.perClass.size()), 2);
    const double p0 = 5.0 / 7, p1 = 2.0 / 3, r0 = 5.0 / 6, r1 = 0.5;
    QCOMPARE(m.macro.precision, (p0 + p1) / 2);
    QCOMPARE(m.macro.recall, (r0 + r1) / 2);
    QCOMPARE(m.weighted.precision, (p0 * 6 + p1 * 4) / 10);
    QCOMPARE(m.weighted.recall, (r0 * 6 + r1 * 4) / 10);  // weighted recall equals accuracy
    QCOMPARE(m.weighted.recall, m.accuracy);
    QCOMPARE(m.macro.f1, (m.perClass[0].f1 + m.perClass[1].f1) / 2);
    QCOMPARE(qint64(m.macro.support), qint64(10));

    // A class that neither occurs nor is predicted stays out of the macro average (as scikit-learn averages
    // over the labels present in y_true or y_pred); the weighted average gives it no weight anyway.
    const ts::EvalMetrics z = ts::metricsFromConfusion(matrix(3, {3, 1, 0, 0, 4, 0, 0, 0, 0}), 0.0);
    QVERIFY(!z.macro.precisionUndefined);
    QCOMPARE(z.macroClasses, 2);
    QCOMPARE(z.macro.recall, (0.75 + 1.0) / 2);
    QCOMPARE(z.weighted.recall, (0.75 * 4 + 1.0 * 4) / 8);

    // A class that is predicted but never occurs still counts, with precision 0: it was a real mistake.
    const ts::EvalMetrics p = ts::metricsFromConfusion(matrix(3, {3, 0, 1, 0, 4, 0, 0, 0, 0}), 0.0);
    QCOMPARE(p.macroClasses, 3);
    QVERIFY(p.macro.recallUndefined);
    QCOMPARE(p.macro.precision, (1.0 + 1.0 + 0.0) / 3);
}

void TestMetrics::macroIgnoresEmptyLabelRange() {
    // Labels 0-9 and one stray 250: 251 classes, 240 of them empty. scikit-learn's f1_score(average="macro")
    // on these predictions averages over the 11 labels that occur; so does TrainScope.
    constexpr int k = 251;
    ts::ConfusionMatrix cm;
    std::vector<std::string> names;
    for (int c = 0; c < k; ++c) names.push_back(std::to_string(c));
    cm.reset(names);
    for (int c = 0; c < 10; ++c) {
        cm.counts[size_t(c) * k + size_t(c)] = 8;            // 8 right
        cm.counts[size_t(c) * k + size_t((c + 1) % 10)] = 2;  // 2 taken for the next class
    }
    cm.counts[size_t(250) * k + 3] = 1;  // the stray sample, predicted as 3
    const ts::EvalMetrics m = ts::metricsFromConfusion(cm, 0.0);
    QCOMPARE(m.macroClasses, 11);
    double f1 = 0;
    for (int c = 0; c < 10; ++c) f1 += m.perClass[size_t(c)].f1;
    QCOMPARE(m.macro.f1, f1 / 11);  // class 250: F1 0, counted once; the 240 empty labels not at all
    QVERIFY(m.macro.f1 > 0.7);
    QCOMPARE(ts::classesInMacroAverage(cm), 11);
    QVERIFY(ts::macroAverageNote(cm).find("11 of 251") != std::string::npos);
}

void TestMetrics::emptyMatrix() {
    const ts::EvalMetrics m = ts::metricsFromConfusion(matrix(2, {0, 0, 0, 0}), 0.0);
    QVERIFY(m.empty());
    QCOMPARE(m.accuracy, 0.0);
    QVERIFY(m.perClass[0].precisionUndefined && m.perClass[0].recallUndefined);
    QCOMPARE(m.weighted.f1, 0.0);
}

void TestMetrics::rowNormalization() {
    const std::vector<double> n = ts::rowNormalized(matrix(3, {2, 0, 0, 0, 3, 0, 1, 1, 0}));
    QCOMPARE(n[0], 1.0);
    QCOMPARE(n[4], 1.0);
    QCOMPARE(n[6], 0.5);
    QCOMPARE(n[7], 0.5);
    const std::vector<double> e = ts::rowNormalized(matrix(2, {0, 0, 1, 3}));
    QCOMPARE(e[0], 0.0);  // an empty row stays 0 rather than NaN
    QCOMPARE(e[3], 0.75);
}

QTEST_APPLESS_MAIN(TestMetrics)
#include "test_metrics.moc"
