#include "ui/common/Settings.h"

namespace ts {

namespace {
const char* const kOrganization = "TrainScope";
const char* const kApplication = "TrainScope";
}  // namespace

QSettings openSettings() {
    return QSettings(QString::fromLatin1(kOrganization), QString::fromLatin1(kApplication));
}

}  // namespace ts
