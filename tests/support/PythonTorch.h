// Finds a Python with PyTorch for the tests that compare with what PyTorch computes (Debian's python3-torch), and
// runs the fixture scripts in tests/support/data with it.
#pragma once

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace ts::testing {

/// The first of /usr/bin/python3 and the python3 on PATH that imports torch; "" when there is none.
inline QString pythonWithTorch() {
    constexpr int kImportTimeoutMs = 120000;
    for (const QString& candidate : {QStringLiteral("/usr/bin/python3"), QStandardPaths::findExecutable("python3")}) {
        if (candidate.isEmpty() || !QFile::exists(candidate)) continue;
        QProcess p;
        p.start(candidate, {QStringLiteral("-c"), QStringLiteral("import torch")});
        if (p.waitForFinished(kImportTimeoutMs) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return candidate;
    }
    return {};
}

/// Runs `script` (a file of tests/support/data) with `python` and `args`; "" on success, else its error output.
inline QString runFixtureScript(const QString& python, const QString& script, const QStringList& args) {
    constexpr int kScriptTimeoutMs = 300000;
    QProcess p;
    p.start(python, QStringList{QStringLiteral(TS_TEST_DATA_DIR "/") + script} + args);
    if (!p.waitForFinished(kScriptTimeoutMs)) return QStringLiteral("timed out: ") + script;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) return QString::fromLocal8Bit(p.readAllStandardError());
    return {};
}

}  // namespace ts::testing
