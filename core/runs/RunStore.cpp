#include "core/runs/RunStore.h"

#include "core/common/Numbers.h"
#include "core/health/HealthLog.h"
#include "core/runs/RunFolder.h"

#include "core/runs/RunWriter.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace ts {

namespace fs = std::filesystem;

namespace {

/// Reads a whole file; "" when it cannot be read.
std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return {};
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// Splits one CSV line into fields (metrics.csv has no quoting).
std::vector<std::string> splitCsv(const std::string& line) {
    std::vector<std::string> f;
    std::string cur;
    for (char c : line) {
        if (c == ',') { f.push_back(cur); cur.clear(); }
        else cur += c;
    }
    f.push_back(cur);
    return f;
}

double toDouble(const std::string& s) {
    double d = 0.0;
    return parseDouble(s, d) ? d : 0.0;
}

/// The column of `name` in a CSV header line; -1 when it has none.
int columnOf(const std::string& header, const std::string& name) {
    const auto names = splitCsv(header);
    const auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? -1 : int(it - names.begin());
}

/// The batch rows of metrics.csv. A language model's file has a grad_norm column after the first seven; its rows
/// are complete only with every column (a torn last line is skipped with a warning).
void readBatches(const fs::path& csv, RunRecord& r) {
    std::ifstream in(csv);
    if (!in) return;
    std::string line;
    std::getline(in, line);  // header
    const int gradNormColumn = columnOf(line, "grad_norm");
    const size_t columns = splitCsv(line).size();
    constexpr size_t kBatchFields = 7;  // kind,epoch,step,elapsed_s,loss,lr,samples_per_sec
    while (std::getline(in, line)) {
        if (line.rfind("batch,", 0) != 0) continue;
        const auto f = splitCsv(line);
        if (f.size() < kBatchFields || f[6].empty() || (gradNormColumn >= 0 && f.size() < columns)) {
            r.warnings.push_back("metrics.csv ends with a partial line (the process was killed while writing)");
            continue;
        }
        BatchMetrics b;
        b.epoch = int(toDouble(f[1]));
        b.step = int64_t(toDouble(f[2]));
        b.elapsedSec = toDouble(f[3]);
        b.loss = toDouble(f[4]);
        b.lr = toDouble(f[5]);
        b.samplesPerSec = toDouble(f[6]);
        if (gradNormColumn >= 0 && !f[size_t(gradNormColumn)].empty()) b.gradNorm = toDouble(f[size_t(gradNormColumn)]);
        r.batches.push_back(b);
    }
}

/// samples.jsonl: every sample of every evaluation; a torn last line is skipped with a warning.
void readSamples(const fs::path& path, RunRecord& r) {
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        try {
            r.samples.push_back(sampleFromJson(Json::parse(line)));
        } catch (const std::exception&) {
            r.warnings.push_back("samples.jsonl ends with a partial line (the process was killed while writing)");
        }
    }
}

/// layers.csv's samples, with each one's epoch and global gradient norm from the batch row of its step (layers.csv
/// has neither); a damaged file is a warning, never an error.
void readHealth(const fs::path& dir, RunRecord& r) {
    try {
        r.health = readLayersCsv(dir.string());
    } catch (const std::exception& e) {
        r.warnings.push_back(std::string(layersCsvName()) + " is damaged (" + e.what() + ")");
        return;
    }
    if (r.health.empty()) return;
    std::map<int64_t, const BatchMetrics*> byStep;
    for (const BatchMetrics& b : r.batches) byStep[b.step] = &b;
    for (HealthSample& h : r.health) {
        // The first logged step at or after the sample's is in its epoch: an epoch's last step is always logged.
        const auto it = byStep.lower_bound(h.step);
        if (it == byStep.end()) continue;
        h.epoch = it->second->epoch;
        if (it->first == h.step) h.gradNorm = it->second->gradNorm;
    }
}

/// metrics.csv stores the global step; works out each batch's place in its epoch from the epoch length (a language
/// model's round of evalEvery steps).
void fillBatchPositions(RunRecord& r) {
    if (r.isLanguageModel()) {  // steps are counted in evaluation rounds of evalEvery steps
        for (BatchMetrics& b : r.batches) b.totalSteps = r.config.steps;
        if (r.config.evalEvery <= 0) return;
        for (BatchMetrics& b : r.batches) {
            b.batchesPerEpoch = r.config.evalEvery;
            b.batch = int(std::clamp<int64_t>(b.step - int64_t(b.epoch - 1) * r.config.evalEvery, 1, r.config.evalEvery));
        }
        return;
    }
    int64_t perEpoch = 0;
    if (!r.epochs.empty() && r.epochs.front().epoch > 0) perEpoch = r.epochs.front().step / r.epochs.front().epoch;
    if (perEpoch <= 0 && r.dataset.trainCount > 0 && r.config.batchSize > 0)
        perEpoch = (r.dataset.trainCount + r.config.batchSize - 1) / r.config.batchSize;
    if (perEpoch <= 0) return;
    for (BatchMetrics& b : r.batches) {
        b.batchesPerEpoch = int(perEpoch);
        b.batch = int(std::clamp<int64_t>(b.step - int64_t(b.epoch - 1) * perEpoch, 1, perEpoch));
    }
}

}  // namespace

/// Parses a JSON file; a null value (and a warning) when it is missing or damaged.
Json readJsonFile(const fs::path& p, std::vector<std::string>& warnings, bool required) {
    std::error_code ec;
    if (!fs::exists(p, ec)) {
        if (required) warnings.push_back(p.filename().string() + " is missing");
        return Json();
    }
    try {
        return Json::parse(slurp(p));
    } catch (const std::exception& e) {
        warnings.push_back(p.filename().string() + " is damaged (" + e.what() + ")");
        return Json();
    }
}


double RunRecord::bestValAccuracy() const {
    double best = 0.0;
    for (const auto& e : epochs) best = std::max(best, e.val.accuracy);
    return best;
}

double RunRecord::bestValLoss() const {
    double best = std::numeric_limits<double>::quiet_NaN();
    for (const auto& e : epochs)
        if (std::isfinite(e.val.loss) && (e.languageModel || !e.val.empty()) && !(e.val.loss >= best)) best = e.val.loss;
    return best;
}

namespace {

/// Reads "[epoch,]index,true,predicted,confidence" rows; calls `add(epoch, prediction)` for each complete
/// one (epoch 0 without the column). Torn or damaged lines are skipped. Returns false when the file is absent.
template <class Add>
bool readPredictionRows(const fs::path& path, bool withEpoch, Add add) {
    std::ifstream in(path);
    if (!in) return false;
    std::string line;
    std::getline(in, line);  // header
    const int fields = withEpoch ? 5 : 4;
    while (std::getline(in, line)) {
        double v[5] = {0, 0, 0, 0, 0};
        const auto f = splitCsv(line);
        if (int(f.size()) != fields) continue;
        int got = 0;
        while (got < fields && parseDouble(f[size_t(got)], v[got])) ++got;
        if (got != fields) continue;
        const int o = withEpoch ? 1 : 0;
        add(withEpoch ? int(v[0]) : 0, Prediction{int64_t(v[o]), int(v[o + 1]), int(v[o + 2]), v[o + 3]});
    }
    return true;
}

/// One process's figures as summary.json and processes.json keep them.
ProcessFigures processFromJson(const Json& j) {
    ProcessFigures p;
    p.rank = int(j["rank"].integer());
    p.host = j["host"].string();
    p.step = j["step"].integer();
    p.samplesPerSec = j["samples_per_second"].number();
    p.syncShare = j["sync_share"].number(p.syncShare);
    p.state = j["state"].string();
    return p;
}

/// A data-parallel run's processes: summary.json's "distributed" once it ended, else processes.json (still
/// training, or killed); the world size falls back to the configuration's process count.
void readProcesses(const fs::path& dir, const Json& summary, RunRecord& r) {
    r.worldSize = std::max(1, r.config.processes);
    const Json& distributed = summary["distributed"];
    const Json live = distributed.isObject() ? Json() : readJsonFile(dir / "processes.json", r.warnings);
    const Json& list = distributed.isObject() ? distributed["processes"] : live["processes"];
    if (distributed.isObject()) {
        r.worldSize = int(distributed["world_size"].integer(r.worldSize));
        r.distBackend = distributed["backend"].string();
    }
    if (!list.isArray()) return;
    for (const Json& p : list.array()) r.processes.push_back(processFromJson(p));
    if (!distributed.isObject()) r.worldSize = std::max(r.worldSize, int(r.processes.size()));
}

}  // namespace

RunRecord loadRun(const std::string& dirText, bool withBatches) {
    std::error_code ec;
    fs::path dir = fs::absolute(dirText, ec);
    if (dir.filename().empty()) dir = dir.parent_path();  // "runs/x/", as shells complete it: the id is "x"
    if (!fs::exists(dir, ec))  // a folder deleted or moved while a window still lists or shows it
        throw std::runtime_error(dirText + " is not a TrainScope run folder: the folder does not exist (deleted or moved?)");
    if (!fs::exists(dir / "run.json", ec))
        throw std::runtime_error(dirText + " is not a TrainScope run folder (it has no run.json)");
    RunRecord r;
    r.dir = dir.string();
    r.id = dir.filename().string();
    const Json run = readJsonFile(dir / "run.json", r.warnings, true);
    r.config = configFromJson(run["config"]);
    r.dataset = datasetFromJson(run["dataset"]);
    r.datasetHash = r.dataset.contentHash;
    r.startedAt = run["started_at"].string();
    r.device = run["device"].string();
    r.threads = int(run["threads"].integer());
    if (r.config.isLanguageModel()) r.task = "language-model";

    const Json status = readJsonFile(dir / "status.json", r.warnings);
    r.status = status["status"].string("running");
    r.message = status["message"].string();
    r.totalSeconds = status["total_seconds"].number();

    std::ifstream epochs(dir / "epochs.jsonl");
    std::string line;
    while (std::getline(epochs, line)) {
        if (line.empty()) continue;
        try {
            r.epochs.push_back(epochFromJson(Json::parse(line)));
        } catch (const std::exception&) {
            r.warnings.push_back("epochs.jsonl ends with a partial line (the process was killed while writing)");
        }
    }

    const Json summary = readJsonFile(dir / "summary.json", r.warnings);
    if (summary.isObject()) {
        r.status = summary["status"].string(r.status);
        r.message = summary["message"].string(r.message);
        r.totalSeconds = summary["total_seconds"].number(r.totalSeconds);
        if (r.device.empty()) r.device = summary["device"].string();
        r.task = summary["task"].string(r.task);
        r.parameters = summary["parameters"].integer();
        if (summary["tokenizer"].isObject()) r.tokenizer = tokenizerFromJson(summary["tokenizer"]);
        if (summary["test"].isObject() && r.isLanguageModel()) {
            r.hasLmTest = true;
            r.lmTest = lmTestFromJson(summary["test"]);
        } else if (summary["test"].isObject()) {
            r.hasTest = true;
            r.test = evalFromJson(summary["test"]);
        }
    }
    readProcesses(dir, summary, r);
    if (r.status == "running" && !runLockHeld(dir.string())) r.status = "interrupted";

    const Json meta = readJsonFile(dir / "meta.json", r.warnings);
    r.meta.name = meta["name"].string();
    r.meta.tags = stringsOf(meta["tags"]);
    r.meta.notes = meta["notes"].string();

    r.alerts = readAlerts(dir.string());
    if (withBatches) {
        readBatches(dir / "metrics.csv", r);
        fillBatchPositions(r);
        readHealth(dir, r);
        if (r.isLanguageModel()) readSamples(dir / samplesFileName(), r);
        // Per-sample predictions, for the mistakes gallery of a reopened run.
        readPredictionRows(dir / "predictions.csv", false, [&](int, const Prediction& p) { r.testPredictions.push_back(p); });
        std::map<int, size_t> byEpoch;
        for (size_t i = 0; i < r.epochs.size(); ++i) byEpoch[r.epochs[i].epoch] = i;
        readPredictionRows(dir / valPredictionsFileName(), true, [&](int epoch, const Prediction& p) {
            const auto it = byEpoch.find(epoch);
            if (it != byEpoch.end()) r.epochs[it->second].valPredictions.push_back(p);
        });
    }
    return r;
}

std::vector<RunRecord> listRuns(const std::string& root) {
    std::vector<RunRecord> runs;
    std::error_code ec;
    if (!fs::is_directory(root, ec)) return runs;
    for (const auto& entry : fs::directory_iterator(root, ec)) {
        if (!entry.is_directory(ec) || !fs::exists(entry.path() / "run.json", ec)) continue;
        try {
            runs.push_back(loadRun(entry.path().string(), false));
        } catch (const std::exception&) {
            // not readable as a run: leave it out of the list
        }
    }
    std::sort(runs.begin(), runs.end(), [](const RunRecord& a, const RunRecord& b) {
        return a.startedAt != b.startedAt ? a.startedAt > b.startedAt : a.id > b.id;
    });
    return runs;
}

void saveRunMeta(const std::string& dir, const RunMeta& meta) {
    Json j;
    j.set("name", meta.name);
    j.set("tags", jsonArray(meta.tags));
    j.set("notes", meta.notes);
    writeFileAtomically((fs::path(dir) / "meta.json").string(), j.dump(2) + "\n");
}

void deleteRun(const std::string& dir) {
    std::error_code ec;
    if (!fs::exists(fs::path(dir) / "run.json", ec))
        throw std::runtime_error("refusing to delete " + dir + ": it is not a TrainScope run folder");
    if (runLockHeld(dir)) throw std::runtime_error("cannot delete " + dir + ": the run is still training");
    fs::remove_all(dir, ec);
    if (ec) throw std::runtime_error("cannot delete " + dir + ": " + ec.message());
}

}  // namespace ts
