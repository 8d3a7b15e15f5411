// Test helper: the message of the error an operation throws, for tests that check what a failure says.
#pragma once

#include <QString>

#include <exception>
#include <stdexcept>

namespace ts::testing {

/// Runs `fn`; returns the std::runtime_error message, or a marker when nothing or something else is thrown
/// (so that the caller's check of the message fails and says why).
template <class F>
QString errorOf(F&& fn) {
    try {
        fn();
    } catch (const std::runtime_error& e) {
        return QString::fromStdString(e.what());
    } catch (const std::exception& e) {
        return QStringLiteral("<wrong exception type: %1>").arg(QString::fromUtf8(e.what()));
    } catch (...) {
        return QStringLiteral("<unknown exception>");
    }
    return QStringLiteral("<no exception>");
}

}  // namespace ts::testing
