// Min/max and last-per-bucket decimation of plain vectors of curve points (the templates are in the header).
#include "core/plot/Decimation.h"

namespace ts {

namespace {

/// The points of `points` at `indices`.
std::vector<CurvePoint> pick(const std::vector<CurvePoint>& points, const std::vector<int>& indices) {
    std::vector<CurvePoint> out;
    out.reserve(indices.size());
    for (int i : indices) out.push_back(points[static_cast<size_t>(i)]);
    return out;
}

bool finite(const CurvePoint& p) { return std::isfinite(p.x) && std::isfinite(p.y); }

}  // namespace

std::vector<CurvePoint> decimateMinMax(const std::vector<CurvePoint>& points, double xMin, double xMax, int columns) {
    std::vector<int> kept;
    const auto at = [&](int i) -> const CurvePoint& { return points[static_cast<size_t>(i)]; };
    decimateMinMax(
        0, static_cast<int>(points.size()), xMin, xMax, columns, [&](int i) { return at(i).x; },
        [&](int i) { return at(i).y; }, [&](int i) { return finite(at(i)); }, kept);
    return pick(points, kept);
}

std::vector<CurvePoint> decimateLastPerBucket(const std::vector<CurvePoint>& points, double xMin, double xMax,
                                              int columns) {
    std::vector<int> kept;
    const auto at = [&](int i) -> const CurvePoint& { return points[static_cast<size_t>(i)]; };
    decimateLastPerBucket(
        0, static_cast<int>(points.size()), xMin, xMax, columns, [&](int i) { return at(i).x; },
        [&](int i) { return finite(at(i)); }, kept, nullptr, [](int) { return false; });
    return pick(points, kept);
}

}  // namespace ts
