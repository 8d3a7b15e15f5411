#include "ui/confusion/ConfusionOrder.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace ts {
namespace confusion {

bool naturalLess(const QString& a, const QString& b) {
    int i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            int ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit()) ++ei;
            while (ej < b.size() && b[ej].isDigit()) ++ej;
            const QString na = a.mid(i, ei - i), nb = b.mid(j, ej - j);
            const qulonglong va = na.toULongLong(), vb = nb.toULongLong();
            if (va != vb) return va < vb;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a[i].toCaseFolded(), cb = b[j].toCaseFolded();
        if (ca != cb) return ca < cb;
        ++i;
        ++j;
    }
    return (a.size() - i) < (b.size() - j);
}

QVector<int> clusterOrder(const ConfusionMatrix& m) {
    const int n = m.classCount();
    QVector<int> identity(n);
    std::iota(identity.begin(), identity.end(), 0);
    if (n < 3) return identity;

    // Similarity: how often i is taken for j plus j for i, each as a share of its true class.
    std::vector<double> rows(static_cast<size_t>(n), 0.0);
    for (int t = 0; t < n; ++t)
        for (int p = 0; p < n; ++p) rows[static_cast<size_t>(t)] += double(m.at(t, p));
    const auto share = [&](int t, int p) { return rows[static_cast<size_t>(t)] > 0 ? double(m.at(t, p)) / rows[static_cast<size_t>(t)] : 0.0; };
    std::vector<double> sim(static_cast<size_t>(n) * n, 0.0);
    const auto S = [&](int a, int b) -> double& { return sim[static_cast<size_t>(a) * n + static_cast<size_t>(b)]; };
    for (int a = 0; a < n; ++a)
        for (int b = 0; b < n; ++b)
            if (a != b) S(a, b) = share(a, b) + share(b, a);

    // Average-linkage agglomeration; each cluster is an ordered chain, joined end to end
    // in whichever orientation puts the two most confused end classes side by side.
    std::vector<QVector<int>> chains(static_cast<size_t>(n));
    std::vector<double> link = sim;  // cluster-to-cluster average similarity, indexed by cluster id
    const auto L = [&](int a, int b) -> double& { return link[static_cast<size_t>(a) * n + static_cast<size_t>(b)]; };
    std::vector<bool> alive(static_cast<size_t>(n), true);
    for (int i = 0; i < n; ++i) chains[static_cast<size_t>(i)] = {i};
    for (int merges = 0; merges < n - 1; ++merges) {
        int bestA = -1, bestB = -1;
        double best = -1.0;
        for (int a = 0; a < n; ++a) {
            if (!alive[static_cast<size_t>(a)]) continue;
            for (int b = a + 1; b < n; ++b) {
                if (!alive[static_cast<size_t>(b)]) continue;
                if (L(a, b) > best) {
                    best = L(a, b);
                    bestA = a;
                    bestB = b;
                }
            }
        }
        QVector<int>& A = chains[static_cast<size_t>(bestA)];
        QVector<int> B = chains[static_cast<size_t>(bestB)];
        // Four ways to join; pick the one with the strongest junction.
        const double aBack_bFront = S(A.back(), B.front());
        const double aBack_bBack = S(A.back(), B.back());
        const double aFront_bFront = S(A.front(), B.front());
        const double aFront_bBack = S(A.front(), B.back());
        const double top = std::max({aBack_bFront, aBack_bBack, aFront_bFront, aFront_bBack});
        if (top == aBack_bFront) {
            A += B;
        } else if (top == aBack_bBack) {
            std::reverse(B.begin(), B.end());
            A += B;
        } else if (top == aFront_bBack) {
            B += A;
            A = B;
        } else {
            std::reverse(A.begin(), A.end());
            A += B;
        }
        const double sizeA = double(A.size() - chains[static_cast<size_t>(bestB)].size());
        const double sizeB = double(chains[static_cast<size_t>(bestB)].size());
        for (int k = 0; k < n; ++k) {
            if (!alive[static_cast<size_t>(k)] || k == bestA || k == bestB) continue;
            const double merged = (sizeA * L(bestA, k) + sizeB * L(bestB, k)) / (sizeA + sizeB);
            L(bestA, k) = L(k, bestA) = merged;
        }
        alive[static_cast<size_t>(bestB)] = false;
        chains[static_cast<size_t>(bestB)].clear();
    }
    for (int i = 0; i < n; ++i)
        if (alive[static_cast<size_t>(i)]) return chains[static_cast<size_t>(i)];
    return identity;
}

}  // namespace confusion
}  // namespace ts
