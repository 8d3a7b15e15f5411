#include "core/runs/TensorBoardWriter.h"

#include "core/runs/ProtoWire.h"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <stdexcept>
#include <type_traits>
#include <unistd.h>

namespace ts {

namespace fs = std::filesystem;

namespace {

using namespace proto;  // the wire helpers (core/runs/ProtoWire.h)

constexpr uint32_t kCrc32cPolynomial = 0x82F63B78u;  // Castagnoli, bit-reflected
constexpr uint32_t kCrcMaskDelta = 0xa282ead8u;      // TFRecord's mask constant
constexpr const char* kFileVersion = "brain.Event:2";
constexpr size_t kHostNameMax = 256;

// Protobuf wire types.

// Field numbers of tensorflow/core/util/event.proto and summary.proto.
constexpr uint32_t kEventWallTime = 1;     // double
constexpr uint32_t kEventStep = 2;         // int64
constexpr uint32_t kEventFileVersion = 3;  // string
constexpr uint32_t kEventSummary = 5;      // Summary
constexpr uint32_t kEventSessionLog = 6;   // SessionLog
constexpr uint32_t kSessionLogStatus = 1;  // SessionLog.status (enum)
constexpr uint64_t kSessionLogStart = 1;   // SessionLog.START
constexpr uint32_t kSummaryValue = 1;      // repeated Summary.Value
constexpr uint32_t kValueTag = 1;          // string
constexpr uint32_t kValueSimpleValue = 2;  // float
constexpr uint32_t kValueHisto = 5;        // HistogramProto
constexpr uint32_t kHistoMin = 1;          // HistogramProto.min (double)
constexpr uint32_t kHistoMax = 2;          // HistogramProto.max (double)
constexpr uint32_t kHistoNum = 3;          // HistogramProto.num (double)
constexpr uint32_t kHistoSum = 4;          // HistogramProto.sum (double)
constexpr uint32_t kHistoSumSquares = 5;   // HistogramProto.sum_squares (double)
constexpr uint32_t kHistoBucketLimit = 6;  // HistogramProto.bucket_limit (repeated double, packed)
constexpr uint32_t kHistoBucket = 7;       // HistogramProto.bucket (repeated double, packed)
constexpr uint32_t kValueTensor = 8;       // TensorProto
constexpr uint32_t kValueMetadata = 9;     // SummaryMetadata
constexpr uint32_t kMetadataPluginData = 1;  // SummaryMetadata.plugin_data
constexpr uint32_t kPluginName = 1;          // PluginData.plugin_name
constexpr uint32_t kTensorDtype = 1;         // TensorProto.dtype (enum DataType)
constexpr uint32_t kTensorShape = 2;         // TensorProto.tensor_shape (empty: a scalar)
constexpr uint32_t kTensorStringVal = 8;     // TensorProto.string_val (repeated bytes)
constexpr uint64_t kDtypeString = 7;         // DataType.DT_STRING
constexpr const char* kTextPlugin = "text";
/// Characters Python-Markdown (TensorBoard's text plugin) reads as formatting; a backslash makes them literal.
constexpr const char* kMarkdownSpecials = "\\`*_{}[]()#+-.!>|";

std::array<uint32_t, 256> makeCrcTable() {
    std::array<uint32_t, 256> table{};
    for (uint32_t i = 0; i < 256; ++i) {
        uint32_t c = i;
        for (int bit = 0; bit < 8; ++bit) c = (c & 1u) ? (c >> 1) ^ kCrc32cPolynomial : c >> 1;
        table[i] = c;
    }
    return table;
}

double wallTimeNow() {
    using namespace std::chrono;
    return duration<double>(system_clock::now().time_since_epoch()).count();
}

std::string hostName() {
    char buf[kHostNameMax + 1] = {};
    if (::gethostname(buf, kHostNameMax) != 0 || !buf[0]) return "localhost";
    return buf;
}

}  // namespace

uint32_t crc32c(const void* data, size_t size, uint32_t crc) {
    static const std::array<uint32_t, 256> table = makeCrcTable();
    const auto* p = static_cast<const unsigned char*>(data);
    crc = ~crc;
    for (size_t i = 0; i < size; ++i) crc = table[(crc ^ p[i]) & 0xffu] ^ (crc >> 8);
    return ~crc;
}

uint32_t maskedCrc32c(const void* data, size_t size) {
    const uint32_t crc = crc32c(data, size);
    return ((crc >> 15) | (crc << 17)) + kCrcMaskDelta;
}

std::string tfRecord(const std::string& data) {
    std::string header;
    putLittleEndian(header, uint64_t(data.size()));
    std::string out = header;
    putLittleEndian(out, maskedCrc32c(header.data(), header.size()));
    out += data;
    putLittleEndian(out, maskedCrc32c(data.data(), data.size()));
    return out;
}

std::string tbFileVersionEvent(double wallTime) {
    std::string event;
    putDouble(event, kEventWallTime, wallTime);
    putBytes(event, kEventFileVersion, kFileVersion);
    return event;
}

std::string tbSessionStartEvent(double wallTime, int64_t step) {
    std::string sessionLog;
    putKey(sessionLog, kSessionLogStatus, kWireVarint);
    putVarint(sessionLog, kSessionLogStart);
    std::string event;
    putDouble(event, kEventWallTime, wallTime);
    putKey(event, kEventStep, kWireVarint);
    putVarint(event, uint64_t(step));
    putBytes(event, kEventSessionLog, sessionLog);
    return event;
}

std::string tbSummaryEvent(double wallTime, int64_t step, const std::string& summary) {
    std::string event;
    putDouble(event, kEventWallTime, wallTime);
    putKey(event, kEventStep, kWireVarint);
    putVarint(event, uint64_t(step));  // int64 on the wire: two's complement as a 64-bit varint
    putBytes(event, kEventSummary, summary);
    return event;
}

std::string tbScalarsEvent(double wallTime, int64_t step, const std::vector<TbScalar>& scalars) {
    std::string summary;
    for (const auto& [tag, value] : scalars) {
        std::string v;
        putBytes(v, kValueTag, tag);
        putFloat(v, kValueSimpleValue, value);
        putBytes(summary, kSummaryValue, v);
    }
    return tbSummaryEvent(wallTime, step, summary);
}

std::string tbHistogramEvent(double wallTime, int64_t step, const std::string& tag, const ValueHistogram& histogram) {
    std::string histo;
    putDouble(histo, kHistoMin, histogram.min);
    putDouble(histo, kHistoMax, histogram.max);
    putDouble(histo, kHistoNum, histogram.count);
    putDouble(histo, kHistoSum, histogram.sum);
    putDouble(histo, kHistoSumSquares, histogram.sumSquares);
    putPackedDoubles(histo, kHistoBucketLimit, histogram.limits);
    putPackedDoubles(histo, kHistoBucket, histogram.counts);
    std::string value;
    putBytes(value, kValueTag, tag);
    putBytes(value, kValueHisto, histo);
    std::string summary;
    putBytes(summary, kSummaryValue, value);
    return tbSummaryEvent(wallTime, step, summary);
}

std::string tbTextEvent(double wallTime, int64_t step, const std::string& tag, const std::string& text) {
    std::string pluginData;
    putBytes(pluginData, kPluginName, kTextPlugin);
    std::string metadata;
    putBytes(metadata, kMetadataPluginData, pluginData);
    std::string tensor;
    putKey(tensor, kTensorDtype, kWireVarint);
    putVarint(tensor, kDtypeString);
    putBytes(tensor, kTensorShape, std::string());
    putBytes(tensor, kTensorStringVal, text);
    std::string value;
    putBytes(value, kValueTag, tag);
    putBytes(value, kValueTensor, tensor);
    putBytes(value, kValueMetadata, metadata);
    std::string summary;
    putBytes(summary, kSummaryValue, value);
    return tbSummaryEvent(wallTime, step, summary);
}

std::string tbMarkdownLiteral(const std::string& text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '\n') out += "  \n";  // a hard line break, as the model wrote it
        else if (std::strchr(kMarkdownSpecials, c) && c != '\0') out += std::string("\\") + c;
        else out += c;
    }
    return out;
}

std::string tbSampleMarkdown(const TextSample& sample) {
    const std::string continuation = tbMarkdownLiteral(sample.text);
    if (sample.prompt.empty()) return continuation;
    return "**" + tbMarkdownLiteral(sample.prompt) + "**" + continuation;
}

std::string tbTagSafe(const std::string& name) {
    std::string out = name;
    for (char& c : out) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                        c == '-' || c == '.';
        if (!ok) c = '_';
    }
    return out.empty() ? "_" : out;
}

TensorBoardWriter::TensorBoardWriter(const std::string& dir, int64_t resumedAfterStep, bool languageModel)
    : m_languageModel(languageModel) {
    if (const int err = fileops::makeFolders(dir)) throw FileWriteError(dir, err);
    const std::string base =
        (fs::path(dir) / ("events.out.tfevents." + std::to_string(std::time(nullptr)) + "." + hostName())).string();
    // Never append to another writer's file: a new name when this one exists (two runs in one second).
    m_path = base;
    for (int i = 1;; ++i) {
        try {
            m_file.open(m_path, AppendFile::Mode::CreateNew);
            break;
        } catch (const FileWriteError& e) {
            if (e.error() != EEXIST) throw;
            m_path = base + "." + std::to_string(i);
        }
    }
    try {
        m_file.append(tfRecord(tbFileVersionEvent(wallTimeNow())));
        if (resumedAfterStep >= 0) m_file.append(tfRecord(tbSessionStartEvent(wallTimeNow(), resumedAfterStep + 1)));
        m_file.flush();
    } catch (const FileWriteError&) {
        try {
            m_file.close();
        } catch (const FileWriteError&) {
            // the first error is the one to report
        }
        std::remove(m_path.c_str());
        throw;
    }
    m_lastFlush = std::chrono::steady_clock::now();
}

TensorBoardWriter::~TensorBoardWriter() { close(); }

template <typename Operation>
void TensorBoardWriter::guarded(Operation operation) {
    if (!m_file.isOpen()) return;
    try {
        operation();
    } catch (const FileWriteError& e) {
        if (m_error.empty()) m_error = e.what();
        try {
            m_file.close();
        } catch (const FileWriteError&) {
            // the first error is the one to report
        }
    }
}

void TensorBoardWriter::append(int64_t step, const std::vector<TbScalar>& scalars) {
    if (scalars.empty()) return;
    guarded([&] { m_file.append(tfRecord(tbScalarsEvent(wallTimeNow(), step, scalars))); });
}

void TensorBoardWriter::appendEvent(const std::string& event) {
    guarded([&] { m_file.append(tfRecord(event)); });
    flush();
}

void TensorBoardWriter::flush() {
    guarded([&] { m_file.flush(); });
    m_lastFlush = std::chrono::steady_clock::now();
}

void TensorBoardWriter::close() {
    guarded([&] { m_file.close(); });
}

void TensorBoardWriter::flushIfDue() {
    const double sinceFlush = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_lastFlush).count();
    if (sinceFlush >= kFlushIntervalSec) flush();
}

void TensorBoardWriter::onBatch(const BatchMetrics& m) {
    m_lastStep = m.step;
    std::vector<TbScalar> scalars = {{"train/loss", float(m.loss)}, {"train/lr", float(m.lr)}};
    if (m.gradNorm >= 0.0) scalars.emplace_back("train/grad_norm", float(m.gradNorm));
    if (m_languageModel) scalars.emplace_back("train/tokens_per_second", float(m.samplesPerSec));
    append(m.step, scalars);
    flushIfDue();
}

void TensorBoardWriter::onHealth(const HealthSample& h) {
    std::vector<TbScalar> scalars;
    for (const ParameterHealth& p : h.parameters) {
        const std::string name = tbTagSafe(p.name);
        scalars.emplace_back("health/grad_norm/" + name, float(p.gradNorm));
        if (p.updateRatio >= 0.0) scalars.emplace_back("health/update_ratio/" + name, float(p.updateRatio));
    }
    for (const ActivationHealth& a : h.activations)
        if (a.rectified) scalars.emplace_back("health/dead_fraction/" + tbTagSafe(a.name), float(a.deadFraction));
    append(h.step, scalars);
    for (const ParameterHealth& p : h.parameters) {
        const std::string name = tbTagSafe(p.name);
        if (!p.weights.empty())
            guarded([&] { m_file.append(tfRecord(tbHistogramEvent(wallTimeNow(), h.step, "weights/" + name, p.weights))); });
        if (!p.gradients.empty())
            guarded([&] { m_file.append(tfRecord(tbHistogramEvent(wallTimeNow(), h.step, "grads/" + name, p.gradients))); });
    }
    flushIfDue();
}

void TensorBoardWriter::onAlert(const Alert& a) {
    const std::string tag = std::string("alerts/") + alertKindName(a.kind);
    const std::string text = tbMarkdownLiteral(a.message) + (a.advice.empty() ? "" : "  \n*" + tbMarkdownLiteral(a.advice) + "*");
    guarded([&] { m_file.append(tfRecord(tbTextEvent(wallTimeNow(), a.step, tag, text))); });
    flush();  // alerts are rare and worth keeping through a crash
}

void TensorBoardWriter::appendSystem(const EpochMetrics& m) {
    const SystemMetrics& s = m.system;
    std::vector<TbScalar> scalars;
    if (s.samplesPerSec > 0.0) scalars.emplace_back("sys/samples_per_sec", float(s.samplesPerSec));
    if (s.dataShare >= 0.0) scalars.emplace_back("sys/data_share", float(s.dataShare));
    if (s.cpuPercent >= 0.0) scalars.emplace_back("sys/cpu_percent", float(s.cpuPercent));
    if (s.rssMb > 0.0) scalars.emplace_back("sys/rss_mb", float(s.rssMb));
    if (s.gpuAllocatedMb >= 0.0) scalars.emplace_back("sys/gpu_allocated_mb", float(s.gpuAllocatedMb));
    if (s.gpuReservedMb >= 0.0) scalars.emplace_back("sys/gpu_reserved_mb", float(s.gpuReservedMb));
    append(m.step, scalars);
}

void TensorBoardWriter::onEvaluation(const EpochMetrics& m) {
    append(m.step, {{"val/loss", float(m.val.loss)},
                    {"val/perplexity", float(m.lm.valPerplexity)},
                    {"val/bits_per_byte", float(m.lm.valBitsPerByte)},
                    {"val/watch_hits", float(m.lm.watchHits)}});
    for (size_t i = 0; i < m.lm.samples.size(); ++i) {
        const std::string tag = "samples/prompt_" + std::to_string(i + 1);
        guarded([&] { m_file.append(tfRecord(tbTextEvent(wallTimeNow(), m.step, tag, tbSampleMarkdown(m.lm.samples[i])))); });
    }
    flush();  // an evaluation is never lost to a crash
}

void TensorBoardWriter::onEpoch(const EpochMetrics& m) {
    m_lastStep = m.step;
    appendSystem(m);
    if (m.languageModel) {
        onEvaluation(m);
        return;
    }
    std::vector<TbScalar> scalars = {
        {"train/epoch_loss", float(m.trainLoss)},
        {"train/accuracy", float(m.trainAccuracy)},
    };
    if (!m.val.empty()) {
        scalars.insert(scalars.end(), {{"val/loss", float(m.val.loss)},
                                       {"val/accuracy", float(m.val.accuracy)},
                                       {"val/macro_f1", float(m.val.macro.f1)}});
        const auto& names = m.val.confusion.classNames;
        for (size_t c = 0; c < m.val.perClass.size() && c < names.size(); ++c)
            scalars.emplace_back("val/f1/" + tbTagSafe(names[c]), float(m.val.perClass[c].f1));
    }
    append(m.step, scalars);
    flush();  // an epoch is never lost to a crash
}

void TensorBoardWriter::onFinished(const RunSummary& s) {
    if (s.hasLmTest)
        append(m_lastStep, {{"test/loss", float(s.lmTest.loss)},
                           {"test/perplexity", float(s.lmTest.perplexity)},
                           {"test/bits_per_byte", float(s.lmTest.bitsPerByte)},
                           {"test/token_accuracy", float(s.lmTest.tokenAccuracy)}});
    if (s.hasTest && !s.test.empty())
        append(m_lastStep, {{"test/loss", float(s.test.loss)},
                           {"test/accuracy", float(s.test.accuracy)},
                           {"test/macro_f1", float(s.test.macro.f1)}});
    close();
}

}  // namespace ts
