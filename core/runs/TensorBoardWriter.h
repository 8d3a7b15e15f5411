// Writes TensorBoard event files (events.out.tfevents.<time>.<host>) live during training.
// Torch-free, no Qt, no protobuf library and no TensorFlow: the TFRecord framing and the few
// protobuf messages TensorBoard reads (Event, Summary, Summary.Value) are encoded by hand.
//
// File format: a sequence of records, each
//   uint64 length (little endian) | uint32 masked CRC32C of those 8 bytes | data | uint32 masked CRC32C of data
// with mask(crc) = ((crc >> 15) | (crc << 17)) + 0xa282ead8. The first record is an Event whose
// file_version is "brain.Event:2"; every later one is an Event{wall_time, step, summary{value{tag, simple_value}}},
// or for a language model's samples a text summary: value{tag, metadata{plugin_data{plugin_name: "text"}},
// tensor{dtype: DT_STRING, tensor_shape: scalar, string_val: markdown}}, which TensorBoard's Text tab shows (10 per tag
// unless it is started with --samples_per_plugin=text=0). Weight and gradient distributions (training health) are
// value{tag, histo: HistogramProto{min, max, num, sum, sum_squares, bucket_limit[], bucket[]}}, which TensorBoard's
// Histograms and Distributions tabs show.
//
// Atomicity: an event file is appended while the run trains, so it cannot be written through a
// temporary file and a rename like reports and summaries. It is flushed after every epoch and at
// least every few seconds, so a crash loses at most those seconds; a torn last record is what
// TensorBoard's own reader tolerates (it stops at a truncated record and reads everything before it).
#pragma once

#include "core/common/AppendFile.h"
#include "core/common/Types.h"
#include "core/train/Trainer.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ts {

/// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78) of `size` bytes, continuing from `crc` (0 to start).
uint32_t crc32c(const void* data, size_t size, uint32_t crc = 0);

/// The masked CRC32C TFRecord stores: ((crc >> 15) | (crc << 17)) + 0xa282ead8.
uint32_t maskedCrc32c(const void* data, size_t size);

/// One complete TFRecord (length, masked CRC of the length, data, masked CRC of the data).
std::string tfRecord(const std::string& data);

/// A (tag, value) pair of a scalar summary.
using TbScalar = std::pair<std::string, float>;

/// Serialized Event{wall_time, file_version = "brain.Event:2"}: the first record of every event file.
std::string tbFileVersionEvent(double wallTime);

/// Serialized Event{wall_time, step, session_log{status: START}}: TensorBoard drops the events of earlier
/// files at `step` and later (the orphans of a process killed after its last checkpoint).
std::string tbSessionStartEvent(double wallTime, int64_t step);

/// Serialized Event{wall_time, step, summary} around an already serialized Summary message.
std::string tbSummaryEvent(double wallTime, int64_t step, const std::string& summary);
/// Serialized Event{wall_time, step, summary{value{tag, simple_value}...}} with one value per scalar.
std::string tbScalarsEvent(double wallTime, int64_t step, const std::vector<TbScalar>& scalars);

/// Serialized Event{wall_time, step, summary{value{tag, metadata: text plugin, tensor: DT_STRING scalar `text`}}}.
std::string tbTextEvent(double wallTime, int64_t step, const std::string& tag, const std::string& text);

/// Serialized Event{wall_time, step, summary{value{tag, histo: HistogramProto}}}: the bucket i holds the values in
/// (limits[i-1], limits[i]] (the first from min). Write only non-empty histograms.
std::string tbHistogramEvent(double wallTime, int64_t step, const std::string& tag, const ValueHistogram& histogram);

/// `text` as literal markdown: markdown's formatting characters backslashed, '&' and '<' as entities, line breaks kept.
std::string tbMarkdownLiteral(const std::string& text);

/// A sample as the text plugin shows it: the prompt in bold, then the continuation (both literal).
std::string tbSampleMarkdown(const TextSample& sample);

/// A class name made safe for a TensorBoard tag: characters other than letters, digits, '_', '-'
/// and '.' become '_' (so "T-shirt/top" stays one tag instead of opening a sub-group).
std::string tbTagSafe(const std::string& name);

/// A TrainObserver that appends scalars to an event file in a run folder as training progresses:
/// train/loss and train/lr per logged batch; train/epoch_loss, train/accuracy, val/loss, val/accuracy,
/// val/macro_f1 and val/f1/<class> per epoch (at the epoch's last global step); test/* at the end.
/// A language model's run adds train/tokens_per_second per step; each evaluation writes
/// val/loss, val/perplexity, val/bits_per_byte, val/watch_hits and one text summary per prompt
/// (samples/prompt_<n>) at its step.
/// Training health: train/grad_norm per logged batch when it was measured; sys/samples_per_sec, sys/data_share,
/// sys/cpu_percent, sys/rss_mb, sys/gpu_allocated_mb and sys/gpu_reserved_mb per epoch or evaluation (the known
/// ones only); per health sample health/grad_norm/<param>, health/update_ratio/<param>, health/dead_fraction/<layer>
/// and the histograms weights/<param> and grads/<param>; each alert as a text summary alerts/<kind>.
class TensorBoardWriter : public TrainObserver {
public:
    /// Buffered data is written to disk at least this often while batches arrive.
    static constexpr double kFlushIntervalSec = 2.0;

    /// Creates `dir` if needed and opens a new events.out.tfevents.<unix time>.<host> file in it,
    /// writing the file_version record. Throws std::runtime_error naming the file when it cannot.
    /// For a resumed run, `resumedAfterStep` is its checkpoint's step: a session-start record then tells
    /// TensorBoard to drop what the interrupted process logged after it, so the curves do not overlap.
    /// `languageModel` adds the step scalar of a language model (tokens/s).
    explicit TensorBoardWriter(const std::string& dir, int64_t resumedAfterStep = -1, bool languageModel = false);
    ~TensorBoardWriter() override;
    TensorBoardWriter(const TensorBoardWriter&) = delete;
    TensorBoardWriter& operator=(const TensorBoardWriter&) = delete;

    void onBatch(const BatchMetrics& m) override;
    void onEpoch(const EpochMetrics& m) override;
    void onHealth(const HealthSample& h) override;
    void onAlert(const Alert& a) override;
    void onFinished(const RunSummary& s) override;

    /// Full path of the event file.
    const std::string& path() const { return m_path; }
    /// The first write error, or "" while every record reached the file. The events are a copy of what
    /// metrics.csv holds, so a failed write does not stop the training: the writer stops and keeps the error.
    const std::string& error() const { return m_error; }
    /// Writes buffered records to the file now.
    void flush();
    /// Appends one serialized Event (e.g. a sweep's HParams summaries, core/runs/TensorBoardHParams.h) and flushes.
    void appendEvent(const std::string& event);

private:
    void append(int64_t step, const std::vector<TbScalar>& scalars);
    void onEvaluation(const EpochMetrics& m);
    void appendSystem(const EpochMetrics& m);
    void flushIfDue();
    void close();
    /// Runs one file operation; a failure is kept in m_error and closes the file.
    template <typename Operation>
    void guarded(Operation operation);

    std::string m_path;
    AppendFile m_file;
    std::string m_error;
    std::chrono::steady_clock::time_point m_lastFlush;
    int64_t m_lastStep = 0;
    bool m_languageModel = false;
};

}  // namespace ts
