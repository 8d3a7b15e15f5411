// Test helper: finds a window's widgets (and other children) by object name, failing clearly when one is missing.
#pragma once

#include <QObject>
#include <QString>
#include <QtGlobal>
#include <QtTest>

namespace ts::testing {

/// The child of `parent` of type T named `name` (searched recursively). A missing child fails the
/// current test with its type and name, then stops the test program (the caller would use a null pointer).
template <class T>
T* child(const QObject* parent, const char* name) {
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found) {
        const QByteArray message = QByteArray("no ") + T::staticMetaObject.className() + " named \"" + name +
                                   "\" under " + parent->objectName().toLatin1();
        QTest::qFail(message.constData(), __FILE__, __LINE__);
        qFatal("%s", message.constData());
    }
    return found;
}

}  // namespace ts::testing
