#include "core/common/ProcessStats.h"

#include "core/common/Numbers.h"

#include <dirent.h>

#include <cstdint>
#include <fstream>
#include <string_view>

namespace ts {

namespace {

constexpr double kKibPerMib = 1024.0;
constexpr int kMbDecimals = 1;

/// The number after `key` on its line of /proc/self/status ("VmRSS:   12345 kB"), or -1.
int64_t statusField(const std::string& key) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.compare(0, key.size(), key) != 0) continue;
        std::string_view rest(line);
        rest.remove_prefix(key.size());
        while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
        const size_t end = rest.find_first_not_of("0123456789");
        int64_t value = -1;
        return parseInt64(rest.substr(0, end), value) ? value : -1;
    }
    return -1;
}

/// Entries of /proc/self/fd, less the one the listing itself holds open.
int openDescriptors() {
    DIR* dir = opendir("/proc/self/fd");
    if (!dir) return 0;
    int count = 0;
    while (const dirent* entry = readdir(dir))
        if (entry->d_name[0] != '.') ++count;
    closedir(dir);
    return count > 0 ? count - 1 : 0;
}

}  // namespace

ProcessStats readProcessStats() {
    ProcessStats s;
    const int64_t rssKib = statusField("VmRSS:");
    const int64_t threads = statusField("Threads:");
    if (rssKib >= 0) s.rssMb = static_cast<double>(rssKib) / kKibPerMib;
    if (threads >= 0) s.threads = static_cast<int>(threads);
    s.fds = openDescriptors();
    return s;
}

std::string SoakRecorder::table(const std::string& title, int settled) const {
    std::string out = title + "\n" + formatC("%5s %9s %8s %5s\n", "run", "rss_mb", "threads", "fds");
    for (const Row& r : m_rows)
        out += formatC("%5d %9s %8d %5d\n", r.run, formatFixed(r.stats.rssMb, kMbDecimals).c_str(), r.stats.threads,
                       r.stats.fds);
    if (m_rows.size() > static_cast<size_t>(settled) && settled >= 1) {
        const ProcessStats& a = m_rows[static_cast<size_t>(settled - 1)].stats;
        const ProcessStats& b = m_rows.back().stats;
        out += formatC("growth from run %d to run %d: rss %s MB, threads %+d, fds %+d\n", m_rows[settled - 1].run,
                       m_rows.back().run, formatFixed(b.rssMb - a.rssMb, kMbDecimals).c_str(), b.threads - a.threads,
                       b.fds - a.fds);
    }
    return out;
}

}  // namespace ts
