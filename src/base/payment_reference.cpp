#include "base/payment_reference.hpp"

#include "base/creditor_reference.hpp"
#include "base/text.hpp"

#include <algorithm>
#include <array>

namespace dues {
namespace {

constexpr std::size_t k_ogm_digits = 12;
constexpr std::size_t k_qrr_digits = 27;
constexpr std::size_t k_longest = k_qrr_digits;

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_ascii_digit);
}

int finnish_check(std::string_view body) {
  static constexpr std::array<int, 3> k_weights = {7, 3, 1};
  int sum = 0;
  for (std::size_t i = 0; i < body.size(); ++i) {
    sum += (body[body.size() - 1 - i] - '0') * k_weights[i % 3];
  }
  return (10 - sum % 10) % 10;
}

int luhn_check(std::string_view body) {
  int sum = 0;
  for (std::size_t i = 0; i < body.size(); ++i) {
    int d = body[body.size() - 1 - i] - '0';
    if (i % 2 == 0) {
      d *= 2;
      d = d > 9 ? d - 9 : d;
    }
    sum += d;
  }
  return (10 - sum % 10) % 10;
}

// -1 when mod 11 gives 10 (KID writes '-'), else the check digit.
int mod11_check(std::string_view body) {
  int sum = 0;
  for (std::size_t i = 0; i < body.size(); ++i) {
    sum += (body[body.size() - 1 - i] - '0') * static_cast<int>(2 + i % 6);
  }
  const int check = (11 - sum % 11) % 11;
  return check == 10 ? -1 : check;
}

int qrr_check(std::string_view body) {
  static constexpr std::array<int, 10> k_table = {0, 9, 4, 6, 8, 2, 7, 1, 3, 5};
  int carry = 0;
  for (const char c : body) {
    carry = k_table[static_cast<std::size_t>((carry + (c - '0')) % 10)];
  }
  return (10 - carry) % 10;
}

int ogm_check(std::string_view body) {
  long long value = 0;
  for (const char c : body) {
    value = value * 10 + (c - '0');
  }
  const int check = static_cast<int>(value % 97);
  return check == 0 ? 97 : check;
}

std::string digits_of(std::string_view text) {
  std::string digits;
  for (const char c : text) {
    if (is_ascii_digit(c)) {
      digits += c;
    }
  }
  return digits;
}

bool is_valid_national(std::string_view digits) {
  return is_valid_ogm(digits) || is_valid_qr_reference(digits)
         || is_valid_finnish_reference(digits) || is_valid_kid(digits);
}

} // namespace

std::string_view reference_scheme_name(ReferenceScheme scheme) {
  switch (scheme) {
  case ReferenceScheme::rf:
    return "rf";
  case ReferenceScheme::ogm:
    return "ogm";
  case ReferenceScheme::fi:
    return "fi";
  case ReferenceScheme::kid:
    return "kid";
  case ReferenceScheme::qrr:
    return "qrr";
  }
  return "rf";
}

std::optional<ReferenceScheme> reference_scheme_named(std::string_view name) {
  for (const ReferenceScheme scheme : {ReferenceScheme::rf, ReferenceScheme::ogm,
                                       ReferenceScheme::fi, ReferenceScheme::kid,
                                       ReferenceScheme::qrr}) {
    if (reference_scheme_name(scheme) == name) {
      return scheme;
    }
  }
  return std::nullopt;
}

ReferenceScheme reference_scheme_for_country(std::string_view country) {
  const std::string code = ascii_lower(country);
  if (code == "be") {
    return ReferenceScheme::ogm;
  }
  if (code == "fi") {
    return ReferenceScheme::fi;
  }
  if (code == "no") {
    return ReferenceScheme::kid;
  }
  if (code == "ch" || code == "li") {
    return ReferenceScheme::qrr;
  }
  return ReferenceScheme::rf;
}

bool is_valid_ogm(std::string_view digits) {
  if (digits.size() != k_ogm_digits || !all_digits(digits)) {
    return false;
  }
  const int check = (digits[10] - '0') * 10 + (digits[11] - '0');
  return ogm_check(digits.substr(0, 10)) == check;
}

bool is_valid_finnish_reference(std::string_view digits) {
  if (digits.size() < 4 || digits.size() > 20 || !all_digits(digits)) {
    return false;
  }
  const std::string_view body = digits.substr(0, digits.size() - 1);
  return finnish_check(body) == digits.back() - '0';
}

bool is_valid_kid(std::string_view digits) {
  if (digits.size() < 3 || digits.size() > 25 || !all_digits(digits)) {
    return false;
  }
  const std::string_view body = digits.substr(0, digits.size() - 1);
  const int check = digits.back() - '0';
  return luhn_check(body) == check || mod11_check(body) == check;
}

bool is_valid_qr_reference(std::string_view digits) {
  return digits.size() == k_qrr_digits && all_digits(digits)
         && qrr_check(digits.substr(0, k_qrr_digits - 1)) == digits.back() - '0';
}

std::optional<std::string> make_payment_reference(ReferenceScheme scheme,
                                                  std::string_view invoice_number) {
  if (scheme == ReferenceScheme::rf) {
    std::string body; // letters and digits, at most as many as a reference holds
    for (const char c : invoice_number) {
      if (is_ascii_alnum(c) && body.size() < k_rf_max_body) {
        body += c;
      }
    }
    const auto made = make_rf_reference(body);
    return made ? std::optional<std::string>(format_rf_reference(*made)) : std::nullopt;
  }
  std::string digits = digits_of(invoice_number);
  if (digits.empty()) {
    return std::nullopt;
  }
  const auto last = [&](std::size_t n) {
    std::string body = digits.size() > n ? digits.substr(digits.size() - n) : digits;
    return std::string(n - body.size(), '0') + body;
  };
  const auto trimmed = [&](std::size_t n) {
    std::string body = digits.size() > n ? digits.substr(digits.size() - n) : digits;
    body.erase(0, std::min(body.find_first_not_of('0'), body.size() - 1));
    return body.size() < 3 ? std::string(3 - body.size(), '1') + body : body;
  };
  switch (scheme) {
  case ReferenceScheme::ogm: {
    const std::string body = last(10);
    const int check = ogm_check(body);
    const std::string all = body + static_cast<char>('0' + check / 10)
                            + static_cast<char>('0' + check % 10);
    return "+++" + all.substr(0, 3) + "/" + all.substr(3, 4) + "/" + all.substr(7) + "+++";
  }
  case ReferenceScheme::fi: {
    const std::string body = trimmed(19);
    return body + static_cast<char>('0' + finnish_check(body));
  }
  case ReferenceScheme::kid: {
    const std::string body = trimmed(24);
    return body + static_cast<char>('0' + luhn_check(body));
  }
  case ReferenceScheme::qrr: {
    const std::string all = last(26) + static_cast<char>('0' + qrr_check(last(26)));
    std::string printed = all.substr(0, 2);
    for (std::size_t i = 2; i < all.size(); i += 5) {
      printed += " " + all.substr(i, 5);
    }
    return printed;
  }
  case ReferenceScheme::rf:
    break;
  }
  return std::nullopt;
}

std::string reference_key(std::string_view reference) {
  const std::string compact = compact_rf_reference(reference);
  if (compact.starts_with("RF")) {
    return compact;
  }
  const bool numeric = std::all_of(compact.begin(), compact.end(), [](char c) {
    return is_ascii_digit(c) || c == '/' || c == '+' || c == '*' || c == '-' || c == '.';
  });
  return numeric && !digits_of(compact).empty() ? digits_of(compact) : compact;
}

std::vector<std::string> find_national_references(std::string_view text) {
  // Runs of digits, each group with the separators that may join it to the next.
  std::vector<std::string> found;
  std::vector<std::string> groups;
  const auto flush = [&] {
    for (std::size_t i = 0; i < groups.size(); ++i) {
      std::string joined;
      for (std::size_t k = i; k < groups.size() && joined.size() + groups[k].size() <= k_longest;
           ++k) {
        joined += groups[k];
        if (joined.size() >= 3 && is_valid_national(joined)
            && std::find(found.begin(), found.end(), joined) == found.end()) {
          found.push_back(joined);
        }
      }
    }
    groups.clear();
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_ascii_digit(text[i])) {
      const bool joins = (text[i] == ' ' || text[i] == '/') && !groups.empty()
                         && i + 1 < text.size() && is_ascii_digit(text[i + 1]);
      if (!joins) {
        flush();
      }
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_ascii_digit(text[end])) {
      ++end;
    }
    groups.emplace_back(text.substr(i, end - i));
    i = end;
  }
  flush();
  return found;
}

bool is_valid_creditor_id(std::string_view text) {
  const std::string compact = compact_rf_reference(text);
  if (compact.size() < 8 || compact.size() > 35 || !is_ascii_upper(compact[0])
      || !is_ascii_upper(compact[1]) || !is_ascii_digit(compact[2]) || !is_ascii_digit(compact[3])
      || !std::all_of(compact.begin(), compact.end(), is_ascii_alnum)) {
    return false;
  }
  const auto remainder = mod97(compact.substr(7) + compact.substr(0, 2) + "00");
  const int check = (compact[2] - '0') * 10 + (compact[3] - '0');
  return remainder && 98 - *remainder == check;
}

bool is_valid_mandate_id(std::string_view text) {
  constexpr std::string_view k_extra = " +?/-:().,'";
  return !text.empty() && text.size() <= 35 && text.front() != ' '
         && std::all_of(text.begin(), text.end(), [&](char c) {
              return is_ascii_alnum(c) || k_extra.find(c) != std::string_view::npos;
            });
}

} // namespace dues
