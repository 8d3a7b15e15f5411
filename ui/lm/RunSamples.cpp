#include "ui/lm/RunSamples.h"

#include "core/common/Json.h"
#include "core/runs/RunStore.h"

#include <QDir>
#include <QFile>

namespace ts {

std::vector<TextSample> readRunSamples(const QString& runDir, int* skipped) {
    std::vector<TextSample> samples;
    if (skipped) *skipped = 0;
    QFile file(QDir(runDir).filePath(QStringLiteral("samples.jsonl")));
    if (!file.open(QIODevice::ReadOnly)) return samples;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty()) continue;
        try {
            samples.push_back(sampleFromJson(Json::parse(line.toStdString())));
        } catch (const std::exception&) {
            if (skipped) ++*skipped;
        }
    }
    return samples;
}

}  // namespace ts
