// The engine half of issue 18's soak: N short trainings in one process, each with a RunWriter and a
// TensorBoardWriter as trainscope-cli train has them, then N evaluations of the last run through the
// Evaluator, with the process's resident memory, threads and open descriptors after each.
// Usage: soak_engine DATA RUNS_ROOT [runs=50] [preset=mlp] [epochs=1] [threads=0]
#include "core/common/ProcessStats.h"
#include "core/data/DatasetLoader.h"
#include "core/eval/EvaluationIO.h"
#include "core/eval/Evaluator.h"
#include "core/runs/RunWriter.h"
#include "core/runs/TensorBoardWriter.h"
#include "core/train/FanOutObserver.h"
#include "core/train/Trainer.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

namespace {

constexpr int kDefaultRuns = 50;
constexpr int kSettledRun = 10;  // the first runs warm caches, allocator arenas and thread pools up
constexpr int kUsage = 2;

/// Trains `runs` times on `data` into new folders under `root`; the folder of the last run.
std::string soakTraining(const ts::Dataset& data, const ts::TrainConfig& cfg, const std::string& root, int runs) {
    const ts::DatasetInfo info = ts::describeDataset(data, cfg.valFraction);
    ts::SoakRecorder recorder;
    std::string dir;
    for (int run = 1; run <= runs; ++run) {
        dir = ts::newRunDir(root, cfg.preset);
        {
            ts::RunWriter writer(dir, cfg, info);
            ts::TensorBoardWriter events(dir);
            ts::FanOutObserver observers({&writer, &events});
            ts::RunControl control;
            ts::TrainOptions options;
            options.checkpointDir = dir;
            const ts::RunSummary s = ts::train(cfg, data, observers, control, options);
            if (s.status != ts::RunStatus::Finished) throw std::runtime_error("run " + dir + ": " + s.message);
            if (!writer.error().empty()) throw std::runtime_error(writer.error());
        }
        recorder.record(run);
    }
    std::fputs(recorder.table("soak (engine, training): figures after each run", kSettledRun).c_str(), stdout);
    return dir;
}

/// Evaluates the model in `runDir` on `dataPath` `runs` times, writing each result into the run's folder.
void soakEvaluation(const std::string& runDir, const std::string& dataPath, int threads, int runs) {
    ts::SoakRecorder recorder;
    for (int run = 1; run <= runs; ++run) {
        ts::EvaluateRequest request;
        request.modelPath = runDir;
        request.dataPath = dataPath;
        request.threads = threads;
        const ts::EvaluationResult result = ts::evaluateModel(request);
        ts::writeEvaluation(runDir + "/soak-evaluation", result);
        recorder.record(run);
    }
    std::fputs(recorder.table("soak (engine, evaluation): figures after each evaluation", kSettledRun).c_str(), stdout);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: soak_engine DATA RUNS_ROOT [runs=50] [preset=mlp] [epochs=1] [threads=0]\n");
        return kUsage;
    }
    const std::string dataPath = argv[1], root = argv[2];
    const int runs = argc > 3 ? std::atoi(argv[3]) : kDefaultRuns;
    try {
        ts::TrainConfig cfg = ts::presetConfig(argc > 4 ? argv[4] : "mlp");
        cfg.epochs = argc > 5 ? std::atoi(argv[5]) : 1;
        cfg.threads = argc > 6 ? std::atoi(argv[6]) : 0;
        ts::LoadOptions load;
        load.valFraction = cfg.valFraction;
        const ts::Dataset data = ts::loadDataset(dataPath, load);
        const std::string last = soakTraining(data, cfg, root, runs);
        soakEvaluation(last, dataPath, cfg.threads, runs);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "soak_engine: %s\n", e.what());
        return 1;
    }
    return 0;
}
