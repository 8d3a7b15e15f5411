// IDX reader: raw files through stdio, .gz files through zlib's inflate, both straight into
// the final buffer. Sizes are checked against what the file can really hold before allocating.
#include "core/data/Idx.h"
#include "core/common/Numbers.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

namespace ts {
namespace {

namespace fs = std::filesystem;

constexpr size_t kMagicBytes = 4;               // 0x00, 0x00, type code, dimension count
constexpr size_t kTypeCodeByte = 2;             // index of the element type code in the magic number
constexpr size_t kDimCountByte = 3;             // index of the dimension count in the magic number
constexpr size_t kDimBytes = 4;                 // every size is a big-endian uint32
constexpr uint8_t kTypeUnsignedByte = 0x08;
constexpr int kMaxDims = 8;
constexpr int kBitsPerByte = 8;

constexpr uint8_t kGzipId1 = 0x1f;
constexpr uint8_t kGzipId2 = 0x8b;
constexpr size_t kGzipIdBytes = 2;
constexpr uint64_t kGzipMinFileBytes = 18;      // 10-byte header + 8-byte trailer (CRC32, ISIZE)
constexpr size_t kGzipIsizeBytes = 4;           // last field of the trailer: size mod 2^32, little-endian
constexpr uint64_t kIsizeMask = 0xffffffffULL;
constexpr uint64_t kMaxDeflateRatio = 1032;     // deflate never expands one byte into more than this
constexpr int kGzipWindowBits = MAX_WBITS + 16; // +16 selects the gzip wrapper in inflateInit2

constexpr size_t kInputChunkBytes = size_t{1} << 20;   // compressed bytes per fread
constexpr size_t kGrowChunkBytes = size_t{16} << 20;   // smallest growth step when the size is unconfirmed
constexpr size_t kMaxInflateStep = size_t{1} << 30;    // avail_out is a 32-bit uInt
constexpr size_t kDrainChunkBytes = size_t{64} << 10;  // scratch buffer for counting trailing bytes

const char* const kRemedy = " Re-download the file (or reinstall the package that provides it).";

// Throws std::runtime_error("<path>: <problem>").
[[noreturn]] void fail(const std::string& path, const std::string& problem) {
    throw std::runtime_error(path + ": " + problem);
}

// "0x0D" style text of one byte.
std::string hexByte(unsigned value) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", value & 0xffu);
    return buf;
}

// True when s ends with suffix.
bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Name of an IDX element type code, or nullptr for codes the format does not define.
const char* idxTypeName(uint8_t code) {
    switch (code) {
    case kTypeUnsignedByte: return "unsigned byte";
    case 0x09: return "signed byte";
    case 0x0B: return "short";
    case 0x0C: return "int";
    case 0x0D: return "float";
    case 0x0E: return "double";
    default: return nullptr;
    }
}

// "2 x 3 x 4" style text of dimensions.
std::string joinDims(const std::vector<int64_t>& dims) {
    std::string s;
    for (size_t i = 0; i < dims.size(); ++i) {
        if (i > 0) s += " x ";
        s += std::to_string(dims[i]);
    }
    return s;
}

// "n bytes" with the singular for one.
std::string bytesText(uint64_t n) {
    return std::to_string(n) + (n == 1 ? " byte" : " bytes");
}

// The declared data size, e.g. "2 x 3 x 4 = 24 bytes" or "10000 bytes" for one dimension.
std::string declaredText(const std::vector<int64_t>& dims, uint64_t bytes) {
    return dims.size() > 1 ? joinDims(dims) + " = " + bytesText(bytes) : bytesText(bytes);
}

// Closes a stdio file when its FilePtr goes out of scope.
struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

// A stream of IDX content bytes (the decompressed bytes for .gz).
class Input {
public:
    virtual ~Input() = default;
    // Reads up to n bytes into out; returns fewer only at the end of the content.
    virtual size_t read(uint8_t* out, size_t n) = 0;
    // Upper bound on the total content length, header included.
    virtual uint64_t maxContentBytes() const = 0;
    // True when the content length is known exactly (raw files): maxContentBytes() is it.
    virtual bool exactLength() const = 0;
    // True when the container confirms that the content is `total` bytes long.
    virtual bool confirmsLength(uint64_t total) const = 0;
    // Counts and discards whatever content is left.
    virtual uint64_t drain() {
        std::vector<uint8_t> scratch(kDrainChunkBytes);
        uint64_t count = 0;
        for (;;) {
            const size_t got = read(scratch.data(), scratch.size());
            count += got;
            if (got < scratch.size()) return count;
        }
    }
};

// An uncompressed IDX file.
class RawInput final : public Input {
public:
    RawInput(std::FILE* f, const std::string& path, uint64_t fileBytes)
        : m_f(f), m_path(path), m_fileBytes(fileBytes), m_left(fileBytes) {}

    size_t read(uint8_t* out, size_t n) override {
        const size_t got = std::fread(out, 1, n, m_f);
        if (got < n && std::ferror(m_f)) fail(m_path, std::string("read error: ") + std::strerror(errno));
        m_left -= std::min<uint64_t>(m_left, got);
        return got;
    }
    uint64_t maxContentBytes() const override { return m_fileBytes; }
    bool exactLength() const override { return true; }
    bool confirmsLength(uint64_t total) const override { return total == m_fileBytes; }
    uint64_t drain() override { return m_left; }

private:
    std::FILE* m_f;
    std::string m_path;
    uint64_t m_fileBytes;
    uint64_t m_left;
};

// A gzip-compressed IDX file (one or more concatenated gzip members), inflated on demand.
class GzipInput final : public Input {
public:
    GzipInput(std::FILE* f, const std::string& path, uint64_t fileBytes)
        : m_f(f), m_path(path), m_fileBytes(fileBytes), m_buf(kInputChunkBytes) {
        if (m_fileBytes < kGzipMinFileBytes)
            fail(m_path, "is too short to be a gzip file (" + std::to_string(m_fileBytes) +
                            " bytes); it is truncated or corrupt." + kRemedy);
        m_isize = readIsize();
        fill(kGzipIdBytes);
        if (m_zs.avail_in < kGzipIdBytes || m_zs.next_in[0] != kGzipId1 || m_zs.next_in[1] != kGzipId2) {
            const bool looksRaw = m_zs.avail_in >= kGzipIdBytes && m_zs.next_in[0] == 0 && m_zs.next_in[1] == 0;
            fail(m_path, "is named .gz but is not gzip-compressed (it starts with " + hexByte(m_zs.next_in[0]) +
                            " " + hexByte(m_zs.next_in[1]) + ")" +
                            (looksRaw ? "; it looks like a raw IDX file: remove the .gz suffix."
                                      : "; the file is corrupt." + std::string(kRemedy)));
        }
        if (inflateInit2(&m_zs, kGzipWindowBits) != Z_OK) fail(m_path, "cannot initialise zlib");
        m_initialised = true;
    }
    ~GzipInput() override {
        if (m_initialised) inflateEnd(&m_zs);
    }
    GzipInput(const GzipInput&) = delete;
    GzipInput& operator=(const GzipInput&) = delete;

    size_t read(uint8_t* out, size_t n) override {
        size_t produced = 0;
        while (produced < n) {
            if (m_memberEnded && !startNextMember()) break;
            if (m_zs.avail_in == 0) fill(1);
            if (m_zs.avail_in == 0)
                fail(m_path, "the compressed data ends unexpectedly after " + std::to_string(m_fileBytes) +
                                " bytes: the .gz file is truncated." + kRemedy);
            const size_t room = std::min(n - produced, kMaxInflateStep);
            m_zs.next_out = out + produced;
            m_zs.avail_out = static_cast<uInt>(room);
            const int rc = inflate(&m_zs, Z_NO_FLUSH);
            produced += room - m_zs.avail_out;
            if (rc == Z_STREAM_END) {
                m_memberEnded = true;
            } else if (rc == Z_MEM_ERROR) {
                fail(m_path, "zlib ran out of memory while decompressing");
            } else if (rc != Z_OK && !(rc == Z_BUF_ERROR && m_zs.avail_in == 0)) {
                fail(m_path, std::string("the compressed data is corrupt (zlib: ") +
                                (m_zs.msg ? m_zs.msg : "unknown error") + ")." + kRemedy);
            }
        }
        return produced;
    }
    uint64_t maxContentBytes() const override {
        const uint64_t limit = UINT64_MAX / kMaxDeflateRatio;
        return m_fileBytes > limit ? UINT64_MAX : m_fileBytes * kMaxDeflateRatio;
    }
    bool exactLength() const override { return false; }
    bool confirmsLength(uint64_t total) const override { return (total & kIsizeMask) == m_isize; }

private:
    // The gzip trailer's ISIZE field: the last member's uncompressed length mod 2^32.
    uint32_t readIsize() {
        uint8_t b[kGzipIsizeBytes];
        if (std::fseek(m_f, -static_cast<long>(kGzipIsizeBytes), SEEK_END) != 0 ||
            std::fread(b, 1, kGzipIsizeBytes, m_f) != kGzipIsizeBytes || std::fseek(m_f, 0, SEEK_SET) != 0)
            fail(m_path, std::string("read error: ") + std::strerror(errno));
        uint32_t v = 0;
        for (size_t i = kGzipIsizeBytes; i-- > 0;) v = (v << kBitsPerByte) | b[i];
        return v;
    }

    // Makes at least `want` unread compressed bytes available when the file still has them.
    void fill(size_t want) {
        if (m_zs.avail_in >= want || m_eof) return;
        if (m_zs.avail_in > 0 && m_zs.next_in != m_buf.data()) std::memmove(m_buf.data(), m_zs.next_in, m_zs.avail_in);
        size_t have = m_zs.avail_in;
        while (have < want && !m_eof) {
            const size_t got = std::fread(m_buf.data() + have, 1, m_buf.size() - have, m_f);
            if (got == 0) {
                if (std::ferror(m_f)) fail(m_path, std::string("read error: ") + std::strerror(errno));
                m_eof = true;
            }
            have += got;
            m_fed += got;
        }
        m_zs.next_in = m_buf.data();
        m_zs.avail_in = static_cast<uInt>(have);
    }

    // After a member ended: continues with the next gzip member, or returns false at the end of
    // the file. Anything else after a member is trailing garbage.
    bool startNextMember() {
        fill(kGzipIdBytes);
        if (m_zs.avail_in == 0) return false;
        if (m_zs.avail_in < kGzipIdBytes || m_zs.next_in[0] != kGzipId1 || m_zs.next_in[1] != kGzipId2) {
            const uint64_t offset = m_fed - m_zs.avail_in;
            fail(m_path, "has " + std::to_string(m_fileBytes - offset) +
                            " bytes of non-gzip data after the end of the compressed stream." + kRemedy);
        }
        if (inflateReset(&m_zs) != Z_OK) fail(m_path, "cannot reset zlib");
        m_memberEnded = false;
        return true;
    }

    std::FILE* m_f;
    std::string m_path;
    uint64_t m_fileBytes;
    std::vector<uint8_t> m_buf;
    z_stream m_zs{};
    bool m_initialised = false;
    bool m_eof = false;
    bool m_memberEnded = false;
    uint64_t m_fed = 0;   // compressed bytes read from the file so far
    uint32_t m_isize = 0;
};

// Product of dims in bytes, or throws when it exceeds `available` (checked before multiplying).
uint64_t checkedDataBytes(const std::string& path, const std::vector<int64_t>& dims, uint64_t available,
                          const Input& input, uint64_t headerBytes) {
    uint64_t product = 1;
    bool tooLarge = false;
    for (int64_t d : dims) {
        const uint64_t u = static_cast<uint64_t>(d);
        if (u == 0) return 0;
        if (!tooLarge && product > available / u) tooLarge = true;
        if (!tooLarge) product *= u;
    }
    if (!tooLarge) return product;

    double claimed = 1.0;
    for (int64_t d : dims) claimed *= static_cast<double>(d);
    const std::string claimedText = formatC("%.4g", claimed);
    const std::string head = "its header declares " + (dims.size() > 1 ? joinDims(dims) + " = " : std::string()) +
                             claimedText + " bytes of data";
    if (input.exactLength())
        fail(path, "is truncated or corrupt: " + head + " but only " + bytesText(available) +
                       " follow the " + std::to_string(headerBytes) + "-byte header." + kRemedy);
    fail(path, "is truncated or corrupt: " + head + ", more than its compressed size can hold (at most " +
                   std::to_string(available) + " bytes)." + kRemedy);
}

// Trailing data is an error: the header and the content disagree.
[[noreturn]] void failExtra(const std::string& path, uint64_t extra, const std::vector<int64_t>& dims,
                            uint64_t dataBytes) {
    fail(path, "file has " + std::to_string(extra) + (extra == 1 ? " extra byte" : " extra bytes") +
                   " after the declared data (" + declaredText(dims, dataBytes) + "); it is corrupt." + kRemedy);
}

// Parses and validates an IDX header, then reads exactly the declared data from input.
IdxArray readFrom(Input& input, const std::string& path) {
    const bool gz = !input.exactLength();
    const std::string contentName = gz ? "decompressed data" : "file";

    uint8_t magic[kMagicBytes];
    const size_t got = input.read(magic, kMagicBytes);
    if (got < kMagicBytes)
        fail(path, "is too short to be an IDX file: the " + contentName + " holds only " + std::to_string(got) +
                       " bytes, an IDX header needs at least " + std::to_string(kMagicBytes) + "." + kRemedy);
    if (magic[0] != 0 || magic[1] != 0) {
        std::string problem = "is not an IDX file: it starts with " + hexByte(magic[0]) + " " + hexByte(magic[1]) +
                              ", an IDX file starts with 0x00 0x00.";
        if (!gz && magic[0] == kGzipId1 && magic[1] == kGzipId2)
            problem += " It looks gzip-compressed: give it a .gz suffix.";
        fail(path, problem);
    }
    const uint8_t type = magic[kTypeCodeByte];
    if (type != kTypeUnsignedByte) {
        const char* name = idxTypeName(type);
        if (name)
            fail(path, "unsupported element type " + hexByte(type) + " (" + name +
                           "); TrainScope reads unsigned-byte IDX files (type 0x08). "
                           "Convert the data to unsigned bytes (0..255).");
        fail(path, "is not a valid IDX file: unknown element type code " + hexByte(type) + "." + kRemedy);
    }
    const int ndims = magic[kDimCountByte];
    if (ndims == 0 || ndims > kMaxDims)
        fail(path, "is not a valid IDX file: it declares " + std::to_string(ndims) +
                       " dimensions, expected 1 to " + std::to_string(kMaxDims) + "." + kRemedy);

    const uint64_t headerBytes = kMagicBytes + kDimBytes * static_cast<uint64_t>(ndims);
    uint8_t dimBytes[kDimBytes * kMaxDims];
    const size_t dimGot = input.read(dimBytes, kDimBytes * ndims);
    if (dimGot < kDimBytes * ndims)
        fail(path, "is truncated: the " + contentName + " ends inside the header (" +
                       std::to_string(kMagicBytes + dimGot) + " of " + std::to_string(headerBytes) + " bytes)." +
                       kRemedy);

    IdxArray out;
    out.dims.resize(ndims);
    for (int i = 0; i < ndims; ++i) {
        uint32_t v = 0;
        for (size_t b = 0; b < kDimBytes; ++b) v = (v << kBitsPerByte) | dimBytes[i * kDimBytes + b];
        out.dims[i] = v;
    }

    const uint64_t available = input.maxContentBytes() - headerBytes;
    const uint64_t dataBytes = checkedDataBytes(path, out.dims, available, input, headerBytes);
    if (input.exactLength() && dataBytes < available) failExtra(path, available - dataBytes, out.dims, dataBytes);

    try {
        if (input.confirmsLength(headerBytes + dataBytes)) {
            // The container agrees with the header: allocate once and read straight into place.
            out.data.resize(dataBytes);
            const size_t n = input.read(out.data.data(), dataBytes);
            if (n < dataBytes)
                fail(path, "is truncated: the " + contentName + " ends after " + std::to_string(n) + " of " +
                               declaredText(out.dims, dataBytes) + " of declared data." + kRemedy);
        } else {
            // Unconfirmed length: grow only as far as real data arrives.
            uint64_t have = 0;
            while (have < dataBytes) {
                const uint64_t step = std::min<uint64_t>(dataBytes - have, std::max<uint64_t>(kGrowChunkBytes, have));
                out.data.resize(have + step);
                const size_t n = input.read(out.data.data() + have, step);
                have += n;
                if (n < step)
                    fail(path, "is truncated: the " + contentName + " ends after " + std::to_string(have) + " of " +
                                   declaredText(out.dims, dataBytes) + " of declared data." + kRemedy);
            }
        }
    } catch (const std::bad_alloc&) {
        fail(path, "not enough memory to load " + std::to_string(dataBytes) + " bytes.");
    }

    const uint64_t extra = input.drain();
    if (extra > 0) failExtra(path, extra, out.dims, dataBytes);
    return out;
}

}  // namespace

// Reads and validates one IDX file of unsigned bytes, raw or gzip-compressed.
IdxArray readIdx(const std::string& givenPath) {
    std::error_code ec;
    fs::path absolute = fs::absolute(givenPath, ec);
    const std::string path = ec ? givenPath : absolute.string();   // messages name the full path
    const fs::file_status st = fs::status(path, ec);
    if (!fs::exists(st)) fail(path, "file does not exist.");
    if (fs::is_directory(st)) fail(path, "is a folder, not an IDX file.");
    if (!fs::is_regular_file(st)) fail(path, "is not a regular file.");
    const uint64_t fileBytes = fs::file_size(path, ec);
    if (ec) fail(path, "cannot get the file size: " + ec.message());

    FilePtr file(std::fopen(path.c_str(), "rb"));
    if (!file) fail(path, std::string("cannot open: ") + std::strerror(errno));

    return readIdxStream(file.get(), fileBytes, endsWith(path, ".gz"), path);
}

// Parses IDX content from an already open stream.
IdxArray readIdxStream(std::FILE* file, uint64_t fileBytes, bool gzip, const std::string& path) {
    if (gzip) {
        GzipInput input(file, path, fileBytes);
        return readFrom(input, path);
    }
    RawInput input(file, path, fileBytes);
    return readFrom(input, path);
}

// Returns folder/base, else folder/base.gz, else "" (the raw file wins when both exist).
std::string findIdxFile(const std::string& folder, const std::string& base) {
    std::error_code ec;
    const fs::path raw = fs::path(folder) / base;
    if (fs::is_regular_file(raw, ec)) return raw.string();
    fs::path gz = raw;
    gz += ".gz";
    if (fs::is_regular_file(gz, ec)) return gz.string();
    return "";
}

}  // namespace ts
