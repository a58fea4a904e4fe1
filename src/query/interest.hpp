#pragma once

// collections: late-payment interest, simple and day by day (docs/dunning.md).
#include "base/date.hpp"
#include "base/money.hpp"
#include "syntax/dunning_settings.hpp"

#include <optional>
#include <span>

namespace dues::query {

// A part of an invoice with its own due date: the whole invoice, or one instalment.
// Parts are given oldest due date first; money settled pays them in that order.
struct InterestPart {
  Date due;
  Money amount;
};

// Money that reduced an invoice's open amount (a payment, credit or write-off) on a day.
struct SettledMoney {
  Date date;
  Money amount;
};

// The annual rate on `day` in percent: the fixed rate, or the base rate of the last
// base-rates row starting on or before `day` plus the points (never below zero).
// nullopt when interest is off; throws Error(invalid_input) at [dunning.interest] when
// `day` is before the first base rate (an interest period without a base rate).
std::optional<Decimal> annual_rate_on(const syntax::InterestSettings& interest, const Date& day,
                                      const std::string& settings_path);

// The interest accrued from the day after each part's due date (+ start-days) through
// `to`: each day d earns open(d) x rate(d) / 100 / days-in-year, where open(d) is what
// of the part is open at the end of d (money settled on d counts). The sum is exact
// (128-bit) and rounded once, half up, to the currency's minor unit.
Money accrued_interest(const syntax::InterestSettings& interest, std::span<const InterestPart> parts,
                       std::span<const SettledMoney> settled, const Date& to,
                       const std::string& settings_path = "dues.toml");

} // namespace dues::query
