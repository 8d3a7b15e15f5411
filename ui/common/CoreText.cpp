// Core's messages in the interface's language (see CoreText.h).
#include "ui/common/CoreText.h"

#include "core/common/MessageCatalogue.h"

#include <QCoreApplication>

namespace ts {

QString coreText(const std::string& english) {
    static const MessageLookup lookup = [](const char* context, const char* pattern) {
        return QCoreApplication::translate(context, pattern).toStdString();
    };
    return QString::fromStdString(translateMessage(english, lookup));
}

}  // namespace ts
