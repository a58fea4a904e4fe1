#include "base/money.hpp"

#include "base/error.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>

namespace dues {
namespace {

// ISO 4217 active codes with their minor-unit exponents, sorted by code.
constexpr std::array<Currency, 66> k_currencies = {{
    {"AED", 2}, {"ARS", 2}, {"AUD", 2}, {"BDT", 2}, {"BGN", 2}, {"BHD", 3}, {"BRL", 2}, {"CAD", 2},
    {"CHF", 2}, {"CLP", 0}, {"CNY", 2}, {"COP", 2}, {"CZK", 2}, {"DKK", 2}, {"EGP", 2}, {"EUR", 2},
    {"GBP", 2}, {"HKD", 2}, {"HUF", 2}, {"IDR", 2}, {"ILS", 2}, {"INR", 2}, {"IQD", 3}, {"ISK", 0},
    {"JOD", 3}, {"JPY", 0}, {"KES", 2}, {"KRW", 0}, {"KWD", 3}, {"KZT", 2}, {"LKR", 2}, {"LYD", 3},
    {"MAD", 2}, {"MOP", 2}, {"MXN", 2}, {"MYR", 2}, {"NGN", 2}, {"NOK", 2}, {"NZD", 2}, {"OMR", 3},
    {"PEN", 2}, {"PHP", 2}, {"PKR", 2}, {"PLN", 2}, {"QAR", 2}, {"RON", 2}, {"RSD", 2}, {"RUB", 2},
    {"SAR", 2}, {"SEK", 2}, {"SGD", 2}, {"THB", 2}, {"TND", 3}, {"TRY", 2}, {"TWD", 2}, {"UAH", 2},
    {"UGX", 0}, {"USD", 2}, {"UYU", 2}, {"VND", 0}, {"XAF", 0}, {"XOF", 0}, {"XPF", 0}, {"ZAR", 2},
    {"ZMW", 2}, {"ZWL", 2},
}};

[[noreturn]] void money_bug(const std::string& what) {
  throw Error(ErrorKind::internal, what);
}

void require_same(const Money& a, const Money& b) {
  // Currencies come from one static table: the same object is the common case.
  if (&a.currency() != &b.currency() && !(a.currency() == b.currency())) {
    money_bug(fmt::format("cannot combine {} and {}", a.currency().code, b.currency().code));
  }
}

Money from_int128(const Currency& currency, Int128 units) {
  if (units > std::numeric_limits<std::int64_t>::max()
      || units < std::numeric_limits<std::int64_t>::min()) {
    money_bug(fmt::format("amount out of range in {}", currency.code));
  }
  return {currency, static_cast<std::int64_t>(units)};
}

} // namespace

constexpr Currency k_no_currency{"XXX", 0};

Money::Money() : m_currency(&k_no_currency), m_minor_units(0) {}

const Currency* find_currency(std::string_view code) {
  const auto* it =
      std::lower_bound(k_currencies.begin(), k_currencies.end(), code,
                       [](const Currency& c, std::string_view v) { return c.code < v; });
  if (it != k_currencies.end() && it->code == code) {
    return &*it;
  }
  return nullptr;
}

Money& Money::operator+=(const Money& other) {
  require_same(*this, other);
  if (__builtin_add_overflow(m_minor_units, other.m_minor_units, &m_minor_units)) {
    money_bug(fmt::format("amount overflow in {}", m_currency->code));
  }
  return *this;
}

Money& Money::operator-=(const Money& other) {
  require_same(*this, other);
  if (__builtin_sub_overflow(m_minor_units, other.m_minor_units, &m_minor_units)) {
    money_bug(fmt::format("amount overflow in {}", m_currency->code));
  }
  return *this;
}

Money Money::operator-() const {
  if (m_minor_units == std::numeric_limits<std::int64_t>::min()) {
    money_bug("amount overflow");
  }
  return {*m_currency, -m_minor_units};
}

bool operator<(const Money& a, const Money& b) {
  require_same(a, b);
  return a.m_minor_units < b.m_minor_units;
}

Money min(const Money& a, const Money& b) {
  return b < a ? b : a;
}
Money max(const Money& a, const Money& b) {
  return a < b ? b : a;
}

std::optional<Money> money_from_decimal(const Decimal& value, const Currency& currency) {
  const auto units = value.units_at_scale(currency.exponent);
  if (!units) {
    return std::nullopt;
  }
  return Money(currency, *units);
}

std::optional<Money> parse_money(std::string_view text, const Currency& currency) {
  const auto value = parse_decimal(text);
  if (!value) {
    return std::nullopt;
  }
  // "12.50" for JPY has two written decimals even if they are zeros: refuse them.
  const auto point = text.find('.');
  if (point != std::string_view::npos
      && static_cast<int>(text.size() - point - 1) > currency.exponent) {
    return std::nullopt;
  }
  return money_from_decimal(*value, currency);
}

std::string format_amount(const Money& money) {
  const bool negative = money.minor_units() < 0;
  const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(money.minor_units())
                                           : static_cast<std::uint64_t>(money.minor_units());
  std::string digits = std::to_string(magnitude);
  const auto width = static_cast<std::size_t>(money.currency().exponent);
  if (width > 0) {
    if (digits.size() <= width) {
      digits.insert(0, width - digits.size() + 1, '0');
    }
    digits.insert(digits.size() - width, 1, '.');
  }
  return negative ? "-" + digits : digits;
}

Decimal to_decimal(const Money& money) {
  return {money.minor_units(), money.currency().exponent};
}

Money scale(const Money& amount, Int128 numerator, Int128 denominator, RoundingMode mode) {
  if (denominator == 0) {
    money_bug("division by zero");
  }
  return from_int128(amount.currency(),
                     divide_rounded(Int128{amount.minor_units()} * numerator, denominator, mode));
}

Money multiply(const Money& amount, const Decimal& quantity, RoundingMode mode) {
  Int128 denominator = 1;
  for (int i = 0; i < quantity.scale(); ++i) {
    denominator *= 10;
  }
  return scale(amount, quantity.mantissa(), denominator, mode);
}

Money percent_of(const Money& amount, const Decimal& percent, RoundingMode mode) {
  Int128 denominator = 100;
  for (int i = 0; i < percent.scale(); ++i) {
    denominator *= 10;
  }
  return scale(amount, percent.mantissa(), denominator, mode);
}

Money included_tax(const Money& gross, const Decimal& percent, RoundingMode mode) {
  Int128 hundred = 100;
  for (int i = 0; i < percent.scale(); ++i) {
    hundred *= 10;
  }
  return scale(gross, percent.mantissa(), hundred + percent.mantissa(), mode);
}

std::vector<Money> allocate(const Money& total, std::span<const std::int64_t> weights) {
  std::vector<Money> parts(weights.size(), Money::zero(total.currency()));
  if (weights.empty()) {
    return parts;
  }
  Int128 weight_sum = 0;
  for (const std::int64_t weight : weights) {
    if (weight < 0) {
      money_bug("negative allocation weight");
    }
    weight_sum += weight;
  }
  if (weight_sum == 0) {
    parts.front() = total;
    return parts;
  }
  const Int128 units = total.minor_units();
  const bool negative = units < 0;
  const Int128 magnitude = negative ? -units : units;
  std::vector<Int128> remainders(weights.size());
  Int128 assigned = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const Int128 product = magnitude * weights[i];
    const Int128 share = product / weight_sum;
    remainders[i] = product % weight_sum;
    parts[i] = from_int128(total.currency(), negative ? -share : share);
    assigned += share;
  }
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
  const Money one(total.currency(), negative ? -1 : 1);
  for (Int128 left = magnitude - assigned; left > 0; --left) {
    parts[order[static_cast<std::size_t>(magnitude - assigned - left) % order.size()]] += one;
  }
  return parts;
}

std::vector<Money> split_rounded(const Money& total, std::span<const std::int64_t> weights,
                                 RoundingMode mode) {
  std::vector<Money> parts(weights.size(), Money::zero(total.currency()));
  Int128 weight_sum = 0;
  std::size_t last = 0; // the last part with a weight: it takes the remainder
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (weights[i] < 0) {
      money_bug("negative split weight");
    }
    weight_sum += weights[i];
    if (weights[i] > 0) {
      last = i;
    }
  }
  if (parts.empty()) {
    return parts;
  }
  if (weight_sum == 0) {
    parts.front() = total;
    return parts;
  }
  Money left = total;
  for (std::size_t i = 0; i < last; ++i) {
    Money share = scale(total, weights[i], weight_sum, mode);
    // Rounding every share up could pass the total: what is left caps each share.
    if (total.is_negative() ? share < left : share > left) {
      share = left;
    }
    parts[i] = share;
    left -= share;
  }
  parts[last] = left;
  return parts;
}

} // namespace dues
