// layers.csv and alerts.jsonl (issue 16): what is written reads back, a line torn by a killed process is skipped,
// and a file that is not layers.csv is refused by name.
#include "core/health/HealthLog.h"
#include "support/TestFiles.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

namespace {

ts::ParameterHealth param(const std::string& name, double grad, double weight, double ratio) {
    ts::ParameterHealth p;
    p.name = name;
    p.gradNorm = grad;
    p.weightNorm = weight;
    p.updateRatio = ratio;
    return p;
}

ts::ActivationHealth activation(const std::string& name, double mean, double sd, double dead, bool rectified,
                                double saturated = 0.0) {
    ts::ActivationHealth a;
    a.name = name;
    a.mean = mean;
    a.stddev = sd;
    a.deadFraction = dead;
    a.rectified = rectified;
    a.saturatedFraction = saturated;
    return a;
}

/// Two samples: parameters (one not measured), a rectified and a tanh-like layer, a name that needs quoting.
std::vector<ts::HealthSample> twoSamples() {
    std::vector<ts::HealthSample> v(2);
    v[0].step = 20;
    v[0].parameters = {param("fc1.weight", 0.125, 6.5, 1.25e-3), param("fc1.bias", 0.01, 0.2, -1.0),
                       param("odd,\"name\".weight", 1e-9, 3.0, 2e-7)};
    v[0].activations = {activation("fc1", 0.4, 0.9, 0.0625, true), activation("blocks.0.mlp", -0.01, 0.5, 0.0, false, 0.25)};
    v[1].step = 40;
    v[1].parameters = {param("fc1.weight", 0.1, 6.6, 9.5e-4)};
    return v;
}

std::string layersText() {
    std::string text = ts::layersCsvHeader();
    for (const ts::HealthSample& s : twoSamples()) text += ts::layersCsvRows(s);
    return text;
}

void compareSamples(const ts::HealthSample& got, const ts::HealthSample& want) {
    QCOMPARE(got.step, want.step);
    QCOMPARE(got.parameters.size(), want.parameters.size());
    for (size_t i = 0; i < want.parameters.size(); ++i) {
        QCOMPARE(got.parameters[i].name, want.parameters[i].name);
        QCOMPARE(got.parameters[i].gradNorm, want.parameters[i].gradNorm);
        QCOMPARE(got.parameters[i].weightNorm, want.parameters[i].weightNorm);
        QCOMPARE(got.parameters[i].updateRatio, want.parameters[i].updateRatio);
        QVERIFY(got.parameters[i].weights.empty());
    }
    QCOMPARE(got.activations.size(), want.activations.size());
    for (size_t i = 0; i < want.activations.size(); ++i) {
        QCOMPARE(got.activations[i].name, want.activations[i].name);
        QCOMPARE(got.activations[i].mean, want.activations[i].mean);
        QCOMPARE(got.activations[i].stddev, want.activations[i].stddev);
        QCOMPARE(got.activations[i].deadFraction, want.activations[i].deadFraction);
        QCOMPARE(got.activations[i].rectified, want.activations[i].rectified);
        QCOMPARE(got.activations[i].saturatedFraction, want.activations[i].saturatedFraction);
    }
}

ts::Alert sampleAlert() {
    ts::Alert a;
    a.step = 1234;
    a.epoch = 3;
    a.kind = ts::AlertKind::ExplodingGradients;
    a.layer = "blocks.0.attn.qkv.weight";
    a.message = "The update ratio of \"qkv\" has been above 0.1 for 5 health samples.\nSecond line, ünïcode.";
    a.advice = "Lower the learning rate.";
    a.values = {{"update_ratio", 0.25}, {"grad_norm", 1e300}, {"weight_norm", std::nan("")}};
    return a;
}

}  // namespace

class TestHealthLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void layersCsvFormat() {
        const std::string text = layersText();
        QVERIFY(text.rfind("step,layer,grad_norm,weight_norm,update_ratio,act_mean,act_std,dead_fraction,"
                           "saturated_fraction\n", 0) == 0);
        QVERIFY(text.find("\n20,fc1.weight,0.125,6.5,0.00125,,,,\n") != std::string::npos);
        QVERIFY(text.find("\n20,fc1.bias,0.01,0.2,,,,,\n") != std::string::npos);  // ratio not measured
        QVERIFY(text.find("\n20,fc1 (output),,,,0.4,0.9,0.0625,0\n") != std::string::npos);
        QVERIFY(text.find("\n20,blocks.0.mlp (output),,,,-0.01,0.5,,0.25\n") != std::string::npos);
        QVERIFY(text.find("\n20,\"odd,\"\"name\"\".weight\",1e-09,3,2e-07,,,,\n") != std::string::npos);
    }

    void layersCsvRoundTrip() {
        const auto want = twoSamples();
        const auto got = ts::parseLayersCsv(layersText());
        QCOMPARE(got.size(), want.size());
        for (size_t i = 0; i < want.size(); ++i) compareSamples(got[i], want[i]);
        QCOMPARE(got[0].gradNorm, -1.0);  // not in layers.csv
    }

    void tornLayersCsvKeepsCompleteRows() {
        const std::string text = layersText();
        const auto full = ts::parseLayersCsv(text);
        for (size_t cut = 0; cut < text.size(); ++cut) {
            const auto got = ts::parseLayersCsv(text.substr(0, cut));  // never throws on a torn file
            QVERIFY(got.size() <= full.size());
            size_t rows = 0;
            for (size_t i = 0; i < got.size(); ++i) {
                QCOMPARE(got[i].step, full[i].step);
                const bool last = i + 1 == got.size();
                QVERIFY(last || got[i].parameters.size() == full[i].parameters.size());
                for (size_t k = 0; k < got[i].parameters.size(); ++k)
                    QCOMPARE(got[i].parameters[k].updateRatio, full[i].parameters[k].updateRatio);
                for (size_t k = 0; k < got[i].activations.size(); ++k)
                    QCOMPARE(got[i].activations[k].saturatedFraction, full[i].activations[k].saturatedFraction);
                rows += got[i].parameters.size() + got[i].activations.size();
            }
            const size_t completeLines = size_t(std::count(text.begin(), text.begin() + long(cut), '\n'));
            QCOMPARE(rows, completeLines == 0 ? 0 : completeLines - 1);
        }
    }

    void layersCsvWithWindowsLineEndsAndDamagedRows() {
        std::string text = ts::layersCsvHeader();
        text.insert(text.size() - 1, "\r");
        text += "20,fc1.weight,0.5,2,0.001,,,,\r\n";
        text += "20,fc2.weight,abc,2,0.001,,,,\n";  // damaged cell: skipped
        text += "x,fc3.weight,0.5,2,0.001,,,,\n";   // damaged step: skipped
        text += "20,fc4.weight,0.5,2\n";             // too few cells: skipped
        const auto got = ts::parseLayersCsv(text);
        QCOMPARE(got.size(), size_t(1));
        QCOMPARE(got[0].parameters.size(), size_t(1));
        QCOMPARE(got[0].parameters[0].name, std::string("fc1.weight"));
    }

    void foreignHeaderIsRefusedByLine() {
        try {
            ts::parseLayersCsv("kind,epoch,step\n1,2,3\n");
            QFAIL("no error");
        } catch (const std::runtime_error& e) {
            QVERIFY2(std::string(e.what()).find("layers.csv line 1") == 0, e.what());
        }
        QVERIFY(ts::parseLayersCsv("").empty());
        QVERIFY(ts::parseLayersCsv("step,layer,gr").empty());  // a torn header
    }

    void alertRoundTrip() {
        const ts::Alert a = sampleAlert();
        const std::string line = ts::alertJsonLine(a);
        QCOMPARE(std::count(line.begin(), line.end(), '\n'), long(1));
        QVERIFY(line.find("\"kind\":\"exploding\"") != std::string::npos);
        const auto got = ts::parseAlertsJsonl(line + ts::alertJsonLine(ts::Alert{}));
        QCOMPARE(got.size(), size_t(2));
        QCOMPARE(got[0].step, a.step);
        QCOMPARE(got[0].epoch, a.epoch);
        QCOMPARE(got[0].kind, a.kind);
        QCOMPARE(got[0].layer, a.layer);
        QCOMPARE(got[0].message, a.message);
        QCOMPARE(got[0].advice, a.advice);
        // values come back in name order (a JSON object); a non-finite figure reads back as NaN.
        QCOMPARE(got[0].values.size(), size_t(3));
        QCOMPARE(got[0].values[0], (std::pair<std::string, double>("grad_norm", 1e300)));
        QCOMPARE(got[0].values[1], (std::pair<std::string, double>("update_ratio", 0.25)));
        QCOMPARE(got[0].values[2].first, std::string("weight_norm"));
        QVERIFY(std::isnan(got[0].values[2].second));
        QCOMPARE(got[1].kind, ts::AlertKind::LossSpike);
    }

    void tornAndForeignAlertLinesAreSkipped() {
        const std::string line = ts::alertJsonLine(sampleAlert());
        for (size_t cut = 0; cut + 1 < line.size(); ++cut)
            QCOMPARE(ts::parseAlertsJsonl(line + line.substr(0, cut)).size(), size_t(1));
        const std::string unknown = "{\"step\":1,\"kind\":\"meteor_strike\"}\n[1,2]\n\n";
        QCOMPARE(ts::parseAlertsJsonl(unknown + line).size(), size_t(1));
    }

    void runFolderFiles() {
        QTemporaryDir dir;
        const std::string d = dir.path().toStdString();
        QVERIFY(ts::readLayersCsv(d).empty());  // no files: nothing, no error
        QVERIFY(ts::readAlerts(d).empty());
        QVERIFY(ts::testing::writeFile(dir.filePath(ts::layersCsvName()), QByteArray::fromStdString(layersText())));
        QVERIFY(ts::testing::writeFile(dir.filePath(ts::alertsFileName()),
                                       QByteArray::fromStdString(ts::alertJsonLine(sampleAlert()))));
        QCOMPARE(ts::readLayersCsv(d).size(), size_t(2));
        QCOMPARE(ts::readAlerts(d).size(), size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestHealthLog)
#include "test_health_log.moc"
