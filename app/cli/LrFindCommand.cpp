// The lr-find subcommand (app/cli/LrFindCommand.h).
#include "app/cli/LrFindCommand.h"

#include "core/common/Numbers.h"
#include "core/health/LearningRateFinder.h"
#include "core/runs/RunFolder.h"

#include <cstdio>
#include <filesystem>
#include <stdexcept>

namespace ts::cli {

namespace {

constexpr int kProgressEvery = 10;  // without a terminal, one progress line every this many steps

/// Prints a range test's steps: a live line on a terminal, else every kProgressEvery steps.
void printLrFindStep(const ts::LrFindPoint& p) {
    const std::string line = "step " + std::to_string(p.step) + "/" + std::to_string(p.steps) + "  lr " +
                             formatSignificant(p.lr, 3) + "  loss " + formatFixed(p.loss, 4) + "  smoothed " +
                             formatFixed(p.smoothed, 4);
    if (stderrIsTerminal()) std::fprintf(stderr, "\r%s", line.c_str());
    else if (p.step % kProgressEvery == 0 || p.step == 1) std::fprintf(stderr, "%s\n", line.c_str());
}

/// The outcome for people: how far the test went and the suggestions, the recommended one first.
void printLrFindOutcome(const ts::LrFindResult& r, double presetLr) {
    std::printf("%zu steps from lr %s to %s in %s%s\n", r.lrs.size(), formatSignificant(r.settings.startLr, 3).c_str(),
                r.lrs.empty() ? "-" : formatSignificant(r.lrs.back(), 3).c_str(), ts::formatDuration(r.seconds).c_str(),
                r.stoppedEarly ? (" (stopped: " + r.stopReason + ")").c_str() : "");
    const ts::LrFindSuggestions& s = r.suggestions;
    if (r.suggestedLr() <= 0.0) {
        std::printf("no suggestion: the loss did not fall over the range; try a wider range or more steps\n");
        return;
    }
    std::printf("suggested learning rate %s (the steepest descent of the smoothed loss; the preset uses %s)\n",
                formatSignificant(r.suggestedLr(), 3).c_str(), formatSignificant(presetLr, 3).c_str());
    std::printf("  steepest descent  %s\n", s.steepestLr > 0.0 ? formatSignificant(s.steepestLr, 3).c_str() : "-");
    std::printf("  minimum ÷ 10      %s (minimum at %s)\n", formatSignificant(s.minLrDiv10, 3).c_str(),
                formatSignificant(s.minimumLr, 3).c_str());
}

}  // namespace

LrFindCommand::LrFindCommand(CLI::App& app)
    : Command(app, "lr-find",
              "Find a learning rate with a range test: train the preset's model from its initial weights for a few "
              "steps while the learning rate grows exponentially, stop when the loss explodes, and suggest a rate.") {
    addDataOptions(*m_command, m_data, m_load);
    addOptions();
    m_command->footer("Writes lr-find.json (suggested_lr, steepest_lr, min_lr_div10, lrs, losses, smoothed, ...) and "
                      "the plot lr-find.svg into --out DIR, by default a new folder under RUNS_ROOT/lr-find/. No run "
                      "and no checkpoint is written or touched. The suggestion is the steepest descent of the smoothed "
                      "loss; the minimum ÷ 10 is printed beside it.");
}

void LrFindCommand::addOptions() {
    CLI::App& c = *m_command;
    const std::string group = "Range test";
    addOption(c, "--preset", "NAME", m_preset, "the preset whose model and optimizer are tested (default mlp)")->group(group);
    addOption(c, "--start", "LR", m_settings.startLr, "the first learning rate (1e-7)")->group(group);
    addOption(c, "--end", "LR", m_settings.endLr, "the last learning rate (10)")->group(group);
    addOption(c, "--steps", "N", m_settings.steps, "optimizer steps from --start to --end (100)")->group(group);
    m_overrides.add(c, "--batch-size", "N", &ts::TrainConfig::batchSize, "samples per batch")->group(group);
    m_overrides.add(c, "--optimizer", "NAME", &ts::TrainConfig::optimizer, "sgd | adam | adamw")->group(group);
    m_overrides.add(c, "--momentum", "X", &ts::TrainConfig::momentum, "SGD momentum")->group(group);
    m_overrides.add(c, "--weight-decay", "X", &ts::TrainConfig::weightDecay, "weight decay")->group(group);
    m_overrides.add(c, "--device", "NAME", &ts::TrainConfig::device, "auto | cpu | cuda (default auto)")->group(group);
    m_overrides.add(c, "--threads", "N", &ts::TrainConfig::threads, "intra-op threads (0 = automatic)")->group(group);
    m_overrides.add(c, "--seed", "N", &ts::TrainConfig::seed, "random seed of the initial weights and batches")->group(group);
    const std::string output = "Output";
    addOption(c, "--out", "DIR", m_out, "folder for lr-find.json and lr-find.svg (created when missing)")->group(output);
    addOption(c, "--runs-dir", "DIR", m_runsDir,
              "runs root whose lr-find/ folder takes the record without --out (default: $XDG_DATA_HOME/trainscope/runs)")
        ->group(output);
    c.add_flag("--quiet", m_quiet, "only print the suggestions")->group(output);
}

ts::TrainConfig LrFindCommand::plannedConfig() const {
    if (m_data.empty()) throw UsageError("--data PATH is required");
    ts::TrainConfig cfg;
    try {
        cfg = ts::presetConfig(m_preset);
    } catch (const std::exception& e) {
        throw UsageError(e.what());
    }
    m_overrides.applyTo(cfg);
    if (m_command->count("--split") > 0) {  // as train: the loader makes the validation split
        cfg.valFraction = m_load.valFraction;
        cfg.testFraction = m_load.testFraction;
    }
    if (const std::string bad = ts::validateConfig(cfg); !bad.empty()) throw UsageError(bad);
    if (const std::string bad = ts::validateLrFindSettings(m_settings); !bad.empty()) throw UsageError(bad);
    // A run's folder is never the record's: its files stay as they are.
    if (!m_out.empty() && ts::holdsRun(m_out))
        throw UsageError(m_out + " holds a run; choose another --out folder for the range test's record");
    return cfg;
}

std::string LrFindCommand::recordDir(const std::string& preset) const {
    if (!m_out.empty()) return m_out;
    return ts::newLrFindDir(m_runsDir.empty() ? ts::defaultRunsRoot() : m_runsDir, preset);
}

int LrFindCommand::run() {
    const ts::TrainConfig cfg = plannedConfig();
    const LoadedData loaded = loadTrainingData(m_data, m_load, cfg);
    if (!m_quiet) printDataSummary(loaded, cfg);
    ts::LrFindCallbacks callbacks;
    if (!m_quiet) {
        callbacks.onStep = printLrFindStep;
        callbacks.onMessage = [](const std::string& text) { std::fprintf(stderr, "%s\n", text.c_str()); };
    }
    const ts::LrFindResult result = ts::findLearningRate(cfg, loaded.data, m_settings, callbacks);
    if (!m_quiet && stderrIsTerminal()) clearProgressLine();
    const std::string dir = recordDir(cfg.preset);
    ts::writeLrFindRecord(dir, result);
    printLrFindOutcome(result, cfg.lr);
    std::printf("record written to %s (lr-find.json, lr-find.svg)\n", dir.c_str());
    return kExitOk;
}

}  // namespace ts::cli
