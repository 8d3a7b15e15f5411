// trainscope-cli: the same training as the GUI, headless. Links core only (no Qt).
#include "core/data/Dataset.h"
#include "core/data/DatasetLoader.h"
#include "core/eval/EvaluationIO.h"
#include "core/eval/Evaluator.h"
#include "core/runs/RunStore.h"
#include "core/runs/RunWriter.h"
#include "core/train/Trainer.h"
#include "app/cli/ReportCommand.h"
#include "core/train/FanOutObserver.h"
#include "core/runs/TensorBoardWriter.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
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
    "  trainscope-cli train --resume RUN_DIR [--threads N]\n"
    "  trainscope-cli runs [--runs-dir DIR]\n"
    "  trainscope-cli show RUN_DIR\n"
    "  trainscope-cli report RUN_DIR|EVAL_DIR [--format html|pdf|csv|json] -o FILE\n"
    "  trainscope-cli evaluate --model FILE --data PATH [--run RUN_DIR] --out DIR [options]\n"
    "  trainscope-cli --help | --version\n"
    "\n"
    "Options for train:\n"
    "  --data PATH             a data set: a folder with the four IDX files (raw or .gz), one IDX images file\n"
    "                          (its labels file is found next to it), a CSV/TSV table, or a folder with one\n"
    "                          sub-folder of PNG/JPEG images per class\n"
    "  --label-column NAME     tables: the label column (name or 1-based number; default label/class/target,\n"
    "                          else the last column)\n"
    "  --image-size WxH        image folders: resize every image to W x H (default: the first image's size)\n"
    "  --grayscale | --rgb     image folders: colour mode (default: as the first image)\n"
    "  --split T,V,E           train/validation/test fractions when the data has no split of its own\n"
    "                          (default 0.8,0.1,0.1; stratified per class)\n"
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
    "  --early-stop N          stop after N epochs without a lower validation loss, keep the best weights\n"
    "  --out DIR               run folder (metrics.csv, summary.json, predictions.csv, checkpoints, ...)\n"
    "  --runs-dir DIR          where new run folders go (default: $XDG_DATA_HOME/trainscope/runs)\n"
    "  --resume RUN_DIR        continue a stopped or interrupted run from its last checkpoint\n"
    "  --report FILE           when training ends, export a report: .html (self-contained), .pdf, or the\n"
    "                          metric history as .csv or .json (a TensorBoard event file is always written)\n"
    "  --quiet                 only print the final summary\n"
    "\n"
    "Options for evaluate (writes DIR/evaluation.json and DIR/predictions.csv):\n"
    "  --model FILE            a TrainScope checkpoint (checkpoint-last.pt / checkpoint-best.pt), a run folder,\n"
    "                          or a TorchScript module saved with torch.jit.save\n"
    "  --data PATH             labelled data in any format train reads\n"
    "  --run RUN_DIR           the run to compare with and measure drift against (default: the checkpoint's)\n"
    "  --reference PATH        training data for drift when the model has no run (TorchScript)\n"
    "  --split auto|test|all   which samples to evaluate (auto: the test split if the data has one, else all)\n"
    "  --input-shape C,H,W|F   TorchScript: the per-sample input shape (default: tried from the data)\n"
    "  --classes A,B,...       TorchScript: class names in output order (default: the module's class_names,\n"
    "                          else the data's)\n"
    "  --label-column NAME     tables: the label column\n"
    "  --device, --threads     as for train\n";

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

/// "28x28" -> width 28, height 28.
void parseImageSize(const std::string& v, ts::LoadOptions& load) {
    const size_t x = v.find_first_of("xX");
    if (x != std::string::npos) {
        load.imageWidth = int(parseInt("--image-size", v.substr(0, x)));
        load.imageHeight = int(parseInt("--image-size", v.substr(x + 1)));
        if (load.imageWidth > 0 && load.imageHeight > 0) return;
    }
    throw UsageError("--image-size needs WIDTHxHEIGHT with positive numbers, e.g. 32x32 (got '" + v + "')");
}

/// "0.8,0.1,0.1" -> validation 0.1, test 0.1 (the three must add up to 1).
void parseSplit(const std::string& v, ts::LoadOptions& load) {
    double parts[3] = {0.0, 0.0, 0.0};
    size_t start = 0;
    for (int i = 0; i < 3; ++i) {
        const size_t comma = v.find(',', start);
        if ((i < 2) != (comma != std::string::npos))
            throw UsageError("--split needs three fractions TRAIN,VAL,TEST, e.g. 0.8,0.1,0.1 (got '" + v + "')");
        parts[i] = parseDouble("--split", v.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        start = comma + 1;
    }
    constexpr double kSumTolerance = 1e-6;
    if (parts[0] <= 0.0 || parts[1] < 0.0 || parts[2] < 0.0 || std::abs(parts[0] + parts[1] + parts[2] - 1.0) > kSumTolerance)
        throw UsageError("--split fractions must be non-negative, leave some training data and add up to 1 (got '" + v + "')");
    load.valFraction = parts[1];
    load.testFraction = parts[2];
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
        writer_.onStart(device, threads, batchesPerEpoch);  // run.json records device and threads
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
        ++epochsHere_;  // a resumed run starts later than epoch 1
        if (quiet_) return;
        if (tty_) std::fprintf(stderr, "\r%70s\r", "");
        const double eta = epochSeconds_ / epochsHere_ * (epochs_ - m.epoch);
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
    int epochsHere_ = 0;
};

int runTrain(int argc, char** argv) {
    std::map<std::string, std::string> opts;
    bool quiet = false;
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--quiet") { quiet = true; continue; }
        if (a == "--grayscale" || a == "--rgb") { opts[a] = "1"; continue; }
        if (a == "--help" || a == "-h") { std::fputs(kUsage, stdout); return 0; }
        if (a.rfind("--", 0) != 0) throw UsageError("unexpected argument '" + a + "'");
        if (i + 1 >= argc) throw UsageError("missing value for " + a);
        opts[a] = argv[++i];
    }
    auto has = [&](const char* k) { return opts.count(k) > 0; };
    ts::TrainConfig cfg;
    std::unique_ptr<ts::RunRecord> resumed;
    std::string checkpoint;
    if (has("--resume")) {
        // The run's own configuration and data set; only the thread count may change.
        for (const auto& [k, v] : opts)
            if (k != "--resume" && k != "--threads" && k != "--report") throw UsageError(k + " cannot be combined with --resume");
        resumed = std::make_unique<ts::RunRecord>(ts::loadRun(opts["--resume"], false));
        if (resumed->status == "finished")
            throw std::runtime_error(resumed->dir + " has already finished; start a new run instead");
        if (resumed->status == "running")
            throw std::runtime_error(resumed->dir + " is still training in another process");
        checkpoint = resumed->dir + "/" + ts::lastCheckpointName();
        if (!std::filesystem::exists(checkpoint))
            throw std::runtime_error(resumed->dir + " has no checkpoint to resume from (it stopped before the end of "
                                     "its first epoch); start a new run instead");
        cfg = resumed->config;
        opts["--data"] = resumed->dataset.path;
    } else if (!has("--data")) {
        throw UsageError("--data PATH is required");
    } else {
        try {
            cfg = ts::presetConfig(has("--preset") ? opts["--preset"] : "mlp");
        } catch (const std::exception& e) {
            throw UsageError(e.what());
        }
    }
    ts::LoadOptions load;
    const std::map<std::string, std::function<void(const std::string&, const std::string&)>> setters = {
        {"--label-column", [&](auto&, auto& v) { load.labelColumn = v; }},
        {"--image-size", [&](auto&, auto& v) { parseImageSize(v, load); }},
        {"--split", [&](auto&, auto& v) { parseSplit(v, load); }},
        {"--grayscale", [&](auto&, auto&) { load.color = ts::ColorMode::Grayscale; }},
        {"--rgb", [&](auto&, auto&) { load.color = ts::ColorMode::Rgb; }},
        {"--epochs", [&](auto& k, auto& v) { cfg.epochs = int(parseInt(k, v)); }},
        {"--batch-size", [&](auto& k, auto& v) { cfg.batchSize = int(parseInt(k, v)); }},
        {"--lr", [&](auto& k, auto& v) { cfg.lr = parseDouble(k, v); }},
        {"--momentum", [&](auto& k, auto& v) { cfg.momentum = parseDouble(k, v); }},
        {"--weight-decay", [&](auto& k, auto& v) { cfg.weightDecay = parseDouble(k, v); }},
        {"--val-fraction", [&](auto& k, auto& v) { cfg.valFraction = parseDouble(k, v); }},
        {"--threads", [&](auto& k, auto& v) { cfg.threads = int(parseInt(k, v)); }},
        {"--seed", [&](auto& k, auto& v) { cfg.seed = uint64_t(parseInt(k, v)); }},
        {"--early-stop", [&](auto& k, auto& v) { cfg.earlyStopPatience = int(parseInt(k, v)); }},
        {"--optimizer", [&](auto&, auto& v) { cfg.optimizer = v; }},
        {"--schedule", [&](auto&, auto& v) { cfg.schedule = v; }},
        {"--device", [&](auto&, auto& v) { cfg.device = v; }},
        {"--preset", [&](auto&, auto&) {}},
        {"--data", [&](auto&, auto&) {}},
        {"--out", [&](auto&, auto&) {}},
        {"--runs-dir", [&](auto&, auto&) {}},
        {"--resume", [&](auto&, auto&) {}},
        {"--report", [&](auto&, auto&) {}},
    };
    for (const auto& [k, v] : opts) {
        auto it = setters.find(k);
        if (it == setters.end()) throw UsageError("unknown option " + k);
        it->second(k, v);
    }
    if (const std::string bad = ts::validateConfig(cfg); !bad.empty()) throw UsageError(bad);
    // --report: check the format (and for PDF the tool) now, not after the training.
    std::unique_ptr<ts::ReportRequest> reportAtEnd;
    if (has("--report")) {
        reportAtEnd = std::make_unique<ts::ReportRequest>();
        reportAtEnd->output = opts["--report"];
        try {
            reportAtEnd->format = ts::reportFormatForFile(reportAtEnd->output);
        } catch (const std::invalid_argument& e) {
            throw UsageError(e.what());
        }
        if (reportAtEnd->format == ts::ReportFormat::Pdf && ts::findReportTool().empty())
            throw std::runtime_error("--report " + reportAtEnd->output + ": PDF reports need the trainscope-report tool "
                                     "(built with the GUI); use .html, .csv or .json, or build with TRAINSCOPE_BUILD_GUI=ON");
        ts::checkReportDestination(reportAtEnd->output);  // a missing or read-only folder fails now
    }

    const auto t0 = std::chrono::steady_clock::now();
    if (has("--grayscale") && has("--rgb")) throw UsageError("choose one of --grayscale and --rgb");
    if (has("--split")) cfg.valFraction = load.valFraction;        // the loader makes the validation split
    else if (has("--val-fraction")) load.valFraction = cfg.valFraction;
    if (resumed && !resumed->dataset.loadOptions.empty()) load = ts::loadOptionsFromJson(resumed->dataset.loadOptions);
    ts::DatasetReport report;
    ts::Dataset data = ts::loadDataset(opts["--data"], load, &report);
    for (const std::string& w : report.warnings)
        if (w != report.blocker) std::fprintf(stderr, "warning: %s\n", w.c_str());
    if (!report.blocker.empty()) throw std::runtime_error(data.path + ": " + report.blocker);
    const double loadSec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const ts::DatasetInfo info = ts::describeDataset(data, cfg.valFraction);
    if (resumed && !resumed->datasetHash.empty() && resumed->datasetHash != info.contentHash)
        throw std::runtime_error("the data set at " + data.path + " has changed since the run started (content hash " +
                                 info.contentHash + ", the run used " + resumed->datasetHash + "); resuming would "
                                 "mix data sets, so start a new run instead");
    if (!quiet)
        std::printf("%s (%s): %lld train, %lld validation, %lld test, %dx%lldx%lld, %d classes, loaded in %.2f s\n",
                    data.name.c_str(), data.format.c_str(), static_cast<long long>(info.trainCount),
                    static_cast<long long>(cfg.evalOnTestEachEpoch ? 0 : info.valCount),
                    static_cast<long long>(info.testCount), int(info.channels), static_cast<long long>(info.height),
                    static_cast<long long>(info.width), data.classCount(), loadSec);

    const std::string runsRoot = has("--runs-dir") ? opts["--runs-dir"] : ts::defaultRunsRoot();
    const std::string outDir = resumed ? resumed->dir : has("--out") ? opts["--out"] : ts::newRunDir(runsRoot, cfg.preset);
    ts::CheckpointInfo resumeAt;
    if (resumed) resumeAt = ts::readCheckpointInfo(checkpoint);
    ts::RunWriter writer(outDir, cfg, info, resumed ? &resumeAt : nullptr);
    ConsoleObserver console(writer, cfg.epochs, quiet);
    std::unique_ptr<ts::TensorBoardWriter> events;  // TensorBoard scalars, appended live in the run folder
    try {
        events = std::make_unique<ts::TensorBoardWriter>(outDir);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "warning: %s; training continues without TensorBoard events\n", e.what());
    }
    ts::FanOutObserver observers({&console, events.get()});
    ts::RunControl control;
    gControl = &control;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    ts::TrainOptions options;
    options.checkpointDir = outDir;
    options.resumeFrom = checkpoint;
    const ts::RunSummary s = ts::train(cfg, data, observers, control, options);
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
    if (events && !events->error().empty()) std::fprintf(stderr, "warning: %s\n", events->error().c_str());
    if (reportAtEnd) {
        reportAtEnd->runDir = outDir;
        try {
            ts::exportReportFromCli(*reportAtEnd);
            std::printf("report written to %s\n", reportAtEnd->output.c_str());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "trainscope-cli: %s (the run itself is saved in %s)\n", e.what(), outDir.c_str());
            return kExitFailure;
        }
    }
    if (s.status == ts::RunStatus::Failed || s.status == ts::RunStatus::Diverged) {
        std::fprintf(stderr, "trainscope-cli: %s\n", s.message.c_str());
        return kExitFailure;
    }
    if (s.status == ts::RunStatus::Stopped) std::fprintf(stderr, "trainscope-cli: %s\n", s.message.c_str());
    return 0;
}

/// Parses "--runs-dir DIR" style options of the small commands.
std::map<std::string, std::string> simpleOptions(int argc, char** argv, int first, const std::vector<std::string>& allowed,
                                                 std::vector<std::string>& positional) {
    std::map<std::string, std::string> opts;
    for (int i = first; i < argc; ++i) {
        const std::string a = argv[i];
        if (a.rfind("--", 0) != 0) { positional.push_back(a); continue; }
        if (std::find(allowed.begin(), allowed.end(), a) == allowed.end()) throw UsageError("unknown option " + a);
        if (i + 1 >= argc) throw UsageError("missing value for " + a);
        opts[a] = argv[++i];
    }
    return opts;
}

std::string percent(double v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f%%", 100.0 * v);
    return buf;
}

int runRuns(int argc, char** argv) {
    std::vector<std::string> positional;
    auto opts = simpleOptions(argc, argv, 2, {"--runs-dir"}, positional);
    if (!positional.empty()) throw UsageError("unexpected argument '" + positional.front() + "'");
    const std::string root = opts.count("--runs-dir") ? opts["--runs-dir"] : ts::defaultRunsRoot();
    const auto runs = ts::listRuns(root);
    if (runs.empty()) {
        std::printf("no runs in %s\n", root.c_str());
        return 0;
    }
    std::printf("%-32s %-25s %-12s %-6s %8s %9s %9s\n", "run", "started", "status", "preset", "epochs", "best val",
                "time");
    for (const auto& r : runs)
        std::printf("%-32s %-25s %-12s %-6s %4zu/%-3d %9s %9s\n", r.displayName().c_str(), r.startedAt.c_str(),
                    r.status.c_str(), r.config.preset.c_str(), r.epochs.size(), r.config.epochs,
                    r.epochs.empty() ? "-" : percent(r.bestValAccuracy()).c_str(),
                    formatDuration(r.totalSeconds).c_str());
    std::printf("%zu run%s in %s\n", runs.size(), runs.size() == 1 ? "" : "s", root.c_str());
    return 0;
}

int runShow(int argc, char** argv) {
    std::vector<std::string> positional;
    simpleOptions(argc, argv, 2, {}, positional);
    if (positional.size() != 1) throw UsageError("show needs exactly one RUN_DIR");
    std::string dir = positional.front();
    // A bare run name refers to a folder in the default runs root.
    if (!std::filesystem::exists(dir) && std::filesystem::exists(ts::defaultRunsRoot() + "/" + dir))
        dir = ts::defaultRunsRoot() + "/" + dir;
    const ts::RunRecord r = ts::loadRun(dir, false);
    std::printf("run        %s\nfolder     %s\nstatus     %s%s%s\nstarted    %s\n", r.displayName().c_str(),
                r.dir.c_str(), r.status.c_str(), r.message.empty() ? "" : ": ", r.message.c_str(), r.startedAt.c_str());
    std::printf("data       %s (%s), %lld train / %lld validation / %lld test, hash %s\n", r.dataset.name.c_str(),
                r.dataset.path.c_str(), static_cast<long long>(r.dataset.trainCount),
                static_cast<long long>(r.dataset.valCount), static_cast<long long>(r.dataset.testCount),
                r.datasetHash.c_str());
    const ts::TrainConfig& c = r.config;
    std::printf("config     preset %s, %s lr %g (%s), batch %d, %d epochs, seed %llu, device %s\n", c.preset.c_str(),
                c.optimizer.c_str(), c.lr, c.schedule.c_str(), c.batchSize, c.epochs,
                static_cast<unsigned long long>(c.seed), r.device.empty() ? c.device.c_str() : r.device.c_str());
    for (const auto& e : r.epochs)
        std::printf("epoch %-4d train loss %.4f acc %s  %s loss %.4f acc %s  %.2f s\n", e.epoch, e.trainLoss,
                    percent(e.trainAccuracy).c_str(), e.valSetName.empty() ? "val" : e.valSetName.c_str(), e.val.loss,
                    percent(e.val.accuracy).c_str(), e.seconds);
    if (r.hasTest)
        std::printf("test       accuracy %s, loss %.4f, macro F1 %.4f, weighted F1 %.4f\n",
                    percent(r.test.accuracy).c_str(), r.test.loss, r.test.macro.f1, r.test.weighted.f1);
    for (const auto& w : r.warnings) std::printf("warning    %s\n", w.c_str());
    return 0;
}

}  // namespace

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t comma = text.find(',', start);
        std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        item.erase(0, item.find_first_not_of(' '));
        item.erase(item.find_last_not_of(' ') + 1);
        if (!item.empty()) out.push_back(item);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

/// `evaluate --model FILE --data PATH [--run DIR] --out DIR`.
int runEvaluate(int argc, char** argv) {
    std::vector<std::string> positional;
    auto opts = simpleOptions(argc, argv, 2,
                              {"--model", "--data", "--run", "--reference", "--split", "--input-shape", "--classes",
                               "--label-column", "--device", "--threads", "--out"},
                              positional);
    if (!positional.empty()) throw UsageError("unexpected argument '" + positional.front() + "'");
    for (const char* required : {"--model", "--data", "--out"})
        if (!opts.count(required)) throw UsageError(std::string("evaluate needs ") + required);
    ts::EvaluateRequest rq;
    rq.modelPath = opts["--model"];
    rq.dataPath = opts["--data"];
    rq.runDir = opts.count("--run") ? opts["--run"] : "";
    rq.referencePath = opts.count("--reference") ? opts["--reference"] : "";
    if (opts.count("--split")) rq.split = opts["--split"];
    if (rq.split != "auto" && rq.split != "test" && rq.split != "all")
        throw UsageError("--split must be auto, test or all (got '" + rq.split + "')");
    rq.inputShape = opts.count("--input-shape") ? opts["--input-shape"] : "";
    if (opts.count("--classes")) rq.classNames = splitList(opts["--classes"]);
    rq.labelColumn = opts.count("--label-column") ? opts["--label-column"] : "";
    if (opts.count("--device")) rq.device = opts["--device"];
    if (opts.count("--threads")) rq.threads = int(parseInt("--threads", opts["--threads"]));
    const std::string outDir = opts["--out"];

    ts::EvaluateControl control;
    const bool tty = ::isatty(STDERR_FILENO) != 0;
    control.progress = [tty](int64_t done, int64_t total, const std::string& what) {
        if (!tty) return;
        if (total > 0) std::fprintf(stderr, "\r  %s %lld/%lld   ", what.c_str(), static_cast<long long>(done), static_cast<long long>(total));
        else std::fprintf(stderr, "\r  %s ...%30s", what.c_str(), "");
    };
    const ts::EvaluationResult r = ts::evaluateModel(rq, &control);
    if (tty) std::fprintf(stderr, "\r%70s\r", "");
    ts::writeEvaluation(outDir, r);

    const ts::EvalMetrics& m = r.metrics;
    std::printf("model      %s (%s)\n", r.modelPath.c_str(), r.modelDescription.c_str());
    std::printf("data       %s, %s split, %lld samples\n", r.dataPath.c_str(), r.splitName.c_str(),
                static_cast<long long>(m.confusion.total()));
    std::printf("accuracy   %s, loss %.4f, macro F1 %.4f, weighted F1 %.4f, ECE %.4f\n", percent(m.accuracy).c_str(),
                m.loss, m.macro.f1, m.weighted.f1, r.calibration.ece);
    if (r.comparison.available) {
        std::printf("vs run     test accuracy %s -> %s\n", percent(r.comparison.baseline.accuracy).c_str(),
                    percent(m.accuracy).c_str());
        for (const ts::ClassDelta& d : r.comparison.classes)
            if (d.flagged)
                std::printf("  changed  %-20s F1 %.3f -> %.3f, recall %.3f -> %.3f\n", d.className.c_str(),
                            d.baselineF1, d.currentF1, d.baselineRecall, d.currentRecall);
    }
    if (r.drift.hasReference) {
        std::printf("drift      classes: chi-square %.1f (dof %d, p %.3g), PSI %.3f\n", r.drift.classChiSquare.statistic,
                    r.drift.classChiSquare.dof, r.drift.classChiSquare.pValue, r.drift.classPsi);
        std::string missing;
        for (size_t k = 0; k < r.drift.classNames.size() && k < r.drift.currentCounts.size(); ++k)
            if (r.drift.currentCounts[k] == 0 && k < r.drift.referenceCounts.size() && r.drift.referenceCounts[k] > 0)
                missing += (missing.empty() ? "" : ", ") + r.drift.classNames[k];
        if (!missing.empty()) std::printf("  missing  %s (in the training data, not in this data)\n", missing.c_str());
        for (size_t i = 0; i < r.drift.features.size() && i < 5; ++i) {
            const ts::FeatureShift& f = r.drift.features[i];
            std::printf("  %-20s KS %.3f (p %.3g), PSI %.3f, mean %.4g -> %.4g\n", f.name.c_str(), f.ks, f.pValue, f.psi,
                        f.referenceMean, f.currentMean);
        }
    }
    for (const std::string& n : r.notes) std::fprintf(stderr, "note: %s\n", n.c_str());
    for (const std::string& w : r.warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
    std::printf("evaluation written to %s\n", outDir.c_str());
    return 0;
}

/// `report RUN_DIR [--format F] -o FILE`.
int runReport(int argc, char** argv) {
    ts::ReportRequest request;
    try {
        request = ts::parseReportRequest(argc, argv, 2);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    ts::exportReportFromCli(request);
    std::printf("report written to %s\n", request.output.c_str());
    return 0;
}

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
        if (cmd == "runs") return runRuns(argc, argv);
        if (cmd == "show") return runShow(argc, argv);
        if (cmd == "report") return runReport(argc, argv);
        if (cmd == "evaluate") return runEvaluate(argc, argv);
        throw UsageError(cmd.empty() ? "missing command" : "unknown command '" + cmd + "'");
    } catch (const UsageError& e) {
        std::fprintf(stderr, "trainscope-cli: %s (see trainscope-cli --help)\n", e.what());
        return kExitUsage;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "trainscope-cli: %s\n", e.what());
        return kExitFailure;
    }
}
