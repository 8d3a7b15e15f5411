#include "app/cli/TrainCommand.h"

#include "app/cli/ConsoleObserver.h"
#include "app/cli/FaultInjection.h"
#include "app/cli/RoundLimitObserver.h"
#include "app/cli/ReportCommand.h"
#include "app/cli/TrainingInputs.h"
#include "core/common/Numbers.h"
#include "core/data/Dataset.h"
#include "core/dist/Collective.h"
#include "core/dist/Launcher.h"
#include "core/runs/RunStore.h"
#include "core/runs/RunWriter.h"
#include "core/runs/TensorBoardWriter.h"
#include "core/train/FanOutObserver.h"
#include "core/train/Trainer.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <thread>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>

namespace ts::cli {

/// What a train command line resolves to before any data is loaded.
struct TrainPlan {
    ts::TrainConfig config;
    ts::LoadOptions load;
    std::string dataPath;
    std::optional<ts::RunRecord> resumed;           ///< the run to continue, if any
    std::string checkpoint;                         ///< its checkpoint; "" for a new run
    std::optional<ts::ReportRequest> reportAtEnd;   ///< --report
};

namespace {

ts::RunControl* gControl = nullptr;

void onSignal(int) {
    if (gControl) gControl->stop.store(true);  // finish the batch, write the run, exit
}

/// Loads the planned data set, says what it holds, and refuses data that cannot be trained on.
ts::Dataset loadData(const TrainPlan& p, bool quiet, ts::DatasetInfo& info) {
    LoadedData loaded = loadTrainingData(p.dataPath, p.load, p.config);
    info = loaded.info;
    if (p.resumed && !p.resumed->datasetHash.empty() && p.resumed->datasetHash != info.contentHash)
        throw std::runtime_error("the data set at " + loaded.data.path + " has changed since the run started (content hash " +
                                 info.contentHash + ", the run used " + p.resumed->datasetHash + "); resuming would "
                                 "mix data sets, so start a new run instead");
    if (!quiet) printDataSummary(loaded, p.config);
    return std::move(loaded.data);
}

/// The advice that ends a failed or interrupted run's message: how to continue it (once the cause is fixed).
std::string continueAdvice(const std::string& outDir, bool interrupted) {
    const bool resumable = std::filesystem::exists(outDir + "/" + ts::lastCheckpointName());
    if (interrupted)
        return resumable ? "; continue it with `trainscope-cli train --resume " + outDir +
                               "` (with --nproc N for N processes; the global batch stays the same)"
                         : "; it had no checkpoint yet: start it again";
    return resumable ? "; the run in " + outDir + " is kept: continue it with `trainscope-cli train --resume " +
                           outDir + "` once that is fixed"
                     : "; the run in " + outDir + " is kept, but it had no checkpoint yet: start it again once that is fixed";
}

/// The exit status after a run: says why it did not finish (in one line), and writes the report asked for.
int reportOutcome(const ts::RunSummary& s, const std::string& outDir, const ts::RunWriter& writer,
                  const ts::TensorBoardWriter* events, std::optional<ts::ReportRequest> reportAtEnd) {
    if (s.status == ts::RunStatus::Failed || s.status == ts::RunStatus::Interrupted) {
        std::fprintf(stderr, "trainscope-cli: %s%s\n", s.message.c_str(),
                     continueAdvice(outDir, s.status == ts::RunStatus::Interrupted).c_str());
        return kExitFailure;
    }
    if (!writer.error().empty()) {
        std::fprintf(stderr, "trainscope-cli: %s%s\n", writer.error().c_str(), continueAdvice(outDir, false).c_str());
        return kExitFailure;
    }
    if (s.hasTest)
        std::printf("test accuracy %.2f%%  loss %.4f  macro F1 %.4f  weighted F1 %.4f  (%s total)\n",
                    100.0 * s.test.accuracy, s.test.loss, s.test.macro.f1, s.test.weighted.f1,
                    ts::formatDuration(s.totalSeconds).c_str());
    if (s.hasLmTest)
        std::printf("test loss %.4f  perplexity %.2f  %.4f bits/byte  next-token accuracy %.2f%% (top-5 %.2f%%) over "
                    "%lld tokens  (%s total)\n",
                    s.lmTest.loss, s.lmTest.perplexity, s.lmTest.bitsPerByte, 100.0 * s.lmTest.tokenAccuracy,
                    100.0 * s.lmTest.top5Accuracy, static_cast<long long>(s.lmTest.tokens),
                    ts::formatDuration(s.totalSeconds).c_str());
    std::printf("run written to %s\n", outDir.c_str());
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
    if (s.status == ts::RunStatus::Diverged) {
        std::fprintf(stderr, "trainscope-cli: %s\n", s.message.c_str());
        return kExitFailure;
    }
    if (s.status == ts::RunStatus::Stopped) std::fprintf(stderr, "trainscope-cli: %s\n", s.message.c_str());
    return kExitOk;
}

/// Why `dir` (the --out folder) cannot take a new run, and the ways on; "" when it can.
std::string outFolderRefusal(const std::string& dir, bool overwrite) {
    if (!ts::holdsRun(dir)) return "";
    if (ts::runLockHeld(dir)) return dir + " holds a run that is still training in another process; choose another --out folder";
    if (overwrite) return "";
    std::string what = "a run", status = "unreadable";
    try {
        const ts::RunRecord run = ts::loadRun(dir, false);
        status = run.status;
        what = "the run \"" + run.displayName() + "\" (" + run.config.preset + " on " +
               std::filesystem::path(run.dataset.path).filename().string() + ", started " + run.startedAt + ")";
    } catch (const std::exception&) {
        what = "files of a run";
    }
    const std::string ways = status == "finished" || status == "unreadable"
                                 ? "Choose another --out folder, or add --overwrite"
                                 : "Continue it with --resume " + dir + ", choose another --out folder, or add --overwrite";
    return dir + " already holds " + what + ", status " + status + "; a new run would overwrite it. " + ways +
           " to move the old run aside to " + ts::replacedRunDir(dir) + " (nothing is deleted).";
}

}  // namespace

TrainCommand::TrainCommand(CLI::App& app)
    : Command(app, "train",
              "Train a model on a data set (--data PATH), or continue a stopped or interrupted run "
              "(--resume RUN_DIR).") {
    addDataOptions(*m_command, m_data, m_load);
    addTrainingOptions();
    addOutputOptions();
    // A resumed run keeps its own configuration and data set; only these may go with --resume.
    const std::set<std::string> withResume = {"--resume", "--threads", "--report", "--quiet", "--help", "--nproc",
                                              "--dist-timeout", "--stop-after"};
    CLI::Option* resume = m_command->get_option("--resume");
    for (CLI::Option* opt : m_command->get_options())
        if (!withResume.count(opt->get_name())) resume->excludes(opt);
    m_command->footer("Training options default to the preset's values. --resume continues a run with its own "
                      "configuration and data set: only --threads, --nproc, --dist-timeout, --report and --quiet go "
                      "with it.\n\nData-parallel: --nproc N starts N processes on this machine; under torchrun "
                      "(torchrun --nproc_per_node N --redirects 1 --tee 1 --no_python trainscope-cli train ...) each "
                      "process joins the group torchrun describes (RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT).");
}

template <typename T>
void TrainCommand::addOverride(const std::string& name, const std::string& valueName, T ts::TrainConfig::*field,
                               const std::string& description) {
    m_overrides.add(*m_command, name, valueName, field, description)->group("Training");
}

void TrainCommand::addTrainingOptions() {
    CLI::Option* preset =
        addOption(*m_command, "--preset", "NAME", m_preset,
                  "seed | mlp | cnn (classifiers) | text-bow | text-transformer (labelled texts) | gpt-tiny | gpt-small "
                  "(language models on text); default mlp")
            ->group("Training");
    addOption(*m_command, "--config", "FILE", m_config,
              "start from the configuration in FILE (a run's run.json or summary.json, or a JSON object of training "
              "options) and its data set unless --data is given; other options override it")
        ->group("Training")
        ->excludes(preset);
    addOverride("--epochs", "N", &ts::TrainConfig::epochs, "number of epochs");
    addOverride("--evals-per-epoch", "N", &ts::TrainConfig::evalsPerEpoch,
                "classifiers: validate and checkpoint N times per epoch, at equal parts of it (1)");
    addOverride("--batch-size", "N", &ts::TrainConfig::batchSize, "samples per batch");
    addOverride("--lr", "X", &ts::TrainConfig::lr, "learning rate");
    addOverride("--optimizer", "NAME", &ts::TrainConfig::optimizer, "sgd | adam | adamw");
    addOverride("--momentum", "X", &ts::TrainConfig::momentum, "SGD momentum");
    addOverride("--weight-decay", "X", &ts::TrainConfig::weightDecay, "weight decay");
    addOverride("--schedule", "NAME", &ts::TrainConfig::schedule, "constant | step | cosine");
    addOverride("--val-fraction", "X", &ts::TrainConfig::valFraction,
                "share of the training set held out for validation (0 = none)");
    addOverride("--device", "NAME", &ts::TrainConfig::device, "auto | cpu | cuda (default auto)");
    addOverride("--threads", "N", &ts::TrainConfig::threads, "intra-op threads (0 = automatic)");
    addOverride("--seed", "N", &ts::TrainConfig::seed, "random seed (same seed on the CPU = same numbers)");
    addOverride("--early-stop", "N", &ts::TrainConfig::earlyStopPatience,
                "stop after N epochs (language models: evaluations) without a lower validation loss, keep the best "
                "weights");
    addOverride("--warmup", "N", &ts::TrainConfig::warmupSteps, "linear learning-rate warm-up over N steps");
    addOverride("--min-lr", "X", &ts::TrainConfig::minLr, "the learning rate the cosine schedule decays to");
    addOverride("--grad-clip", "X", &ts::TrainConfig::gradClip, "clip the total gradient norm to X (0 = off)");
    m_command
        ->add_flag_callback("--autograd",
                            [this] { m_overrides.push([](ts::TrainConfig& cfg) { cfg.fusedStep = false; }); },
                            "MLP presets: train through autograd instead of the fused training step (same numbers, "
                            "slower)")
        ->group("Training");
    addOverride("--buckets", "N", &ts::TrainConfig::hashBuckets, "text-bow: hash buckets of the n-grams (65536)");
    addOverride("--bow-width", "N", &ts::TrainConfig::textEmbedding, "text-bow: width of the n-gram vectors (32)");
    addLanguageModelOptions();
    addHealthOptions();
    const std::string group = "Data-parallel training";
    addOverride("--nproc", "N", &ts::TrainConfig::processes,
                "train on N processes of this machine (c10d Gloo), each taking 1/N of every batch; the batch size "
                "must be a multiple of N");
    m_command->get_option("--nproc")->group(group);
    addOverride("--dist-timeout", "SECONDS", &ts::TrainConfig::distTimeoutSec,
                "a process that does not answer for this long stops the run as interrupted (300)");
    m_command->get_option("--dist-timeout")->group(group);
}

void TrainCommand::addHealthOptions() {
    const std::string group = "Training health";
    auto health = [this, &group](const std::string& name, const std::string& valueName, auto field,
                                 const std::string& text) {
        addOptionWith(*m_command, name, valueName, text, [this, field](const std::string& option, const std::string& value) {
            std::remove_reference_t<decltype(ts::HealthSettings{}.*field)> parsed{};
            parseValue(option, value, parsed);
            m_overrides.push([field, parsed](ts::TrainConfig& cfg) { cfg.health.*field = parsed; });
        })->group(group);
    };
    health("--health-every", "N", &ts::HealthSettings::interval,
           "per-layer diagnostics every N steps (0 = automatic, about 1% of training time)");
    health("--spike-sigmas", "X", &ts::HealthSettings::spikeSigmas,
           "a loss or gradient-norm spike is above the mean + X standard deviations of the last 128 steps (6)");
    health("--overfit-evals", "N", &ts::HealthSettings::overfitEvaluations,
           "overfitting: validation loss rising for N evaluations while training loss falls (3)");
    health("--plateau-evals", "N", &ts::HealthSettings::plateauEvaluations,
           "plateau: no better validation loss for N evaluations at a constant learning rate (5)");
    m_command
        ->add_flag_callback("--no-health",
                            [this] { m_overrides.push([](ts::TrainConfig& cfg) { cfg.health.enabled = false; }); },
                            "no per-layer diagnostics and no alerts (the NaN/Inf guard stays)")
        ->group(group);
    std::string kinds;
    for (const ts::AlertKind k : ts::allAlertKinds()) kinds += std::string(kinds.empty() ? "" : ", ") + ts::alertKindName(k);
    addOptionWith(*m_command, "--stop-on", "KIND,...", "stop the run when an alert of these kinds is raised: " + kinds,
                  [this, kinds](const std::string& option, const std::string& text) {
                      const std::vector<std::string> names = splitList(text);
                      for (const std::string& name : names)
                          if (ts::AlertKind kind; !ts::alertKindFromName(name, kind))
                              throw UsageError("invalid alert kind for " + option + ": '" + name + "' (choose from " + kinds + ")");
                      m_overrides.push([names](ts::TrainConfig& cfg) { cfg.health.stopOn = names; });
                  })
        ->group(group);
}

void TrainCommand::addLanguageModelOptions() {
    const std::string group = "Language models (gpt-* presets); --context to --vocab-size also text-transformer";
    auto lm = [this, &group](const std::string& name, const std::string& valueName, auto field, const std::string& text) {
        addOverride(name, valueName, field, text);
        m_command->get_option(name)->group(group);
    };
    lm("--steps", "N", &ts::TrainConfig::steps, "optimizer steps in all (gpt-tiny: 2000)");
    lm("--eval-every", "N", &ts::TrainConfig::evalEvery, "estimate the losses and write samples every N steps (250)");
    lm("--eval-batches", "K", &ts::TrainConfig::evalBatches, "batches per split for each loss estimate (20)");
    lm("--context", "N", &ts::TrainConfig::contextLength,
       "tokens per window (gpt-tiny: 64); text-transformer: tokens kept of each text, its first (64)");
    lm("--layers", "N", &ts::TrainConfig::layers, "transformer blocks");
    lm("--heads", "N", &ts::TrainConfig::heads, "attention heads per block");
    lm("--width", "N", &ts::TrainConfig::embedding, "embedding width (a multiple of --heads)");
    lm("--dropout", "X", &ts::TrainConfig::dropout, "dropout probability");
    lm("--tokenizer", "KIND", &ts::TrainConfig::tokenizer,
       "char | bpe | unigram (trained on the training split with SentencePiece) | FILE.model (an existing "
       "SentencePiece model)");
    lm("--vocab-size", "N", &ts::TrainConfig::vocabSize, "bpe/unigram vocabulary size (512)");
    lm("--watch-list", "FILE", &ts::TrainConfig::watchList,
       "a word list (one entry per line); every match in a generated sample is counted and flagged");
    lm("--sample-tokens", "N", &ts::TrainConfig::sampleTokens, "tokens per sample at each evaluation (200; 0 = none)");
    lm("--temperature", "T", &ts::TrainConfig::sampleTemperature, "sampling temperature of the samples (0.8)");
    lm("--top-k", "K", &ts::TrainConfig::sampleTopK, "sample among the K most likely tokens (200; 0 = all)");
    lm("--sample-seed", "N", &ts::TrainConfig::sampleSeed, "seed of the samples, the same at every evaluation");
    // Every occurrence counts, and an empty prompt ("") is a prompt: the model writes from nothing.
    m_command
        ->add_option("--prompt", m_promptList,
                     "a prompt the model continues at every evaluation; repeat for several (default: an empty prompt "
                     "and two openings from the validation text)")
        ->type_name("TEXT")
        ->allow_extra_args(false)
        ->group(group);
}

void TrainCommand::addOutputOptions() {
    CLI::App& c = *m_command;
    const std::string group = "Output";
    addOption(c, "--out", "DIR", m_out, "run folder (metrics.csv, summary.json, predictions.csv, checkpoints, ...)")
        ->group(group);
    addOption(c, "--runs-dir", "DIR", m_runsDir, "where new run folders go (default: $XDG_DATA_HOME/trainscope/runs)")
        ->group(group);
    c.add_flag("--overwrite", m_overwrite,
               "with --out: when the folder already holds a run, move that run aside to DIR.replaced-DATE and start "
               "afresh (nothing is deleted)")
        ->group(group);
    addOption(c, "--resume", "RUN_DIR", m_resume, "continue a stopped or interrupted run from its last checkpoint")
        ->group(group);
    addOption(c, "--report", "FILE", m_report,
              "when training ends, export a report: .html (self-contained), .pdf, or the metric history as .csv "
              "or .json (a TensorBoard event file is always written)")->group(group);
    c.add_flag("--quiet", m_quiet, "only print the final summary")->group(group);
    addOption(c, "--stop-after", "N", m_stopAfter,
              "pause the run after N epochs (language models: evaluations), as a stopped run --resume continues; "
              "sweeps train their halving rungs this way")
        ->group(group);
}

TrainPlan TrainCommand::plan(int rank) const {
    TrainPlan p;
    if (!m_resume.empty()) {
        planResume(p, rank);
    } else if (m_data.empty() && m_config.empty()) {
        throw UsageError("--data PATH is required");
    } else {
        if (!m_config.empty()) {
            planFromConfigFile(p);
        } else {
            try {
                p.config = ts::presetConfig(m_preset);
            } catch (const std::exception& e) {
                throw UsageError(e.what());
            }
        }
        if (!m_data.empty()) {
            p.dataPath = m_data;
            p.load = m_load;
        }
        if (p.dataPath.empty()) throw UsageError("--config " + m_config + " names no data set: add --data PATH");
    }
    if (m_overwrite && m_out.empty()) throw UsageError("--overwrite goes with --out DIR");
    if (!m_out.empty() && m_resume.empty() && rank == 0) {
        // Refused before any data is loaded: a finished run is never overwritten by accident.
        if (const std::string refusal = outFolderRefusal(m_out, m_overwrite); !refusal.empty())
            throw std::runtime_error(refusal);
    }
    m_overrides.applyTo(p.config);
    if (!m_promptList.empty()) p.config.prompts = m_promptList;
    if (const std::string bad = ts::validateConfig(p.config); !bad.empty()) throw UsageError(bad);
    // --report: check the format (and for PDF the tool) now, not after the training.
    if (!m_report.empty()) {
        p.reportAtEnd = ts::ReportRequest();
        p.reportAtEnd->output = m_report;
        p.reportAtEnd->format = ts::reportFormatForFile(m_report);
        if (p.reportAtEnd->format == ts::ReportFormat::Pdf && ts::findReportTool().empty())
            throw std::runtime_error("--report " + m_report + ": PDF reports need the trainscope-report tool "
                                     "(built with the GUI); use .html, .csv or .json, or build with TRAINSCOPE_BUILD_GUI=ON");
        ts::checkReportDestination(m_report);  // a missing or read-only folder fails now
    }
    if (m_command->count("--split") > 0) {  // the loader makes the validation split (text: the trainer)
        p.config.valFraction = p.load.valFraction;
        p.config.testFraction = p.load.testFraction;
    }
    else if (m_command->count("--val-fraction") > 0) p.load.valFraction = p.config.valFraction;
    return p;
}

void TrainCommand::planFromConfigFile(TrainPlan& p) const {
    const ConfigFile file = readConfigFile(m_config);
    p.config = file.config;
    p.dataPath = file.dataPath;
    p.load = file.load;
}

void TrainCommand::planResume(TrainPlan& p, int rank) const {
    p.resumed = ts::loadRun(m_resume, false);
    const ts::RunRecord& run = *p.resumed;
    if (run.status == "finished") throw std::runtime_error(run.dir + " has already finished; start a new run instead");
    // (the other ranks of a data-parallel run may find rank 0 already holding it)
    if (run.status == "running" && rank == 0) throw std::runtime_error(run.dir + " is still training in another process");
    p.checkpoint = run.dir + "/" + ts::lastCheckpointName();
    if (!std::filesystem::exists(p.checkpoint))
        throw std::runtime_error(run.dir + " has no checkpoint to resume from (it stopped before the end of "
                                 "its first epoch); start a new run instead");
    p.config = run.config;
    p.dataPath = run.dataset.path;
    if (!run.dataset.loadOptions.empty()) p.load = ts::loadOptionsFromJson(run.dataset.loadOptions);
}

int TrainCommand::run() {
    const ts::DistEnv env = ts::distEnvFromEnvironment();
    TrainPlan p = plan(env.rank);
    if (!env.distributed() && p.config.processes > 1) return launch(p);
    if (env.distributed()) p.config.processes = env.worldSize;
    return train(p, env);
}

int TrainCommand::launch(const TrainPlan& p) const {
    ts::LaunchPlan launch;
    launch.program = std::filesystem::read_symlink("/proc/self/exe").string();
    // The workers get this very command line; WORLD_SIZE in their environment makes them workers, not launchers.
    std::ifstream cmdline("/proc/self/cmdline", std::ios::binary);
    const std::string all((std::istreambuf_iterator<char>(cmdline)), std::istreambuf_iterator<char>());
    for (size_t start = 0, end; start < all.size(); start = end + 1) {
        end = all.find('\0', start);
        if (end == std::string::npos) end = all.size();
        launch.args.push_back(all.substr(start, end - start));
    }
    if (!launch.args.empty()) launch.args.erase(launch.args.begin());  // argv[0]
    launch.processes = p.config.processes;
    launch.timeoutSec = p.config.distTimeoutSec;
    // N processes share the cores: unless --threads says otherwise, each gets its part of them.
    const int cores = std::max(1, int(std::thread::hardware_concurrency()));
    const int threads = m_command->count("--threads") > 0 ? p.config.threads : std::max(1, cores / launch.processes);
    if (m_command->count("--threads") == 0) {
        launch.args.push_back("--threads");
        launch.args.push_back(std::to_string(threads));
    }
    if (!m_quiet)
        std::printf("starting %d processes x %d thread%s on this machine (c10d %s)\n", launch.processes, threads,
                    threads == 1 ? "" : "s", ts::resolveDevice(p.config.device, nullptr) == "cuda" && ts::ncclAvailable() ? "NCCL" : "Gloo");
    std::fflush(stdout);
    return ts::launchWorkers(launch, [](const std::string& line) { std::fprintf(stderr, "trainscope-cli: %s\n", line.c_str()); });
}

int TrainCommand::trainAsPeer(TrainPlan& p, const ts::DistEnv& env) const {
    ts::DatasetInfo info;
    ts::Dataset data = loadData(p, true, info);
    const std::unique_ptr<ts::Collective> group =
        ts::joinProcessGroup(env, p.config.distTimeoutSec, ts::resolveDevice(p.config.device, nullptr) == "cuda");
    ts::TrainObserver silent;  // rank 0 reports and writes the run
    const std::unique_ptr<ts::TrainObserver> fault = distributedFaultFromEnvironment(env.rank);
    ts::RunControl control;
    gControl = &control;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    ts::TrainOptions options;
    options.resumeFrom = p.checkpoint;
    options.collective = group.get();
    const ts::RunSummary s = ts::train(p.config, data, fault ? *fault : silent, control, options);
    gControl = nullptr;
    if (s.status == ts::RunStatus::Failed || s.status == ts::RunStatus::Interrupted) {
        std::fprintf(stderr, "trainscope-cli: [rank %d] %s\n", env.rank, s.message.c_str());
        return kExitFailure;
    }
    return kExitOk;
}

int TrainCommand::train(TrainPlan& p, const ts::DistEnv& env) const {
    if (env.rank > 0) return trainAsPeer(p, env);
    ts::DatasetInfo info;
    ts::Dataset data = loadData(p, m_quiet, info);
    std::unique_ptr<ts::Collective> group;  // joined before the run folder exists: a group that cannot form leaves none
    if (env.distributed())
        group = ts::joinProcessGroup(env, p.config.distTimeoutSec, ts::resolveDevice(p.config.device, nullptr) == "cuda");
    std::string outDir;
    if (p.resumed) {
        outDir = p.resumed->dir;
    } else if (!m_out.empty()) {
        outDir = m_out;
        if (m_overwrite && ts::holdsRun(outDir))
            std::printf("the old run in %s was moved aside to %s\n", outDir.c_str(), ts::moveRunAside(outDir).c_str());
    } else {
        outDir = ts::newRunDir(m_runsDir.empty() ? ts::defaultRunsRoot() : m_runsDir, p.config.preset);
    }
    ts::CheckpointInfo resumeAt;
    if (p.resumed) resumeAt = ts::readCheckpointInfo(p.checkpoint);
    ts::RunWriter writer(outDir, p.config, info, p.resumed ? &resumeAt : nullptr);
    if (!writer.takeoverNote().empty()) std::fprintf(stderr, "note: %s\n", writer.takeoverNote().c_str());
    ConsoleObserver console(writer, p.config, m_quiet);
    std::unique_ptr<ts::TensorBoardWriter> events;  // TensorBoard scalars, appended live in the run folder
    try {
        events = std::make_unique<ts::TensorBoardWriter>(outDir, p.resumed ? resumeAt.step : -1, p.config.isLanguageModel());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "warning: %s; training continues without TensorBoard events\n", e.what());
    }
    ts::RunControl control;
    RoundLimitObserver observers({&console, events.get()}, control, m_stopAfter);
    gControl = &control;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    ts::TrainOptions options;
    options.checkpointDir = outDir;
    options.resumeFrom = p.checkpoint;
    options.collective = group.get();
    const ts::RunSummary s = ts::train(p.config, data, observers, control, options);
    gControl = nullptr;
    return reportOutcome(s, outDir, writer, events.get(), p.reportAtEnd);
}

}  // namespace ts::cli
