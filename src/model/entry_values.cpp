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

bool details_needed(const syntax::Entry& entry) {
  return !entry.instalments.empty() || entry.invoice.set || entry.series.set || entry.origin.set
         || entry.opening.set;
}

std::unique_ptr<DocumentDetails> entry_details(const Ledger& ledger, const syntax::Entry& entry,
                                               const Currency& currency) {
  const bool informational = !entry.items.empty() || !entry.taxes.empty() || entry.discount.set
                             || entry.cash_discount.set || entry.subtotal.set || entry.terms.set
                             || entry.purchase_order.set || entry.note.set || entry.reason.set
                             || entry.prices.set || entry.tax_rounding.set || entry.rounding.set;
  if (!details_needed(entry) && !informational) {
    return nullptr;
  }
  auto details = std::make_unique<DocumentDetails>();
  details->pricing = entry_pricing(ledger, entry);
  for (const syntax::Item& item : entry.items) {
    LineItem line;
    line.description = item.description.value;
    if (item.quantity.set) {
      line.quantity = item.quantity.value;
    }
    line.unit = item.unit.value;
    line.unit_price = item.price.value;
    line.tax_code = item.tax.value;
    if (item.discount.set) {
      line.discount = item.discount.value;
    }
    if (item.amount.set) {
      line.amount = entry_money(ledger, item.amount.value, item.amount.pos, currency, true);
    }
    line.pos = item.pos;
    details->items.push_back(std::move(line));
  }
  for (const syntax::TaxLine& tax : entry.taxes) {
    for (const TaxAmount& earlier : details->taxes) {
      if (earlier.code == tax.code.value) {
        fail(ledger, tax.code.pos,
             fmt::format("tax line '{}' given twice; each tax code has one line", tax.code.value));
      }
    }
    const Money base = tax.base.set
                           ? entry_money(ledger, tax.base.value, tax.base.pos, currency, true)
                           : Money::zero(currency);
    details->taxes.push_back({tax.code.value, tax.rate.value, base,
                              entry_money(ledger, tax.amount.value, tax.amount.pos, currency, true),
                              tax.pos});
  }
  for (const syntax::Instalment& instalment : entry.instalments) {
    details->instalments.push_back(
        {instalment.due.value,
         entry_money(ledger, instalment.amount.value, instalment.amount.pos, currency),
         instalment.pos});
  }
  if (entry.discount.set) {
    details->discount = entry.discount.value;
  }
  if (entry.cash_discount.set) {
    details->cash_discount = entry.cash_discount.value;
    if (!entry.cash_discount_until.set) {
      fail(ledger, entry.cash_discount.pos, "'cash-discount' needs 'cash-discount-until DATE'");
    }
  }
  if (entry.cash_discount_until.set) {
    details->cash_discount_until = entry.cash_discount_until.value;
  }
  if (entry.subtotal.set) {
    details->subtotal =
        entry_money(ledger, entry.subtotal.value, entry.subtotal.pos, currency, true);
  }
  details->terms = entry.terms.value;
  details->purchase_order = entry.purchase_order.value;
  details->note = entry.note.value;
  details->reason = entry.reason.value;
  details->related_invoice = entry.invoice.value;
  details->series = entry.series.value;
  details->origin = entry.origin.value;
  details->opening = entry.opening.value;
  return details;
}

} // namespace dues
