// trainscope-cli: the same training as the GUI, headless. Links core only (no Qt).
#include "core/Dataset.h"
#include "core/RunWriter.h"
#include "core/Trainer.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <unistd.h>

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr double kProgressIntervalSec = 0.5;  // live progress line refresh on a terminal

ts::RunControl* gControl = nullptr;

void onSignal(int) {
    if (gControl) gControl->stop.store(true);  // finish the batch, write the run, exit
}

const char* kUsage =
    "Usage:\n"
    "  trainscope-cli train --data PATH [options]\n"
    "  trainscope-cli --help | --version\n"
    "\n"
    "Options for train:\n"
    "  --data PATH             folder with the four IDX files (raw or .gz), e.g. /usr/share/datasets/fashion-mnist\n"
    "  --preset NAME           seed | mlp | cnn (default mlp)\n"
    "  --epochs N              number of epochs\n"
    "  --batch-size N          samples per batch\n"
    "  --lr X                  learning rate\n"
    "  --optimizer NAME        sgd | adam | adamw\n"
    "  --momentum X            SGD momentum\n"
    "  --weight-decay X        weight decay\n"
    "  --schedule NAME         constant | step | cosine\n"
    "  --val-fraction X        share of the training set held out for validation (0 = none)\n"
    "  --device NAME           auto | cpu | cuda (default auto)\n"
    "  --threads N             intra-op threads (0 = automatic)\n"
    "  --seed N                random seed (same seed on the CPU = same numbers)\n"
    "  --out DIR               run folder for metrics.csv, summary.json, predictions.csv\n"
    "                          (default: $XDG_DATA_HOME/trainscope/runs/<time>-<preset>)\n"
    "  --quiet                 only print the final summary\n";

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

double parseDouble(const std::string& opt, const std::string& v) {
    try {
        size_t used = 0;
        const double d = std::stod(v, &used);
        if (used == v.size()) return d;
    } catch (const std::exception&) {
    }
    throw UsageError("invalid number for " + opt + ": '" + v + "'");
}

long long parseInt(const std::string& opt, const std::string& v) {
    try {
        size_t used = 0;
        const long long i = std::stoll(v, &used);
        if (used == v.size()) return i;
    } catch (const std::exception&) {
    }
    throw UsageError("invalid integer for " + opt + ": '" + v + "'");
}

std::string formatDuration(double s) {
    char buf[32];
    if (s < 60) std::snprintf(buf, sizeof buf, "%.1f s", s);
    else if (s < 3600) std::snprintf(buf, sizeof buf, "%dm%02ds", int(s) / 60, int(s) % 60);
    else std::snprintf(buf, sizeof buf, "%dh%02dm", int(s) / 3600, (int(s) % 3600) / 60);
    return buf;
}

/// Prints one line per epoch (and a live progress line on a terminal) and records the run folder.
class ConsoleObserver : public ts::TrainObserver {
public:
    ConsoleObserver(ts::RunWriter& writer, int epochs, bool quiet)
        : writer_(writer), epochs_(epochs), quiet_(quiet), tty_(::isatty(STDERR_FILENO) != 0) {}

    void onStart(const std::string& device, int threads, int64_t batchesPerEpoch) override {
        batchesPerEpoch_ = batchesPerEpoch;
        if (!quiet_)
            std::printf("training on %s with %d thread%s, %lld batches per epoch\n", device.c_str(), threads,
                        threads == 1 ? "" : "s", static_cast<long long>(batchesPerEpoch));
        std::fflush(stdout);
    }
    void onBatch(const ts::BatchMetrics& m) override {
        writer_.onBatch(m);
        if (quiet_ || !tty_ || m.elapsedSec - lastProgress_ < kProgressIntervalSec) return;
        lastProgress_ = m.elapsedSec;
        std::fprintf(stderr, "\r  epoch %d/%d  batch %d/%d  loss %.4f  %.0f samples/s   ", m.epoch, epochs_, m.batch,
                     m.batchesPerEpoch, m.loss, m.samplesPerSec);
    }
    void onEpoch(const ts::EpochMetrics& m) override {
        writer_.onEpoch(m);
        epochSeconds_ += m.seconds + m.evalSeconds;
        if (quiet_) return;
        if (tty_) std::fprintf(stderr, "\r%70s\r", "");
        const double eta = epochSeconds_ / m.epoch * (epochs_ - m.epoch);
        std::printf("epoch %d/%d  train loss %.4f acc %.2f%%  %s loss %.4f acc %.2f%%  %.2f s  %.0f samples/s  ETA %s\n",
                    m.epoch, epochs_, m.trainLoss, 100.0 * m.trainAccuracy, m.valSetName.empty() ? "val" : m.valSetName.c_str(),
                    m.val.loss, 100.0 * m.val.accuracy, m.seconds, m.samplesPerSec, formatDuration(eta).c_str());
        std::fflush(stdout);
    }
    void onMessage(const std::string& text) override { std::fprintf(stderr, "note: %s\n", text.c_str()); }
    void onFinished(const ts::RunSummary& s) override {
        if (tty_ && !quiet_) std::fprintf(stderr, "\r%70s\r", "");
        writer_.onFinished(s);
    }

private:
    ts::RunWriter& writer_;
    int epochs_;
    bool quiet_;
    bool tty_;
    int64_t batchesPerEpoch_ = 0;
    double lastProgress_ = -1.0;
    double epochSeconds_ = 0.0;
};

int runTrain(int argc, char** argv) {
    std::map<std::string, std::string> opts;
    bool quiet = false;
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--quiet") { quiet = true; continue; }
        if (a == "--help" || a == "-h") { std::fputs(kUsage, stdout); return 0; }
        if (a.rfind("--", 0) != 0) throw UsageError("unexpected argument '" + a + "'");
        if (i + 1 >= argc) throw UsageError("missing value for " + a);
        opts[a] = argv[++i];
    }
    auto has = [&](const char* k) { return opts.count(k) > 0; };
    if (!has("--data")) throw UsageError("--data PATH is required");

    ts::TrainConfig cfg;
    try {
        cfg = ts::presetConfig(has("--preset") ? opts["--preset"] : "mlp");
    } catch (const std::exception& e) {
        throw UsageError(e.what());
    }
    const std::map<std::string, std::function<void(const std::string&, const std::string&)>> setters = {
        {"--epochs", [&](auto& k, auto& v) { cfg.epochs = int(parseInt(k, v)); }},
        {"--batch-size", [&](auto& k, auto& v) { cfg.batchSize = int(parseInt(k, v)); }},
        {"--lr", [&](auto& k, auto& v) { cfg.lr = parseDouble(k, v); }},
        {"--momentum", [&](auto& k, auto& v) { cfg.momentum = parseDouble(k, v); }},
        {"--weight-decay", [&](auto& k, auto& v) { cfg.weightDecay = parseDouble(k, v); }},
        {"--val-fraction", [&](auto& k, auto& v) { cfg.valFraction = parseDouble(k, v); }},
        {"--threads", [&](auto& k, auto& v) { cfg.threads = int(parseInt(k, v)); }},
        {"--seed", [&](auto& k, auto& v) { cfg.seed = uint64_t(parseInt(k, v)); }},
        {"--optimizer", [&](auto&, auto& v) { cfg.optimizer = v; }},
        {"--schedule", [&](auto&, auto& v) { cfg.schedule = v; }},
        {"--device", [&](auto&, auto& v) { cfg.device = v; }},
        {"--preset", [&](auto&, auto&) {}},
        {"--data", [&](auto&, auto&) {}},
        {"--out", [&](auto&, auto&) {}},
    };
    for (const auto& [k, v] : opts) {
        auto it = setters.find(k);
        if (it == setters.end()) throw UsageError("unknown option " + k);
        it->second(k, v);
    }
    if (const std::string bad = ts::validateConfig(cfg); !bad.empty()) throw UsageError(bad);

    const auto t0 = std::chrono::steady_clock::now();
    ts::Dataset data = ts::loadIdxFolder(opts["--data"]);
    const double loadSec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const ts::DatasetInfo info = ts::describeDataset(data, cfg.valFraction);
    if (!quiet)
        std::printf("%s (%s): %lld train, %lld validation, %lld test, %dx%lldx%lld, %d classes, loaded in %.2f s\n",
                    data.name.c_str(), data.format.c_str(), static_cast<long long>(info.trainCount),
                    static_cast<long long>(cfg.evalOnTestEachEpoch ? 0 : info.valCount),
                    static_cast<long long>(info.testCount), int(info.channels), static_cast<long long>(info.height),
                    static_cast<long long>(info.width), data.classCount(), loadSec);

    const std::string outDir = has("--out") ? opts["--out"] : ts::newRunDir(ts::defaultRunsRoot(), cfg.preset);
    ts::RunWriter writer(outDir, cfg, info);
    ConsoleObserver console(writer, cfg.epochs, quiet);
    ts::RunControl control;
    gControl = &control;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    const ts::RunSummary s = ts::train(cfg, data, console, control);
    gControl = nullptr;

    if (s.hasTest)
        std::printf("test accuracy %.2f%%  loss %.4f  macro F1 %.4f  weighted F1 %.4f  (%s total)\n",
                    100.0 * s.test.accuracy, s.test.loss, s.test.macro.f1, s.test.weighted.f1,
                    formatDuration(s.totalSeconds).c_str());
    std::printf("run written to %s\n", outDir.c_str());
    if (!writer.error().empty()) {
        std::fprintf(stderr, "trainscope-cli: %s\n", writer.error().c_str());
        return kExitFailure;
    }
    if (s.status == ts::RunStatus::Failed || s.status == ts::RunStatus::Diverged) {
        std::fprintf(stderr, "trainscope-cli: %s\n", s.message.c_str());
        return kExitFailure;
    }
    if (s.status == ts::RunStatus::Stopped) std::fprintf(stderr, "trainscope-cli: %s\n", s.message.c_str());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string cmd = argc > 1 ? argv[1] : "";
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (cmd == "--version") {
        std::printf("trainscope-cli %s (LibTorch %s)\n", TRAINSCOPE_VERSION, ts::torchVersion().c_str());
        return 0;
    }
    try {
        if (cmd == "train") return runTrain(argc, argv);
        throw UsageError(cmd.empty() ? "missing command" : "unknown command '" + cmd + "'");
    } catch (const UsageError& e) {
        std::fprintf(stderr, "trainscope-cli: %s (see trainscope-cli --help)\n", e.what());
        return kExitUsage;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "trainscope-cli: %s\n", e.what());
        return kExitFailure;
    }
}
