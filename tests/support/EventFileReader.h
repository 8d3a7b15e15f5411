// An event-file reader for the tests, written from the format description (TFRecord framing, bitwise CRC32C,
// protobuf decoding), not from TensorBoardWriter's code: records, CRC checks, scalars and text summaries.
#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace ts::testing {

inline std::string fromHex(const char* hex) {
    std::string out;
    for (size_t i = 0; hex[i] && hex[i + 1]; i += 2) out += char(std::stoi(std::string(hex + i, 2), nullptr, 16));
    return out;
}

inline std::string readAll(const QString& path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// --- An independent reader: bitwise CRC32C, TFRecord and protobuf decoding from the spec. --------

inline uint32_t bitwiseCrc32c(const std::string& bytes) {
    uint32_t crc = 0xffffffffu;
    for (unsigned char b : bytes) {
        crc ^= b;
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ ((crc & 1u) ? 0x82F63B78u : 0u);
    }
    return crc ^ 0xffffffffu;
}

inline uint32_t mask(uint32_t crc) { return ((crc >> 15) | (crc << 17)) + 0xa282ead8u; }

inline uint64_t readLE(const std::string& s, size_t at, int bytes) {
    uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | uint8_t(s[at + size_t(i)]);
    return v;
}

struct Scalar {
    int64_t step;
    double wallTime;
    std::string tag;
    float value;
};

/// A text summary (TensorBoard's text plugin): a string tensor with the plugin named in its metadata.
struct TextValue {
    int64_t step = 0;
    std::string tag;
    std::string pluginName;
    int64_t dtype = 0;        ///< TensorProto.dtype (7 = DT_STRING)
    int shapeDims = -1;       ///< dimensions of tensor_shape; -1 when the tensor had none
    std::vector<std::string> strings;  ///< string_val
};

/// A histogram summary (Summary.Value.histo, a HistogramProto).
struct HistogramValue {
    int64_t step = 0;
    std::string tag;
    double min = NAN, max = NAN, num = NAN, sum = NAN, sumSquares = NAN;
    std::vector<double> limits;  ///< bucket_limit
    std::vector<double> counts;  ///< bucket
    bool packed = true;          ///< both repeated fields came packed (wire type 2)
    std::vector<int> fieldOrder; ///< field numbers as they appeared
};

struct EventFile {
    std::string fileVersion;
    std::vector<Scalar> scalars;
    std::vector<TextValue> texts;
    std::vector<HistogramValue> histograms;
    int records = 0;
    bool crcOk = true;
    bool torn = false;  // the file ends inside a record
};

inline uint64_t varint(const std::string& s, size_t& at) {
    uint64_t v = 0;
    for (int shift = 0; at < s.size(); shift += 7) {
        const uint8_t b = uint8_t(s[at++]);
        v |= uint64_t(b & 0x7f) << shift;
        if (!(b & 0x80)) return v;
    }
    throw std::runtime_error("truncated varint");
}

// Calls f(field, wireType, payload-or-number) for each field of a message.
template <typename F>
inline void fields(const std::string& msg, F f) {
    size_t at = 0;
    while (at < msg.size()) {
        const uint64_t key = varint(msg, at);
        const int field = int(key >> 3), wire = int(key & 7);
        if (wire == 0) {
            f(field, wire, std::string(), varint(msg, at));
        } else if (wire == 1) {
            f(field, wire, msg.substr(at, 8), 0);
            at += 8;
        } else if (wire == 2) {
            const uint64_t len = varint(msg, at);
            f(field, wire, msg.substr(at, len), 0);
            at += len;
        } else if (wire == 5) {
            f(field, wire, msg.substr(at, 4), 0);
            at += 4;
        } else {
            throw std::runtime_error("unexpected wire type");
        }
    }
}

/// SummaryMetadata -> plugin_data -> plugin_name.
inline std::string pluginNameOf(const std::string& metadata) {
    std::string name;
    fields(metadata, [&](int f, int w, const std::string& pluginData, uint64_t) {
        if (f == 1 && w == 2)
            fields(pluginData, [&](int pf, int pw, const std::string& p, uint64_t) {
                if (pf == 1 && pw == 2) name = p;
            });
    });
    return name;
}

/// TensorProto: dtype, the number of dimensions of tensor_shape, string_val.
inline void readTensor(const std::string& tensor, TextValue& out) {
    fields(tensor, [&](int f, int w, const std::string& p, uint64_t number) {
        if (f == 1 && w == 0) out.dtype = int64_t(number);
        if (f == 2 && w == 2) {
            out.shapeDims = 0;
            fields(p, [&](int df, int, const std::string&, uint64_t) { out.shapeDims += df == 2 ? 1 : 0; });
        }
        if (f == 8 && w == 2) out.strings.push_back(p);
    });
}

/// Little-endian doubles one after another (a packed repeated double field).
inline std::vector<double> packedDoubles(const std::string& bytes) {
    if (bytes.size() % 8 != 0) throw std::runtime_error("packed doubles of a length not a multiple of 8");
    std::vector<double> out(bytes.size() / 8);
    for (size_t i = 0; i < out.size(); ++i) {
        const uint64_t bits = readLE(bytes, i * 8, 8);
        std::memcpy(&out[i], &bits, 8);
    }
    return out;
}

/// HistogramProto: min=1, max=2, num=3, sum=4, sum_squares=5 (doubles), bucket_limit=6, bucket=7 (repeated doubles).
inline void readHistogram(const std::string& histo, HistogramValue& out) {
    fields(histo, [&](int f, int w, const std::string& p, uint64_t) {
        out.fieldOrder.push_back(f);
        double d = NAN;
        if (w == 1) {
            const uint64_t bits = readLE(p, 0, 8);
            std::memcpy(&d, &bits, 8);
        }
        if (f >= 6 && w != 2) out.packed = false;
        if (f == 1 && w == 1) out.min = d;
        if (f == 2 && w == 1) out.max = d;
        if (f == 3 && w == 1) out.num = d;
        if (f == 4 && w == 1) out.sum = d;
        if (f == 5 && w == 1) out.sumSquares = d;
        if (f == 6 && w == 2) out.limits = packedDoubles(p);
        if (f == 7 && w == 2) out.counts = packedDoubles(p);
    });
}

inline EventFile parseEventFile(const std::string& bytes) {
    EventFile ef;
    size_t at = 0;
    while (at < bytes.size()) {
        if (bytes.size() - at < 12) { ef.torn = true; break; }
        const std::string header = bytes.substr(at, 8);
        const uint64_t len = readLE(bytes, at, 8);
        if (uint32_t(readLE(bytes, at + 8, 4)) != mask(bitwiseCrc32c(header))) ef.crcOk = false;
        if (bytes.size() - at - 12 < len + 4) { ef.torn = true; break; }
        const std::string data = bytes.substr(at + 12, len);
        if (uint32_t(readLE(bytes, at + 12 + len, 4)) != mask(bitwiseCrc32c(data))) ef.crcOk = false;
        at += 12 + len + 4;
        ++ef.records;

        double wall = 0;
        int64_t step = 0;
        std::vector<std::pair<std::string, float>> values;
        std::vector<TextValue> texts;
        const size_t firstHistogram = ef.histograms.size();
        fields(data, [&](int field, int wire, const std::string& payload, uint64_t number) {
            if (field == 1 && wire == 1) std::memcpy(&wall, payload.data(), 8);
            else if (field == 2 && wire == 0) step = int64_t(number);
            else if (field == 3 && wire == 2) ef.fileVersion = payload;
            else if (field == 5 && wire == 2)
                fields(payload, [&](int sf, int sw, const std::string& value, uint64_t) {
                    if (sf != 1 || sw != 2) return;
                    std::string tag;
                    float v = NAN;
                    bool simple = false;
                    TextValue text;
                    bool tensor = false;
                    HistogramValue histogram;
                    bool histo = false;
                    fields(value, [&](int vf, int vw, const std::string& p, uint64_t) {
                        if (vf == 1 && vw == 2) tag = p;
                        if (vf == 2 && vw == 5) { std::memcpy(&v, p.data(), 4); simple = true; }
                        if (vf == 5 && vw == 2) { histo = true; readHistogram(p, histogram); }
                        if (vf == 8 && vw == 2) { tensor = true; readTensor(p, text); }
                        if (vf == 9 && vw == 2) text.pluginName = pluginNameOf(p);
                    });
                    if (simple || (!tensor && !histo)) values.emplace_back(tag, v);
                    if (histo) {
                        histogram.tag = tag;
                        ef.histograms.push_back(histogram);
                    }
                    if (tensor) {
                        text.tag = tag;
                        texts.push_back(text);
                    }
                });
        });
        for (size_t h = firstHistogram; h < ef.histograms.size(); ++h) ef.histograms[h].step = step;
        for (auto& [tag, v] : values) ef.scalars.push_back({step, wall, tag, v});
        for (TextValue& t : texts) {
            t.step = step;
            ef.texts.push_back(t);
        }
    }
    return ef;
}

inline QString eventFileIn(const QString& dir) {
    const QStringList files = QDir(dir).entryList({QStringLiteral("events.out.tfevents.*")}, QDir::Files);
    return files.size() == 1 ? QDir(dir).filePath(files.first()) : QString();
}

}  // namespace ts::testing
