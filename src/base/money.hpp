#pragma once

#include "base/decimal.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dues {

// An ISO 4217 currency and how many digits its minor unit has: JPY 0, EUR 2, KWD 3.
struct Currency {
  std::string_view code;
  int exponent = 2;

  friend bool operator==(const Currency& a, const Currency& b) { return a.code == b.code; }
};

// The currency for an ISO code such as "EUR", or nullptr when dues does not know it.
const Currency* find_currency(std::string_view code);

// An exact amount of one currency, held as a whole number of minor units (cents,
// fils, yen). There is no conversion from or to double, on purpose.
class Money {
public:
  // Zero of ISO 4217 "XXX" (no currency): a placeholder until a real amount is assigned.
  Money();
  Money(const Currency& currency, std::int64_t minor_units)
      : m_currency(&currency), m_minor_units(minor_units) {}
  // Zero in this currency.
  static Money zero(const Currency& currency) { return {currency, 0}; }

  const Currency& currency() const { return *m_currency; }
  std::int64_t minor_units() const { return m_minor_units; }
  bool is_zero() const { return m_minor_units == 0; }
  bool is_negative() const { return m_minor_units < 0; }
  bool is_positive() const { return m_minor_units > 0; }

  // Mixing currencies or overflowing throws dues::Error(internal): both are bugs upstream.
  Money& operator+=(const Money& other);
  Money& operator-=(const Money& other);
  friend Money operator+(Money a, const Money& b) { return a += b; }
  friend Money operator-(Money a, const Money& b) { return a -= b; }
  Money operator-() const;
  friend bool operator==(const Money& a, const Money& b) {
    return a.currency() == b.currency() && a.m_minor_units == b.m_minor_units;
  }
  // Ordering within one currency (mixing currencies throws).
  friend bool operator<(const Money& a, const Money& b);
  friend bool operator>(const Money& a, const Money& b) { return b < a; }
  friend bool operator<=(const Money& a, const Money& b) { return !(b < a); }
  friend bool operator>=(const Money& a, const Money& b) { return !(a < b); }

private:
  const Currency* m_currency; // points into the static currency table
  std::int64_t m_minor_units;
};

// The smaller / larger of two amounts of one currency.
Money min(const Money& a, const Money& b);
Money max(const Money& a, const Money& b);

// Parses the canonical form: optional '-', digits, then at most currency.exponent
// digits after a '.'. Too many decimals is an error, never a rounding.
std::optional<Money> parse_money(std::string_view text, const Currency& currency);

// An exact decimal as money of this currency; nullopt when it has more decimals than
// the currency allows or does not fit.
std::optional<Money> money_from_decimal(const Decimal& value, const Currency& currency);

// The canonical form without the code: "1200.50", "-0.07", "1500" for JPY.
std::string format_amount(const Money& money);

// The amount as an exact Decimal (minor units at the currency's exponent).
Decimal to_decimal(const Money& money);

// amount * quantity, rounded once to the currency's minor unit.
Money multiply(const Money& amount, const Decimal& quantity, RoundingMode mode);

// amount * numerator / denominator, computed in 128 bits and rounded once.
Money scale(const Money& amount, Int128 numerator, Int128 denominator, RoundingMode mode);

// percent % of amount, rounded once: percent_of(200.00, 20) = 40.00.
Money percent_of(const Money& amount, const Decimal& percent, RoundingMode mode);

// The part of a gross amount that is tax at percent, for tax-inclusive prices:
// gross * rate / (100 + rate), rounded once.
Money included_tax(const Money& gross, const Decimal& percent, RoundingMode mode);

// Splits `total` in proportion to `weights` so that the parts add up to `total`
// exactly (largest remainder first, ties to the earlier part). All weights zero
// gives everything to the first part. Weights must not be negative.
std::vector<Money> allocate(const Money& total, std::span<const std::int64_t> weights);

// Splits `total` into shares in proportion to `weights` the way a ledger rounds: each
// share but the last is total x weight / sum of weights rounded once with `mode`, and
// the last share with a weight takes the remainder, so the parts add up to `total`
// exactly. A share is cut where rounding would pass what is left of the total. All
// weights zero gives everything to the first part. Weights must not be negative.
std::vector<Money> split_rounded(const Money& total, std::span<const std::int64_t> weights,
                                 RoundingMode mode);

} // namespace dues

// "{}" prints "1200.50 EUR"; width and alignment work as for strings: "{:>14}".
template <>
struct fmt::formatter<dues::Money> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const dues::Money& money, FormatContext& ctx) const {
    const std::string text = dues::format_amount(money) + " " + std::string(money.currency().code);
    return fmt::formatter<std::string_view>::format(text, ctx);
  }
};
