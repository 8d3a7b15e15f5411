// The learning-rate range test's settings, its curve and the rates it suggests, the rules that stop it and
// pick the suggestions, and its record (lr-find.json, lr-find.svg). Torch-free and Qt-free: the window shows a
// result without LibTorch; core/health/LearningRateFinder.h runs the test.
#pragma once

#include <string>
#include <vector>

namespace ts {

/// How the range test sweeps: the learning rate grows exponentially from startLr to endLr over `steps` steps.
struct LrFindSettings {
    static constexpr double kDefaultStart = 1e-7;
    static constexpr double kDefaultEnd = 10.0;
    static constexpr int kDefaultSteps = 100;
    double startLr = kDefaultStart;
    double endLr = kDefaultEnd;
    int steps = kDefaultSteps;
};

/// The fewest steps a range test takes (the suggestions need a curve).
constexpr int kMinLrFindSteps = 10;
/// The most steps a range test takes.
constexpr int kMaxLrFindSteps = 100000;

/// Why `s` cannot run ("" when it can): positive finite rates, end above start, kMinLrFindSteps to
/// kMaxLrFindSteps steps.
std::string validateLrFindSettings(const LrFindSettings& s);

/// EMA weight of the smoothed loss (fastai's lr_find), debiased as the window's loss curve is.
constexpr double kLrFindSmoothing = 0.98;
/// The test stops once the smoothed loss exceeds this many times the best smoothed loss so far.
constexpr double kLrFindDivergenceFactor = 4.0;
/// Plots of the curve show the loss up to this many times its first value: the exploded tail above would
/// flatten the rest.
constexpr double kLrFindPlotHeadroom = 1.5;
/// The second suggestion is the learning rate at the smoothed minimum divided by this.
constexpr double kLrFindMinimumDivisor = 10.0;

/// The two rates a range test suggests; a rate is -1 (and its index -1) when the curve is too short to tell.
struct LrFindSuggestions {
    double steepestLr = -1.0;  ///< where the smoothed loss falls fastest per decade of learning rate
    int steepestIndex = -1;
    double minimumLr = -1.0;   ///< where the smoothed loss is lowest
    int minimumIndex = -1;
    double minLrDiv10 = -1.0;  ///< minimumLr / 10
};

/// What a range test measured: its inputs, one point per step taken, and the suggestions.
struct LrFindResult {
    std::string preset;
    std::string data;                ///< the data set's path
    std::string device;              ///< "cpu" or "cuda:N"
    LrFindSettings settings;
    std::vector<double> lrs;         ///< learning rate of each step taken
    std::vector<double> losses;      ///< its training loss
    std::vector<double> smoothed;    ///< the debiased EMA of the losses (kLrFindSmoothing)
    bool stoppedEarly = false;       ///< stopped before `steps` steps (the loss exploded, or cancelled)
    std::string stopReason;          ///< why it stopped early ("" when it ran every step)
    LrFindSuggestions suggestions;
    double seconds = 0.0;            ///< wall time of the test

    /// The recommended rate: the steepest descent, or the minimum ÷ 10 when there is none; -1 when neither.
    /// (On the presets the steepest descent lands within about 2x of their tuned rates; the minimum ÷ 10 lands
    /// 3 to 25 times above them, as the smoothed minimum lags the raw loss: README "Find a learning rate".)
    double suggestedLr() const;
};

/// Learning rate of 0-based step `step`: startLr * (endLr / startLr)^(step / (steps - 1)).
double lrFindRate(const LrFindSettings& s, int step);

/// Why the test stops after a step whose smoothed loss is `smoothed` (best so far `best`); "" to go on.
std::string lrFindStopReason(double loss, double smoothed, double best);

/// The suggestions for a curve: the steepest descent of `smoothed` against log10(lr) between the first 10% of
/// points and the minimum (the exploding tail is left out), and the minimum ÷ 10. None when the curve has fewer
/// than 3 points or never falls below its first value.
LrFindSuggestions suggestLearningRates(const std::vector<double>& lrs, const std::vector<double>& smoothed);

/// lr-find.json's text: suggested_lr, steepest_lr, min_lr_div10, lrs, losses, smoothed, preset, data, start,
/// end, steps, stopped_early (and stop_reason, device, seconds).
std::string lrFindJson(const LrFindResult& r);

/// The curve as an SVG chart: smoothed loss (raw loss faint) over the learning rate on a log axis, with both
/// suggestions marked.
std::string lrFindSvg(const LrFindResult& r);

/// Writes lr-find.json and lr-find.svg into `dir` (created when missing), each atomically. Throws FileWriteError.
void writeLrFindRecord(const std::string& dir, const LrFindResult& r);

/// Creates a fresh folder for a range test's record: <runsRoot>/lr-find/<YYYYmmdd-HHMMSS>-<preset>[-N]. The
/// runs list never shows it (it holds no run.json), and it is never a run's folder.
std::string newLrFindDir(const std::string& runsRoot, const std::string& preset);

}  // namespace ts
