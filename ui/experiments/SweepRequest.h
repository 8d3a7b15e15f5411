// What the sweep editor asks trainscope-cli for: the base configuration, the search space, strategy, objective and
// budget, and the output folder; and the exact `trainscope-cli sweep ...` arguments that say it.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace ts {

/// One row of the editor's parameter table.
struct SweepParamRow {
    QString name;    ///< run.json option name ("lr", "batch_size", ...)
    QString kind;    ///< list | uniform | log | int
    QString values;  ///< list: "64,128,256" or "adam,sgd"; ranges: "LOW:HIGH" (a comma works too)
    /// The --param text: "lr=log:1e-4:1e-1", "batch_size=64,128".
    QString spec() const;
};

/// A sweep to start, as the editor describes it.
struct SweepRequest {
    QString dataPath;
    QString preset = QStringLiteral("mlp");
    /// The main window's whole form as a run.json configuration (JSON), when the preset is still the form's:
    /// trials then start from it (`--config`), with the fields below overriding. "" = the preset's defaults.
    QString baseConfig;
    int epochs = 0;          ///< 0 = the preset's
    int batchSize = 0;       ///< 0 = the preset's
    double lr = 0.0;         ///< 0 = the preset's
    QString optimizer;       ///< "" = the preset's
    int evalsPerEpoch = 1;   ///< classifiers: evaluations per epoch (halving's rungs may end inside an epoch)
    std::vector<SweepParamRow> params;
    QString strategy = QStringLiteral("random");  ///< grid | random | halving
    int trials = 12;
    int gridPoints = 3;
    QString objective = QStringLiteral("val_loss");  ///< val_loss | val_accuracy | macro_f1 | val_perplexity
    bool finalObjective = false;                    ///< the last evaluation's value instead of the best
    int eta = 3;
    int minRounds = 1;
    double timeLimitMinutes = 0.0;
    qulonglong seed = 0;
    QString outDir;

    /// Where baseConfig is written before the sweep starts: OUT/base-config.json.
    QString configPath() const;
    /// trainscope-cli's arguments: "sweep --data ... --out ..." (numbers in the C locale).
    QStringList arguments() const;
    /// "" when the request can start, else what is wrong (a parameter the CLI would refuse, a missing folder).
    QString problem() const;
};

/// The arguments to continue the sweep in `dir`.
QStringList resumeSweepArguments(const QString& dir);
/// `program arguments` as one line a POSIX shell reads back (arguments quoted where needed).
QString shellCommandLine(const QString& program, const QStringList& arguments);

}  // namespace ts
