// The learning-rate range test's rules (step rates, when to stop, the suggestions) and its record
// (core/health/LrFindResult.h).
#include "core/health/LrFindResult.h"

#include "core/common/AtomicFile.h"
#include "core/common/FileOps.h"
#include "core/common/Json.h"
#include "core/common/Numbers.h"
#include "core/runs/RunFolder.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ts {

namespace {

constexpr double kLrFindSkipBeginShare = 0.1;  // the first 10% of points: the smoothed curve has not settled yet
constexpr int kLrFindJsonIndent = 1;
constexpr const char* kLrFindFolder = "lr-find";

/// Index of the smallest finite value of `v`, or -1.
int smallestFiniteIndex(const std::vector<double>& v) {
    int best = -1;
    for (size_t i = 0; i < v.size(); ++i)
        if (std::isfinite(v[i]) && (best < 0 || v[i] < v[size_t(best)])) best = int(i);
    return best;
}

/// Index in [from, to] where `y` falls fastest against log10(x) (central differences), or -1.
int steepestDescentIndex(const std::vector<double>& x, const std::vector<double>& y, int from, int to) {
    int best = -1;
    double bestSlope = 0.0;
    for (int i = std::max(from, 1); i <= to && i + 1 < int(y.size()); ++i) {
        const double dx = std::log10(x[size_t(i + 1)]) - std::log10(x[size_t(i - 1)]);
        const double slope = (y[size_t(i + 1)] - y[size_t(i - 1)]) / dx;
        if (std::isfinite(slope) && slope < bestSlope) {
            bestSlope = slope;
            best = i;
        }
    }
    return best;
}

}  // namespace

double LrFindResult::suggestedLr() const {
    return suggestions.steepestLr > 0.0 ? suggestions.steepestLr : suggestions.minLrDiv10;
}

std::string validateLrFindSettings(const LrFindSettings& s) {
    if (!(s.startLr > 0.0) || !std::isfinite(s.startLr)) return "the start rate must be a positive number";
    if (!(s.endLr > s.startLr) || !std::isfinite(s.endLr)) return "the end rate must be a number above the start rate";
    if (s.steps < kMinLrFindSteps || s.steps > kMaxLrFindSteps)
        return "the steps must be between " + std::to_string(kMinLrFindSteps) + " and " + std::to_string(kMaxLrFindSteps);
    return {};
}

double lrFindRate(const LrFindSettings& s, int step) {
    if (s.steps <= 1) return s.startLr;
    return s.startLr * std::pow(s.endLr / s.startLr, double(step) / double(s.steps - 1));
}

std::string lrFindStopReason(double loss, double smoothed, double best) {
    if (!std::isfinite(loss) || !std::isfinite(smoothed)) return "the loss became " + std::string(std::isnan(loss) ? "NaN" : "infinite");
    if (smoothed > kLrFindDivergenceFactor * best)
        return "the smoothed loss exceeded " + formatShortest(kLrFindDivergenceFactor) + " times its best";
    return {};
}

LrFindSuggestions suggestLearningRates(const std::vector<double>& lrs, const std::vector<double>& smoothed) {
    LrFindSuggestions s;
    if (lrs.size() != smoothed.size() || lrs.size() < 3) return s;
    const int lowest = smallestFiniteIndex(smoothed);
    if (lowest <= 0) return s;  // the loss never fell below its first value: nothing to suggest
    s.minimumIndex = lowest;
    s.minimumLr = lrs[size_t(s.minimumIndex)];
    s.minLrDiv10 = s.minimumLr / kLrFindMinimumDivisor;
    const int skip = std::max(1, int(std::lround(kLrFindSkipBeginShare * double(lrs.size()))));
    // Before the minimum: past it the curve rises towards the explosion. A minimum among the first points
    // leaves nothing to skip into, so the whole curve is searched then.
    s.steepestIndex = s.minimumIndex > skip ? steepestDescentIndex(lrs, smoothed, skip, s.minimumIndex)
                                            : steepestDescentIndex(lrs, smoothed, 1, int(lrs.size()) - 2);
    if (s.steepestIndex >= 0) s.steepestLr = lrs[size_t(s.steepestIndex)];
    return s;
}

std::string lrFindJson(const LrFindResult& r) {
    Json j;
    j.set("suggested_lr", r.suggestedLr());
    j.set("steepest_lr", r.suggestions.steepestLr);
    j.set("min_lr_div10", r.suggestions.minLrDiv10);
    j.set("minimum_lr", r.suggestions.minimumLr);
    j.set("lrs", jsonArray(r.lrs));
    j.set("losses", jsonArray(r.losses));
    j.set("smoothed", jsonArray(r.smoothed));
    j.set("preset", r.preset);
    j.set("data", r.data);
    j.set("device", r.device);
    j.set("start", r.settings.startLr);
    j.set("end", r.settings.endLr);
    j.set("steps", r.settings.steps);
    j.set("steps_taken", long(r.lrs.size()));
    j.set("stopped_early", r.stoppedEarly);
    j.set("stop_reason", r.stopReason);
    j.set("seconds", r.seconds);
    return j.dump(kLrFindJsonIndent) + "\n";
}

void writeLrFindRecord(const std::string& dir, const LrFindResult& r) {
    if (const int err = fileops::makeFolders(dir)) throw FileWriteError(dir, err);
    writeFileAtomically(dir + "/lr-find.json", lrFindJson(r));
    writeFileAtomically(dir + "/lr-find.svg", lrFindSvg(r));
}

std::string newLrFindDir(const std::string& runsRoot, const std::string& preset) {
    return newRunDir(runsRoot + "/" + kLrFindFolder, preset);
}

}  // namespace ts
