#include "app/cli/ShowCommand.h"

#include "core/runs/RunStore.h"
#include "core/runs/RunWriter.h"

#include <cstdio>
#include <filesystem>

namespace ts::cli {

ShowCommand::ShowCommand(CLI::App& app)
    : Command(app, "show", "Print a run's configuration, epochs and test results.") {
    m_command->add_option("RUN_DIR", m_runDir, "a run folder, or the name of a run in the default runs folder")
        ->required();
}

namespace {

/// A language model's shape, tokenizer, evaluations and test figures.
void printLanguageModel(const ts::RunRecord& r) {
    const ts::TrainConfig& c = r.config;
    std::printf("model      %d layers, %d heads, width %d, context %d, %lld parameters; evaluated every %d steps\n",
                c.layers, c.heads, c.embedding, c.contextLength, static_cast<long long>(r.parameters), c.evalEvery);
    if (!r.tokenizer.kind.empty())
        std::printf("tokenizer  %s, %lld tokens\n", r.tokenizer.kind.c_str(), static_cast<long long>(r.tokenizer.vocabSize));
    for (const auto& e : r.epochs)
        std::printf("step %-6lld train loss %.4f  val loss %.4f  perplexity %.2f  %.4f bits/byte  %.1f s\n",
                    static_cast<long long>(e.step), e.trainLoss, e.val.loss, e.lm.valPerplexity, e.lm.valBitsPerByte,
                    e.seconds + e.evalSeconds);
    if (r.hasLmTest)
        std::printf("test       loss %.4f, perplexity %.2f, %.4f bits/byte, next-token accuracy %s (top-5 %s), %lld tokens\n",
                    r.lmTest.loss, r.lmTest.perplexity, r.lmTest.bitsPerByte, percent(r.lmTest.tokenAccuracy).c_str(),
                    percent(r.lmTest.top5Accuracy).c_str(), static_cast<long long>(r.lmTest.tokens));
}

}  // namespace

int ShowCommand::run() {
    std::string dir = m_runDir;
    // A bare run name refers to a folder in the default runs root.
    if (!std::filesystem::exists(dir) && std::filesystem::exists(ts::defaultRunsRoot() + "/" + dir))
        dir = ts::defaultRunsRoot() + "/" + dir;
    const ts::RunRecord r = ts::loadRun(dir, false);
    std::printf("run        %s\nfolder     %s\nstatus     %s%s%s\nstarted    %s\n", r.displayName().c_str(),
                r.dir.c_str(), r.status.c_str(), r.message.empty() ? "" : ": ", r.message.c_str(), r.startedAt.c_str());
    std::printf("data       %s (%s), %lld train / %lld validation / %lld test, hash %s\n", r.dataset.name.c_str(),
                r.dataset.path.c_str(), static_cast<long long>(r.dataset.trainCount),
                static_cast<long long>(r.dataset.valCount), static_cast<long long>(r.dataset.testCount),
                r.datasetHash.c_str());
    const ts::TrainConfig& c = r.config;
    const std::string length =
        r.isLanguageModel() ? std::to_string(c.steps) + " steps" : std::to_string(c.epochs) + " epochs";
    std::printf("config     preset %s, %s lr %g (%s), batch %d, %s, seed %llu, device %s\n", c.preset.c_str(),
                c.optimizer.c_str(), c.lr, c.schedule.c_str(), c.batchSize, length.c_str(),
                static_cast<unsigned long long>(c.seed), r.device.empty() ? c.device.c_str() : r.device.c_str());
    if (r.isLanguageModel()) {
        printLanguageModel(r);
        for (const auto& w : r.warnings) std::printf("warning    %s\n", w.c_str());
        return kExitOk;
    }
    for (const auto& e : r.epochs)
        std::printf("epoch %-4d train loss %.4f acc %s  %s loss %.4f acc %s  %.2f s\n", e.epoch, e.trainLoss,
                    percent(e.trainAccuracy).c_str(), e.valSetName.empty() ? "val" : e.valSetName.c_str(), e.val.loss,
                    percent(e.val.accuracy).c_str(), e.seconds);
    if (r.hasTest)
        std::printf("test       accuracy %s, loss %.4f, macro F1 %.4f, weighted F1 %.4f\n",
                    percent(r.test.accuracy).c_str(), r.test.loss, r.test.macro.f1, r.test.weighted.f1);
    for (const auto& w : r.warnings) std::printf("warning    %s\n", w.c_str());
    return kExitOk;
}

}  // namespace ts::cli
