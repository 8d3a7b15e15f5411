// Evaluate mode's statistics (core/Evaluation.h): calibration, confidence histograms, class and feature
// drift tests, the comparison with a run's own test metrics. Plain C++, no torch, no Qt.
#include "core/eval/Evaluation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <stdexcept>

namespace ts {

namespace {

constexpr double kPi = 3.14159265358979323846;

/// Equal-width bin of a value in [0, 1] among `bins` bins, with the bin edges computed exactly as
/// double(b) / bins so that a value on an edge lands in the bin that starts there. Values outside
/// [0, 1] are clamped into the first or last bin; 1.0 falls in the last bin.
int unitBin(double v, int bins) {
    if (!(v > 0.0)) return 0;  // also NaN
    if (v >= 1.0) return bins - 1;
    int b = std::clamp(static_cast<int>(std::floor(v * bins)), 0, bins - 1);
    // v * bins may round across an edge; settle it against the edges themselves.
    if (b > 0 && v < double(b) / bins) --b;
    else if (b < bins - 1 && v >= double(b + 1) / bins) ++b;
    return b;
}

/// Lower regularized incomplete gamma P(a, x) by its power series; for x < a + 1, where it converges fast.
double gammaPSeries(double a, double x) {
    double term = 1.0 / a;
    double sum = term;
    for (int n = 1; n < 100000; ++n) {
        term *= x / (a + n);
        sum += term;
        if (std::fabs(term) < std::fabs(sum) * 1e-17) break;
    }
    return sum * std::exp(-x + a * std::log(x) - std::lgamma(a));
}

/// Upper regularized incomplete gamma Q(a, x) by its continued fraction (modified Lentz); for x >= a + 1.
double gammaQContinuedFraction(double a, double x) {
    constexpr double tiny = 1e-300;
    double b = x + 1.0 - a;
    double c = 1.0 / tiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < 100000; ++i) {
        const double an = -double(i) * (double(i) - a);
        b += 2.0;
        d = an * d + b;
        if (std::fabs(d) < tiny) d = tiny;
        c = b + an / c;
        if (std::fabs(c) < tiny) c = tiny;
        d = 1.0 / d;
        const double step = d * c;
        h *= step;
        if (std::fabs(step - 1.0) < 1e-16) break;
    }
    return std::exp(-x + a * std::log(x) - std::lgamma(a)) * h;
}

/// Upper regularized incomplete gamma Q(a, x) for a > 0, x > 0.
double gammaQ(double a, double x) {
    if (x < a + 1.0) return std::clamp(1.0 - gammaPSeries(a, x), 0.0, 1.0);
    return std::clamp(gammaQContinuedFraction(a, x), 0.0, 1.0);
}

/// Asymptotic Kolmogorov distribution's upper tail Q(lambda) = 2 sum_{k>=1} (-1)^(k-1) exp(-2 k^2 lambda^2).
double kolmogorovSurvival(double lambda) {
    if (!(lambda > 0.0)) return 1.0;
    if (lambda < 1.18) {
        // The alternating series converges slowly for small lambda; use the equivalent (Jacobi theta)
        // form of the CDF there: 1 - Q = sqrt(2 pi) / lambda * sum_{k>=1} exp(-(2k-1)^2 pi^2 / (8 lambda^2)).
        const double y = -kPi * kPi / (8.0 * lambda * lambda);
        double sum = 0.0;
        for (int k = 1; k <= 50; ++k) {
            const double t = std::exp(double((2 * k - 1) * (2 * k - 1)) * y);
            sum += t;
            if (t < 1e-18 * sum || t == 0.0) break;
        }
        return std::clamp(1.0 - std::sqrt(2.0 * kPi) / lambda * sum, 0.0, 1.0);
    }
    double sum = 0.0;
    double sign = 1.0;
    for (int k = 1; k <= 100; ++k) {
        const double t = std::exp(-2.0 * double(k) * double(k) * lambda * lambda);
        sum += sign * t;
        if (t < 1e-18) break;
        sign = -sign;
    }
    return std::clamp(2.0 * sum, 0.0, 1.0);
}

/// The finite values of a sample (NaN and infinities carry no place in an empirical CDF we can trust).
std::vector<float> finiteOnly(std::vector<float> v) {
    v.erase(std::remove_if(v.begin(), v.end(), [](float x) { return !std::isfinite(x); }), v.end());
    return v;
}

/// Mean and population standard deviation (divide by n) of a sample; 0, 0 when empty.
std::pair<double, double> meanStd(const std::vector<float>& v) {
    if (v.empty()) return {0.0, 0.0};
    double mean = 0.0;
    for (float x : v) mean += x;
    mean /= double(v.size());
    double ss = 0.0;
    for (float x : v) ss += (x - mean) * (x - mean);
    return {mean, std::sqrt(ss / double(v.size()))};
}

/// Up to `maxSamples` row indices of a set of `n` rows, chosen by a seeded partial Fisher-Yates shuffle
/// and returned in ascending order; all rows when n <= maxSamples (or maxSamples <= 0). The generator's
/// raw output is reduced by modulo, not by std::uniform_int_distribution, so the choice is the same with
/// every standard library.
std::vector<int64_t> subsample(int64_t n, int64_t maxSamples, uint64_t seed) {
    std::vector<int64_t> idx(static_cast<size_t>(std::max<int64_t>(n, 0)));
    std::iota(idx.begin(), idx.end(), int64_t(0));
    if (maxSamples <= 0 || n <= maxSamples) return idx;
    std::mt19937_64 rng(seed);
    for (int64_t i = 0; i < maxSamples; ++i) {
        const uint64_t span = uint64_t(n - i);
        const int64_t j = i + int64_t(rng() % span);
        std::swap(idx[size_t(i)], idx[size_t(j)]);
    }
    idx.resize(size_t(maxSamples));
    std::sort(idx.begin(), idx.end());
    return idx;
}

/// Per-class counts of labels that index [0, classCount); other labels are ignored.
std::vector<int64_t> countClasses(const ImageSet& set, size_t classCount) {
    std::vector<int64_t> counts(classCount, 0);
    for (int64_t l : set.labels)
        if (l >= 0 && uint64_t(l) < classCount) ++counts[size_t(l)];
    return counts;
}

/// Number of feature columns of a tabular set.
int64_t columnCount(const ImageSet& set) {
    if (set.size() <= 0) return set.width;
    return int64_t(set.features.size()) / set.size();
}

/// Column `col` of a tabular set, at the given rows.
std::vector<float> column(const ImageSet& set, int64_t width, int64_t col, const std::vector<int64_t>& rows) {
    std::vector<float> out;
    out.reserve(rows.size());
    for (int64_t r : rows) out.push_back(set.features[size_t(r * width + col)]);
    return out;
}

FeatureShift shiftOf(const std::string& name, const std::vector<float>& ref, const std::vector<float>& cur) {
    FeatureShift f;
    f.name = name;
    const KsResult ks = ksTwoSample(ref, cur);
    f.ks = ks.statistic;
    f.pValue = ks.pValue;
    f.psi = featurePsi(ref, cur, 10);
    const auto [rm, rs] = meanStd(finiteOnly(ref));
    const auto [cm, cs] = meanStd(finiteOnly(cur));
    f.referenceMean = rm;
    f.referenceStd = rs;
    f.currentMean = cm;
    f.currentStd = cs;
    return f;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Calibration and confidence
// ---------------------------------------------------------------------------------------------

namespace {

/// Reliability bins of the (confidence, correct) pairs that `each(visit)` hands to `visit`; NaN confidences say
/// nothing about calibration and are skipped.
template <class Each>
Calibration calibrationOf(const Each& each, int bins) {
    bins = std::max(bins, 1);
    Calibration c;
    c.bins.resize(size_t(bins));
    std::vector<double> confSum(size_t(bins), 0.0);
    std::vector<int64_t> correct(size_t(bins), 0);
    for (int b = 0; b < bins; ++b) {
        c.bins[size_t(b)].lower = double(b) / bins;
        c.bins[size_t(b)].upper = double(b + 1) / bins;
    }
    int64_t total = 0;
    each([&](double confidence, bool right) {
        if (std::isnan(confidence)) return;
        const double conf = std::clamp(confidence, 0.0, 1.0);
        const size_t b = size_t(unitBin(conf, bins));
        ++c.bins[b].count;
        confSum[b] += conf;
        if (right) ++correct[b];
        ++total;
    });
    for (size_t b = 0; b < c.bins.size(); ++b) {
        CalibrationBin& bin = c.bins[b];
        if (bin.count == 0) continue;
        bin.meanConfidence = confSum[b] / double(bin.count);
        bin.accuracy = double(correct[b]) / double(bin.count);
        const double gap = std::fabs(bin.accuracy - bin.meanConfidence);
        c.ece += double(bin.count) / double(total) * gap;
        c.mce = std::max(c.mce, gap);
    }
    return c;
}

/// Confidence histogram of the (confidence, correct) pairs that `each(visit)` hands to `visit`.
template <class Each>
ConfidenceHistogram histogramOf(const Each& each, int bins) {
    bins = std::max(bins, 1);
    ConfidenceHistogram h;
    h.edges.resize(size_t(bins) + 1);
    for (int b = 0; b <= bins; ++b) h.edges[size_t(b)] = double(b) / bins;
    h.correct.assign(size_t(bins), 0);
    h.wrong.assign(size_t(bins), 0);
    each([&](double confidence, bool right) {
        if (std::isnan(confidence)) return;
        const size_t b = size_t(unitBin(confidence, bins));
        ++(right ? h.correct : h.wrong)[b];
    });
    return h;
}

/// Visits each prediction as (confidence, predicted == true class).
auto eachPrediction(const std::vector<Prediction>& predictions) {
    return [&predictions](const auto& visit) {
        for (const Prediction& p : predictions) visit(p.confidence, p.predicted == p.trueClass);
    };
}

/// Visits each pair (confidence[i], correct[i] != 0).
auto eachPair(const std::vector<float>& confidence, const std::vector<uint8_t>& correct) {
    return [&confidence, &correct](const auto& visit) {
        const size_t n = std::min(confidence.size(), correct.size());
        for (size_t i = 0; i < n; ++i) visit(double(confidence[i]), correct[i] != 0);
    };
}

}  // namespace

Calibration computeCalibration(const std::vector<Prediction>& predictions, int bins) {
    return calibrationOf(eachPrediction(predictions), bins);
}

Calibration computeCalibration(const std::vector<float>& confidence, const std::vector<uint8_t>& correct, int bins) {
    return calibrationOf(eachPair(confidence, correct), bins);
}

ConfidenceHistogram confidenceHistogram(const std::vector<Prediction>& predictions, int bins) {
    return histogramOf(eachPrediction(predictions), bins);
}

ConfidenceHistogram confidenceHistogram(const std::vector<float>& confidence, const std::vector<uint8_t>& correct,
                                        int bins) {
    return histogramOf(eachPair(confidence, correct), bins);
}

// ---------------------------------------------------------------------------------------------
// Drift
// ---------------------------------------------------------------------------------------------

double chiSquareSurvival(double x, int dof) {
    if (std::isnan(x)) return std::numeric_limits<double>::quiet_NaN();
    // No degrees of freedom means there was nothing to test: report "no evidence" rather than a tail.
    if (dof <= 0 || x <= 0.0) return 1.0;
    if (std::isinf(x)) return 0.0;
    return gammaQ(0.5 * dof, 0.5 * x);
}

ChiSquareResult chiSquareHomogeneity(const std::vector<int64_t>& reference, const std::vector<int64_t>& current) {
    ChiSquareResult r;  // statistic 0, dof 0, p 1: the untestable cases below keep these
    const size_t k = std::max(reference.size(), current.size());
    auto at = [](const std::vector<int64_t>& v, size_t i) { return i < v.size() ? std::max<int64_t>(v[i], 0) : 0; };
    double refTotal = 0.0, curTotal = 0.0;
    std::vector<size_t> kept;
    for (size_t i = 0; i < k; ++i) {
        refTotal += double(at(reference, i));
        curTotal += double(at(current, i));
        if (at(reference, i) + at(current, i) > 0) kept.push_back(i);
    }
    // One empty row or a single class leaves no distribution to compare.
    if (refTotal <= 0.0 || curTotal <= 0.0 || kept.size() < 2) return r;
    const double total = refTotal + curTotal;
    for (size_t i : kept) {
        const double colTotal = double(at(reference, i) + at(current, i));
        const double eRef = refTotal * colTotal / total;
        const double eCur = curTotal * colTotal / total;
        const double dRef = double(at(reference, i)) - eRef;
        const double dCur = double(at(current, i)) - eCur;
        r.statistic += dRef * dRef / eRef + dCur * dCur / eCur;
    }
    r.dof = int(kept.size()) - 1;
    r.pValue = chiSquareSurvival(r.statistic, r.dof);
    return r;
}

double populationStabilityIndex(const std::vector<int64_t>& reference, const std::vector<int64_t>& current,
                                double epsilon) {
    const size_t k = std::max(reference.size(), current.size());
    auto at = [](const std::vector<int64_t>& v, size_t i) { return i < v.size() ? double(std::max<int64_t>(v[i], 0)) : 0.0; };
    double refTotal = 0.0, curTotal = 0.0;
    for (size_t i = 0; i < k; ++i) {
        refTotal += at(reference, i);
        curTotal += at(current, i);
    }
    if (refTotal <= 0.0 || curTotal <= 0.0) return 0.0;  // an empty histogram has no shares to compare
    epsilon = std::max(epsilon, std::numeric_limits<double>::min());
    double psi = 0.0;
    for (size_t i = 0; i < k; ++i) {
        const double r = std::max(at(reference, i) / refTotal, epsilon);
        const double c = std::max(at(current, i) / curTotal, epsilon);
        psi += (c - r) * std::log(c / r);
    }
    return psi;
}

KsResult ksTwoSample(std::vector<float> a, std::vector<float> b) {
    KsResult r;
    a = finiteOnly(std::move(a));
    b = finiteOnly(std::move(b));
    if (a.empty() || b.empty()) return r;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    const double n = double(a.size()), m = double(b.size());
    size_t i = 0, j = 0;
    double d = 0.0;
    // Step both empirical CDFs past each distinct value at once, so tied values never open a false gap.
    while (i < a.size() || j < b.size()) {
        float v;
        if (i == a.size()) v = b[j];
        else if (j == b.size()) v = a[i];
        else v = std::min(a[i], b[j]);
        while (i < a.size() && a[i] == v) ++i;
        while (j < b.size() && b[j] == v) ++j;
        d = std::max(d, std::fabs(double(i) / n - double(j) / m));
    }
    r.statistic = d;
    const double ne = n * m / (n + m);
    const double root = std::sqrt(ne);
    r.pValue = kolmogorovSurvival((root + 0.12 + 0.11 / root) * d);
    return r;
}

double featurePsi(const std::vector<float>& reference, const std::vector<float>& current, int bins) {
    bins = std::max(bins, 1);
    std::vector<float> ref = finiteOnly(reference);
    const std::vector<float> cur = finiteOnly(current);
    if (ref.empty() || cur.empty()) return 0.0;
    std::sort(ref.begin(), ref.end());
    // Edges: the reference minimum and its 1/bins ... (bins-1)/bins quantiles, deduplicated (a constant or
    // few-valued feature collapses to fewer bins). Bin 0 holds values below the reference's minimum,
    // bin e holds [edge e-1, edge e), the last interval bin runs up to and including the reference's
    // maximum, and one more bin holds values above it. The two outer bins are empty in the reference,
    // so they only count when the current data leaves the reference's range; they also make a constant
    // reference feature detect any change of its value.
    std::vector<float> edges{ref.front()};
    const size_t n = ref.size();
    for (int q = 1; q < bins; ++q) edges.push_back(ref[std::min(n - 1, size_t(double(q) * double(n) / bins))]);
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    const float top = ref.back();
    const size_t binCount = edges.size() + 2;
    auto binOf = [&](float v) {
        if (v > top) return binCount - 1;
        return size_t(std::upper_bound(edges.begin(), edges.end(), v) - edges.begin());
    };
    std::vector<int64_t> refHist(binCount, 0), curHist(binCount, 0);
    for (float v : ref) ++refHist[binOf(v)];
    for (float v : cur) ++curHist[binOf(v)];
    return populationStabilityIndex(refHist, curHist);
}

std::vector<std::string> imageStatisticNames() {
    return {"mean brightness", "contrast", "dark pixel share", "bright pixel share", "edge strength"};
}

namespace {

/// imageStatistics of some rows of an image set.
std::vector<std::vector<float>> imageStatisticsOf(const ImageSet& set, const std::vector<int64_t>& rows) {
    const size_t statCount = imageStatisticNames().size();
    std::vector<std::vector<float>> out(statCount);
    if (set.isTabular()) return {};
    const int64_t bytes = set.sampleBytes();
    if (bytes <= 0 || int64_t(set.pixels.size()) < set.size() * bytes)
        throw std::runtime_error("image set is inconsistent: " + std::to_string(set.pixels.size()) + " pixel bytes for " +
                                 std::to_string(set.size()) + " images of " + std::to_string(bytes) + " bytes");
    for (auto& v : out) v.reserve(rows.size());
    const int64_t planes = set.channels, h = set.height, w = set.width;
    for (int64_t row : rows) {
        const uint8_t* img = set.pixels.data() + size_t(row * bytes);
        double sum = 0.0, sumSq = 0.0;
        int64_t dark = 0, bright = 0;
        for (int64_t i = 0; i < bytes; ++i) {
            const double v = img[i];
            sum += v;
            sumSq += v * v;
            dark += img[i] < 32;
            bright += img[i] >= 224;
        }
        const double count = double(bytes);
        const double mean = sum / count;
        const double var = std::max(0.0, sumSq / count - mean * mean);
        // Edge strength: mean absolute difference between horizontal and vertical neighbours, per channel.
        double grad = 0.0;
        int64_t pairs = 0;
        for (int64_t c = 0; c < planes; ++c) {
            const uint8_t* p = img + c * h * w;
            for (int64_t y = 0; y < h; ++y)
                for (int64_t x = 0; x < w; ++x) {
                    const int v = p[y * w + x];
                    if (x + 1 < w) { grad += std::abs(v - int(p[y * w + x + 1])); ++pairs; }
                    if (y + 1 < h) { grad += std::abs(v - int(p[(y + 1) * w + x])); ++pairs; }
                }
        }
        out[0].push_back(float(mean / 255.0));
        out[1].push_back(float(std::sqrt(var) / 255.0));
        out[2].push_back(float(double(dark) / count));
        out[3].push_back(float(double(bright) / count));
        out[4].push_back(float(pairs > 0 ? grad / double(pairs) / 255.0 : 0.0));
    }
    return out;
}

}  // namespace

std::vector<std::vector<float>> imageStatistics(const ImageSet& set) {
    if (set.isTabular()) return {};
    return imageStatisticsOf(set, subsample(set.size(), 0, 0));
}

DriftReport computeDrift(const ImageSet& reference, const ImageSet& current, const std::vector<std::string>& classNames,
                         const std::vector<std::string>& featureNames, const std::string& referenceName,
                         int64_t maxSamples) {
    DriftReport d;
    d.classNames = classNames;
    d.referenceName = referenceName;
    d.currentCounts = countClasses(current, classNames.size());
    d.hasReference = reference.size() > 0;
    if (!d.hasReference) return d;
    d.referenceCounts = countClasses(reference, classNames.size());
    d.classChiSquare = chiSquareHomogeneity(d.referenceCounts, d.currentCounts);
    d.classPsi = populationStabilityIndex(d.referenceCounts, d.currentCounts);
    if (current.size() == 0) return d;

    // Fixed seeds: the same data always gives the same report.
    const std::vector<int64_t> refRows = subsample(reference.size(), maxSamples, 0x5eed0001u);
    const std::vector<int64_t> curRows = subsample(current.size(), maxSamples, 0x5eed0002u);
    if (reference.isTabular() && current.isTabular()) {
        const int64_t width = columnCount(reference);
        if (width != columnCount(current)) return d;  // not the same columns: nothing to compare
        d.featureKind = "columns";
        for (int64_t col = 0; col < width; ++col) {
            const std::string name = size_t(col) < featureNames.size() && !featureNames[size_t(col)].empty()
                                         ? featureNames[size_t(col)]
                                         : "feature " + std::to_string(col + 1);
            d.features.push_back(
                shiftOf(name, column(reference, width, col, refRows), column(current, width, col, curRows)));
        }
    } else if (!reference.isTabular() && !current.isTabular()) {
        d.featureKind = "image statistics";
        const auto names = imageStatisticNames();
        const auto ref = imageStatisticsOf(reference, refRows);
        const auto cur = imageStatisticsOf(current, curRows);
        for (size_t s = 0; s < names.size(); ++s) d.features.push_back(shiftOf(names[s], ref[s], cur[s]));
    } else {
        return d;  // a table against images: no common features
    }
    std::stable_sort(d.features.begin(), d.features.end(),
                     [](const FeatureShift& x, const FeatureShift& y) { return x.ks > y.ks; });
    return d;
}

// ---------------------------------------------------------------------------------------------
// Comparison with the training run
// ---------------------------------------------------------------------------------------------

BaselineComparison compareWithBaseline(const EvalMetrics& current, const EvalMetrics& baseline, double threshold) {
    BaselineComparison c;
    c.available = !baseline.perClass.empty();
    c.baseline = baseline;
    c.threshold = threshold;
    const auto& baseNames = baseline.confusion.classNames;
    // A change equal to the threshold is flagged even when the subtraction rounds just below it.
    const double limit = threshold - 1e-12;
    for (size_t i = 0; i < current.perClass.size(); ++i) {
        const ClassMetrics& now = current.perClass[i];
        ClassDelta d;
        d.className = i < current.confusion.classNames.size() ? current.confusion.classNames[i] : std::to_string(i);
        d.currentF1 = now.f1;
        d.currentRecall = now.recall;
        d.currentPrecision = now.precision;
        const auto it = std::find(baseNames.begin(), baseNames.end(), d.className);
        const size_t b = size_t(it - baseNames.begin());
        if (it != baseNames.end() && b < baseline.perClass.size()) {
            const ClassMetrics& then = baseline.perClass[b];
            d.inBaseline = true;
            d.baselineF1 = then.f1;
            d.baselineRecall = then.recall;
            d.baselinePrecision = then.precision;
            // A class without samples on either side has no recall (and so no F1) to compare.
            const bool comparable = now.support > 0 && then.support > 0;
            d.flagged = comparable && (std::fabs(d.currentF1 - d.baselineF1) >= limit ||
                                       std::fabs(d.currentRecall - d.baselineRecall) >= limit);
        }
        c.classes.push_back(d);
    }
    return c;
}

std::vector<size_t> cellSamples(const std::vector<Prediction>& predictions, int trueClass, int predicted) {
    std::vector<size_t> out;
    for (size_t i = 0; i < predictions.size(); ++i)
        if (predictions[i].trueClass == trueClass && predictions[i].predicted == predicted) out.push_back(i);
    auto key = [&](size_t i) {
        const double c = predictions[i].confidence;
        return std::isnan(c) ? -std::numeric_limits<double>::infinity() : c;  // NaN sorts last
    };
    std::sort(out.begin(), out.end(), [&](size_t x, size_t y) {
        const double cx = key(x), cy = key(y);
        if (cx != cy) return cx > cy;
        if (predictions[x].index != predictions[y].index) return predictions[x].index < predictions[y].index;
        return x < y;
    });
    return out;
}

}  // namespace ts
