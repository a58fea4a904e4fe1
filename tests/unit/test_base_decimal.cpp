#include "base/decimal.hpp"
#include "testutil.hpp"

#include <cstdint>
#include <limits>
#include <string>

using dues::Decimal;
using dues::divide_rounded;
using dues::format_decimal;
using dues::Int128;
using dues::parse_decimal;
using dues::parse_percent;
using dues::RoundingMode;

TEST_CASE("parse_decimal reads sign, digits and decimals exactly") {
  struct Case {
    const char* text;
    std::int64_t mantissa;
    int scale;
  };
  const Case cases[] = {
      {"0", 0, 0},
      {"3", 3, 0},
      {"-12.5", -125, 1},
      {"0.125", 125, 3},
      {"1200.50", 120050, 2},
      {"007", 7, 0},
      {"0.000000001", 1, 9},
      {"-0", 0, 0},
      {"9223372036854775807", std::numeric_limits<std::int64_t>::max(), 0},
      {"-9223372036854775807", -std::numeric_limits<std::int64_t>::max(), 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const auto value = parse_decimal(c.text);
    REQUIRE(value.has_value());
    CHECK(value->mantissa() == c.mantissa);
    CHECK(value->scale() == c.scale);
  }
  CHECK_FALSE(parse_decimal("-0")->is_negative());
  CHECK(parse_decimal("-0.5")->is_negative());
}

TEST_CASE("parse_decimal refuses everything but the canonical form") {
  for (const char* text : {"",
                           "-",
                           ".5",
                           "5.",
                           "-.5",
                           ".",
                           "1e3",
                           "1E3",
                           "--5",
                           "-+5",
                           "+1",
                           "+",
                           "1.2.3",
                           "1,5",
                           "1,200.00",
                           "1 200",
                           " 1",
                           "1 ",
                           "0x10",
                           "١٢",
                           "99999999999999999999",
                           "9223372036854775808",
                           "0.1234567891",
                           "12%",
                           "1.5-",
                           "--",
                           "NaN",
                           "inf"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_decimal(text).has_value());
  }
  // Nine decimals is the limit.
  CHECK(parse_decimal("0.123456789").has_value());
}

TEST_CASE("format_decimal prints the shortest exact text and round-trips") {
  CHECK(format_decimal(Decimal(125, 1)) == "12.5");
  CHECK(format_decimal(Decimal(120050, 2)) == "1200.5");
  CHECK(format_decimal(Decimal(-125, 3)) == "-0.125");
  CHECK(format_decimal(Decimal(1, 9)) == "0.000000001");
  CHECK(format_decimal(Decimal(-1, 9)) == "-0.000000001");
  CHECK(format_decimal(Decimal(1500, 3)) == "1.5");
  CHECK(format_decimal(Decimal(0, 4)) == "0");
  CHECK(format_decimal(Decimal(std::numeric_limits<std::int64_t>::min(), 2))
        == "-92233720368547758.08");
  for (const char* text : {"0", "1", "-1", "12.5", "-0.125", "0.000000001", "1200.05",
                           "9223372036854775807", "-9223372036854775807", "0.1", "100"}) {
    CAPTURE(text);
    CHECK(format_decimal(*parse_decimal(text)) == text);
  }
}

TEST_CASE("Decimal compares by value across scales") {
  CHECK(Decimal(15, 1) == Decimal(1500, 3));
  CHECK(Decimal(0, 0) == Decimal(0, 9));
  CHECK(Decimal(-1, 0) < Decimal(1, 9));
  CHECK(Decimal(1, 9) < Decimal(1, 0));
  CHECK(Decimal(-15, 1) < Decimal(-1, 0));
  CHECK(Decimal(std::numeric_limits<std::int64_t>::max(), 0)
        > Decimal(std::numeric_limits<std::int64_t>::max(), 9));
  CHECK(Decimal(1500, 3).normalized().mantissa() == 15);
  CHECK(Decimal(1500, 3).normalized().scale() == 1);
  CHECK(Decimal(0, 5).normalized().scale() == 0);
  CHECK(Decimal(100, 0).normalized().mantissa() == 100); // only fractional zeros go
}

TEST_CASE("units_at_scale never rounds and never overflows") {
  CHECK(Decimal(125, 2).units_at_scale(2) == 125);
  CHECK(Decimal(125, 2).units_at_scale(3) == 1250);
  CHECK(Decimal(125, 2).units_at_scale(0) == std::nullopt);
  CHECK(Decimal(125, 2).units_at_scale(1) == std::nullopt);
  CHECK(Decimal(1250, 3).units_at_scale(2) == 125); // trailing zeros are not decimals
  CHECK(Decimal(-5, 0).units_at_scale(3) == -5000);
  CHECK(Decimal(std::numeric_limits<std::int64_t>::max(), 0).units_at_scale(1) == std::nullopt);
  CHECK(Decimal(std::numeric_limits<std::int64_t>::min(), 0).units_at_scale(1) == std::nullopt);
  CHECK(Decimal(1, 0).units_at_scale(18) == 1'000'000'000'000'000'000);
  CHECK(Decimal(1, 0).units_at_scale(19) == std::nullopt);
  CHECK(Decimal(1, 0).units_at_scale(-1) == std::nullopt);
}

TEST_CASE("parse_percent accepts an optional percent sign") {
  CHECK(parse_percent("20%") == Decimal(20, 0));
  CHECK(parse_percent("20") == Decimal(20, 0));
  CHECK(parse_percent("7.5%") == Decimal(75, 1));
  CHECK(parse_percent("0%") == Decimal(0, 0));
  CHECK_FALSE(parse_percent("%").has_value());
  CHECK_FALSE(parse_percent("20%%").has_value());
  CHECK_FALSE(parse_percent("%20").has_value());
  CHECK_FALSE(parse_percent("20 %").has_value());
}

namespace {

long long rounded(Int128 num, Int128 den, RoundingMode mode) {
  return static_cast<long long>(divide_rounded(num, den, mode));
}

} // namespace

TEST_CASE("divide_rounded: half-up goes away from zero, half-even to the even neighbour") {
  struct Case {
    long long num;
    long long den;
    long long half_up;
    long long half_even;
  };
  const Case cases[] = {
      {5, 2, 3, 2},                                            // 2.5
      {7, 2, 4, 4},                                            // 3.5
      {1, 2, 1, 0},                                            // 0.5
      {3, 2, 2, 2},                                            // 1.5
      {-1, 2, -1, 0},                                          // -0.5
      {-5, 2, -3, -2},                                         // -2.5
      {-7, 2, -4, -4},                                         // -3.5
      {5, -2, -3, -2},                                         // a negative denominator
      {-5, -2, 3, 2},       {1, 3, 0, 0},                      // below half
      {2, 3, 1, 1},                                            // above half
      {-1, 3, 0, 0},        {-2, 3, -1, -1},     {6, 3, 2, 2}, // exact
      {0, 7, 0, 0},         {125, 10, 13, 12},                 // 12.5
      {135, 10, 14, 14},                                       // 13.5
      {-125, 10, -13, -12}, {1249, 100, 12, 12}, {1251, 100, 13, 13},
  };
  for (const Case& c : cases) {
    CAPTURE(c.num);
    CAPTURE(c.den);
    CHECK(rounded(c.num, c.den, RoundingMode::half_up) == c.half_up);
    CHECK(rounded(c.num, c.den, RoundingMode::half_even) == c.half_even);
  }
}

TEST_CASE("divide_rounded works beyond 64 bits") {
  const Int128 big = (Int128{1} << 100) + 1; // 2^100 + 1, odd
  const Int128 half = Int128{1} << 99;
  CHECK(divide_rounded(big, 2, RoundingMode::half_up) == half + 1);
  CHECK(divide_rounded(big, 2, RoundingMode::half_even) == half);
  CHECK(divide_rounded(-big, 2, RoundingMode::half_up) == -(half + 1));
  CHECK(divide_rounded(-big, 2, RoundingMode::half_even) == -half);
}

TEST_CASE("divide_rounded: down cuts every fraction, up rounds every fraction away from zero") {
  using dues::divide_rounded;
  using dues::RoundingMode;
  CHECK(divide_rounded(1299, 100, RoundingMode::down) == 12);
  CHECK(divide_rounded(-1299, 100, RoundingMode::down) == -12);
  CHECK(divide_rounded(1201, 100, RoundingMode::up) == 13);
  CHECK(divide_rounded(-1201, 100, RoundingMode::up) == -13);
  CHECK(divide_rounded(1200, 100, RoundingMode::up) == 12);
  CHECK(divide_rounded(1200, 100, RoundingMode::down) == 12);
  for (const char* name : {"half-up", "half-even", "down", "up"}) {
    const auto mode = dues::rounding_mode_named(name);
    REQUIRE(mode.has_value());
    CHECK(dues::rounding_mode_name(*mode) == name);
  }
  CHECK_FALSE(dues::rounding_mode_named("banker").has_value());
}
