// A QApplication that can time every paint (and backing-store update) event by receiver class, to see
// which widgets the GUI thread spends its time drawing while training (`trainscope --paint-report`).
#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QHash>
#include <QString>

#include <algorithm>
#include <sys/resource.h>
#include <cstdio>
#include <vector>

namespace ts {

class ProfilingApplication : public QApplication {
public:
    using QApplication::QApplication;

    /// Starts (clearing earlier figures) or stops timing paint events.
    void setPaintProfiling(bool on) {
        if (on) {
            m_stats.clear();
            m_clock.start();
            m_cpuAtStart = threadCpuSeconds();
        } else if (m_profiling) {
            m_cpuSeconds = threadCpuSeconds() - m_cpuAtStart;
            m_wallSeconds = double(m_clock.nsecsElapsed()) / 1e9;
        }
        m_profiling = on;
    }

    bool notify(QObject* receiver, QEvent* event) override {
        const QEvent::Type type = event->type();
        if (!m_profiling || (type != QEvent::Paint && type != QEvent::UpdateRequest))
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 ns = t.nsecsElapsed();
        QString key = QString::fromLatin1(receiver->metaObject()->className());
        if (!receiver->objectName().isEmpty()) key += QLatin1Char(' ') + receiver->objectName();
        // A view's viewport: name the view and what holds it (e.g. which chart).
        for (const QObject* up = receiver->objectName().isEmpty() ? receiver->parent() : nullptr; up; up = up->parent()) {
            key += QStringLiteral(" in ") + QString::fromLatin1(up->metaObject()->className()) + QLatin1Char(' ') +
                   up->objectName();
            if (!up->objectName().isEmpty() && up->objectName() != QLatin1String("chartView")) break;
        }
        if (type == QEvent::UpdateRequest) key += QStringLiteral(" [update request]");
        Stat& s = m_stats[key];
        ++s.count;
        s.ns += ns;
        return handled;
    }

    /// One line per receiver, most time first: events, total ms, mean ms, share of the wall time.
    void printReport(std::FILE* out) const {
        const double wallMs = (m_wallSeconds > 0.0 ? m_wallSeconds : double(m_clock.nsecsElapsed()) / 1e9) * 1e3;
        std::vector<std::pair<QString, Stat>> rows;
        for (auto it = m_stats.cbegin(); it != m_stats.cend(); ++it) rows.emplace_back(it.key(), it.value());
        std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.ns > b.second.ns; });
        if (m_wallSeconds > 0.0)
            std::fprintf(out, "GUI thread CPU: %.2f s over %.1f s of training (%.1f%% of one core)\n", m_cpuSeconds,
                         m_wallSeconds, 100.0 * m_cpuSeconds / m_wallSeconds);
        std::fprintf(out, "paint events over %.1f s of wall time (nested paints count in their parents too):\n",
                     wallMs / 1000.0);
        for (const auto& [name, s] : rows) {
            const double ms = double(s.ns) / 1e6;
            std::fprintf(out, "  %8.1f ms %6.2f%% %7lld events %7.3f ms each  %s\n", ms, 100.0 * ms / wallMs,
                         static_cast<long long>(s.count), ms / double(s.count), qPrintable(name));
        }
    }

private:
    /// CPU time (user + system) of the calling thread, the GUI thread here.
    static double threadCpuSeconds() {
        rusage u{};
        if (getrusage(RUSAGE_THREAD, &u) != 0) return 0.0;
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    }

    struct Stat {
        qint64 count = 0;
        qint64 ns = 0;
    };
    QHash<QString, Stat> m_stats;
    QElapsedTimer m_clock;
    bool m_profiling = false;
    double m_cpuAtStart = 0.0;
    double m_cpuSeconds = 0.0;
    double m_wallSeconds = 0.0;
};

}  // namespace ts
