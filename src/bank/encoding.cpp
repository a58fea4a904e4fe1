#include "bank/encoding.hpp"

#include "base/error.hpp"
#include "base/text.hpp"

#include <fmt/format.h>

#include <array>
#include <cerrno>
#include <cstring>

#include <iconv.h>

namespace dues::bank {
namespace {

struct EncodingName {
  std::string_view name;
  Encoding encoding;
};

constexpr std::array<EncodingName, 11> k_names = {{
    {"utf-8", Encoding::utf8},
    {"utf8", Encoding::utf8},
    {"gbk", Encoding::gbk},
    {"cp936", Encoding::gbk},
    {"gb18030", Encoding::gb18030},
    {"cp1252", Encoding::cp1252},
    {"windows-1252", Encoding::cp1252},
    {"iso-8859-1", Encoding::latin1},
    {"iso8859-1", Encoding::latin1},
    {"latin1", Encoding::latin1},
    {"latin-1", Encoding::latin1},
}};

// The name iconv knows the encoding by.
const char* iconv_name(Encoding encoding) {
  switch (encoding) {
  case Encoding::gbk:
    return "GBK";
  case Encoding::gb18030:
    return "GB18030";
  case Encoding::cp1252:
    return "CP1252";
  case Encoding::latin1:
    return "ISO-8859-1";
  case Encoding::utf8:
    break;
  }
  return "UTF-8";
}

std::string hex_bytes(std::string_view bytes) {
  std::string text;
  for (const char c : bytes) {
    text += fmt::format("{}0x{:02X}", text.empty() ? "" : " ", static_cast<unsigned char>(c));
  }
  return text;
}

// Owns an iconv conversion descriptor.
class Converter {
public:
  explicit Converter(Encoding encoding)
      : m_handle(::iconv_open("UTF-8", iconv_name(encoding))), m_encoding(encoding) {
    if (m_handle == reinterpret_cast<iconv_t>(-1)) {
      throw Error(ErrorKind::environment,
                  fmt::format("this system cannot convert from {} (iconv: {})",
                              encoding_name(encoding), std::strerror(errno)));
    }
  }
  ~Converter() { ::iconv_close(m_handle); }
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;

  // Converts as much as possible; returns the offset of the first byte that does not
  // convert (bytes.size() when all did).
  std::size_t convert(std::string_view bytes, std::string& out) {
    ::iconv(m_handle, nullptr, nullptr, nullptr, nullptr);
    char* in = const_cast<char*>(bytes.data()); // iconv's interface is not const-correct
    std::size_t in_left = bytes.size();
    std::array<char, 16384> buffer{};
    while (in_left > 0) {
      char* to = buffer.data();
      std::size_t to_left = buffer.size();
      const std::size_t result = ::iconv(m_handle, &in, &in_left, &to, &to_left);
      out.append(buffer.data(), buffer.size() - to_left);
      if (result == static_cast<std::size_t>(-1) && errno != E2BIG) {
        break; // EILSEQ (no such character) or EINVAL (cut off at the end)
      }
    }
    return bytes.size() - in_left;
  }

  Encoding encoding() const { return m_encoding; }

private:
  iconv_t m_handle;
  Encoding m_encoding;
};

// `skipped`: bytes before `bytes` in the file (a BOM), so the offset is the file's.
[[noreturn]] void undecodable(std::string_view bytes, std::size_t offset, Encoding encoding,
                              const std::string& path, int column, std::size_t skipped = 0) {
  int line = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    line += bytes[i] == '\n' ? 1 : 0;
  }
  // The bad byte itself: in UTF-8 the one that cannot start or continue a character;
  // in a double-byte encoding the pair that does not convert.
  const std::size_t width = encoding == Encoding::utf8 ? 1 : 2;
  const std::string_view bad = bytes.substr(offset, std::min(width, bytes.size() - offset));
  throw Error(ErrorKind::invalid_input, SourceLoc{path, line, column},
              fmt::format("not valid {} text: byte{} {} at byte offset {} (set 'encoding' in the "
                          "bank profile)",
                          encoding_name(encoding), bad.size() > 1 ? "s" : "", hex_bytes(bad),
                          offset + skipped));
}

std::size_t line_start(std::string_view bytes, std::size_t offset) {
  const std::size_t newline = bytes.rfind('\n', offset == 0 ? 0 : offset - 1);
  return (newline == std::string_view::npos || offset == 0) ? 0 : newline + 1;
}

} // namespace

std::optional<Encoding> find_encoding(std::string_view name) {
  const std::string lower = ascii_lower(name);
  for (const EncodingName& entry : k_names) {
    if (entry.name == lower) {
      return entry.encoding;
    }
  }
  return std::nullopt;
}

std::string_view encoding_name(Encoding encoding) {
  switch (encoding) {
  case Encoding::utf8:
    return "utf-8";
  case Encoding::gbk:
    return "gbk";
  case Encoding::gb18030:
    return "gb18030";
  case Encoding::cp1252:
    return "cp1252";
  case Encoding::latin1:
    return "iso-8859-1";
  }
  return "utf-8";
}

std::string_view encoding_names() {
  return "utf-8, gbk (cp936), gb18030, cp1252 (windows-1252), iso-8859-1 (latin1)";
}

std::string decode_to_utf8(std::string_view bytes, Encoding encoding, const std::string& path) {
  if (encoding == Encoding::utf8) {
    const std::size_t bom = has_bom(bytes) ? 3 : 0;
    bytes.remove_prefix(bom);
    if (const auto bad = find_invalid_utf8(bytes)) {
      const std::size_t start = line_start(bytes, *bad);
      const auto valid = bytes.substr(start, *bad - start);
      undecodable(bytes, *bad, encoding, path, static_cast<int>(count_code_points(valid)) + 1,
                  bom);
    }
    return std::string(bytes);
  }
  Converter converter(encoding);
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  const std::size_t done = converter.convert(bytes, out);
  if (done < bytes.size()) {
    // The column: the characters decoded before the bad byte on its line.
    const std::size_t start = line_start(bytes, done);
    std::string before;
    converter.convert(bytes.substr(start, done - start), before);
    undecodable(bytes, done, encoding, path, static_cast<int>(count_code_points(before)) + 1);
  }
  return out;
}

} // namespace dues::bank
