// Test helper: what every window test does once before its first window (settings and meta types).
#pragma once

#include "app/bridge/MetaTypes.h"
#include "ui/common/Settings.h"

#include <QStandardPaths>

namespace ts::testing {

/// Puts QSettings in a throwaway test location and empties it, and registers the worker's meta types.
inline void prepareWindowTests() {
    QStandardPaths::setTestModeEnabled(true);
    openSettings().clear();
    registerMetaTypes();
}

}  // namespace ts::testing
