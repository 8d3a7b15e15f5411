// A generated sample as rich text: the prompt in grey, the continuation, watch-list hits highlighted.
#pragma once

#include "core/common/Types.h"

#include <QColor>
#include <QString>

#include <string>

namespace ts {

/// Background of a watch-list hit in sample text (the same in the table, the comparison and the playground).
inline const QColor kWatchHitBackground(0xff, 0xc1, 0x07);

/// The QString index of UTF-8 byte offset `byteOffset` in `utf8` (clamped to the text).
int utf16Index(const std::string& utf8, int64_t byteOffset);

/// `sample` as HTML: the prompt in grey, then the continuation with each watch-list hit on kWatchHitBackground
/// (its tooltip naming the entry); white space and line breaks kept.
QString sampleHtml(const TextSample& sample);

}  // namespace ts
