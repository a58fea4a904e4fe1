#pragma once
// The typed values of a journal line (amounts, dates, words, text) read off a LineReader
// into fields, with a message naming the token on every complaint. Only journal_parser.cpp
// includes this file; it lives apart to keep the parser's file to one job.
#include "base/money.hpp"
#include "base/suggest.hpp"
#include "base/text.hpp"
#include "syntax/journal_grammar.hpp"
#include "syntax/line_reader.hpp"

#include <fmt/format.h>

#include <cstring>

namespace dues::syntax::journal_values {

inline bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

inline bool looks_numeric(std::string_view text) {
  if (text.starts_with('-')) {
    text.remove_prefix(1);
  }
  return !text.empty() && text.find_first_not_of("0123456789.") == std::string_view::npos;
}

// An amount written as the grammar allows, whatever its size: '-'? digits ('.' digits)?.
inline bool is_well_formed_amount(std::string_view text) {
  if (text.starts_with('-')) {
    text.remove_prefix(1);
  }
  const std::size_t point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view{"0"} : text.substr(point + 1);
  const auto digits = [](std::string_view part) {
    return !part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos;
  };
  return digits(whole) && digits(fraction);
}

inline bool is_currency_code(std::string_view text) {
  return text.size() == 3 && text[0] >= 'A' && text[0] <= 'Z' && text[1] >= 'A' && text[1] <= 'Z'
         && text[2] >= 'A' && text[2] <= 'Z';
}

// What a value is, for the message when it is missing: either free words ("a date") or
// "a value after 'KEY'". Formatting waits until there is an error to report.
struct Want {
  std::string_view what;
  std::string_view key;
  std::string describe() const {
    if (key.empty()) {
      return std::string(what);
    }
    return what.empty() ? fmt::format("a value after '{}'", key)
                        : fmt::format("{} '{}'", what, key);
  }
};

// Reads typed values off a LineReader into fields, in place (no allocation once the
// fields have capacity); every complaint names the token.
class ValueReader {
public:
  explicit ValueReader(LineReader& in) : m_in(in) {}

  void date(Field<Date>& into, Want want) {
    const Token token = take(want);
    const auto day = parse_date(token.text);
    if (!day) {
      m_in.fail(token.column, fmt::format("not a valid date (YYYY-MM-DD): '{}'", token.text));
    }
    into = {*day, m_in.pos_at(token.column), true};
  }

  void amount(Field<Decimal>& into, Want want) {
    const Token token = take(want);
    into = {to_decimal(token), m_in.pos_at(token.column), true};
  }

  void percent(Field<Decimal>& into, Want want) {
    const Token token = take(want);
    std::string_view text = token.text;
    if (text.ends_with('%')) {
      text.remove_suffix(1);
    }
    const auto value = parse_decimal(text);
    if (!value || value->is_negative()) {
      m_in.fail(token.column,
                fmt::format("not a valid percentage (such as 20%): '{}'", token.text));
    }
    into = {*value, m_in.pos_at(token.column), true};
  }

  void discount(Field<Discount>& into, Want want) {
    const Token token = take(want);
    Discount discount;
    std::string_view text = token.text;
    if (text.ends_with('%')) {
      text.remove_suffix(1);
      discount.is_percent = true;
    }
    const auto value = parse_decimal(text);
    if (!value || value->is_negative()) {
      m_in.fail(token.column,
                fmt::format("not a valid discount (a percentage such as 10% or an amount): '{}'",
                            token.text));
    }
    discount.value = *value;
    into = {discount, m_in.pos_at(token.column), true};
  }

  void number(Field<Decimal>& into, Want want) {
    const Token token = take(want);
    const auto value = parse_decimal(token.text);
    if (!value || value->normalized().scale() != 0 || value->is_negative()) {
      m_in.fail(token.column, fmt::format("not a whole number: '{}'", token.text));
    }
    into = {*value, m_in.pos_at(token.column), true};
  }

  void word(Field<std::string>& into, Want want) {
    const Token token = take(want);
    if (token.text.empty()) {
      m_in.fail(token.column, fmt::format("expected {}, found an empty string", want.describe()));
    }
    assign(into, token);
  }

  void text(Field<std::string>& into, Want want) { assign(into, take(want)); }

  void id(Field<std::string>& into, Want want) {
    const Token token = take(want);
    if (!is_valid_id(token.text)) {
      m_in.fail(
          token.column,
          fmt::format("not a valid id (letters, digits, '-', '_', '.', '/'): '{}'", token.text));
    }
    assign(into, token);
  }

  // An optional currency code after an amount; `required` makes it mandatory.
  void currency(Field<std::string>& into, bool required) {
    LineReader peek = m_in;
    if (peek.at_end()) {
      if (required) {
        m_in.next("a currency code (such as EUR) after the amount");
      }
      return;
    }
    const Token token = peek.next("a currency code");
    if (!is_currency_code(token.text)) {
      if (required) {
        m_in.fail(token.column,
                  fmt::format("expected a currency code (such as EUR) after the amount, found '{}'",
                              token.text));
      }
      return;
    }
    m_in.next("a currency code");
    if (find_currency(token.text) == nullptr) {
      m_in.fail(token.column,
                fmt::format("unknown currency '{}' (expected an ISO 4217 code)", token.text));
    }
    if (into.set && into.value != token.text) {
      m_in.fail(token.column, fmt::format("currency '{}' differs from '{}' given earlier",
                                          token.text, into.value));
    }
    into = {std::string(token.text), m_in.pos_at(token.column), true};
  }

private:
  Token take(const Want& want) {
    if (m_in.at_end()) {
      m_in.fail(m_in.missing_column(),
                fmt::format("expected {}, found end of line", want.describe()));
    }
    return m_in.next(want.what);
  }

  void assign(Field<std::string>& into, const Token& token) {
    into.value.assign(token.text);
    into.pos = m_in.pos_at(token.column);
    into.set = true;
  }

  Decimal to_decimal(const Token& token) {
    const auto value = parse_decimal(token.text);
    if (!value) {
      if (is_well_formed_amount(token.text)) {
        const auto point = token.text.find('.');
        if (point != std::string_view::npos
            && token.text.size() - point - 1 > static_cast<std::size_t>(Decimal::k_max_scale)) {
          m_in.fail(token.column, fmt::format("too many decimals: '{}'", token.text));
        }
        m_in.fail(token.column, fmt::format("amount out of range: '{}'", token.text));
      }
      m_in.fail(token.column,
                fmt::format("not a valid amount (digits, optionally '.' and decimals): '{}'",
                            token.text));
    }
    return *value;
  }

  LineReader& m_in;
};

} // namespace dues::syntax::journal_values
