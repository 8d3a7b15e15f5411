// Base64 (RFC 4648, with padding) for binary data kept inside JSON documents. Torch-free, Qt-free.
#pragma once

#include <string>
#include <string_view>

namespace ts {

/// The base64 text of `bytes`.
std::string base64Encode(std::string_view bytes);
/// The bytes of base64 `text`; throws std::runtime_error at the first character that does not belong.
std::string base64Decode(std::string_view text);

}  // namespace ts
