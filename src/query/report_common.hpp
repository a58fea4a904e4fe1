#pragma once

// What the decision reports (dso, forecast, risk, tax, payments) share: exact ratios,
// calendar periods, the customer/currency filter, and how invoices were settled.
#include "model/balance.hpp"
#include "model/ledger.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dues::query {

// An exact ratio num / den (den > 0). Days, shares and scores stay exact until they are
// printed; formatting rounds once, half up, with integer arithmetic.
struct Ratio {
  Int128 num = 0;
  Int128 den = 1;
  bool defined() const { return den != 0; }
};

// A ratio that is not defined (nothing to divide by): printed as empty / null.
inline Ratio undefined_ratio() { return {0, 0}; }

// num / den, or undefined when den is zero.
Ratio ratio_of(Int128 num, Int128 den);

// The ratio rounded to `decimals` places: "12.3", "-0.5", "40" (decimals 0).
// Empty when undefined.
std::string format_ratio(const Ratio& value, int decimals);

// The ratio rounded to a whole number (half up).
std::int64_t round_ratio(const Ratio& value);

// How reports cut time.
enum class PeriodUnit { week, month, quarter, year };

// "week", "month", "quarter" or "year"; nullopt for anything else.
std::optional<PeriodUnit> parse_period_unit(std::string_view text);

// A closed range of days with a label: "2026-03", "2026-Q1", "2026", "2026-W14".
struct Period {
  std::string label;
  Date start;
  Date end;
  int days() const { return days_between(start, end) + 1; }
};

// The period of `unit` that holds `day` (weeks start on Monday, ISO 8601 numbering).
Period period_of(PeriodUnit unit, const Date& day);

// The `count` periods ending with the one that holds `last`, oldest first; the last one
// is cut at `last` (a month "so far").
std::vector<Period> periods_back(PeriodUnit unit, const Date& last, int count);

// The `count` periods starting with the one that holds `first`, the first one starting
// at `first`.
std::vector<Period> periods_ahead(PeriodUnit unit, const Date& first, int count);

// A period named on the command line: 2026-Q3, 2026-09, 2026 (or 2026-W14). Nullopt when
// the text is none of these.
std::optional<Period> parse_period(std::string_view text);

// Which customers and currencies a report covers.
struct ReportFilter {
  std::optional<std::string> customer; // a customer id
  std::optional<std::string> currency; // an ISO code
  bool wants(const Ledger& ledger, std::uint32_t customer_index, const Currency& currency) const;
};

// An invoice that was paid in full by money and credit (not written off, not void).
struct PaidInvoice {
  std::uint32_t document = 0;
  std::uint32_t customer = 0;
  Date paid;         // the latest day money or credit for it arrived (never before its date)
  int days_to_pay = 0; // paid - invoice date
  int days_late = 0;   // paid - due date (negative: early)
  Money total;
};

// Every invoice settled in full on or before the balances' day, in ledger order. An
// invoice's paid day is the latest date of the payments and credit notes applied to it
// (the money's date, not the day it was applied), or its own date if that is later.
std::vector<PaidInvoice> paid_invoices(const Ledger& ledger, const Balances& balances);

// The same from what each invoice stands at on `day`: cleared[i] != 0 when invoice i is
// issued, not void, and has nothing open and nothing written off.
std::vector<PaidInvoice> paid_invoices(const Ledger& ledger, const Date& day,
                                       const std::vector<std::uint8_t>& cleared);

// Per customer: the mean days late of its settlements (negative days count as zero),
// with how many there were.
struct PaymentHabit {
  Ratio days_late = undefined_ratio();
  int settled = 0;
  int late = 0; // settlements with days_late > 0
};
PaymentHabit habit_of(const std::vector<const PaidInvoice*>& settled);

} // namespace dues::query
