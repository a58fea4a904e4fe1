#include "model/document.hpp"

#include "base/error.hpp"
#include "model/customer_fields.hpp" // decimal_as_written

#include <fmt/format.h>

#include <cstdint>
#include <limits>

namespace dues {

const DocumentDetails& Document::info() const {
  static const DocumentDetails k_empty;
  return details ? *details : k_empty;
}

DocumentDetails& Document::edit() {
  if (!details) {
    details = std::make_unique<DocumentDetails>();
  }
  return *details;
}

namespace {

Money discount_amount(const Money& base, const syntax::Discount& discount, RoundingMode mode) {
  if (discount.is_percent) {
    return percent_of(base, discount.value, mode);
  }
  if (const auto amount = money_from_decimal(discount.value, base.currency())) {
    return *amount;
  }
  throw Error(ErrorKind::invalid_input,
              fmt::format("discount {} has more decimals than {} allows",
                          format_decimal(discount.value), base.currency().code));
}

const TaxRate* find_rate(const std::vector<TaxRate>& rates, const std::string& code) {
  for (const TaxRate& rate : rates) {
    if (rate.code == code) {
      return &rate;
    }
  }
  return nullptr;
}

} // namespace

namespace {

ComputedTotals unchecked_totals(const std::vector<LineItem>& items,
                                const std::optional<syntax::Discount>& discount,
                                const std::vector<TaxRate>& rates, const Pricing& pricing,
                                const Currency& currency) {
  const RoundingMode mode = pricing.rounding;
  ComputedTotals result{{}, {}, Money::zero(currency), Money::zero(currency)};
  // 1. Line amounts: quantity x price rounded once, minus the line discount.
  Money lines_sum = Money::zero(currency);
  for (const LineItem& item : items) {
    // quantity x unit price, both exact decimals, rounded once to the minor unit.
    Int128 denominator = 1;
    for (int i = 0; i < item.quantity.scale() + item.unit_price.scale() - currency.exponent; ++i) {
      denominator *= 10;
    }
    Int128 numerator = Int128{item.quantity.mantissa()} * item.unit_price.mantissa();
    for (int i = item.quantity.scale() + item.unit_price.scale(); i < currency.exponent; ++i) {
      numerator *= 10;
    }
    Money amount = Money::zero(currency);
    try {
      amount = scale(Money(currency, 1), numerator, denominator, mode);
    } catch (const Error& error) {
      if (error.kind() != ErrorKind::internal) {
        throw;
      }
      throw Error(ErrorKind::invalid_input,
                  fmt::format("item {} ('{}'): quantity {} x price {} is out of range for {} "
                              "(at most {})",
                              result.line_amounts.size() + 1, item.description,
                              decimal_as_written(item.quantity),
                              decimal_as_written(item.unit_price),
                              currency.code, Money(currency, std::numeric_limits<std::int64_t>::max())));
    }
    if (item.discount) {
      amount -= discount_amount(amount, *item.discount, mode);
    }
    result.line_amounts.push_back(amount);
    lines_sum += amount;
  }
  // 2. An invoice discount is spread over the lines in proportion to their amounts.
  std::vector<Money> bases = result.line_amounts;
  if (discount && !items.empty()) {
    const Money off = discount_amount(lines_sum, *discount, mode);
    std::vector<std::int64_t> weights;
    for (const Money& amount : result.line_amounts) {
      weights.push_back(amount.is_negative() ? 0 : amount.minor_units());
    }
    // Largest remainder, as since format v1: the spread only sets each line's tax base,
    // and changing it would make stored totals of issued documents fail `dues check`.
    const std::vector<Money> shares = allocate(off, weights);
    for (std::size_t i = 0; i < bases.size(); ++i) {
      bases[i] -= shares[i];
    }
  }
  // 3. Tax per line or per rate; for inclusive prices the base is what is left.
  for (std::size_t i = 0; i < items.size(); ++i) {
    const LineItem& item = items[i];
    if (item.tax_code.empty()) {
      result.subtotal += bases[i];
      result.total += bases[i];
      continue;
    }
    const TaxRate* rate = find_rate(rates, item.tax_code);
    if (rate == nullptr) {
      throw Error(ErrorKind::invalid_input, fmt::format("unknown tax code '{}'", item.tax_code));
    }
    TaxAmount* summary = nullptr;
    for (TaxAmount& existing : result.taxes) {
      if (existing.code == item.tax_code) {
        summary = &existing;
      }
    }
    if (summary == nullptr) {
      summary = &result.taxes.emplace_back(
          TaxAmount{item.tax_code, rate->rate, Money::zero(currency), Money::zero(currency), {}});
    }
    if (pricing.per_invoice) {
      summary->base += bases[i]; // gross for inclusive prices until step 4
      continue;
    }
    const Money tax = pricing.inclusive ? included_tax(bases[i], rate->rate, mode)
                                        : percent_of(bases[i], rate->rate, mode);
    summary->base += pricing.inclusive ? bases[i] - tax : bases[i];
    summary->amount += tax;
  }
  // 4. Per-rate rounding: one rounding per tax code over the summed amounts.
  for (TaxAmount& summary : result.taxes) {
    if (pricing.per_invoice) {
      const Money gross_or_net = summary.base;
      summary.amount = pricing.inclusive ? included_tax(gross_or_net, summary.rate, mode)
                                         : percent_of(gross_or_net, summary.rate, mode);
      if (pricing.inclusive) {
        summary.base = gross_or_net - summary.amount;
      }
    }
    result.subtotal += summary.base;
    result.total += summary.base + summary.amount;
  }
  return result;
}

} // namespace

ComputedTotals compute_totals(const std::vector<LineItem>& items,
                              const std::optional<syntax::Discount>& discount,
                              const std::vector<TaxRate>& rates, const Pricing& pricing,
                              const Currency& currency) {
  try {
    return unchecked_totals(items, discount, rates, pricing, currency);
  } catch (const Error& error) {
    if (error.kind() != ErrorKind::internal) {
      throw;
    }
    // Each line fits (checked above), but together they do not.
    throw Error(ErrorKind::invalid_input,
                fmt::format("the items add up to more than an amount in {} can hold (at most {})",
                            currency.code, Money(currency, std::numeric_limits<std::int64_t>::max())));
  }
}

} // namespace dues
