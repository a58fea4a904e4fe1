#pragma once

#include "base/date.hpp"
#include "base/decimal.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace dues::bank {

// Parses a day written in a strptime-like format that must cover the whole text:
// %Y (4 digits), %y (2 digits, 2000-2099), %m and %d (1 or 2 digits), %b (English month
// name, abbreviated or full, any case), %H %M %S (1 or 2 digits, read and ignored),
// %% (a percent sign); any other character must appear as written. The day must exist.
std::optional<Date> parse_bank_date(std::string_view text, std::string_view format);

// Why a date format cannot be used ("unknown conversion '%q'"), or nullopt when it can.
std::optional<std::string> date_format_problem(std::string_view format);

// How a bank writes numbers.
struct NumberStyle {
  char decimal_mark = '.';
  std::string thousands_separator; // "" for none
};

// Parses an amount as a bank writes it: digits, optionally grouped in thousands by the
// separator, optionally the decimal mark and up to 9 decimals. A sign may lead ("-",
// "+", "−") or trail ("-"), and parentheses mean negative: "(12.50)". Grouping must be
// consistent: the first group has 1 to 3 digits and every later one exactly 3, and no
// separator follows the decimal mark; "1.2345,00" and "10.999.99" are refused rather
// than guessed. Exact: never a binary float.
std::optional<Decimal> parse_bank_number(std::string_view text, const NumberStyle& style);

} // namespace dues::bank
