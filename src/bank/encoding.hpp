#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dues::bank {

// The text encodings bank exports come in.
enum class Encoding {
  utf8,    // with or without a byte order mark
  gbk,     // Chinese exports (Alipay; older ICBC and CMB files); also called CP936
  gb18030, // the superset of GBK
  cp1252,  // Windows Western European (German and Dutch banks)
  latin1,  // ISO-8859-1
};

// The encoding for a name as written in a profile ("utf-8", "gbk", "cp936", "gb18030",
// "cp1252", "windows-1252", "iso-8859-1", "latin1"; any case), or nullopt.
std::optional<Encoding> find_encoding(std::string_view name);

// The canonical name: "utf-8", "gbk", "gb18030", "cp1252", "iso-8859-1".
std::string_view encoding_name(Encoding encoding);

// The names find_encoding accepts, for messages: "utf-8, gbk, ...".
std::string_view encoding_names();

// Converts the bytes of a file to UTF-8 (with glibc's iconv), dropping a UTF-8 byte
// order mark. Strict: a byte sequence the encoding does not define throws
// Error(invalid_input) naming `path:line:column` of its first byte (the column counts
// the characters before it on its line) and the bytes in hex. Throws
// Error(environment) when the system cannot convert from this encoding at all.
std::string decode_to_utf8(std::string_view bytes, Encoding encoding, const std::string& path);

} // namespace dues::bank
