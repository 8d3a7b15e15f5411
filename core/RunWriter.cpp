#include "core/RunWriter.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <sstream>
#include <unistd.h>

namespace ts {

namespace fs = std::filesystem;

namespace {

/// A JSON number; non-finite values become null.
std::string num(double v) {
    if (!std::isfinite(v)) return "null";
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

std::string str(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += char(c);
            }
        }
    }
    return out + "\"";
}

std::string boolean(bool b) { return b ? "true" : "false"; }

template <typename T, typename F>
std::string array(const std::vector<T>& v, F item) {
    std::string out = "[";
    for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + item(v[i]);
    return out + "]";
}

std::string classMetricsJson(const ClassMetrics& m) {
    return "{\"precision\": " + num(m.precision) + ", \"recall\": " + num(m.recall) + ", \"f1\": " + num(m.f1) +
           ", \"support\": " + std::to_string(m.support) +
           ", \"precision_undefined\": " + boolean(m.precisionUndefined) +
           ", \"recall_undefined\": " + boolean(m.recallUndefined) + "}";
}

std::string confusionJson(const ConfusionMatrix& cm) {
    std::string out = "[";
    for (int t = 0; t < cm.classCount(); ++t) {
        out += t ? ",\n      [" : "\n      [";
        for (int p = 0; p < cm.classCount(); ++p) out += (p ? ", " : "") + std::to_string(cm.at(t, p));
        out += "]";
    }
    return out + "]";
}

std::string evalJson(const EvalMetrics& m) {
    std::string perClass = "[";
    for (size_t i = 0; i < m.perClass.size(); ++i) {
        perClass += (i ? ",\n      " : "\n      ");
        perClass += "{\"class\": " + str(m.confusion.classNames[i]) + ", " + classMetricsJson(m.perClass[i]).substr(1);
    }
    perClass += "]";
    return "{\n    \"accuracy\": " + num(m.accuracy) + ",\n    \"loss\": " + num(m.loss) +
           ",\n    \"macro_precision\": " + num(m.macro.precision) + ",\n    \"macro_recall\": " + num(m.macro.recall) +
           ",\n    \"macro_f1\": " + num(m.macro.f1) + ",\n    \"weighted_precision\": " + num(m.weighted.precision) +
           ",\n    \"weighted_recall\": " + num(m.weighted.recall) + ",\n    \"weighted_f1\": " + num(m.weighted.f1) +
           ",\n    \"class_names\": " + array(m.confusion.classNames, str) +
           ",\n    \"per_class\": " + perClass + ",\n    \"confusion_matrix\": " + confusionJson(m.confusion) + "\n  }";
}

std::string configJson(const TrainConfig& c) {
    return "{\"preset\": " + str(c.preset) + ", \"optimizer\": " + str(c.optimizer) + ", \"lr\": " + num(c.lr) +
           ", \"momentum\": " + num(c.momentum) + ", \"weight_decay\": " + num(c.weightDecay) +
           ", \"schedule\": " + str(c.schedule) + ", \"epochs\": " + std::to_string(c.epochs) +
           ", \"batch_size\": " + std::to_string(c.batchSize) + ", \"seed\": " + std::to_string(c.seed) +
           ", \"device\": " + str(c.device) + ", \"threads\": " + std::to_string(c.threads) +
           ", \"val_fraction\": " + num(c.valFraction) + ", \"shuffle\": " + boolean(c.shuffle) +
           ", \"normalize\": " + boolean(c.normalize) + "}";
}

std::string datasetJson(const DatasetInfo& d) {
    return "{\"name\": " + str(d.name) + ", \"path\": " + str(d.path) + ", \"format\": " + str(d.format) +
           ", \"train\": " + std::to_string(d.trainCount) + ", \"validation\": " + std::to_string(d.valCount) +
           ", \"test\": " + std::to_string(d.testCount) + ", \"shape\": [" + std::to_string(d.channels) + ", " +
           std::to_string(d.height) + ", " + std::to_string(d.width) + "]" +
           ", \"class_names\": " + array(d.classNames, str) + "}";
}

std::string epochJson(const EpochMetrics& e) {
    return "{\"epoch\": " + std::to_string(e.epoch) + ", \"step\": " + std::to_string(e.step) +
           ", \"train_loss\": " + num(e.trainLoss) + ", \"train_accuracy\": " + num(e.trainAccuracy) +
           ", \"val_loss\": " + num(e.val.loss) + ", \"val_accuracy\": " + num(e.val.accuracy) +
           ", \"val_macro_f1\": " + num(e.val.macro.f1) + ", \"val_set\": " + str(e.valSetName) +
           ", \"lr\": " + num(e.lr) + ", \"seconds\": " + num(e.seconds) + ", \"eval_seconds\": " + num(e.evalSeconds) +
           ", \"samples_per_sec\": " + num(e.samplesPerSec) + "}";
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
    return info;
}

std::string summaryJson(const TrainConfig& cfg, const DatasetInfo& data, const RunSummary& s) {
    std::string out = "{\n  \"trainscope_version\": " + str(TRAINSCOPE_VERSION) +
                      ",\n  \"status\": " + str(runStatusName(s.status)) + ",\n  \"message\": " + str(s.message) +
                      ",\n  \"device\": " + str(s.device) + ",\n  \"threads\": " + std::to_string(s.threads) +
                      ",\n  \"total_seconds\": " + num(s.totalSeconds) + ",\n  \"config\": " + configJson(cfg) +
                      ",\n  \"dataset\": " + datasetJson(data) + ",\n  \"epochs\": [";
    for (size_t i = 0; i < s.epochs.size(); ++i) out += (i ? ",\n    " : "\n    ") + epochJson(s.epochs[i]);
    out += "\n  ],\n  \"test\": " + (s.hasTest ? evalJson(s.test) : std::string("null")) + "\n}\n";
    return out;
}

void writeFileAtomically(const std::string& path, const std::string& content) {
    const std::string tmp = path + ".tmp";
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
    const size_t written = std::fwrite(content.data(), 1, content.size(), f);
    const bool ok = written == content.size() && std::fflush(f) == 0 && ::fsync(fileno(f)) == 0;
    const int err = errno;
    std::fclose(f);
    if (!ok) {
        std::remove(tmp.c_str());
        throw std::runtime_error("cannot write " + path + ": " + std::strerror(err) + " (is the disk full?)");
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const int renameErr = errno;
        std::remove(tmp.c_str());
        throw std::runtime_error("cannot write " + path + ": " + std::strerror(renameErr));
    }
}

const char* RunWriter::metricsHeader() {
    return "kind,epoch,step,elapsed_s,loss,lr,samples_per_sec,train_loss,train_accuracy,val_loss,val_accuracy,"
           "val_macro_f1,epoch_seconds";
}

RunWriter::RunWriter(const std::string& dir, const TrainConfig& cfg, const DatasetInfo& data)
    : dir_(dir), cfg_(cfg), data_(data) {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec) throw std::runtime_error("cannot create the run folder " + dir_ + ": " + ec.message());
    const std::string path = (fs::path(dir_) / "metrics.csv").string();
    metrics_.open(path, std::ios::out | std::ios::trunc);
    if (!metrics_) throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
    metrics_ << metricsHeader() << '\n';
}

void RunWriter::onBatch(const BatchMetrics& m) {
    metrics_ << "batch," << m.epoch << ',' << m.step << ',' << num(m.elapsedSec) << ',' << num(m.loss) << ','
             << num(m.lr) << ',' << num(m.samplesPerSec) << ",,,,,,\n";
}

void RunWriter::onEpoch(const EpochMetrics& m) {
    metrics_ << "epoch," << m.epoch << ',' << m.step << ',' << num(m.elapsedSec) << ",," << num(m.lr) << ','
             << num(m.samplesPerSec) << ',' << num(m.trainLoss) << ',' << num(m.trainAccuracy) << ','
             << num(m.val.loss) << ',' << num(m.val.accuracy) << ',' << num(m.val.macro.f1) << ','
             << num(m.seconds) << '\n';
    metrics_.flush();  // an epoch is never lost to a crash
    if (!metrics_) error_ = "cannot append to " + dir_ + "/metrics.csv (is the disk full?)";
}

void RunWriter::onFinished(const RunSummary& s) {
    metrics_.flush();
    if (!metrics_) error_ = "cannot write " + dir_ + "/metrics.csv (is the disk full?)";
    metrics_.close();
    try {
        writeFileAtomically((fs::path(dir_) / "summary.json").string(), summaryJson(cfg_, data_, s));
        std::string csv = "index,true,predicted,confidence\n";
        csv.reserve(s.testPredictions.size() * 24);
        for (const Prediction& p : s.testPredictions)
            csv += std::to_string(p.index) + ',' + std::to_string(p.trueClass) + ',' + std::to_string(p.predicted) +
                   ',' + num(p.confidence) + '\n';
        writeFileAtomically((fs::path(dir_) / "predictions.csv").string(), csv);
    } catch (const std::exception& e) {
        error_ = e.what();
    }
}

}  // namespace ts
