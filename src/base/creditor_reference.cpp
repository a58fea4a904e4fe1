#include "base/creditor_reference.hpp"

#include "base/text.hpp"

namespace dues {

std::string compact_rf_reference(std::string_view text) {
  std::string compact;
  compact.reserve(text.size());
  for (const char c : text) {
    if (c != ' ') {
      compact += ascii_upper(c);
    }
  }
  return compact;
}

bool is_valid_rf_reference(std::string_view text) {
  const std::string compact = compact_rf_reference(text);
  if (compact.size() < 5 || compact.size() > 4 + k_rf_max_body || !compact.starts_with("RF")
      || !is_ascii_digit(compact[2]) || !is_ascii_digit(compact[3])) {
    return false;
  }
  // Move "RFcc" to the end; the whole number must leave 1 mod 97 (and hold only
  // digits and letters).
  return mod97(compact.substr(4) + compact.substr(0, 4)) == 1;
}

std::optional<std::string> make_rf_reference(std::string_view invoice_number) {
  std::string body;
  for (const char c : invoice_number) {
    const char u = ascii_upper(c);
    if (is_ascii_digit(u) || is_ascii_upper(u)) {
      body += u;
    } else if (c != ' ' && c != '-' && c != '/' && c != '.' && c != '_') {
      return std::nullopt;
    }
  }
  if (body.empty() || body.size() > k_rf_max_body) {
    return std::nullopt;
  }
  const int check = 98 - *mod97(body + "RF00"); // body holds digits and letters only
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
