#include "base/error.hpp"
#include "base/money.hpp"
#include "testutil.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <limits>
#include <random>
#include <vector>

using dues::allocate;
using dues::Currency;
using dues::Decimal;
using dues::Error;
using dues::ErrorKind;
using dues::find_currency;
using dues::format_amount;
using dues::Money;
using dues::parse_money;
using dues::RoundingMode;
using dues::test::dec;
using dues::test::eur;
using dues::test::money;

namespace {

const Currency& currency(const char* code) {
  const Currency* found = find_currency(code);
  REQUIRE(found != nullptr);
  return *found;
}

constexpr std::int64_t k_max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t k_min = std::numeric_limits<std::int64_t>::min();

} // namespace

TEST_CASE("currencies carry their ISO 4217 exponent") {
  CHECK(currency("EUR").exponent == 2);
  CHECK(currency("USD").exponent == 2);
  CHECK(currency("CNY").exponent == 2);
  CHECK(currency("JPY").exponent == 0);
  CHECK(currency("KRW").exponent == 0);
  CHECK(currency("KWD").exponent == 3);
  CHECK(currency("BHD").exponent == 3);
  CHECK(currency("TND").exponent == 3);
  CHECK(find_currency("eur") == nullptr);
  CHECK(find_currency("XYZ") == nullptr);
  CHECK(find_currency("") == nullptr);
  CHECK(find_currency("EURO") == nullptr);
  CHECK(find_currency("AED") == &currency("AED")); // first of the table
  CHECK(find_currency("ZWL") == &currency("ZWL")); // last of the table
}

TEST_CASE("parse_money and format_amount: exact minor units in each exponent") {
  struct Case {
    const char* text;
    const char* code;
    std::int64_t units;
    const char* canonical;
  };
  const Case cases[] = {
      {"1200.50", "EUR", 120050, "1200.50"},
      {"1200.5", "EUR", 120050, "1200.50"},
      {"1200", "EUR", 120000, "1200.00"},
      {"0.05", "EUR", 5, "0.05"},
      {"-0.07", "EUR", -7, "-0.07"},
      {"-12", "EUR", -1200, "-12.00"},
      {"0", "EUR", 0, "0.00"},
      {"1500", "JPY", 1500, "1500"},
      {"-3", "JPY", -3, "-3"},
      {"12.345", "KWD", 12345, "12.345"},
      {"1.2", "KWD", 1200, "1.200"},
      {"0.001", "KWD", 1, "0.001"},
      {"92233720368547758.07", "EUR", k_max, "92233720368547758.07"},
      {"-92233720368547758.07", "EUR", -k_max, "-92233720368547758.07"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CAPTURE(c.code);
    const auto value = parse_money(c.text, currency(c.code));
    REQUIRE(value.has_value());
    CHECK(value->minor_units() == c.units);
    CHECK(value->currency().code == c.code);
    CHECK(format_amount(*value) == c.canonical);
    CHECK(parse_money(format_amount(*value), currency(c.code)) == *value);
  }
}

TEST_CASE("parse_money refuses extra decimals instead of rounding") {
  for (const char* text : {"", "-", ".5", "5.", "12.345", "1,200.00", "1e3", "--5", "1.2.3",
                           "99999999999999999999", "+1", "1 200", "12.3456", "0.001", "12.50 "}) {
    CAPTURE(text);
    CHECK_FALSE(parse_money(text, currency("EUR")).has_value());
  }
  // Written zeros count as decimals: 1500.0 is not a yen amount.
  CHECK_FALSE(parse_money("1500.0", currency("JPY")).has_value());
  CHECK_FALSE(parse_money("1500.5", currency("JPY")).has_value());
  CHECK_FALSE(parse_money("1.2345", currency("KWD")).has_value());
  CHECK_FALSE(parse_money("92233720368547758.08", currency("EUR")).has_value());
}

TEST_CASE("format_amount and parse_money round-trip across the whole range") {
  const std::int64_t samples[] = {0,     1,         -1,        5,         -5,    99,
                                  100,   101,       -100,      123456789, 10,    1000,
                                  k_max, k_min + 1, k_max - 1, -999,      99999, -100000};
  for (const char* code : {"EUR", "JPY", "KWD"}) {
    for (const std::int64_t units : samples) {
      CAPTURE(code);
      CAPTURE(units);
      const Money value(currency(code), units);
      CHECK(parse_money(format_amount(value), currency(code)) == value);
    }
  }
}

TEST_CASE("fmt prints money with its code and honours width") {
  CHECK(fmt::format("{}", eur("1200.50")) == "1200.50 EUR");
  CHECK(fmt::format("{:>14}", eur("1200.50")) == "   1200.50 EUR");
  CHECK(fmt::format("{:<12}|", money("1500", "JPY")) == "1500 JPY    |");
  CHECK(fmt::format("{}", money("-0.005", "KWD")) == "-0.005 KWD");
}

TEST_CASE("money arithmetic: overflow and mixed currencies throw internal errors") {
  const Money big(currency("EUR"), k_max);
  const Money small(currency("EUR"), k_min);
  const Money cent(currency("EUR"), 1);
  CHECK(big - cent == Money(currency("EUR"), k_max - 1));
  CHECK_THROWS_WITH_AS(big + cent, "amount overflow in EUR", Error);
  CHECK_THROWS_WITH_AS(small - cent, "amount overflow in EUR", Error);
  CHECK_THROWS_WITH_AS(-small, "amount overflow", Error);
  CHECK(-big == Money(currency("EUR"), -k_max));
  Money sum = eur("1.00");
  CHECK_THROWS_WITH_AS(sum += money("1.00", "USD"), "cannot combine EUR and USD", Error);
  CHECK(sum == eur("1.00")); // unchanged
  CHECK_THROWS_WITH_AS(eur("1.00") - money("1", "JPY"), "cannot combine EUR and JPY", Error);
  CHECK_THROWS_WITH_AS((void)(eur("1.00") < money("1.00", "USD")), "cannot combine EUR and USD",
                       Error);
  try {
    (void)(big + cent);
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::internal);
  }
  // Equality never throws: different currencies are simply different.
  CHECK_FALSE(eur("1.00") == money("1.00", "USD"));
}

TEST_CASE("money comparisons, min and max") {
  CHECK(eur("1.00") < eur("1.01"));
  CHECK(eur("-1.00") < eur("0.00"));
  CHECK(eur("2.00") >= eur("2.00"));
  CHECK(eur("2.00") <= eur("2.00"));
  CHECK(eur("2.01") > eur("2.00"));
  CHECK(min(eur("3.00"), eur("2.00")) == eur("2.00"));
  CHECK(max(eur("3.00"), eur("2.00")) == eur("3.00"));
  const Money none;
  CHECK(none.currency().code == "XXX");
  CHECK(none.is_zero());
  CHECK(eur("-0.01").is_negative());
  CHECK(eur("0.01").is_positive());
}

TEST_CASE("money_from_decimal and to_decimal are exact") {
  CHECK(dues::money_from_decimal(dec("12.5"), currency("EUR")) == eur("12.50"));
  CHECK(dues::money_from_decimal(dec("12.500"), currency("EUR")) == eur("12.50"));
  CHECK_FALSE(dues::money_from_decimal(dec("0.001"), currency("EUR")).has_value());
  CHECK_FALSE(dues::money_from_decimal(dec("0.5"), currency("JPY")).has_value());
  CHECK_FALSE(dues::money_from_decimal(Decimal(k_max, 1), currency("EUR")).has_value());
  CHECK(dues::to_decimal(eur("1200.50")) == dec("1200.5"));
  CHECK(dues::to_decimal(eur("1200.50")).scale() == 2);
  CHECK(dues::to_decimal(money("7", "JPY")) == dec("7"));
}

TEST_CASE("multiply and scale round once") {
  CHECK(multiply(eur("19.99"), dec("3"), RoundingMode::half_up) == eur("59.97"));
  CHECK(multiply(eur("10.00"), dec("0.3333"), RoundingMode::half_up) == eur("3.33"));
  CHECK(multiply(eur("0.05"), dec("0.5"), RoundingMode::half_up) == eur("0.03"));
  CHECK(multiply(eur("0.05"), dec("0.5"), RoundingMode::half_even) == eur("0.02"));
  CHECK(multiply(eur("0.15"), dec("0.5"), RoundingMode::half_even) == eur("0.08"));
  CHECK(multiply(eur("-0.05"), dec("0.5"), RoundingMode::half_up) == eur("-0.03"));
  CHECK(multiply(eur("-0.05"), dec("0.5"), RoundingMode::half_even) == eur("-0.02"));
  CHECK(multiply(eur("1.00"), dec("-2"), RoundingMode::half_up) == eur("-2.00"));
  CHECK(scale(eur("100.00"), 1, 3, RoundingMode::half_up) == eur("33.33"));
  CHECK(scale(eur("100.00"), 2, 3, RoundingMode::half_up) == eur("66.67"));
  CHECK_THROWS_WITH_AS(scale(eur("1.00"), 1, 0, RoundingMode::half_up), "division by zero", Error);
  CHECK_THROWS_WITH_AS(multiply(Money(currency("EUR"), k_max), dec("2"), RoundingMode::half_up),
                       "amount out of range in EUR", Error);
}

TEST_CASE("percent_of rounds the share once, per the rounding mode") {
  CHECK(percent_of(eur("200.00"), dec("20"), RoundingMode::half_up) == eur("40.00"));
  CHECK(percent_of(eur("10.00"), dec("7.5"), RoundingMode::half_up) == eur("0.75"));
  CHECK(percent_of(eur("0.50"), dec("5"), RoundingMode::half_up) == eur("0.03"));   // 0.025
  CHECK(percent_of(eur("0.50"), dec("5"), RoundingMode::half_even) == eur("0.02")); // 0.025
  CHECK(percent_of(eur("0.70"), dec("5"), RoundingMode::half_even) == eur("0.04")); // 0.035
  CHECK(percent_of(eur("-0.50"), dec("5"), RoundingMode::half_up) == eur("-0.03"));
  CHECK(percent_of(eur("-0.50"), dec("5"), RoundingMode::half_even) == eur("-0.02"));
  CHECK(percent_of(eur("0.10"), dec("12.5"), RoundingMode::half_up) == eur("0.01")); // 0.0125
  CHECK(percent_of(money("1050", "JPY"), dec("10"), RoundingMode::half_up) == money("105", "JPY"));
  CHECK(percent_of(money("1005", "JPY"), dec("10"), RoundingMode::half_up) == money("101", "JPY"));
  CHECK(percent_of(money("1005", "JPY"), dec("10"), RoundingMode::half_even)
        == money("100", "JPY"));
  CHECK(percent_of(money("1.000", "KWD"), dec("0.5"), RoundingMode::half_up)
        == money("0.005", "KWD"));
  CHECK(percent_of(eur("99.99"), dec("0"), RoundingMode::half_up) == eur("0.00"));
  CHECK(percent_of(eur("99.99"), dec("100"), RoundingMode::half_up) == eur("99.99"));
}

TEST_CASE("included_tax takes the tax out of a gross amount") {
  CHECK(included_tax(eur("120.00"), dec("20"), RoundingMode::half_up) == eur("20.00"));
  CHECK(included_tax(eur("100.00"), dec("20"), RoundingMode::half_up) == eur("16.67"));
  CHECK(included_tax(eur("107.00"), dec("7"), RoundingMode::half_up) == eur("7.00"));
  CHECK(included_tax(eur("1.00"), dec("7.5"), RoundingMode::half_up) == eur("0.07"));
  CHECK(included_tax(eur("5.00"), dec("0"), RoundingMode::half_up) == eur("0.00"));
  // Ties: 0.03 * 20/120 = 0.005, 0.15 * 20/120 = 0.025.
  CHECK(included_tax(eur("0.03"), dec("20"), RoundingMode::half_up) == eur("0.01"));
  CHECK(included_tax(eur("0.03"), dec("20"), RoundingMode::half_even) == eur("0.00"));
  CHECK(included_tax(eur("0.15"), dec("20"), RoundingMode::half_up) == eur("0.03"));
  CHECK(included_tax(eur("0.15"), dec("20"), RoundingMode::half_even) == eur("0.02"));
  CHECK(included_tax(eur("-0.15"), dec("20"), RoundingMode::half_up) == eur("-0.03"));
}

namespace {

std::vector<Money> split(const Money& total, std::vector<std::int64_t> weights) {
  return allocate(total, weights);
}

std::vector<std::int64_t> units(const std::vector<Money>& parts) {
  std::vector<std::int64_t> out;
  for (const Money& part : parts) {
    out.push_back(part.minor_units());
  }
  return out;
}

using Units = std::vector<std::int64_t>;

} // namespace

TEST_CASE("allocate: largest remainder first, ties to the earlier part") {
  CHECK(units(split(eur("100.00"), {1, 1, 1})) == Units{3334, 3333, 3333});
  CHECK(units(split(eur("0.05"), {1, 1, 1})) == Units{2, 2, 1});
  CHECK(units(split(eur("0.01"), {1, 1})) == Units{1, 0});
  // 10 x 1/6 = 1.67, 10 x 2/6 = 3.33, 10 x 3/6 = 5: the first has the largest remainder.
  CHECK(units(split(eur("0.10"), {1, 2, 3})) == Units{2, 3, 5});
  // 100 x 3/7 = 42.86 twice, 100 x 1/7 = 14.29: the two large remainders win, wherever they are.
  CHECK(units(split(eur("1.00"), {3, 3, 1})) == Units{43, 43, 14});
  CHECK(units(split(eur("1.00"), {1, 3, 3})) == Units{14, 43, 43});
  CHECK(units(split(eur("1.00"), {3, 1, 3})) == Units{43, 14, 43});
  CHECK(units(split(eur("12.34"), {5})) == Units{1234});
  CHECK(split(eur("1.00"), {}).empty());
}

TEST_CASE("allocate: zero weights and negative totals") {
  CHECK(units(split(eur("1.00"), {0, 0, 0})) == Units{100, 0, 0});
  CHECK(units(split(eur("1.00"), {0, 5, 0})) == Units{0, 100, 0});
  CHECK(units(split(eur("0.03"), {0, 1, 1})) == Units{0, 2, 1});
  CHECK(units(split(eur("-0.10"), {1, 2, 3})) == Units{-2, -3, -5});
  CHECK(units(split(eur("-100.00"), {1, 1, 1})) == Units{-3334, -3333, -3333});
  CHECK(units(split(eur("0.00"), {1, 2})) == Units{0, 0});
  CHECK(units(split(eur("-1.00"), {0, 0})) == Units{-100, 0});
  CHECK_THROWS_WITH_AS(split(eur("1.00"), {1, -1}), "negative allocation weight", Error);
  const auto parts = split(money("7", "JPY"), {1, 1});
  CHECK(parts[0].currency().code == "JPY");
}

TEST_CASE("allocate: parts always add up to the total (random cases, fixed seed)") {
  std::mt19937_64 random(20260105);
  std::uniform_int_distribution<int> count(1, 9);
  std::uniform_int_distribution<std::int64_t> small_weight(0, 1'000'000);
  std::uniform_int_distribution<std::int64_t> huge_weight(0, k_max / 16);
  std::uniform_int_distribution<std::int64_t> amount(-1'000'000'000'000, 1'000'000'000'000);
  std::uniform_int_distribution<int> coin(0, 3);
  for (int round = 0; round < 5000; ++round) {
    std::vector<std::int64_t> weights(static_cast<std::size_t>(count(random)));
    for (std::int64_t& weight : weights) {
      const int kind = coin(random);
      weight = kind == 0 ? 0 : (kind == 1 ? huge_weight(random) : small_weight(random));
    }
    const Money total(currency("EUR"), round % 7 == 0 ? k_max - round : amount(random));
    CAPTURE(round);
    CAPTURE(total);
    const std::vector<Money> parts = allocate(total, weights);
    REQUIRE(parts.size() == weights.size());
    Money sum = Money::zero(currency("EUR"));
    dues::Int128 weight_sum = 0;
    for (const std::int64_t weight : weights) {
      weight_sum += weight;
    }
    for (std::size_t i = 0; i < parts.size(); ++i) {
      sum += parts[i];
      if (weight_sum == 0) {
        continue;
      }
      // Each part is its exact share rounded down or up: |part x W - total x w| < W.
      const dues::Int128 exact = dues::Int128{total.minor_units()} * weights[i];
      const dues::Int128 mine = dues::Int128{parts[i].minor_units()} * weight_sum;
      const dues::Int128 gap = exact > mine ? exact - mine : mine - exact;
      CHECK(gap < weight_sum);
      if (weights[i] == 0) {
        CHECK(parts[i].is_zero());
      }
      CHECK_FALSE((parts[i].is_negative() && total.is_positive()));
      CHECK_FALSE((parts[i].is_positive() && total.is_negative()));
    }
    CHECK(sum == total);
  }
}

TEST_CASE("split_rounded: each share rounds with the ledger's mode, the last takes the rest") {
  // Issue 19.2: 30% of 25605.15 in a half-even ledger is 7681.54, not 7681.55.
  const std::vector<std::int64_t> thirty_seventy = {30, 70};
  const auto even = dues::split_rounded(eur("25605.15"), thirty_seventy, RoundingMode::half_even);
  CHECK(even[0] == eur("7681.54"));
  CHECK(even[1] == eur("17923.61"));
  const auto up = dues::split_rounded(eur("25605.15"), thirty_seventy, RoundingMode::half_up);
  CHECK(up[0] == eur("7681.55"));
  CHECK(up[1] == eur("17923.60"));
  const auto small = dues::split_rounded(eur("1.75"), thirty_seventy, RoundingMode::half_even);
  CHECK(small[0] == eur("0.52"));
  CHECK(small[1] == eur("1.23"));
  CHECK(dues::split_rounded(eur("1.75"), thirty_seventy, RoundingMode::down)[0] == eur("0.52"));
  CHECK(dues::split_rounded(eur("1.01"), thirty_seventy, RoundingMode::up)[0] == eur("0.31"));
  // A zero weight last: the last share with a weight takes the remainder.
  const std::vector<std::int64_t> zero_last = {1, 1, 0};
  const auto parts = dues::split_rounded(eur("0.01"), zero_last, RoundingMode::half_up);
  CHECK(parts[0] == eur("0.01"));
  CHECK(parts[1] == eur("0.00"));
  CHECK(parts[2] == eur("0.00"));
  // Rounding every share up never passes the total.
  const std::vector<std::int64_t> thirds = {1, 1, 1, 1};
  const auto capped = dues::split_rounded(eur("0.02"), thirds, RoundingMode::up);
  CHECK(capped[0] == eur("0.01"));
  CHECK(capped[1] == eur("0.01"));
  CHECK(capped[2] == eur("0.00"));
  CHECK(capped[3] == eur("0.00"));
}

TEST_CASE("split_rounded: shares add up to the total in every mode (property, fixed seed)") {
  std::mt19937_64 random(20261207);
  std::uniform_int_distribution<int> count(1, 8);
  std::uniform_int_distribution<std::int64_t> percent(0, 10'000); // basis points
  std::uniform_int_distribution<std::int64_t> amount(-10'000'000'000, 10'000'000'000);
  const RoundingMode modes[] = {RoundingMode::half_up, RoundingMode::half_even,
                                RoundingMode::down, RoundingMode::up};
  for (int round = 0; round < 4000; ++round) {
    std::vector<std::int64_t> weights(static_cast<std::size_t>(count(random)));
    dues::Int128 weight_sum = 0;
    for (std::int64_t& weight : weights) {
      weight = percent(random);
      weight_sum += weight;
    }
    const Money total(currency("EUR"), round % 3 == 0 ? amount(random) % 1000 : amount(random));
    const RoundingMode mode = modes[round % 4];
    CAPTURE(round);
    CAPTURE(total);
    const std::vector<Money> parts = dues::split_rounded(total, weights, mode);
    REQUIRE(parts.size() == weights.size());
    Money sum = Money::zero(currency("EUR"));
    std::size_t last = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (weights[i] > 0) {
        last = i;
      }
    }
    Money left = total;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      sum += parts[i];
      // Never of the other sign than the total.
      CHECK_FALSE((total.is_negative() ? parts[i].is_positive() : parts[i].is_negative()));
      if (weight_sum != 0 && i < last) {
        // Each share but the last is its exact share rounded once with the mode, unless
        // that would pass what is left of the total.
        const Money rounded = dues::scale(total, weights[i], weight_sum, mode);
        const bool passes = total.is_negative() ? rounded < left : rounded > left;
        CHECK(parts[i] == (passes ? left : rounded));
      }
      left -= parts[i];
    }
    CHECK(sum == total);
  }
}
