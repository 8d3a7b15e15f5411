// Protocol-buffer wire encoding, by hand, for the few messages TrainScope writes (TensorBoard's events and their
// plugins' data): varints, keys, length-delimited bytes, little-endian doubles and floats. Torch-free.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

namespace ts::proto {

constexpr uint32_t kWireVarint = 0;
constexpr uint32_t kWireFixed64 = 1;
constexpr uint32_t kWireLengthDelimited = 2;
constexpr uint32_t kWireFixed32 = 5;

inline void putVarint(std::string& out, uint64_t v) {
    while (v >= 0x80) {
        out += char((v & 0x7f) | 0x80);
        v >>= 7;
    }
    out += char(v);
}

inline void putKey(std::string& out, uint32_t field, uint32_t wireType) { putVarint(out, (uint64_t(field) << 3) | wireType); }

template <typename T>
inline void putLittleEndian(std::string& out, T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    unsigned char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    // Protobuf and TFRecord are little endian; so is every machine TrainScope targets, but stay explicit.
    const uint16_t probe = 1;
    const bool little = *reinterpret_cast<const unsigned char*>(&probe) == 1;
    for (size_t i = 0; i < sizeof(T); ++i) out += char(bytes[little ? i : sizeof(T) - 1 - i]);
}

inline void putBytes(std::string& out, uint32_t field, const std::string& bytes) {
    putKey(out, field, kWireLengthDelimited);
    putVarint(out, bytes.size());
    out += bytes;
}

inline void putDouble(std::string& out, uint32_t field, double v) {
    putKey(out, field, kWireFixed64);
    putLittleEndian(out, v);
}

inline void putFloat(std::string& out, uint32_t field, float v) {
    putKey(out, field, kWireFixed32);
    putLittleEndian(out, v);
}

/// A repeated double field, packed: one length-delimited run of little-endian doubles.
inline void putPackedDoubles(std::string& out, uint32_t field, const std::vector<double>& values) {
    std::string packed;
    for (double v : values) putLittleEndian(packed, v);
    putBytes(out, field, packed);
}

/// A varint field (int32, int64, enums, bools).
inline void putVarintField(std::string& out, uint32_t field, uint64_t v) {
    putKey(out, field, kWireVarint);
    putVarint(out, v);
}

}  // namespace ts::proto
