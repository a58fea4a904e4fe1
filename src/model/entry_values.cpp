#include "model/entry_values.hpp"

#include "model/customer_fields.hpp" // decimal_as_written

#include <fmt/format.h>

namespace dues {
namespace {

[[noreturn]] void fail(const Ledger& ledger, const syntax::Pos& pos, const std::string& message) {
  throw Error(ErrorKind::invalid_input, ledger.where(pos), message);
}

} // namespace

const Currency& entry_currency(const Ledger& ledger, const syntax::Entry& entry) {
  const Currency* currency = find_currency(entry.currency.value);
  if (currency == nullptr) {
    fail(ledger, entry.currency.pos, fmt::format("unknown currency '{}'", entry.currency.value));
  }
  return *currency;
}

Money entry_money(const Ledger& ledger, const Decimal& value, const syntax::Pos& pos,
                  const Currency& currency, bool allow_negative) {
  // Decimals as written count, even zeros: "100.00 JPY" is refused like "12.345 EUR".
  if (value.scale() > currency.exponent) {
    fail(ledger, pos,
         fmt::format("too many decimals for {} (at most {}): '{}'", currency.code,
                     currency.exponent, decimal_as_written(value)));
  }
  const auto amount = money_from_decimal(value, currency);
  if (!amount) {
    fail(ledger, pos,
         fmt::format("amount out of range for {}: '{}'", currency.code, decimal_as_written(value)));
  }
  if (amount->is_negative() && !allow_negative) {
    fail(ledger, pos, fmt::format("amount must not be negative: '{}'", decimal_as_written(value)));
  }
  return *amount;
}

Pricing entry_pricing(const Ledger& ledger, const syntax::Entry& entry) {
  Pricing pricing;
  if (entry.prices.set) {
    if (entry.prices.value != "inclusive" && entry.prices.value != "exclusive") {
      fail(ledger, entry.prices.pos,
           fmt::format("'prices' must be inclusive or exclusive, not '{}'", entry.prices.value));
    }
    pricing.inclusive = entry.prices.value == "inclusive";
  }
  if (entry.tax_rounding.set) {
    if (entry.tax_rounding.value != "line" && entry.tax_rounding.value != "invoice") {
      fail(ledger, entry.tax_rounding.pos,
           fmt::format("'tax-rounding' must be line or invoice, not '{}'", entry.tax_rounding.value));
    }
    pricing.per_invoice = entry.tax_rounding.value == "invoice";
  }
  if (entry.rounding.set) {
    const auto mode = rounding_mode_named(entry.rounding.value);
    if (!mode) {
      fail(ledger, entry.rounding.pos,
           fmt::format("'rounding' must be half-up, half-even, down or up, not '{}'",
                       entry.rounding.value));
    }
    pricing.rounding = *mode;
  }
  return pricing;
}

} // namespace dues
