#include "mail/mime.hpp"

#include <array>

namespace dues::mail {
namespace {

constexpr std::string_view k_base64_digits =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::string_view k_hex = "0123456789ABCDEF";

// The bytes of the UTF-8 character that starts at `at`: 1 for ASCII and stray bytes.
std::size_t char_length(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  std::size_t length = 1;
  if (lead >= 0xF0) {
    length = 4;
  } else if (lead >= 0xE0) {
    length = 3;
  } else if (lead >= 0xC0) {
    length = 2;
  }
  return std::min(length, text.size() - at);
}

void append_hex(std::string& out, char prefix, unsigned char byte) {
  out += prefix;
  out += k_hex[byte >> 4U];
  out += k_hex[byte & 0x0FU];
}

// RFC 2231 attribute-char: what may stand unencoded in an extended parameter value.
bool is_attribute_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
         || std::string_view("!#$&+-.^_`|~").find(c) != std::string_view::npos;
}

} // namespace

std::string base64(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const auto n = (static_cast<unsigned>(static_cast<unsigned char>(bytes[i])) << 16U)
                   | (static_cast<unsigned>(static_cast<unsigned char>(bytes[i + 1])) << 8U)
                   | static_cast<unsigned>(static_cast<unsigned char>(bytes[i + 2]));
    out += k_base64_digits[(n >> 18U) & 63U];
    out += k_base64_digits[(n >> 12U) & 63U];
    out += k_base64_digits[(n >> 6U) & 63U];
    out += k_base64_digits[n & 63U];
  }
  if (i < bytes.size()) {
    unsigned n = static_cast<unsigned>(static_cast<unsigned char>(bytes[i])) << 16U;
    const bool two = i + 1 < bytes.size();
    if (two) {
      n |= static_cast<unsigned>(static_cast<unsigned char>(bytes[i + 1])) << 8U;
    }
    out += k_base64_digits[(n >> 18U) & 63U];
    out += k_base64_digits[(n >> 12U) & 63U];
    out += two ? k_base64_digits[(n >> 6U) & 63U] : '=';
    out += '=';
  }
  return out;
}

std::string base64_lines(std::string_view bytes) {
  const std::string flat = base64(bytes);
  std::string out;
  out.reserve(flat.size() + flat.size() / k_line_limit * 2 + 2);
  for (std::size_t at = 0; at < flat.size(); at += k_line_limit) {
    out.append(flat, at, k_line_limit);
    out += "\r\n";
  }
  return out;
}

std::string quoted_printable(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    const bool last = end == std::string_view::npos;
    if (last) {
      end = text.size();
    }
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    if (last && line.empty()) {
      break; // the text ended with a line break
    }
    std::size_t column = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      const auto byte = static_cast<unsigned char>(line[i]);
      const bool at_end = i + 1 == line.size();
      const bool plain = (byte >= 33 && byte <= 126 && byte != '=')
                         || ((byte == ' ' || byte == '\t') && !at_end);
      const std::size_t width = plain ? 1 : 3;
      // Keep room for the '=' of a soft break unless this is the line's last character.
      if (column + width > (at_end ? k_line_limit : k_line_limit - 1)) {
        out += "=\r\n";
        column = 0;
      }
      if (plain) {
        out += static_cast<char>(byte);
      } else {
        append_hex(out, '=', byte);
      }
      column += width;
    }
    out += "\r\n";
    if (last) {
      break;
    }
    start = end + 1;
  }
  return out;
}

bool is_plain_ascii(std::string_view text) {
  for (const char c : text) {
    if (c < 32 || c > 126) {
      return false;
    }
  }
  return true;
}

std::string encode_words(std::string_view text, std::size_t first_line_used) {
  if (is_plain_ascii(text) && text.find("=?") == std::string_view::npos) {
    return std::string(text);
  }
  constexpr std::size_t k_overhead = 12; // "=?UTF-8?B?" and "?="
  std::string out;
  std::size_t used = first_line_used + 1;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t room = k_line_limit > used + k_overhead + 4 ? k_line_limit - used - k_overhead
                                                                  : 4;
    const std::size_t max_bytes = room / 4 * 3;
    std::size_t end = at;
    while (end < text.size()) {
      const std::size_t length = char_length(text, end);
      if (end + length - at > max_bytes && end > at) {
        break;
      }
      end += length;
    }
    if (!out.empty()) {
      out += ' ';
    }
    out += "=?UTF-8?B?";
    out += base64(text.substr(at, end - at));
    out += "?=";
    at = end;
    used = 1;
  }
  return out;
}

std::string header_line(std::string_view name, std::string_view value) {
  std::string out(name);
  out += ':';
  std::size_t column = out.size();
  std::size_t at = 0;
  while (at <= value.size()) {
    std::size_t end = value.find(' ', at);
    if (end == std::string_view::npos) {
      end = value.size();
    }
    const std::string_view word = value.substr(at, end - at);
    if (column + 1 + word.size() > k_line_limit && column > name.size() + 1) {
      out += "\r\n";
      column = 0;
    }
    out += ' ';
    out += word;
    column += 1 + word.size();
    at = end + 1;
  }
  out += "\r\n";
  return out;
}

std::string parameter(std::string_view name, std::string_view value) {
  if (is_plain_ascii(value) && value.find_first_of("\"\\") == std::string_view::npos
      && name.size() + value.size() + 4 < k_line_limit - 1) {
    return std::string(";\r\n ").append(name).append("=\"").append(value).append("\"");
  }
  std::string encoded;
  for (const char c : value) {
    if (is_attribute_char(c)) {
      encoded += c;
    } else {
      append_hex(encoded, '%', static_cast<unsigned char>(c));
    }
  }
  const std::size_t room = k_line_limit - name.size() - 12; // " name*NN*=" and ";"
  std::string out;
  std::size_t at = 0;
  for (int section = 0; at < encoded.size(); ++section) {
    std::size_t end = std::min(encoded.size(), at + (section == 0 ? room - 7 : room));
    // Never cut a %XX escape.
    if (end < encoded.size() && end >= 1 && encoded[end - 1] == '%') {
      end -= 1;
    } else if (end < encoded.size() && end >= 2 && encoded[end - 2] == '%') {
      end -= 2;
    }
    out += ";\r\n ";
    out += name;
    out += '*';
    out += std::to_string(section);
    out += "*=";
    if (section == 0) {
      out += "UTF-8''";
    }
    out.append(encoded, at, end - at);
    at = end;
  }
  return out;
}

} // namespace dues::mail
