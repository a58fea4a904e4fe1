#include "base/creditor_reference.hpp"

namespace dues {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

char upper(char c) {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

// The remainder mod 97 of the number written by `text` with letters as 10..35
// (A = 10, ..., Z = 35), computed digit by digit so any length fits.
int mod97(std::string_view text) {
  int remainder = 0;
  for (const char c : text) {
    if (is_digit(c)) {
      remainder = (remainder * 10 + (c - '0')) % 97;
    } else {
      const int value = c - 'A' + 10;
      remainder = (remainder * 100 + value) % 97;
    }
  }
  return remainder;
}

} // namespace

std::string compact_rf_reference(std::string_view text) {
  std::string compact;
  compact.reserve(text.size());
  for (const char c : text) {
    if (c != ' ') {
      compact += upper(c);
    }
  }
  return compact;
}

bool is_valid_rf_reference(std::string_view text) {
  const std::string compact = compact_rf_reference(text);
  if (compact.size() < 5 || compact.size() > 4 + k_rf_max_body || !compact.starts_with("RF")
      || !is_digit(compact[2]) || !is_digit(compact[3])) {
    return false;
  }
  for (std::size_t i = 4; i < compact.size(); ++i) {
    if (!is_digit(compact[i]) && !is_upper(compact[i])) {
      return false;
    }
  }
  // Move "RFcc" to the end; the whole number must leave 1 mod 97.
  return mod97(compact.substr(4) + compact.substr(0, 4)) == 1;
}

std::optional<std::string> make_rf_reference(std::string_view invoice_number) {
  std::string body;
  for (const char c : invoice_number) {
    const char u = upper(c);
    if (is_digit(u) || is_upper(u)) {
      body += u;
    } else if (c != ' ' && c != '-' && c != '/' && c != '.' && c != '_') {
      return std::nullopt;
    }
  }
  if (body.empty() || body.size() > k_rf_max_body) {
    return std::nullopt;
  }
  const int check = 98 - mod97(body + "RF00");
  std::string reference = "RF";
  reference += static_cast<char>('0' + check / 10);
  reference += static_cast<char>('0' + check % 10);
  return reference + body;
}

std::string format_rf_reference(std::string_view text) {
  const std::string compact = compact_rf_reference(text);
  std::string printed;
  for (std::size_t i = 0; i < compact.size(); ++i) {
    if (i > 0 && i % 4 == 0) {
      printed += ' ';
    }
    printed += compact[i];
  }
  return printed;
}

} // namespace dues
