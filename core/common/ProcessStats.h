// This process's resident memory, thread count and open file descriptors (Linux /proc), for the soak
// benchmarks of issue 18 (app/gui/probes/SoakProbe, bench/soak_engine). Torch-free, no Qt.
#pragma once

#include <string>
#include <vector>

namespace ts {

/// One reading of the process's resources.
struct ProcessStats {
    double rssMb = 0.0;  ///< resident memory (VmRSS), MiB; 0 when unknown
    int threads = 0;     ///< threads (Threads in /proc/self/status); 0 when unknown
    int fds = 0;         ///< open file descriptors (entries of /proc/self/fd); 0 when unknown
};

/// Reads this process's resident memory, threads and open descriptors now.
ProcessStats readProcessStats();

/// Collects one reading per run and prints them as a table.
class SoakRecorder {
public:
    /// Records the figures after run `run` (1-based, in order).
    void record(int run) { m_rows.push_back({run, readProcessStats()}); }
    /// Number of runs recorded.
    int runs() const { return static_cast<int>(m_rows.size()); }
    /// "run rss_mb threads fds" lines, one per run, under `title`, then the growth from run `settled`
    /// (the first runs warm caches and pools up) to the last.
    std::string table(const std::string& title, int settled) const;

private:
    struct Row {
        int run;
        ProcessStats stats;
    };
    std::vector<Row> m_rows;
};

}  // namespace ts
