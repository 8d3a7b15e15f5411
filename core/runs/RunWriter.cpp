#include "core/runs/RunWriter.h"

#include "core/common/Numbers.h"
#include "core/runs/RunStore.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <ctime>
#include <filesystem>
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

/// Rewrites metrics.csv keeping the header, batch rows up to the checkpoint's step and epoch rows up to its epoch.
void keepRowsUpTo(const std::string& path, const CheckpointInfo& at) {
    std::ifstream in(path);
    std::string out, line;
    if (std::getline(in, line)) out += line + '\n';
    else out = std::string(RunWriter::metricsHeader()) + '\n';
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

/// Rewrites epochs.jsonl keeping the complete lines of epochs up to `epoch`.
void keepEpochsUpTo(const std::string& path, int epoch) {
    std::ifstream in(path);
    std::string out, line;
    while (std::getline(in, line)) {
        try {
            if (Json::parse(line)["epoch"].integer() <= epoch) out += line + '\n';
        } catch (const std::exception&) {
            // a torn line from the interrupted process
        }
    }
    writeFileAtomically(path, out);
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

std::string defaultRunsRoot() {
    std::string base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home) base = std::string(home) + "/.local/share";
    else base = ".";
    return base + "/trainscope/runs";
}

std::string newRunDir(const std::string& root, const std::string& preset) {
    const std::time_t now = std::time(nullptr);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&now));
    const std::string base = root + "/" + stamp + "-" + preset;
    std::string dir = base;
    for (int i = 2; fs::exists(dir); ++i) dir = base + "-" + std::to_string(i);
    return dir;
}

DatasetInfo describeDataset(const Dataset& ds, double valFraction) {
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
    info.contentHash = ds.contentHash;
    info.loadOptions = ds.loadOptions;
    return info;
}

std::string summaryJson(const TrainConfig& cfg, const DatasetInfo& data, const RunSummary& s) {
    Json j;
    j.set("trainscope_version", TRAINSCOPE_VERSION);
    j.set("status", runStatusName(s.status));
    j.set("message", s.message);
    j.set("device", s.device);
    j.set("threads", s.threads);
    j.set("total_seconds", s.totalSeconds);
    j.set("config", toJson(cfg));
    j.set("dataset", toJson(data));
    Json epochs = Json(Json::Array{});
    for (const EpochMetrics& e : s.epochs) epochs.push(epochSummaryJson(e));
    j.set("epochs", epochs);
    j.set("test", s.hasTest ? toJson(s.test) : Json());
    return j.dump(2) + "\n";
}

const char* RunWriter::metricsHeader() {
    return "kind,epoch,step,elapsed_s,loss,lr,samples_per_sec,train_loss,train_accuracy,val_loss,val_accuracy,"
           "val_macro_f1,epoch_seconds";
}

RunWriter::RunWriter(const std::string& dir, const TrainConfig& cfg, const DatasetInfo& data,
                     const CheckpointInfo* resumeAt)
    : m_dir(dir), m_cfg(cfg), m_data(data), m_startedAt(isoNow()) {
    std::error_code ec;
    fs::create_directories(m_dir, ec);
    if (ec) throw std::runtime_error("cannot create the run folder " + m_dir + ": " + ec.message());
    // The lock lives as long as this process holds it: after a crash or kill -9 it is free again,
    // which is how a reader tells an interrupted run from one still training.
    const std::string lockPath = (fs::path(m_dir) / ".lock").string();
    m_lockFd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_lockFd < 0 || ::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0)
        throw std::runtime_error("cannot lock the run folder " + m_dir + " (is another TrainScope writing to it?)");
    const std::string path = (fs::path(m_dir) / "metrics.csv").string();
    const std::string epochsPath = (fs::path(m_dir) / "epochs.jsonl").string();
    if (resumeAt) {
        std::vector<std::string> ignored;
        const std::string started = readJsonFile(fs::path(m_dir) / "run.json", ignored)["started_at"].string();
        if (!started.empty()) m_startedAt = started;
        keepRowsUpTo(path, *resumeAt);
        keepEpochsUpTo(epochsPath, resumeAt->epoch);
        keepPredictionsUpTo((fs::path(m_dir) / valPredictionsFileName()).string(), resumeAt->epoch);
        std::remove((fs::path(m_dir) / "summary.json").string().c_str());  // the run is not finished any more
    }
    writeRunJson();
    writeStatus("running", "", 0.0);
    const auto mode = resumeAt ? std::ios::out | std::ios::app : std::ios::out | std::ios::trunc;
    m_metrics.open(path, mode);
    if (!m_metrics) throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
    if (!resumeAt) m_metrics << metricsHeader() << '\n';
    m_epochs.open(epochsPath, mode);
    if (!m_epochs) throw std::runtime_error("cannot write " + epochsPath + ": " + std::strerror(errno));
    const std::string predictionsPath = (fs::path(m_dir) / valPredictionsFileName()).string();
    const bool fresh = !resumeAt || !fs::exists(predictionsPath);
    m_valPredictions.open(predictionsPath, fresh ? std::ios::out | std::ios::trunc : mode);
    if (!m_valPredictions) throw std::runtime_error("cannot write " + predictionsPath + ": " + std::strerror(errno));
    if (fresh) m_valPredictions << "epoch,index,true,predicted,confidence\n";
}

RunWriter::~RunWriter() {
    if (m_lockFd >= 0) ::close(m_lockFd);  // closing releases the flock
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
    try {
        writeRunJson();
    } catch (const std::exception& e) {
        m_error = e.what();
    }
}

void RunWriter::onBatch(const BatchMetrics& m) {
    m_metrics << "batch," << m.epoch << ',' << m.step << ',' << formatCsvNumber(m.elapsedSec) << ',' << formatCsvNumber(m.loss) << ','
             << formatCsvNumber(m.lr) << ',' << formatCsvNumber(m.samplesPerSec) << ",,,,,,\n";
}

void RunWriter::onEpoch(const EpochMetrics& m) {
    m_metrics << "epoch," << m.epoch << ',' << m.step << ',' << formatCsvNumber(m.elapsedSec) << ",," << formatCsvNumber(m.lr) << ','
             << formatCsvNumber(m.samplesPerSec) << ',' << formatCsvNumber(m.trainLoss) << ',' << formatCsvNumber(m.trainAccuracy) << ','
             << formatCsvNumber(m.val.loss) << ',' << formatCsvNumber(m.val.accuracy) << ',' << formatCsvNumber(m.val.macro.f1) << ','
             << formatCsvNumber(m.seconds) << '\n';
    m_metrics.flush();  // an epoch is never lost to a crash
    m_epochs << toJson(m).dump() << '\n';
    m_epochs.flush();
    std::string rows;
    rows.reserve(m.valPredictions.size() * 28);
    const std::string epoch = std::to_string(m.epoch) + ',';
    for (const Prediction& p : m.valPredictions)
        rows += epoch + std::to_string(p.index) + ',' + std::to_string(p.trueClass) + ',' + std::to_string(p.predicted) +
                ',' + formatCsvNumber(p.confidence) + '\n';
    m_valPredictions << rows;
    m_valPredictions.flush();
    if (!m_metrics || !m_epochs || !m_valPredictions)
        m_error = "cannot append to the run folder " + m_dir + " (is the disk full?)";
    try {
        writeStatus("running", "", m.elapsedSec);
    } catch (const std::exception& e) {
        m_error = e.what();
    }
}

void RunWriter::onFinished(const RunSummary& s) {
    m_metrics.flush();
    m_epochs.flush();
    if (!m_metrics || !m_epochs) m_error = "cannot write to the run folder " + m_dir + " (is the disk full?)";
    m_metrics.close();
    m_epochs.close();
    m_valPredictions.close();
    try {
        std::string csv = "index,true,predicted,confidence\n";
        csv.reserve(s.testPredictions.size() * 24);
        for (const Prediction& p : s.testPredictions)
            csv += std::to_string(p.index) + ',' + std::to_string(p.trueClass) + ',' + std::to_string(p.predicted) +
                   ',' + formatCsvNumber(p.confidence) + '\n';
        writeFileAtomically((fs::path(m_dir) / "predictions.csv").string(), csv);
        writeFileAtomically((fs::path(m_dir) / "summary.json").string(), summaryJson(m_cfg, m_data, s));
        writeStatus(runStatusName(s.status), s.message, s.totalSeconds);
    } catch (const std::exception& e) {
        m_error = e.what();
    }
}

}  // namespace ts
