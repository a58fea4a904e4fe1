#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dues {

__extension__ using Int128 = __int128;

// How a value exactly halfway between two representable values is rounded.
enum class RoundingMode {
  half_up,   // away from zero: 0.125 -> 0.13, -0.125 -> -0.13 (the default)
  half_even, // to the even neighbour ("banker's rounding"): 0.125 -> 0.12
  down,      // every fraction towards zero (切り捨て): 0.129 -> 0.12, -0.129 -> -0.12
  up,        // every fraction away from zero (切り上げ): 0.121 -> 0.13, -0.121 -> -0.13
};

// The mode a setting or journal attribute names: "half-up", "half-even", "down", "up".
std::optional<RoundingMode> rounding_mode_named(std::string_view name);
// The name of a mode, as rounding_mode_named reads it.
std::string_view rounding_mode_name(RoundingMode mode);

// Divides num by den (den > 0) and rounds the quotient to an integer once.
Int128 divide_rounded(Int128 num, Int128 den, RoundingMode mode);

// An exact decimal number for quantities, rates and amounts as written in files:
// mantissa * 10^-scale, with 0 <= scale <= k_max_scale. Never a binary float.
class Decimal {
public:
  static constexpr int k_max_scale = 9;

  constexpr Decimal() = default;
  constexpr Decimal(std::int64_t mantissa, int scale) : m_mantissa(mantissa), m_scale(scale) {}
  static constexpr Decimal from_int(std::int64_t value) { return {value, 0}; }

  std::int64_t mantissa() const { return m_mantissa; }
  int scale() const { return m_scale; }
  bool is_zero() const { return m_mantissa == 0; }
  bool is_negative() const { return m_mantissa < 0; }
  // The value with trailing fractional zeros removed: 1.500 -> 1.5.
  Decimal normalized() const;
  // The value as an exact multiple of 10^-scale, when it fits; nullopt when it has more
  // fractional digits than scale (no rounding) or overflows int64.
  std::optional<std::int64_t> units_at_scale(int scale) const;

  friend bool operator==(const Decimal& a, const Decimal& b) { return compare(a, b) == 0; }
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
    return compare(a, b) <=> 0;
  }

private:
  static int compare(const Decimal& a, const Decimal& b);
  std::int64_t m_mantissa = 0;
  int m_scale = 0;
};

// Parses "-12.5", "3", "0.125": an optional '-', digits, optionally '.' and digits.
// Refuses "", ".5", "5.", "1e3", "+1", "1,5", grouping and more than k_max_scale decimals.
std::optional<Decimal> parse_decimal(std::string_view text);

// Parses a percentage written "20%" or "20" (both mean twenty percent).
std::optional<Decimal> parse_percent(std::string_view text);

// The shortest exact text: "12.5", "3", "-0.125".
std::string format_decimal(const Decimal& value);

} // namespace dues
