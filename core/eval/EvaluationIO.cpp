#include "core/eval/EvaluationIO.h"
#include "core/common/Numbers.h"

#include "core/common/AtomicFile.h"
#include "core/eval/LanguageModelEvaluationIO.h"

#include "core/runs/RunStore.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace ts {

namespace fs = std::filesystem;

namespace {

constexpr int kFormatVersion = 1;

/// A CSV text field, quoted when it holds a delimiter, a quote or a line break.
std::string csvText(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

Json toJson(const ChiSquareResult& c) {
    Json j;
    j.set("statistic", c.statistic);
    j.set("dof", c.dof);
    j.set("p_value", c.pValue);
    return j;
}

Json toJson(const FeatureShift& f) {
    Json j;
    j.set("name", f.name);
    j.set("ks", f.ks);
    j.set("p_value", f.pValue);
    j.set("psi", f.psi);
    j.set("reference_mean", f.referenceMean);
    j.set("current_mean", f.currentMean);
    j.set("reference_std", f.referenceStd);
    j.set("current_std", f.currentStd);
    return j;
}

Json toJson(const ClassDelta& d) {
    Json j;
    j.set("class", d.className);
    j.set("in_baseline", d.inBaseline);
    j.set("baseline_f1", d.baselineF1);
    j.set("current_f1", d.currentF1);
    j.set("baseline_recall", d.baselineRecall);
    j.set("current_recall", d.currentRecall);
    j.set("baseline_precision", d.baselinePrecision);
    j.set("current_precision", d.currentPrecision);
    j.set("flagged", d.flagged);
    return j;
}

/// Splits off the first `count` comma-separated fields of a predictions.csv line (they are never quoted).
bool leadingFields(const std::string& line, size_t count, std::vector<std::string>& out) {
    out.clear();
    size_t start = 0;
    while (out.size() < count) {
        const size_t comma = line.find(',', start);
        out.push_back(line.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out.size() == count;
}

bool parseInteger(const std::string& s, int64_t& v) {
    if (s.empty()) return false;
    char* end = nullptr;
    errno = 0;
    v = std::strtoll(s.c_str(), &end, 10);
    return errno == 0 && end == s.c_str() + s.size();
}

/// Reads predictions.csv into `r.predictions`; problems become warnings.
void readPredictions(const fs::path& path, EvaluationResult& r) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        r.warnings.push_back("predictions.csv is missing: the per-sample predictions are not available");
        return;
    }
    std::ifstream in(path);
    if (!in) {
        r.warnings.push_back("cannot read " + path.string() + ": " + std::strerror(errno));
        return;
    }
    std::string line;
    std::vector<std::string> f;
    int64_t lineNo = 0, damaged = 0, firstDamaged = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (lineNo == 1 && line.rfind("index,", 0) == 0) continue;  // header
        if (line.empty()) continue;
        Prediction p;
        int64_t trueClass = 0, predicted = 0;
        bool ok = leadingFields(line, 4, f) && parseInteger(f[0], p.index) && parseInteger(f[1], trueClass) &&
                  parseInteger(f[2], predicted);
        if (ok) {
            if (f[3].empty()) {
                p.confidence = std::numeric_limits<double>::quiet_NaN();  // written empty: not finite
            } else {
                ok = parseDouble(f[3], p.confidence);
            }
        }
        if (!ok) {
            if (damaged++ == 0) firstDamaged = lineNo;
            continue;
        }
        p.trueClass = int(trueClass);
        p.predicted = int(predicted);
        r.predictions.push_back(p);
    }
    if (damaged > 0)
        r.warnings.push_back("predictions.csv: skipped " + std::to_string(damaged) + " damaged line(s), the first at line " +
                             std::to_string(firstDamaged));
}

}  // namespace

Json toJson(const Calibration& c) {
    Json j;
    Json bins = Json(Json::Array{});
    for (const CalibrationBin& b : c.bins) {
        Json bin;
        bin.set("lower", b.lower);
        bin.set("upper", b.upper);
        bin.set("count", b.count);
        bin.set("mean_confidence", b.meanConfidence);
        bin.set("accuracy", b.accuracy);
        bins.push(bin);
    }
    j.set("bins", bins);
    j.set("ece", c.ece);
    j.set("mce", c.mce);
    return j;
}

Calibration calibrationFromJson(const Json& j) {
    Calibration c;
    for (const Json& b : j["bins"].array()) {
        CalibrationBin bin;
        bin.lower = b["lower"].number();
        bin.upper = b["upper"].number();
        bin.count = b["count"].integer();
        bin.meanConfidence = b["mean_confidence"].number();
        bin.accuracy = b["accuracy"].number();
        c.bins.push_back(bin);
    }
    c.ece = j["ece"].number();
    c.mce = j["mce"].number();
    return c;
}

Json toJson(const ConfidenceHistogram& h) {
    Json j;
    j.set("edges", jsonArray(h.edges));
    j.set("correct", jsonArray(h.correct));
    j.set("wrong", jsonArray(h.wrong));
    return j;
}

ConfidenceHistogram confidenceFromJson(const Json& j) {
    ConfidenceHistogram h;
    h.edges = numbersOf<double>(j["edges"]);
    h.correct = integersOf(j["correct"]);
    h.wrong = integersOf(j["wrong"]);
    return h;
}

Json toJson(const EvaluationResult& r) {
    Json j;
    j.set("trainscope_version", TRAINSCOPE_VERSION);
    j.set("format_version", kFormatVersion);
    j.set("task", r.task);

    Json model;
    model.set("path", r.modelPath);
    model.set("kind", r.modelKind);
    model.set("description", r.modelDescription);
    model.set("run", r.runDir);
    j.set("model", model);

    Json data;
    data.set("path", r.dataPath);
    data.set("name", r.dataName);
    data.set("format", r.dataFormat);
    data.set("feature_names", jsonArray(r.featureNames));
    data.set("feature_shift", jsonArray(r.featureShift));
    data.set("feature_scale", jsonArray(r.featureScale));
    j.set("data", data);

    j.set("split", r.splitName);
    j.set("device", r.device);
    j.set("seconds", r.seconds);
    j.set("notes", jsonArray(r.notes));
    j.set("warnings", jsonArray(r.warnings));
    if (r.lm) {  // a language model: its own metrics, calibration, text drift and documents
        addLanguageModelEvaluation(j, *r.lm);
        Json comparison;
        comparison.set("run_dir", r.comparison.runDir);
        comparison.set("run_name", r.comparison.runName);
        j.set("comparison", comparison);
        return j;
    }
    j.set("metrics", toJson(r.metrics));

    j.set("calibration", toJson(r.calibration));
    j.set("confidence", toJson(r.confidence));

    const DriftReport& d = r.drift;
    Json drift;
    drift.set("has_reference", d.hasReference);
    drift.set("reference_name", d.referenceName);
    drift.set("class_names", jsonArray(d.classNames));
    drift.set("reference_counts", jsonArray(d.referenceCounts));
    drift.set("current_counts", jsonArray(d.currentCounts));
    drift.set("class_chi_square", toJson(d.classChiSquare));
    drift.set("class_psi", d.classPsi);
    drift.set("feature_kind", d.featureKind);
    Json features = Json(Json::Array{});
    for (const FeatureShift& f : d.features) features.push(toJson(f));
    drift.set("features", features);
    j.set("drift", drift);

    const BaselineComparison& c = r.comparison;
    Json comparison;
    comparison.set("available", c.available);
    comparison.set("run_dir", c.runDir);
    comparison.set("run_name", c.runName);
    comparison.set("threshold", c.threshold);
    comparison.set("baseline", toJson(c.baseline));
    Json classes = Json(Json::Array{});
    for (const ClassDelta& cd : c.classes) classes.push(toJson(cd));
    comparison.set("classes", classes);
    j.set("comparison", comparison);
    if (r.textDrift) j.set("text_drift", toJson(*r.textDrift));
    return j;
}

EvaluationResult evaluationFromJson(const Json& j) {
    EvaluationResult r;
    const Json& model = j["model"];
    r.modelPath = model["path"].string();
    r.modelKind = model["kind"].string();
    r.modelDescription = model["description"].string();
    r.runDir = model["run"].string();

    const Json& data = j["data"];
    r.dataPath = data["path"].string();
    r.dataName = data["name"].string();
    r.dataFormat = data["format"].string();
    r.featureNames = stringsOf(data["feature_names"]);
    r.featureShift = numbersOf<float>(data["feature_shift"]);
    r.featureScale = numbersOf<float>(data["feature_scale"]);

    r.splitName = j["split"].string();
    r.device = j["device"].string();
    r.seconds = j["seconds"].number();
    r.notes = stringsOf(j["notes"]);
    r.warnings = stringsOf(j["warnings"]);
    r.task = j["task"].string("classification");
    if (r.task == "language-model") {
        r.lm = std::make_shared<const LanguageModelEvaluation>(languageModelEvaluationFromJson(j));
        r.comparison.runDir = j["comparison"]["run_dir"].string();
        r.comparison.runName = j["comparison"]["run_name"].string();
        return r;
    }
    if (j["text_drift"].isObject()) r.textDrift = std::make_shared<const TextDriftReport>(textDriftFromJson(j["text_drift"]));
    if (j["metrics"].isObject()) r.metrics = evalFromJson(j["metrics"]);

    r.calibration = calibrationFromJson(j["calibration"]);
    r.confidence = confidenceFromJson(j["confidence"]);

    const Json& drift = j["drift"];
    DriftReport& d = r.drift;
    d.hasReference = drift["has_reference"].boolean();
    d.referenceName = drift["reference_name"].string();
    d.classNames = stringsOf(drift["class_names"]);
    d.referenceCounts = integersOf(drift["reference_counts"]);
    d.currentCounts = integersOf(drift["current_counts"]);
    d.classChiSquare.statistic = drift["class_chi_square"]["statistic"].number();
    d.classChiSquare.dof = int(drift["class_chi_square"]["dof"].integer());
    d.classChiSquare.pValue = drift["class_chi_square"]["p_value"].number(1.0);
    d.classPsi = drift["class_psi"].number();
    d.featureKind = drift["feature_kind"].string();
    for (const Json& f : drift["features"].array()) {
        FeatureShift s;
        s.name = f["name"].string();
        s.ks = f["ks"].number();
        s.pValue = f["p_value"].number(1.0);
        s.psi = f["psi"].number();
        s.referenceMean = f["reference_mean"].number();
        s.currentMean = f["current_mean"].number();
        s.referenceStd = f["reference_std"].number();
        s.currentStd = f["current_std"].number();
        d.features.push_back(s);
    }

    const Json& comparison = j["comparison"];
    BaselineComparison& c = r.comparison;
    c.available = comparison["available"].boolean();
    c.runDir = comparison["run_dir"].string();
    c.runName = comparison["run_name"].string();
    c.threshold = comparison["threshold"].number(c.threshold);
    if (comparison["baseline"].isObject()) c.baseline = evalFromJson(comparison["baseline"]);
    for (const Json& cj : comparison["classes"].array()) {
        ClassDelta cd;
        cd.className = cj["class"].string();
        cd.inBaseline = cj["in_baseline"].boolean();
        cd.baselineF1 = cj["baseline_f1"].number();
        cd.currentF1 = cj["current_f1"].number();
        cd.baselineRecall = cj["baseline_recall"].number();
        cd.currentRecall = cj["current_recall"].number();
        cd.baselinePrecision = cj["baseline_precision"].number();
        cd.currentPrecision = cj["current_precision"].number();
        cd.flagged = cj["flagged"].boolean();
        c.classes.push_back(cd);
    }
    return r;
}

void writeEvaluation(const std::string& dirText, const EvaluationResult& r) {
    const fs::path dir(dirText);
    if (const int err = fileops::makeFolders(dirText)) throw FileWriteError(dirText, err);
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw std::runtime_error("cannot create the evaluation folder " + dirText + ": a file of that name is in the way");
    if (r.lm) {  // a language model: documents.csv instead of predictions.csv
        writeFileAtomically((dir / "documents.csv").string(), documentsCsv(*r.lm));
        writeFileAtomically((dir / "evaluation.json").string(), toJson(r).dump(2) + '\n');
        return;
    }

    const auto& names = r.metrics.confusion.classNames;
    auto nameOf = [&](int c) { return c >= 0 && size_t(c) < names.size() ? names[size_t(c)] : std::string(); };
    std::string csv = "index,true,predicted,confidence,true_name,predicted_name\n";
    csv.reserve(csv.size() + r.predictions.size() * 40);
    for (const Prediction& p : r.predictions)
        csv += std::to_string(p.index) + ',' + std::to_string(p.trueClass) + ',' + std::to_string(p.predicted) + ',' +
               formatCsvNumber(p.confidence) + ',' + csvText(nameOf(p.trueClass)) + ',' + csvText(nameOf(p.predicted)) + '\n';
    // predictions.csv first: an evaluation.json on disk then always has its predictions next to it.
    writeFileAtomically((dir / "predictions.csv").string(), csv);
    writeFileAtomically((dir / "evaluation.json").string(), toJson(r).dump(2) + '\n');
}

EvaluationResult loadEvaluation(const std::string& dirText) {
    const fs::path dir(dirText);
    const fs::path jsonPath = dir / "evaluation.json";
    std::ifstream in(jsonPath, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + jsonPath.string() + ": " + std::strerror(errno) +
                                 " (is this a folder written by an evaluation?)");
    std::ostringstream text;
    text << in.rdbuf();
    Json j;
    try {
        j = Json::parse(text.str());
    } catch (const std::exception& e) {
        throw std::runtime_error(jsonPath.string() + " is damaged: " + e.what());
    }
    if (!j.isObject()) throw std::runtime_error(jsonPath.string() + " is not an evaluation (no JSON object)");
    EvaluationResult r = evaluationFromJson(j);
    if (!r.lm) readPredictions(dir / "predictions.csv", r);
    return r;
}

}  // namespace ts
