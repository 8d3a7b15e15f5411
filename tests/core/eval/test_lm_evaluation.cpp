// Evaluate mode for language models: the window rule predicts every token once, the loss equals a direct computation
// with the longest context, per-document figures and the surprising documents' token losses, a single file's lines,
// clear errors for data that is not text, evaluation.json and documents.csv written and read back, the report's pieces,
// and the CLI's evaluate and report on a language model.
#include "core/lm/TinyLanguageModel.h"
#include "support/ErrorOf.h"

#include "core/eval/EvaluationIO.h"
#include "core/eval/Evaluator.h"
#include "core/eval/LanguageModelEvaluation.h"
#include "core/eval/LanguageModelScorer.h"
#include "core/eval/TextDrift.h"
#include "core/report/Report.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

using namespace ts;

namespace {

constexpr int kTrainSteps = 20;
constexpr double kTolerance = 1e-4;

const std::vector<std::string> kDocuments = {
    "To be, or not to be, that is the question: whether 'tis nobler in the mind to suffer.",
    "The slings and arrows of outrageous fortune.",
    "Zebra vexed.",
};

/// A GPT and its tokenizer back from a tiny run's checkpoint, for direct computations.
struct DirectModel {
    Gpt model{nullptr};
    std::unique_ptr<Tokenizer> tokenizer;

    explicit DirectModel(const std::string& checkpoint) {
        torch::serialize::InputArchive archive;
        archive.load_from(checkpoint);
        c10::IValue info;
        archive.read("model_info", info);
        const LanguageModelInfo lm = languageModelInfoFromJson(info.toStringRef());
        tokenizer = tokenizerFromJson(lm.tokenizerJson);
        model = Gpt(gptConfigOf(lm));
        torch::serialize::InputArchive weights;
        archive.read("model", weights);
        model->load(weights);
        model->eval();
    }

    /// Summed nats of every target of `text`, each predicted from the `context` tokens before it (fewer at the start).
    std::pair<double, int64_t> nats(const std::string& text, int64_t context) {
        torch::NoGradGuard noGrad;
        const std::vector<int32_t> ids = tokenizer->encode(text);
        double sum = 0.0;
        for (size_t j = 1; j < ids.size(); ++j) {
            const size_t from = j > size_t(context) ? j - size_t(context) : 0;
            const torch::Tensor x = torch::tensor(std::vector<int64_t>(ids.begin() + long(from), ids.begin() + long(j)),
                                                  torch::kInt64).view({1, -1});
            const torch::Tensor logp = torch::log_softmax(model->forward(x)[0][-1], -1);
            sum -= logp[ids[j]].item<double>();
        }
        return {sum, int64_t(ids.size()) - 1};
    }
};

void writeText(const std::filesystem::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

}  // namespace

class TestLmEvaluation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void windowsPredictEachTokenOnce();
    void lossEqualsDirectComputation();
    void perDocumentFigures();
    void singleFileDocumentsAreLines();
    void stridesAgreeWhenTextsFitOneWindow();
    void refusesDataThatIsNotText();
    void roundTripsEvaluationJson();
    void reportsLanguageModelEvaluation();
    void commandLineEvaluatesAndReports();

private:
    EvaluationResult evaluateFolder(int64_t stride);

    QTemporaryDir m_tmp;
    std::string m_runDir, m_checkpoint, m_folder;
};

void TestLmEvaluation::initTestCase() {
    QVERIFY(m_tmp.isValid());
    m_runDir = (m_tmp.path() + "/run").toStdString();
    m_checkpoint = testing::writeTinyLanguageModelRun(m_runDir, kTrainSteps);
    m_folder = (m_tmp.path() + "/docs").toStdString();
    std::filesystem::create_directories(m_folder);
    for (size_t i = 0; i < kDocuments.size(); ++i)
        writeText(std::filesystem::path(m_folder) / ("doc" + std::to_string(i) + ".txt"), kDocuments[i]);
}

EvaluationResult TestLmEvaluation::evaluateFolder(int64_t stride) {
    EvaluateRequest rq;
    rq.modelPath = m_runDir;
    rq.dataPath = m_folder;
    rq.stride = stride;
    rq.prompts = 2;
    rq.sampleTokens = 12;
    rq.threads = 1;
    return evaluateModel(rq);
}

void TestLmEvaluation::windowsPredictEachTokenOnce() {
    for (int64_t n : {0, 1, 2, 5, 16, 17, 18, 40, 100, 257})
        for (int64_t context : {1, 4, 16})
            for (int64_t stride : {int64_t(1), context / 2, context}) {
                if (stride < 1) continue;
                std::map<int64_t, int> scored;
                const std::vector<ScoreWindow> windows = scoreWindows(n, context, stride);
                for (size_t w = 0; w < windows.size(); ++w) {
                    const ScoreWindow& win = windows[w];
                    QVERIFY(win.length >= 1 && win.length <= context);
                    QVERIFY(win.start + win.length <= n - 1);
                    if (w == 0) QCOMPARE(win.firstScored, win.start + 1);  // the first window scores all its targets
                    if (n - 1 > context) QCOMPARE(win.length, context);    // long texts: every window is full
                    for (int64_t t = win.firstScored; t <= win.start + win.length; ++t) ++scored[t];
                }
                QCOMPARE(int64_t(scored.size()), std::max<int64_t>(0, n - 1));
                for (const auto& [target, times] : scored) {
                    QVERIFY2(times == 1, qPrintable(QString("n %1 context %2 stride %3 target %4 scored %5 times")
                                                         .arg(n).arg(context).arg(stride).arg(target).arg(times)));
                    QVERIFY(target >= 1 && target <= n - 1);
                }
            }
}

void TestLmEvaluation::lossEqualsDirectComputation() {
    // With stride 1 every target sees the whole context before it: the direct computation, one target at a time.
    const EvaluationResult r = evaluateFolder(1);
    QCOMPARE(r.task, std::string("language-model"));
    QVERIFY(r.lm);
    DirectModel direct(m_checkpoint);
    double nats = 0.0;
    int64_t tokens = 0;
    for (const std::string& doc : kDocuments) {
        const auto [n, t] = direct.nats(doc, r.lm->contextLength);
        nats += n;
        tokens += t;
    }
    QCOMPARE(r.lm->metrics.tokens, tokens);
    QVERIFY2(std::fabs(r.lm->metrics.loss - nats / double(tokens)) < kTolerance,
             qPrintable(QString("%1 vs %2").arg(r.lm->metrics.loss).arg(nats / double(tokens))));
    QVERIFY(std::fabs(r.lm->metrics.perplexity - std::exp(r.lm->metrics.loss)) < 1e-9);
    QVERIFY(r.lm->metrics.top5Accuracy >= r.lm->metrics.tokenAccuracy);
    QVERIFY(r.lm->metrics.bitsPerByte > 0.0);
}

void TestLmEvaluation::perDocumentFigures() {
    const EvaluationResult r = evaluateFolder(0);
    const LanguageModelEvaluation& lm = *r.lm;
    QCOMPARE(lm.stride, lm.contextLength / 2);
    QCOMPARE(lm.documents.size(), kDocuments.size());
    DirectModel direct(m_checkpoint);
    for (size_t i = 0; i < kDocuments.size(); ++i) {
        const DocumentScore& d = lm.documents[i];
        QCOMPARE(d.name, "doc" + std::to_string(i) + ".txt");
        QCOMPARE(d.bytes, int64_t(kDocuments[i].size()));
        QCOMPARE(d.tokens, int64_t(direct.tokenizer->encode(kDocuments[i]).size()) - 1);
        if (int64_t(kDocuments[i].size()) <= lm.contextLength + 1) {  // one window: exactly the direct loss
            const auto [n, t] = direct.nats(kDocuments[i], lm.contextLength);
            QVERIFY(std::fabs(d.loss - n / double(t)) < kTolerance);
        }
        const std::vector<int32_t> ids = direct.tokenizer->encode(kDocuments[i]);
        const std::vector<int32_t> lengths = direct.tokenizer->tokenByteLengths();
        int64_t predictedBytes = 0;  // bits per byte count the bytes of the predicted tokens
        for (size_t k = 1; k < ids.size(); ++k) predictedBytes += lengths[size_t(ids[k])];
        QVERIFY(std::fabs(d.bitsPerByte - d.loss * double(d.tokens) / std::log(2.0) / double(predictedBytes)) < 1e-6);
    }
    // Every document is long enough to be ranked; highest perplexity first, each with its text and token losses.
    QCOMPARE(lm.mostSurprising.size(), kDocuments.size());
    for (size_t k = 1; k < lm.mostSurprising.size(); ++k)
        QVERIFY(lm.documents[lm.mostSurprising[k - 1]].perplexity >= lm.documents[lm.mostSurprising[k]].perplexity);
    for (size_t d : lm.mostSurprising) {
        const DocumentScore& doc = lm.documents[d];
        QCOMPARE(doc.text, kDocuments[d]);
        QCOMPARE(int64_t(doc.tokenLosses.size()), doc.tokens);
        double sum = 0.0;
        for (const TokenLoss& t : doc.tokenLosses) {
            QVERIFY(t.begin >= 1 && t.end > t.begin && t.end <= int64_t(doc.text.size()));
            sum += t.loss;
        }
        QVERIFY(std::fabs(sum / double(doc.tokens) - doc.loss) < kTolerance);
    }
    // Drift against the run's corpus is not known here (the tiny run has no data set): current figures only.
    QVERIFY(!lm.drift.hasReference);
    QCOMPARE(lm.drift.currentDocuments, int64_t(kDocuments.size()));
    QCOMPARE(lm.samples.size(), size_t(2));
    QCOMPARE(lm.samples.front().prompt, std::string("To be, or not to be, that is the"));
}

void TestLmEvaluation::singleFileDocumentsAreLines() {
    const std::string file = (m_tmp.path() + "/lines.txt").toStdString();
    writeText(file, kDocuments[0] + "\n\n" + kDocuments[1] + "\n" + kDocuments[2] + "\n");
    EvaluateRequest rq;
    rq.modelPath = m_checkpoint;
    rq.dataPath = file;
    rq.prompts = 0;
    rq.threads = 1;
    const EvaluationResult r = evaluateModel(rq);
    const LanguageModelEvaluation& lm = *r.lm;
    QCOMPARE(lm.documents.size(), size_t(3));
    QCOMPARE(lm.documents[0].name, std::string("line 1"));
    QCOMPARE(lm.documents[1].name, std::string("line 3"));  // the blank line 2 joins line 1
    int64_t tokens = 0;
    for (const DocumentScore& d : lm.documents) tokens += d.tokens;
    QCOMPARE(tokens, lm.metrics.tokens);  // each token belongs to one line; the file's first is not predicted
    QCOMPARE(lm.metrics.tokens, int64_t(kDocuments[0].size() + kDocuments[1].size() + kDocuments[2].size()) + 4 - 1);
}

void TestLmEvaluation::stridesAgreeWhenTextsFitOneWindow() {
    // Documents shorter than the window are one window whatever the stride.
    const EvaluationResult a = evaluateFolder(1), b = evaluateFolder(0);
    for (size_t i = 0; i < kDocuments.size(); ++i)
        if (int64_t(kDocuments[i].size()) <= a.lm->contextLength + 1)
            QVERIFY(std::fabs(a.lm->documents[i].loss - b.lm->documents[i].loss) < kTolerance);
}

void TestLmEvaluation::refusesDataThatIsNotText() {
    const std::string table = (m_tmp.path() + "/table.csv").toStdString();
    writeText(table, "a,b,label\n1,2,0\n3,4,1\n5,6,0\n7,8,1\n");
    EvaluateRequest rq;
    rq.modelPath = m_runDir;
    rq.dataPath = table;
    const QString message = testing::errorOf([&] { evaluateModel(rq); });
    QVERIFY2(message.contains("is a language model") && message.contains("text corpus") &&
                 message.contains(QString::fromStdString(table)),
             qPrintable(message));
    // A classifier's checkpoint on text: named, and pointed to labelled data.
    const std::string classifier = (m_tmp.path() + "/classifier.pt").toStdString();
    testing::writeTinyClassifierCheckpoint(classifier);
    rq.modelPath = classifier;
    rq.dataPath = m_folder;
    const QString other = testing::errorOf([&] { evaluateModel(rq); });
    QVERIFY2(other.contains(QString::fromStdString(classifier)) && other.contains("not a language model"),
             qPrintable(other));
    // A stride longer than the window.
    rq.modelPath = m_runDir;
    rq.stride = 1000;
    const QString stride = testing::errorOf([&] { evaluateModel(rq); });
    QVERIFY2(stride.contains("--stride 1000"), qPrintable(stride));
}

void TestLmEvaluation::roundTripsEvaluationJson() {
    const EvaluationResult r = evaluateFolder(0);
    const std::string dir = (m_tmp.path() + "/evaluation").toStdString();
    writeEvaluation(dir, r);
    QVERIFY(std::filesystem::exists(dir + "/documents.csv"));
    QVERIFY(!std::filesystem::exists(dir + "/predictions.csv"));
    std::ifstream csv(dir + "/documents.csv");
    std::string header;
    std::getline(csv, header);
    QCOMPARE(header, std::string("index,name,tokens,loss,perplexity,bits_per_byte"));

    const EvaluationResult back = loadEvaluation(dir);
    QCOMPARE(back.task, std::string("language-model"));
    QVERIFY(back.lm);
    QVERIFY(back.warnings == r.warnings);
    const LanguageModelEvaluation &a = *r.lm, &b = *back.lm;
    QCOMPARE(b.metrics.tokens, a.metrics.tokens);
    QCOMPARE(b.metrics.loss, a.metrics.loss);
    QCOMPARE(b.metrics.bitsPerByte, a.metrics.bitsPerByte);
    QCOMPARE(b.metrics.top5Accuracy, a.metrics.top5Accuracy);
    QCOMPARE(b.calibration.ece, a.calibration.ece);
    QCOMPARE(b.calibration.bins.size(), a.calibration.bins.size());
    QCOMPARE(b.confidence.correct, a.confidence.correct);
    QCOMPARE(b.documents.size(), a.documents.size());
    QVERIFY(b.mostSurprising == a.mostSurprising);
    for (size_t i = 0; i < a.documents.size(); ++i) {
        QCOMPARE(b.documents[i].name, a.documents[i].name);
        QCOMPARE(b.documents[i].perplexity, a.documents[i].perplexity);
        QCOMPARE(b.documents[i].text, a.documents[i].text);
        QCOMPARE(b.documents[i].tokenLosses.size(), a.documents[i].tokenLosses.size());
        for (size_t t = 0; t < a.documents[i].tokenLosses.size(); ++t) {
            QCOMPARE(b.documents[i].tokenLosses[t].begin, a.documents[i].tokenLosses[t].begin);
            QCOMPARE(b.documents[i].tokenLosses[t].end, a.documents[i].tokenLosses[t].end);
            QCOMPARE(b.documents[i].tokenLosses[t].loss, a.documents[i].tokenLosses[t].loss);
        }
    }
    QCOMPARE(b.drift.currentDocuments, a.drift.currentDocuments);
    QCOMPARE(b.drift.currentUnknownRate, a.drift.currentUnknownRate);
    QCOMPARE(b.samples.size(), a.samples.size());
    QCOMPARE(b.samples.front().text, a.samples.front().text);
    QCOMPARE(b.contextLength, a.contextLength);
    QCOMPARE(b.stride, a.stride);
    QCOMPARE(b.tokenizerKind, a.tokenizerKind);
    QCOMPARE(b.hasBaseline, a.hasBaseline);
}

void TestLmEvaluation::reportsLanguageModelEvaluation() {
    const EvaluationResult r = evaluateFolder(0);
    const ReportContent c = buildEvaluationReportContent(r, currentEnvironment());
    QCOMPARE(c.figures.front().label, std::string("Loss"));
    QCOMPARE(c.historyTitle, std::string("Most surprising documents"));
    QCOMPARE(c.perEpoch.rows.size(), r.lm->mostSurprising.size());
    QVERIFY(!c.reliabilitySvg.empty());
    QVERIFY(!c.histogramSvg.empty());
    QCOMPARE(c.driftTitle, std::string("Text drift"));
    QCOMPARE(c.samples.size(), r.lm->samples.size());
    QCOMPARE(c.shadedTexts.size(), r.lm->mostSurprising.size());
    std::string shaded;
    for (const ReportShadedSpan& s : c.shadedTexts.front().spans) shaded += s.text;
    QCOMPARE(shaded, r.lm->documents[r.lm->mostSurprising.front()].text);  // the spans cover the text once
    const std::string html = reportHtml(c);
    QVERIFY(html.find("Where the model is surprised") != std::string::npos);
    QVERIFY(html.find("rgba(220,38,38,") != std::string::npos);
    const std::string csv = evaluationReportCsv(r);
    QVERIFY(csv.rfind("kind,set,name,tokens,loss,perplexity,bits_per_byte", 0) == 0);
    QVERIFY(csv.find("document,evaluation,doc0.txt,") != std::string::npos);
}

void TestLmEvaluation::commandLineEvaluatesAndReports() {
    const QString out = m_tmp.path() + "/cli-evaluation";
    QProcess p;
    p.start(QStringLiteral(TS_CLI_PATH), {"evaluate", "--model", QString::fromStdString(m_runDir), "--data",
                                         QString::fromStdString(m_folder), "--out", out, "--prompts", "1",
                                         "--sample-tokens", "5", "--stride", "4", "--threads", "1"});
    QVERIFY(p.waitForFinished(60000));
    const QString stdoutText = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
    QVERIFY2(stdoutText.contains("perplexity") && stdoutText.contains("windows of 16, stride 4") &&
                 stdoutText.contains("surprising") && stdoutText.contains("doc0.txt"),
             qPrintable(stdoutText));
    QVERIFY(loadEvaluation(out.toStdString()).lm);
    p.start(QStringLiteral(TS_CLI_PATH), {"report", out, "--output", out + "/report.html"});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
    QVERIFY(std::filesystem::file_size((out + "/report.html").toStdString()) > 0);
}

QTEST_GUILESS_MAIN(TestLmEvaluation)
#include "test_lm_evaluation.moc"
