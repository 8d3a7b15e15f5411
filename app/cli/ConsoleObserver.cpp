#include "app/cli/ConsoleObserver.h"

#include "app/cli/Command.h"
#include "core/common/Numbers.h"

#include <cstdio>

namespace ts::cli {

namespace {

constexpr double kProgressIntervalSec = 0.5;  // live progress line refresh on a terminal

}  // namespace

ConsoleObserver::ConsoleObserver(ts::RunWriter& writer, const ts::TrainConfig& cfg, bool quiet)
    : m_writer(writer), m_languageModel(cfg.isLanguageModel()),
      m_epochs(cfg.plannedRounds()), m_partsPerEpoch(cfg.isLanguageModel() ? 1 : cfg.evalsPerEpoch),
      m_quiet(quiet), m_tty(stderrIsTerminal()) {}

void ConsoleObserver::onStart(const std::string& device, int threads, int64_t batchesPerEpoch) {
    m_writer.onStart(device, threads, batchesPerEpoch);  // run.json records device and threads
    if (!m_quiet)
        std::printf(m_languageModel ? "training on %s with %d thread%s, evaluating every %lld steps\n"
                                    : "training on %s with %d thread%s, %lld batches per epoch\n",
                    device.c_str(), threads, threads == 1 ? "" : "s", static_cast<long long>(batchesPerEpoch));
    std::fflush(stdout);
}

void ConsoleObserver::onBatch(const ts::BatchMetrics& m) {
    m_writer.onBatch(m);
    if (m_quiet || !m_tty || m.elapsedSec - m_lastProgress < kProgressIntervalSec) return;
    m_lastProgress = m.elapsedSec;
    if (m_languageModel) {
        std::fprintf(stderr, "\r  step %lld/%lld  loss %.4f  %.0f tokens/s   ", static_cast<long long>(m.step),
                     static_cast<long long>(m.totalSteps), m.loss, m.samplesPerSec);
        return;
    }
    std::fprintf(stderr, "\r  epoch %s  batch %d/%d  loss %.4f  %.0f samples/s   ", epochText(m.epoch).c_str(), m.batch,
                 m.batchesPerEpoch, m.loss, m.samplesPerSec);
}

void ConsoleObserver::onEpoch(const ts::EpochMetrics& m) {
    m_writer.onEpoch(m);
    m_epochSeconds += m.seconds + m.evalSeconds;
    ++m_epochsHere;
    if (m_quiet) return;
    if (m_tty) clearProgressLine();
    const double eta = m_epochSeconds / m_epochsHere * (m_epochs - m.epoch);
    if (m_languageModel) {
        printEvaluation(m, eta);
    } else {
        std::printf("epoch %s  train loss %.4f acc %.2f%%  %s loss %.4f acc %.2f%%  %.2f s  %.0f samples/s  ETA %s\n",
                    epochText(m.epoch).c_str(), m.trainLoss, 100.0 * m.trainAccuracy,
                    m.valSetName.empty() ? "val" : m.valSetName.c_str(), m.val.loss, 100.0 * m.val.accuracy, m.seconds,
                    m.samplesPerSec, ts::formatDuration(eta).c_str());
    }
    printProcesses();
    std::fflush(stdout);
}

std::string ConsoleObserver::epochText(int round) const {
    if (m_partsPerEpoch == 1) return std::to_string(round) + "/" + std::to_string(m_epochs);
    // Several evaluations per epoch: the epochs done so far, fractional ("epoch 0.25/2").
    return ts::formatShortest(double(round) / m_partsPerEpoch) + "/" + std::to_string(m_epochs / m_partsPerEpoch);
}

void ConsoleObserver::onProcesses(const std::vector<ts::ProcessFigures>& processes) {
    m_writer.onProcesses(processes);
    m_processes = processes;
}

void ConsoleObserver::printProcesses() const {
    if (m_processes.size() < 2) return;
    std::string line = "  processes:";
    for (const ts::ProcessFigures& p : m_processes)
        line += (p.rank ? ", rank " : " rank ") + std::to_string(p.rank) + " " +
                ts::formatC("%.0f", p.samplesPerSec) + (m_languageModel ? " tokens/s" : "/s") +
                (p.syncShare >= 0.0 ? " (in collectives " + ts::formatC("%.0f", 100.0 * p.syncShare) + "%)" : "");
    std::printf("%s\n", line.c_str());
}

void ConsoleObserver::printEvaluation(const ts::EpochMetrics& m, double eta) const {
    std::printf("step %lld  train loss %.4f  val loss %.4f  perplexity %.2f  %.3f bits/byte  %.0f tokens/s  "
                "%.1f s  ETA %s\n",
                static_cast<long long>(m.step), m.trainLoss, m.val.loss, m.lm.valPerplexity, m.lm.valBitsPerByte,
                m.samplesPerSec, m.seconds + m.evalSeconds, ts::formatDuration(eta).c_str());
    for (const ts::TextSample& s : m.lm.samples) {
        std::string shown = s.prompt + s.text;
        for (char& c : shown)
            if (c == '\n') c = ' ';
        constexpr size_t kShownBytes = 100;
        if (shown.size() > kShownBytes) {
            size_t cut = kShownBytes;  // back to the start of a UTF-8 character: never half of one
            while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
            shown = shown.substr(0, cut) + "...";
        }
        std::printf("  sample: %s\n", shown.c_str());
    }
    if (m.lm.watchHits > 0)
        std::printf("  watch list: %lld match%s in this evaluation's samples\n", static_cast<long long>(m.lm.watchHits),
                    m.lm.watchHits == 1 ? "" : "es");
    std::fflush(stdout);
}

void ConsoleObserver::onMessage(const std::string& text) { std::fprintf(stderr, "note: %s\n", text.c_str()); }

void ConsoleObserver::onHealth(const ts::HealthSample& h) { m_writer.onHealth(h); }

void ConsoleObserver::onAlert(const ts::Alert& a) {
    m_writer.onAlert(a);
    if (m_tty && !m_quiet) clearProgressLine();
    std::fprintf(stderr, "alert (%s) at step %lld: %s %s\n", ts::alertKindName(a.kind), static_cast<long long>(a.step),
                 a.message.c_str(), a.advice.c_str());
}

void ConsoleObserver::onFinished(const ts::RunSummary& s) {
    if (m_tty && !m_quiet) clearProgressLine();
    m_writer.onFinished(s);
}

}  // namespace ts::cli
