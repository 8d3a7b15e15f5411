// Test helper: runs a program (trainscope-cli) to its end and keeps its exit code, stdout and stderr.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ts::testing {

/// What a finished program left: exit code (-1 when it crashed or timed out) and its two output streams.
struct CliResult {
    int code = -1;
    QString out, err;
};

/// Runs `program` with `args`, waiting up to `timeoutMs`.
inline CliResult runProgram(const QString& program, const QStringList& args, int timeoutMs) {
    QProcess p;
    p.start(program, args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

}  // namespace ts::testing
