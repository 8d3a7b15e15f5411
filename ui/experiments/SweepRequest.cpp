#include "ui/experiments/SweepRequest.h"

#include "core/common/Numbers.h"
#include "core/sweep/SearchSpace.h"

#include <QDir>
#include <QObject>
#include <QRegularExpression>

#include <exception>

namespace ts {

namespace {

QString number(double v) { return QString::fromStdString(formatShortest(v)); }

/// "1e-4:1e-1" or "1e-4, 1e-1" as "1e-4:1e-1".
QString rangeText(const QString& values) {
    QString text = values.trimmed();
    text.replace(QLatin1Char(','), QLatin1Char(':'));
    return text.remove(QLatin1Char(' '));
}

}  // namespace

QString SweepParamRow::spec() const {
    const QString n = name.trimmed();
    if (kind == QLatin1String("list")) {
        QStringList parts;
        for (const QString& v : values.split(QLatin1Char(','), Qt::SkipEmptyParts)) parts << v.trimmed();
        return n + QLatin1Char('=') + parts.join(QLatin1Char(','));
    }
    return n + QLatin1Char('=') + kind + QLatin1Char(':') + rangeText(values);
}

QString SweepRequest::configPath() const { return QDir(outDir).filePath(QStringLiteral("base-config.json")); }

QStringList SweepRequest::arguments() const {
    QStringList a{QStringLiteral("sweep"), QStringLiteral("--data"), dataPath};
    if (baseConfig.isEmpty()) a << QStringLiteral("--preset") << preset;
    else a << QStringLiteral("--config") << configPath();
    if (epochs > 0) a << QStringLiteral("--epochs") << QString::number(epochs);
    if (batchSize > 0) a << QStringLiteral("--batch-size") << QString::number(batchSize);
    if (lr > 0) a << QStringLiteral("--lr") << number(lr);
    if (!optimizer.isEmpty()) a << QStringLiteral("--optimizer") << optimizer;
    if (evalsPerEpoch > 1) a << QStringLiteral("--evals-per-epoch") << QString::number(evalsPerEpoch);
    for (const SweepParamRow& p : params) a << QStringLiteral("--param") << p.spec();
    a << QStringLiteral("--strategy") << strategy;
    if (strategy == QLatin1String("grid")) a << QStringLiteral("--grid-points") << QString::number(gridPoints);
    else a << QStringLiteral("--trials") << QString::number(trials);
    if (strategy == QLatin1String("halving"))
        a << QStringLiteral("--eta") << QString::number(eta) << QStringLiteral("--min-rounds") << QString::number(minRounds);
    a << QStringLiteral("--objective") << (finalObjective ? QStringLiteral("final_") : QString()) + objective;
    if (seed != 0) a << QStringLiteral("--seed") << QString::number(seed);
    if (timeLimitMinutes > 0) a << QStringLiteral("--time-limit") << number(timeLimitMinutes);
    a << QStringLiteral("--out") << outDir;
    return a;
}

QString SweepRequest::problem() const {
    if (dataPath.trimmed().isEmpty()) return QObject::tr("Choose a data set (open one in the main window)");
    if (outDir.trimmed().isEmpty()) return QObject::tr("Choose an output folder for the sweep");
    if (params.empty()) return QObject::tr("Add at least one parameter to sweep");
    for (const SweepParamRow& p : params) {
        try {
            parseSweepParameter(p.spec().toStdString());
        } catch (const std::exception& e) {
            return QObject::tr("Parameter %1: %2").arg(p.name, QString::fromStdString(e.what()));
        }
    }
    return QString();
}

QStringList resumeSweepArguments(const QString& dir) { return {QStringLiteral("sweep"), QStringLiteral("--resume"), dir}; }

QString shellCommandLine(const QString& program, const QStringList& arguments) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    QStringList words;
    for (const QString& w : QStringList{program} + arguments) {
        if (plain.match(w).hasMatch()) words << w;
        else words << QLatin1Char('\'') + QString(w).replace(QLatin1String("'"), QLatin1String("'\\''")) + QLatin1Char('\'');
    }
    return words.join(QLatin1Char(' '));
}

}  // namespace ts
