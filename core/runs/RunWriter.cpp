#include "core/runs/RunWriter.h"

#include "core/data/TextDataset.h"

#include "core/common/Numbers.h"
#include "core/health/HealthLog.h"
#include "core/runs/RunStore.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace ts {

namespace fs = std::filesystem;

namespace {

std::string isoNow() {
    const std::time_t now = std::time(nullptr);
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S%z", std::localtime(&now));
    return buf;
}

/// The per-epoch entry of summary.json: the scalars, without the full confusion matrix.
Json epochSummaryJson(const EpochMetrics& e) {
    Json j = toJson(e);
    Json light;
    for (const auto& [k, v] : j.object())
        if (k != "val") light.set(k, v);
    return light;
}

/// Rewrites metrics.csv keeping the header (`header` when it has none), batch rows up to the checkpoint's step and
/// epoch (evaluation) rows up to its epoch.
void keepRowsUpTo(const std::string& path, const CheckpointInfo& at, const char* header) {
    std::ifstream in(path);
    std::string out, line;
    if (std::getline(in, line)) out += line + '\n';
    else out = std::string(header) + '\n';
    while (std::getline(in, line)) {
        const size_t c1 = line.find(','), c2 = line.find(',', c1 + 1), c3 = line.find(',', c2 + 1);
        if (c3 == std::string::npos) continue;  // a torn last line
        const long epoch = std::strtol(line.c_str() + c1 + 1, nullptr, 10);
        const long long step = std::strtoll(line.c_str() + c2 + 1, nullptr, 10);
        const bool keep = line.rfind("batch,", 0) == 0 ? step <= at.step : epoch <= at.epoch;
        if (keep) out += line + '\n';
    }
    writeFileAtomically(path, out);
}

/// Rewrites a JSON-lines log (epochs.jsonl, samples.jsonl) keeping the complete lines whose `key` is at most `limit`.
void keepJsonLinesUpTo(const std::string& path, const char* key, int64_t limit) {
    std::ifstream in(path);
    if (!in) return;
    std::string out, line;
    while (std::getline(in, line)) {
        try {
            if (Json::parse(line)[key].integer() <= limit) out += line + '\n';
        } catch (const std::exception&) {
            // a torn line from the interrupted process
        }
    }
    writeFileAtomically(path, out);
}

/// Rewrites layers.csv keeping the complete rows of steps up to `step` (its first column).
void keepLayerRowsUpTo(const std::string& path, int64_t step) {
    std::ifstream in(path);
    if (!in) return;
    std::string out, line;
    if (std::getline(in, line)) out += line + '\n';
    const size_t columns = size_t(std::count(line.begin(), line.end(), ','));
    while (std::getline(in, line)) {
        if (size_t(std::count(line.begin(), line.end(), ',')) != columns) continue;  // a torn last line
        if (std::strtoll(line.c_str(), nullptr, 10) <= step) out += line + '\n';
    }
    writeFileAtomically(path, out);
}

/// A number for an optional CSV cell: empty when negative (unknown, or not measured).
std::string optionalCsvNumber(double value) { return value >= 0.0 ? formatCsvNumber(value) : std::string(); }

/// The system columns of an epoch's or evaluation's metrics.csv row (unknown figures empty).
std::string systemColumns(const SystemMetrics& s) {
    return optionalCsvNumber(s.dataShare) + ',' + optionalCsvNumber(s.cpuPercent) + ',' +
           (s.rssMb > 0.0 ? formatCsvNumber(s.rssMb) : std::string()) + ',' + optionalCsvNumber(s.gpuAllocatedMb) +
           ',' + optionalCsvNumber(s.gpuReservedMb);
}

/// Rewrites val-predictions.csv keeping the complete rows of epochs up to `epoch`.
void keepPredictionsUpTo(const std::string& path, int epoch) {
    std::ifstream in(path);
    if (!in) return;
    std::string out, line;
    if (std::getline(in, line)) out += line + '\n';
    while (std::getline(in, line)) {
        if (std::count(line.begin(), line.end(), ',') != 4) continue;  // a torn last line
        if (std::strtol(line.c_str(), nullptr, 10) <= epoch) out += line + '\n';
    }
    writeFileAtomically(path, out);
}

}  // namespace

DatasetInfo describeDataset(const Dataset& ds, double valFraction, double testFraction) {
    if (ds.isText()) return describeTextCorpus(ds, valFraction, testFraction);
    DatasetInfo info;
    info.name = ds.name;
    info.path = ds.path;
    info.format = ds.format;
    info.classNames = ds.classNames;
    info.channels = ds.train.channels;
    info.height = ds.train.height;
    info.width = ds.train.width;
    info.testCount = ds.test.size();
    if (ds.val.size() > 0 || valFraction <= 0.0) {
        info.trainCount = ds.train.size();
        info.valCount = ds.val.size();
    } else {
        info.valCount = std::llround(valFraction * double(ds.train.size()));
        info.trainCount = ds.train.size() - info.valCount;
    }
    info.trainHistogram = classHistogram(ds.train, ds.classCount());
    if (ds.isTextClassification()) {  // labelled texts: counts and histogram of the text splits
        ImageSet labelsOnly;
        labelsOnly.labels = ds.textTrain.labels;
        info.trainHistogram = classHistogram(labelsOnly, ds.classCount());
        info.testCount = ds.textTest.size();
        info.valCount = ds.textVal.size() > 0 || valFraction <= 0.0
                            ? ds.textVal.size() : std::llround(valFraction * double(ds.textTrain.size()));
        info.trainCount = ds.textTrain.size() - (ds.textVal.size() > 0 ? 0 : info.valCount);
    }
    info.contentHash = ds.contentHash;
    info.loadOptions = ds.loadOptions;
    return info;
}

namespace {

/// One evaluation of a language model in summary.json's "evals".
Json evalSummaryJson(const EpochMetrics& e) {
    Json j;
    j.set("evaluation", e.epoch);
    j.set("step", e.step);
    j.set("train_loss", e.trainLoss);
    j.set("val_loss", e.val.loss);
    j.set("val_perplexity", e.lm.valPerplexity);
    j.set("val_bits_per_byte", e.lm.valBitsPerByte);
    j.set("train_bits_per_byte", e.lm.trainBitsPerByte);
    j.set("val_token_accuracy", e.lm.valTokenAccuracy);
    j.set("lr", e.lr);
    j.set("tokens_per_second", e.samplesPerSec);
    j.set("seconds", e.seconds);
    j.set("eval_seconds", e.evalSeconds);
    j.set("watch_hits", e.lm.watchHits);
    return j;
}

/// The processes of a data-parallel run, as summary.json and processes.json keep them.
Json processesJson(const std::vector<ProcessFigures>& processes) {
    Json list = Json(Json::Array{});
    for (const ProcessFigures& p : processes) {
        Json j;
        j.set("rank", p.rank);
        j.set("host", p.host);
        j.set("step", p.step);
        j.set("samples_per_second", p.samplesPerSec);
        j.set("sync_share", p.syncShare);
        j.set("state", p.state);
        list.push(j);
    }
    return list;
}

/// summary.json of a language model: the task, tokenizer, parameters, evaluations and the test split's figures.
/// What every summary.json starts with: version, how the run ended, where, and its configuration and data.
Json summaryHead(const TrainConfig& cfg, const DatasetInfo& data, const RunSummary& s) {
    Json j;
    j.set("trainscope_version", TRAINSCOPE_VERSION);
    j.set("status", runStatusName(s.status));
    j.set("message", s.message);
    j.set("device", s.device);
    j.set("threads", s.threads);
    j.set("total_seconds", s.totalSeconds);
    if (s.worldSize > 1) {
        Json d;
        d.set("world_size", s.worldSize);
        d.set("backend", s.distBackend);
        d.set("processes", processesJson(s.processes));
        j.set("distributed", d);
    }
    j.set("config", toJson(cfg));
    j.set("dataset", toJson(data));
    return j;
}

std::string languageModelSummaryJson(const TrainConfig& cfg, const DatasetInfo& data, const RunSummary& s) {
    Json j = summaryHead(cfg, data, s);
    j.set("task", "language-model");
    j.set("tokenizer", toJson(s.tokenizer));
    j.set("parameters", s.parameters);
    Json evals = Json(Json::Array{});
    for (const EpochMetrics& e : s.epochs) evals.push(evalSummaryJson(e));
    j.set("evals", evals);
    j.set("test", s.hasLmTest ? toJson(s.lmTest) : Json());
    return j.dump(2) + "\n";
}

}  // namespace

std::string summaryJson(const TrainConfig& cfg, const DatasetInfo& data, const RunSummary& s) {
    if (cfg.isLanguageModel()) return languageModelSummaryJson(cfg, data, s);
    Json j = summaryHead(cfg, data, s);
    Json epochs = Json(Json::Array{});
    for (const EpochMetrics& e : s.epochs) epochs.push(epochSummaryJson(e));
    j.set("epochs", epochs);
    j.set("test", s.hasTest ? toJson(s.test) : Json());
    return j.dump(2) + "\n";
}

const char* RunWriter::metricsHeader() {
    return "kind,epoch,step,elapsed_s,loss,lr,samples_per_sec,train_loss,train_accuracy,val_loss,val_accuracy,"
           "val_macro_f1,epoch_seconds,grad_norm,data_share,cpu_percent,rss_mb,gpu_allocated_mb,gpu_reserved_mb";
}

const char* RunWriter::languageModelMetricsHeader() {
    return "kind,epoch,step,elapsed_s,loss,lr,tokens_per_sec,grad_norm,train_loss,val_loss,val_perplexity,"
           "val_bits_per_byte,eval_seconds,data_share,cpu_percent,rss_mb,gpu_allocated_mb,gpu_reserved_mb";
}

const char* RunWriter::headerLine() const {
    return m_cfg.isLanguageModel() ? languageModelMetricsHeader() : metricsHeader();
}

RunWriter::RunWriter(const std::string& dir, const TrainConfig& cfg, const DatasetInfo& data,
                     const CheckpointInfo* resumeAt)
    : m_dir(dir), m_cfg(cfg), m_data(data), m_startedAt(isoNow()) {
    if (!resumeAt && holdsRun(m_dir))
        throw std::runtime_error(m_dir + " already holds a run; refusing to write a new run over it");
    if (const int err = fileops::makeFolders(m_dir)) throw FileWriteError(m_dir, err);
    lockFolder(resumeAt != nullptr);
    try {
        prepareFiles(resumeAt);
    } catch (...) {
        ::close(m_lockFd);  // no destructor runs for a constructor that throws: let go of the folder here
        m_lockFd = -1;
        throw;
    }
}

/// Trims a resumed run's logs to its checkpoint, writes run.json and status.json, opens the logs.
void RunWriter::prepareFiles(const CheckpointInfo* resumeAt) {
    if (resumeAt) {
        std::vector<std::string> ignored;
        const std::string started = readJsonFile(fs::path(m_dir) / "run.json", ignored)["started_at"].string();
        if (!started.empty()) m_startedAt = started;
        keepRowsUpTo((fs::path(m_dir) / "metrics.csv").string(), *resumeAt, headerLine());
        keepJsonLinesUpTo((fs::path(m_dir) / "epochs.jsonl").string(), "epoch", resumeAt->epoch);
        keepJsonLinesUpTo((fs::path(m_dir) / samplesFileName()).string(), "step", resumeAt->step);
        keepPredictionsUpTo((fs::path(m_dir) / valPredictionsFileName()).string(), resumeAt->epoch);
        keepLayerRowsUpTo((fs::path(m_dir) / layersCsvName()).string(), resumeAt->step);
        keepJsonLinesUpTo((fs::path(m_dir) / alertsFileName()).string(), "step", resumeAt->step);
        std::remove((fs::path(m_dir) / "summary.json").string().c_str());  // the run is not finished any more
    }
    writeRunJson();
    writeStatus("running", "", 0.0);
    openLogs(resumeAt);
}

/// The lock lives as long as this process holds it: after a crash or kill -9 it is free again, which is how a
/// reader tells an interrupted run from one still training, and how a resumed run takes over a stale lock.
void RunWriter::lockFolder(bool resuming) {
    const std::string lockPath = (fs::path(m_dir) / ".lock").string();
    int err = 0;
    m_lockFd = fileops::open(lockPath, O_RDWR | O_CREAT, err);
    if (m_lockFd < 0) throw FileWriteError(lockPath, err);
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        ::close(m_lockFd);
        m_lockFd = -1;
        throw std::runtime_error("cannot lock the run folder " + m_dir + " (is another TrainScope writing to it?)");
    }
    if (!resuming) return;
    std::vector<std::string> ignored;
    const Json status = readJsonFile(fs::path(m_dir) / "status.json", ignored);
    if (status["status"].string() != "running") return;
    const Json run = readJsonFile(fs::path(m_dir) / "run.json", ignored);
    const int64_t pid = run["pid"].isNumber() ? run["pid"].integer() : 0;
    m_takeoverNote = "the run's previous process" + (pid > 0 ? " (pid " + std::to_string(pid) + ")" : std::string()) +
                     " ended without closing it (killed or crashed); its stale lock is taken over";
}

void RunWriter::openLogs(const CheckpointInfo* resumeAt) {
    const auto mode = resumeAt ? AppendFile::Mode::Append : AppendFile::Mode::Truncate;
    m_metrics.open((fs::path(m_dir) / "metrics.csv").string(), mode);
    if (!resumeAt) m_metrics.append(std::string(headerLine()) + '\n');
    m_epochs.open((fs::path(m_dir) / "epochs.jsonl").string(), mode);
    if (m_cfg.health.enabled) {
        const std::string layers = (fs::path(m_dir) / layersCsvName()).string();
        const bool fresh = !resumeAt || !fs::exists(layers);
        m_layers.open(layers, fresh ? AppendFile::Mode::Truncate : mode);
        if (fresh) m_layers.append(layersCsvHeader());
        m_alerts.open((fs::path(m_dir) / alertsFileName()).string(), mode);
    }
    if (m_cfg.isLanguageModel()) {  // samples instead of predictions
        m_samples.open((fs::path(m_dir) / samplesFileName()).string(), mode);
        m_metrics.flush();
        return;
    }
    const std::string predictionsPath = (fs::path(m_dir) / valPredictionsFileName()).string();
    const bool fresh = !resumeAt || !fs::exists(predictionsPath);
    m_valPredictions.open(predictionsPath, fresh ? AppendFile::Mode::Truncate : mode);
    if (fresh) m_valPredictions.append("epoch,index,true,predicted,confidence\n");
    m_metrics.flush();
    m_valPredictions.flush();
}

RunWriter::~RunWriter() {
    if (m_lockFd >= 0) ::close(m_lockFd);  // closing releases the flock
}

void RunWriter::keepError(const std::exception& e) {
    if (m_error.empty()) m_error = e.what();
}

void RunWriter::writeRunJson() {
    Json j;
    j.set("format_version", 1);
    j.set("trainscope_version", TRAINSCOPE_VERSION);
    j.set("started_at", m_startedAt);
    j.set("config", toJson(m_cfg));
    j.set("dataset", toJson(m_data));
    j.set("device", m_device);
    j.set("threads", m_threads);
    j.set("pid", int64_t(::getpid()));
    writeFileAtomically((fs::path(m_dir) / "run.json").string(), j.dump(2) + "\n");
}

void RunWriter::writeStatus(const std::string& status, const std::string& message, double totalSeconds) {
    Json j;
    j.set("status", status);
    j.set("message", message);
    j.set("updated_at", isoNow());
    j.set("total_seconds", totalSeconds);
    writeFileAtomically((fs::path(m_dir) / "status.json").string(), j.dump(2) + "\n");
}

void RunWriter::onStart(const std::string& device, int threads, int64_t) {
    m_device = device;
    m_threads = threads;
    writeRunJson();
}

void RunWriter::onBatch(const BatchMetrics& m) {
    if (m_cfg.isLanguageModel()) {
        m_metrics.append("batch," + std::to_string(m.epoch) + ',' + std::to_string(m.step) + ',' +
                         formatCsvNumber(m.elapsedSec) + ',' + formatCsvNumber(m.loss) + ',' + formatCsvNumber(m.lr) +
                         ',' + formatCsvNumber(m.samplesPerSec) + ',' + optionalCsvNumber(m.gradNorm) +
                         ",,,,,,,,,,\n");
        return;
    }
    m_metrics.append("batch," + std::to_string(m.epoch) + ',' + std::to_string(m.step) + ',' +
                     formatCsvNumber(m.elapsedSec) + ',' + formatCsvNumber(m.loss) + ',' + formatCsvNumber(m.lr) +
                     ',' + formatCsvNumber(m.samplesPerSec) + ",,,,,,," + optionalCsvNumber(m.gradNorm) + ",,,,,\n");
}

void RunWriter::onHealth(const HealthSample& h) {
    if (m_layers.isOpen()) m_layers.append(layersCsvRows(h));
}

void RunWriter::onAlert(const Alert& a) {
    if (!m_alerts.isOpen()) return;
    m_alerts.append(alertJsonLine(a));
    m_alerts.flush();
}

/// A language model's evaluation: its metrics.csv row, its epochs.jsonl line and its samples, all on disk.
void RunWriter::writeEvaluation(const EpochMetrics& m) {
    m_metrics.append("eval," + std::to_string(m.epoch) + ',' + std::to_string(m.step) + ',' +
                     formatCsvNumber(m.elapsedSec) + ",," + formatCsvNumber(m.lr) + ',' +
                     formatCsvNumber(m.samplesPerSec) + ",," + formatCsvNumber(m.trainLoss) + ',' +
                     formatCsvNumber(m.val.loss) + ',' + formatCsvNumber(m.lm.valPerplexity) + ',' +
                     formatCsvNumber(m.lm.valBitsPerByte) + ',' + formatCsvNumber(m.evalSeconds) + ',' +
                     systemColumns(m.system) + '\n');
    m_metrics.flush();
    std::string lines;
    for (const TextSample& sample : m.lm.samples) lines += toJson(sample).dump() + '\n';
    m_samples.append(lines);
    m_samples.flush();
    m_epochs.append(toJson(m).dump() + '\n');  // last: an evaluation in epochs.jsonl has its samples on disk
    m_epochs.flush();
    writeStatus("running", "", m.elapsedSec);
}

void RunWriter::onEpoch(const EpochMetrics& m) {
    if (m_cfg.isLanguageModel()) {
        writeEvaluation(m);
        return;
    }
    m_metrics.append("epoch," + std::to_string(m.epoch) + ',' + std::to_string(m.step) + ',' +
                     formatCsvNumber(m.elapsedSec) + ",," + formatCsvNumber(m.lr) + ',' +
                     formatCsvNumber(m.samplesPerSec) + ',' + formatCsvNumber(m.trainLoss) + ',' +
                     formatCsvNumber(m.trainAccuracy) + ',' + formatCsvNumber(m.val.loss) + ',' +
                     formatCsvNumber(m.val.accuracy) + ',' + formatCsvNumber(m.val.macro.f1) + ',' +
                     formatCsvNumber(m.seconds) + ",," + systemColumns(m.system) + '\n');
    m_metrics.flush();  // an epoch is never lost to a crash
    if (m_layers.isOpen()) m_layers.flush();
    m_epochs.append(toJson(m).dump() + '\n');
    m_epochs.flush();
    std::string rows;
    rows.reserve(m.valPredictions.size() * 28);
    const std::string epoch = std::to_string(m.epoch) + ',';
    for (const Prediction& p : m.valPredictions)
        rows += epoch + std::to_string(p.index) + ',' + std::to_string(p.trueClass) + ',' + std::to_string(p.predicted) +
                ',' + formatCsvNumber(p.confidence) + '\n';
    m_valPredictions.append(rows);
    m_valPredictions.flush();
    writeStatus("running", "", m.elapsedSec);
}

void RunWriter::writePredictions(const RunSummary& s) {
    std::string csv = "index,true,predicted,confidence\n";
    csv.reserve(s.testPredictions.size() * 24);
    for (const Prediction& p : s.testPredictions)
        csv += std::to_string(p.index) + ',' + std::to_string(p.trueClass) + ',' + std::to_string(p.predicted) + ',' +
               formatCsvNumber(p.confidence) + '\n';
    writeFileAtomically((fs::path(m_dir) / "predictions.csv").string(), csv);
}

void RunWriter::onProcesses(const std::vector<ProcessFigures>& processes) {
    try {
        Json j;
        j.set("updated_at", isoNow());
        j.set("processes", processesJson(processes));
        writeFileAtomically((fs::path(m_dir) / "processes.json").string(), j.dump(2) + "\n");
    } catch (const std::exception& e) {
        keepError(e);
    }
}

void RunWriter::onFinished(const RunSummary& s) {
    for (AppendFile* log : {&m_metrics, &m_epochs, &m_valPredictions, &m_samples, &m_layers, &m_alerts}) {
        try {
            log->close();
        } catch (const std::exception& e) {
            keepError(e);
        }
    }
    try {
        if (!m_cfg.isLanguageModel()) writePredictions(s);
        writeFileAtomically((fs::path(m_dir) / "summary.json").string(), summaryJson(m_cfg, m_data, s));
        writeStatus(runStatusName(s.status), s.message, s.totalSeconds);
    } catch (const std::exception& e) {
        keepError(e);
        // Without its final status the run would read as still running (or, once the lock is free,
        // as interrupted): one more try at the status alone, which is small.
        try {
            writeStatus(runStatusName(s.status == RunStatus::Finished ? RunStatus::Failed : s.status),
                        s.status == RunStatus::Finished ? m_error : s.message, s.totalSeconds);
        } catch (const std::exception&) {
            // the disk is still full: the run reads as interrupted, which is resumable too
        }
    }
}

}  // namespace ts
