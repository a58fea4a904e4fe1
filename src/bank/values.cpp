#include "bank/values.hpp"

#include <fmt/format.h>

#include <array>

namespace dues::bank {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Reads between `least` and `most` digits at text[i]; nullopt when fewer are there.
std::optional<int> read_digits(std::string_view text, std::size_t& i, std::size_t least,
                               std::size_t most) {
  std::size_t count = 0;
  int value = 0;
  while (i < text.size() && count < most && is_digit(text[i])) {
    value = value * 10 + (text[i] - '0');
    ++i;
    ++count;
  }
  if (count < least) {
    return std::nullopt;
  }
  return value;
}

constexpr std::array<std::string_view, 12> k_months = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Reads an English month name, full or cut to three letters.
std::optional<int> read_month_name(std::string_view text, std::size_t& i) {
  std::string word;
  while (i < text.size()
         && ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z'))) {
    word += lower(text[i]);
    ++i;
  }
  for (std::size_t m = 0; m < k_months.size(); ++m) {
    if (word == k_months[m] || (word.size() == 3 && k_months[m].starts_with(word))) {
      return static_cast<int>(m) + 1;
    }
  }
  return std::nullopt;
}

constexpr std::string_view k_conversions = "Yymdb HMS%";

} // namespace

std::optional<std::string> date_format_problem(std::string_view format) {
  bool year = false;
  bool month = false;
  bool day = false;
  for (std::size_t i = 0; i < format.size(); ++i) {
    if (format[i] != '%') {
      continue;
    }
    if (i + 1 == format.size()) {
      return "a '%' at the end";
    }
    const char c = format[++i];
    if (c == ' ' || k_conversions.find(c) == std::string_view::npos) {
      return fmt::format("unknown conversion '%{}' (known: %Y %y %m %d %b %H %M %S %%)", c);
    }
    year = year || c == 'Y' || c == 'y';
    month = month || c == 'm' || c == 'b';
    day = day || c == 'd';
  }
  if (!year || !month || !day) {
    return std::string("it needs a year (%Y or %y), a month (%m or %b) and a day (%d)");
  }
  return std::nullopt;
}

std::optional<Date> parse_bank_date(std::string_view text, std::string_view format) {
  std::size_t i = 0;
  std::optional<int> year;
  std::optional<int> month;
  std::optional<int> day;
  for (std::size_t f = 0; f < format.size(); ++f) {
    if (format[f] != '%' || f + 1 == format.size()) {
      if (i >= text.size() || text[i] != format[f]) {
        return std::nullopt;
      }
      ++i;
      continue;
    }
    const char c = format[++f];
    std::optional<int> value;
    switch (c) {
    case 'Y':
      year = read_digits(text, i, 4, 4);
      value = year;
      break;
    case 'y':
      value = read_digits(text, i, 2, 2);
      year = value ? std::optional<int>(2000 + *value) : std::nullopt;
      break;
    case 'm':
      month = read_digits(text, i, 1, 2);
      value = month;
      break;
    case 'd':
      day = read_digits(text, i, 1, 2);
      value = day;
      break;
    case 'b':
      month = read_month_name(text, i);
      value = month;
      break;
    case 'H':
    case 'M':
    case 'S':
      value = read_digits(text, i, 1, 2);
      break;
    case '%':
      value = (i < text.size() && text[i] == '%') ? std::optional<int>(0) : std::nullopt;
      i += value ? 1U : 0U;
      break;
    default:
      return std::nullopt;
    }
    if (!value) {
      return std::nullopt;
    }
  }
  if (i != text.size() || !year || !month || !day) {
    return std::nullopt;
  }
  const Date result{date::year{*year}, date::month{static_cast<unsigned>(*month)},
                    date::day{static_cast<unsigned>(*day)}};
  if (!result.ok()) {
    return std::nullopt;
  }
  return result;
}

namespace {

// The text without a sign: "-12.50" -> "12.50" with negative set. Handles a leading
// '-', '+' or U+2212 minus, a trailing '-', and parentheses.
std::optional<std::string_view> take_sign(std::string_view text, bool& negative) {
  negative = false;
  if (text.size() >= 2 && text.front() == '(' && text.back() == ')') {
    negative = true;
    text = text.substr(1, text.size() - 2);
  } else if (text.starts_with("-")) {
    negative = true;
    text.remove_prefix(1);
  } else if (text.starts_with("+")) {
    text.remove_prefix(1);
  } else if (text.starts_with("\u2212")) {
    negative = true;
    text.remove_prefix(3);
  } else if (text.ends_with("-")) {
    negative = true;
    text.remove_suffix(1);
  }
  if (text.empty()) {
    return std::nullopt;
  }
  return text;
}

// The digits of the integer part with consistent grouping removed, or nullopt.
std::optional<std::string> integer_digits(std::string_view part, std::string_view separator) {
  if (part.empty()) {
    return std::nullopt;
  }
  std::string digits;
  std::size_t group = 0;  // digits in the current group
  std::size_t groups = 0; // groups closed by a separator
  std::size_t i = 0;
  while (i < part.size()) {
    if (!separator.empty() && part.substr(i).starts_with(separator)) {
      if (group == 0 || (groups == 0 && group > 3) || (groups > 0 && group != 3)) {
        return std::nullopt;
      }
      ++groups;
      group = 0;
      i += separator.size();
      continue;
    }
    if (!is_digit(part[i])) {
      return std::nullopt;
    }
    digits += part[i];
    ++group;
    ++i;
  }
  if (groups > 0 && group != 3) {
    return std::nullopt;
  }
  return digits;
}

} // namespace

std::optional<Decimal> parse_bank_number(std::string_view text, const NumberStyle& style) {
  bool negative = false;
  const auto unsigned_text = take_sign(text, negative);
  if (!unsigned_text) {
    return std::nullopt;
  }
  const std::size_t mark = unsigned_text->find(style.decimal_mark);
  const std::string_view whole = unsigned_text->substr(0, mark);
  std::string_view fraction;
  if (mark != std::string_view::npos) {
    fraction = unsigned_text->substr(mark + 1);
    if (fraction.empty() || fraction.size() > static_cast<std::size_t>(Decimal::k_max_scale)) {
      return std::nullopt;
    }
    for (const char c : fraction) {
      if (!is_digit(c)) {
        return std::nullopt;
      }
    }
  }
  const auto digits = integer_digits(whole, style.thousands_separator);
  if (!digits || digits->size() + fraction.size() > 18) {
    return std::nullopt;
  }
  std::int64_t mantissa = 0;
  for (const char c : *digits + std::string(fraction)) {
    mantissa = mantissa * 10 + (c - '0');
  }
  return Decimal(negative ? -mantissa : mantissa, static_cast<int>(fraction.size()));
}

} // namespace dues::bank
