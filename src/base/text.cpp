#include "base/text.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace dues {
namespace {

// Decodes one code point at text[i]; returns its length, or 0 if invalid.
std::size_t decode_one(std::string_view text, std::size_t i, char32_t& out) {
  const auto byte = [&](std::size_t k) {
    return static_cast<unsigned char>(text[k]);
  };
  const unsigned char lead = byte(i);
  if (lead < 0x80) {
    out = lead;
    return 1;
  }
  std::size_t length = 0;
  char32_t value = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    value = lead & 0x1Fu;
    minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    value = lead & 0x0Fu;
    minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    value = lead & 0x07u;
    minimum = 0x10000;
  } else {
    return 0;
  }
  if (i + length > text.size()) {
    return 0;
  }
  for (std::size_t k = 1; k < length; ++k) {
    const unsigned char next = byte(i + k);
    if ((next & 0xC0) != 0x80) {
      return 0;
    }
    value = (value << 6) | (next & 0x3Fu);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    return 0;
  }
  out = value;
  return length;
}

// Ranges of East Asian Wide (W) and Fullwidth (F) code points, Unicode 15, coalesced.
constexpr std::array<std::pair<char32_t, char32_t>, 36> k_wide = {{
    {0x1100, 0x115F},   {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},   {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653},   {0x267F, 0x267F},
    {0x2693, 0x2693},   {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},   {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F5},   {0x26FA, 0x26FD},
    {0x2705, 0x2705},   {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},
    {0xA000, 0xA4CF},   {0xA960, 0xA97F}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},   {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF},
    {0x20000, 0x3FFFD},
}};

std::size_t width_of(char32_t c) {
  if (c == 0) {
    return 0;
  }
  // Combining marks and zero-width characters.
  if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F) || c == 0xFE0F
      || (c >= 0x20D0 && c <= 0x20FF)) {
    return 0;
  }
  for (const auto& [first, last] : k_wide) {
    if (c >= first && c <= last) {
      return 2;
    }
  }
  return 1;
}

} // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t ignored = 0;
    const std::size_t length = decode_one(text, i, ignored);
    if (length == 0) {
      return i;
    }
    i += length;
  }
  return std::nullopt;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++count;
    }
  }
  return count;
}

int column_of(std::string_view line, std::size_t offset) {
  return static_cast<int>(count_code_points(line.substr(0, offset))) + 1;
}

std::vector<char32_t> decode_utf8(std::string_view text) {
  std::vector<char32_t> out;
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t c = 0;
    const std::size_t length = decode_one(text, i, c);
    if (length == 0) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    out.push_back(c);
    i += length;
  }
  return out;
}

std::string encode_utf8(char32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

std::size_t display_width(std::string_view text) {
  // Plain ASCII (nearly every cell of a report) is one column per byte.
  if (std::all_of(text.begin(), text.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return text.size();
  }
  std::size_t width = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t c = 0;
    const std::size_t length = decode_one(text, i, c);
    if (length == 0) {
      ++width;
      ++i;
      continue;
    }
    width += width_of(c);
    i += length;
  }
  return width;
}

std::string pad_right(std::string_view text, std::size_t width) {
  std::string out(text);
  const std::size_t have = display_width(text);
  if (have < width) {
    out.append(width - have, ' ');
  }
  return out;
}

std::string pad_left(std::string_view text, std::size_t width) {
  const std::size_t have = display_width(text);
  std::string out;
  if (have < width) {
    out.append(width - have, ' ');
  }
  out += text;
  return out;
}

std::string truncate_to_width(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) {
    return std::string(text);
  }
  if (width == 0) {
    return {}; // not even the "…" fits
  }
  std::string out;
  std::size_t used = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t c = 0;
    std::size_t length = decode_one(text, i, c);
    if (length == 0) {
      length = 1;
      c = '?';
    }
    const std::size_t w = width_of(c);
    if (used + w + 1 > width) {
      break;
    }
    out.append(text.substr(i, length));
    used += w;
    i += length;
  }
  return out + "…";
}

std::string_view trim(std::string_view text) {
  const auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
  };
  while (!text.empty() && is_space(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && is_space(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    if (end == std::string_view::npos) {
      parts.push_back(text.substr(start));
      return parts;
    }
    parts.push_back(text.substr(start, end - start));
    start = end + 1;
  }
}

std::optional<int> mod97(std::string_view text) {
  int remainder = 0;
  for (const char c : text) {
    if (is_ascii_digit(c)) {
      remainder = (remainder * 10 + (c - '0')) % 97;
    } else if (is_ascii_upper(c)) {
      remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
    } else {
      return std::nullopt;
    }
  }
  return remainder;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

std::string printable(std::string_view text, bool keep_line_breaks) {
  constexpr std::string_view k_replacement = "\uFFFD";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const bool c1 = byte == 0xC2 && i + 1 < text.size()
                    && static_cast<unsigned char>(text[i + 1]) >= 0x80
                    && static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    if (byte == '\n' && keep_line_breaks) {
      out += '\n';
    } else if (byte == '\t' || byte == '\r' || byte == '\n') {
      out += ' ';
    } else if (byte < 0x20 || byte == 0x7F) {
      out += k_replacement;
    } else if (c1) {
      out += k_replacement;
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

bool has_bom(std::string_view text) {
  return text.starts_with("\xEF\xBB\xBF");
}

} // namespace dues
