#include "base/decimal.hpp"

#include <array>
#include <limits>

namespace dues {
namespace {

constexpr std::array<std::int64_t, 19> k_powers_of_ten = {
    1LL,
    10LL,
    100LL,
    1'000LL,
    10'000LL,
    100'000LL,
    1'000'000LL,
    10'000'000LL,
    100'000'000LL,
    1'000'000'000LL,
    10'000'000'000LL,
    100'000'000'000LL,
    1'000'000'000'000LL,
    10'000'000'000'000LL,
    100'000'000'000'000LL,
    1'000'000'000'000'000LL,
    10'000'000'000'000'000LL,
    100'000'000'000'000'000LL,
    1'000'000'000'000'000'000LL,
};

Int128 abs128(Int128 value) {
  return value < 0 ? -value : value;
}

} // namespace

Int128 divide_rounded(Int128 num, Int128 den, RoundingMode mode) {
  if (den < 0) {
    num = -num;
    den = -den;
  }
  const Int128 quotient = num / den;
  const Int128 remainder = num % den;
  if (remainder == 0) {
    return quotient;
  }
  const Int128 away = num < 0 ? quotient - 1 : quotient + 1;
  if (mode == RoundingMode::down) {
    return quotient; // C++ division truncates towards zero
  }
  if (mode == RoundingMode::up) {
    return away;
  }
  const Int128 twice = abs128(remainder) * 2;
  if (twice > den) {
    return away;
  }
  if (twice < den) {
    return quotient;
  }
  if (mode == RoundingMode::half_up) {
    return away;
  }
  return (quotient % 2 == 0) ? quotient : away;
}

std::optional<RoundingMode> rounding_mode_named(std::string_view name) {
  for (const RoundingMode mode :
       {RoundingMode::half_up, RoundingMode::half_even, RoundingMode::down, RoundingMode::up}) {
    if (rounding_mode_name(mode) == name) {
      return mode;
    }
  }
  return std::nullopt;
}

std::string_view rounding_mode_name(RoundingMode mode) {
  switch (mode) {
  case RoundingMode::half_even:
    return "half-even";
  case RoundingMode::down:
    return "down";
  case RoundingMode::up:
    return "up";
  case RoundingMode::half_up:
    break;
  }
  return "half-up";
}

Decimal Decimal::normalized() const {
  std::int64_t mantissa = m_mantissa;
  int scale = m_scale;
  while (scale > 0 && mantissa % 10 == 0) {
    mantissa /= 10;
    --scale;
  }
  return {mantissa, scale};
}

std::optional<std::int64_t> Decimal::units_at_scale(int scale) const {
  if (scale < 0 || scale > 18) {
    return std::nullopt;
  }
  const Decimal value = normalized();
  if (value.m_scale > scale) {
    return std::nullopt;
  }
  const Int128 units = Int128{value.m_mantissa}
                       * k_powers_of_ten.at(static_cast<std::size_t>(scale - value.m_scale));
  if (units > std::numeric_limits<std::int64_t>::max()
      || units < std::numeric_limits<std::int64_t>::min()) {
    return std::nullopt;
  }
  return static_cast<std::int64_t>(units);
}

int Decimal::compare(const Decimal& a, const Decimal& b) {
  const int scale = a.m_scale > b.m_scale ? a.m_scale : b.m_scale;
  const Int128 left =
      Int128{a.m_mantissa} * k_powers_of_ten.at(static_cast<std::size_t>(scale - a.m_scale));
  const Int128 right =
      Int128{b.m_mantissa} * k_powers_of_ten.at(static_cast<std::size_t>(scale - b.m_scale));
  return left < right ? -1 : (left > right ? 1 : 0);
}

std::optional<Decimal> parse_decimal(std::string_view text) {
  bool negative = false;
  if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  if (text.empty()) {
    return std::nullopt;
  }
  std::int64_t mantissa = 0;
  int scale = 0;
  bool seen_point = false;
  int digits_before = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.') {
      if (seen_point || digits_before == 0 || i + 1 == text.size()) {
        return std::nullopt;
      }
      seen_point = true;
      continue;
    }
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    if (seen_point) {
      if (++scale > Decimal::k_max_scale) {
        return std::nullopt;
      }
    } else {
      ++digits_before;
    }
    if (__builtin_mul_overflow(mantissa, 10, &mantissa)
        || __builtin_add_overflow(mantissa, c - '0', &mantissa)) {
      return std::nullopt;
    }
  }
  return Decimal(negative ? -mantissa : mantissa, scale);
}

std::optional<Decimal> parse_percent(std::string_view text) {
  if (!text.empty() && text.back() == '%') {
    text.remove_suffix(1);
  }
  return parse_decimal(text);
}

std::string format_decimal(const Decimal& value) {
  const Decimal shown = value.normalized();
  const bool negative = shown.mantissa() < 0;
  // Work on the magnitude as unsigned so INT64_MIN does not overflow.
  std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(shown.mantissa())
                                     : static_cast<std::uint64_t>(shown.mantissa());
  std::string digits = std::to_string(magnitude);
  const auto scale = static_cast<std::size_t>(shown.scale());
  if (scale > 0) {
    if (digits.size() <= scale) {
      digits.insert(0, scale - digits.size() + 1, '0');
    }
    digits.insert(digits.size() - scale, 1, '.');
  }
  return negative ? "-" + digits : digits;
}

} // namespace dues
