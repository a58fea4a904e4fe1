#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dues {

// The byte offset of the first byte that is not part of valid UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF are invalid), or nullopt when all is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// The number of code points in valid UTF-8 text (continuation bytes are not counted).
std::size_t count_code_points(std::string_view text);

// The 1-based column of byte `offset` in `line`, counting code points.
int column_of(std::string_view line, std::size_t offset);

// Decodes valid UTF-8 into code points.
std::vector<char32_t> decode_utf8(std::string_view text);

// Encodes one code point as UTF-8.
std::string encode_utf8(char32_t code_point);

// How many terminal columns the text takes: East Asian wide and fullwidth characters
// count 2, combining marks 0, everything else 1.
std::size_t display_width(std::string_view text);

// Pads with spaces on the right (left) to `width` display columns.
std::string pad_right(std::string_view text, std::size_t width);
std::string pad_left(std::string_view text, std::size_t width);

// Cuts text to at most `width` display columns, ending with "…" when it was cut.
std::string truncate_to_width(std::string_view text, std::size_t width);

// Removes leading and trailing ASCII whitespace.
std::string_view trim(std::string_view text);

// Splits on a separator character; keeps empty fields.
std::vector<std::string_view> split(std::string_view text, char separator);

// Lower-cases ASCII letters; other bytes are kept.
std::string ascii_lower(std::string_view text);

// ASCII character classes, whatever the locale (identifiers, IBANs, references).
constexpr bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
constexpr bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
constexpr bool is_ascii_letter(char c) {
  return is_ascii_upper(c) || (c >= 'a' && c <= 'z');
}
constexpr bool is_ascii_alnum(char c) {
  return is_ascii_digit(c) || is_ascii_letter(c);
}
constexpr char ascii_upper(char c) {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

// ISO 7064 MOD 97-10 as IBANs and RF references use it: the remainder mod 97 of the
// number `text` writes with letters as 10..35 (A = 10, ..., Z = 35), any length.
// nullopt when the text holds anything but digits and upper-case ASCII letters.
std::optional<int> mod97(std::string_view text);

// The text made safe to show on a terminal: TAB, CR and LF become a space (LF stays
// with `keep_line_breaks`), and every other control character (C0, DEL, and C1 such as
// U+009B, the one-character CSI) becomes U+FFFD, so no escape sequence in a name or a
// bank text can move the cursor, recolour the screen or retitle the window.
std::string printable(std::string_view text, bool keep_line_breaks = false);

// True when the text starts with a UTF-8 byte order mark.
bool has_bom(std::string_view text);

} // namespace dues
