// Checkpoint files: a torch archive with the model, the optimizer, the position, the CPU RNG state, the
// metric history (JSON lines) and the model's input contract (JSON).
#include "core/train/Checkpoint.h"

#include "core/common/AtomicFile.h"
#include "core/common/Json.h"
#include "core/runs/RunStore.h"

#include <ATen/CPUGeneratorImpl.h>

#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>

namespace ts {

namespace {

constexpr int64_t kCheckpointFormat = 1;
constexpr size_t kCopyChunkBytes = size_t(1) << 20;

/// The integer stored under `key`.
int64_t readInt(torch::serialize::InputArchive& a, const char* key) {
    c10::IValue v;
    a.read(key, v);
    return v.toInt();
}

}  // namespace

void saveCheckpoint(const std::string& path, const CheckpointInfo& info, torch::nn::Module& model,
                    torch::optim::Optimizer& opt, const std::vector<EpochMetrics>& history,
                    const std::string& modelInfo) {
    torch::serialize::OutputArchive archive;
    torch::serialize::OutputArchive modelArchive, optArchive;
    model.save(modelArchive);
    opt.save(optArchive);
    archive.write("model", modelArchive);
    archive.write("optimizer", optArchive);
    archive.write("format", c10::IValue(kCheckpointFormat));
    archive.write("epoch", c10::IValue(int64_t(info.epoch)));
    archive.write("step", c10::IValue(info.step));
    archive.write("val_loss", c10::IValue(info.valLoss));
    {
        auto gen = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(gen.mutex());
        archive.write("cpu_rng", gen.get_state(), /*is_buffer=*/true);
    }
    std::string lines;
    for (const EpochMetrics& e : history) lines += toJson(e).dump() + "\n";
    archive.write("history", c10::IValue(lines));
    archive.write("model_info", c10::IValue(modelInfo));
    // The serializer streams into the atomic writer, which never reports a short write to it: LibTorch's
    // stream writer throws from its destructor when a write comes up short (a full disk), which would abort
    // the process. The writer keeps the first error and commit() throws it; the old file stays in place.
    AtomicFileWriter out(path);
    try {
        archive.save_to([&out](const void* data, size_t size) { return out.write(data, size); });
    } catch (const c10::Error& e) {
        throw std::runtime_error("cannot write the checkpoint " + path + ": " + e.what_without_backtrace());
    }
    out.commit();
}

void copyCheckpoint(const std::string& from, const std::string& to) {
    std::ifstream in(from, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read the checkpoint " + from + " to copy it to " + to);
    AtomicFileWriter out(to);
    std::vector<char> chunk(kCopyChunkBytes);
    while (in) {
        in.read(chunk.data(), std::streamsize(chunk.size()));
        out.write(chunk.data(), size_t(in.gcount()));
    }
    if (in.bad()) throw std::runtime_error("cannot read the checkpoint " + from + " to copy it to " + to);
    out.commit();
}

Checkpoint loadCheckpoint(const std::string& path, torch::nn::Module& model, torch::optim::Optimizer& opt,
                          const torch::Device& device) {
    Checkpoint ck;
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(path, device);
    } catch (const c10::Error& e) {
        throw std::runtime_error("cannot read the checkpoint " + path + " (" + e.what_without_backtrace() +
                                 "); it may be damaged: resume from checkpoint-best.pt or start a new run");
    }
    torch::serialize::InputArchive modelArchive, optArchive;
    archive.read("model", modelArchive);
    archive.read("optimizer", optArchive);
    model.load(modelArchive);
    opt.load(optArchive);
    ck.info.epoch = int(readInt(archive, "epoch"));
    ck.info.step = readInt(archive, "step");
    torch::Tensor rng;
    archive.read("cpu_rng", rng, /*is_buffer=*/true);
    {
        auto gen = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(gen.mutex());
        gen.set_state(rng.cpu());
    }
    c10::IValue history;
    archive.read("history", history);
    std::istringstream lines(history.toStringRef());
    std::string line;
    while (std::getline(lines, line))
        if (!line.empty()) ck.history.push_back(epochFromJson(Json::parse(line)));
    return ck;
}

/// Reads only the position: no model or optimizer is needed.
CheckpointInfo readCheckpointInfo(const std::string& path) {
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(path, torch::Device(torch::kCPU));
    } catch (const c10::Error& e) {
        throw std::runtime_error("cannot read the checkpoint " + path + " (" + e.what_without_backtrace() + ")");
    }
    CheckpointInfo info;
    info.epoch = int(readInt(archive, "epoch"));
    info.step = readInt(archive, "step");
    c10::IValue v;
    archive.read("val_loss", v);
    info.valLoss = v.toDouble();
    return info;
}

std::string readCheckpointModelInfo(const std::string& path) {
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(path, torch::Device(torch::kCPU));
    } catch (const c10::Error& e) {
        throw std::runtime_error("cannot read the checkpoint " + path + " (" + e.what_without_backtrace() + ")");
    }
    c10::IValue v;
    if (!archive.try_read("model_info", v) || !v.isString()) return {};
    return v.toStringRef();
}

}  // namespace ts
