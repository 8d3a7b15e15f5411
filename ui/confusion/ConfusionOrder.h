// Orders of the classes along a confusion matrix's axes: by name and by confusion clusters.
#pragma once

#include "core/common/Types.h"

#include <QString>
#include <QVector>

namespace ts {
namespace confusion {

/// Case-insensitive order that compares runs of digits as numbers ("class 2" before "class 10").
bool naturalLess(const QString& a, const QString& b);
/// Order that puts classes often confused with each other next to each other (average-linkage
/// clustering of the symmetric, row-normalized confusions); the identity below three classes.
QVector<int> clusterOrder(const ConfusionMatrix& matrix);

}  // namespace confusion
}  // namespace ts
