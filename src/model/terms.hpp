#pragma once

#include "base/date.hpp"
#include "base/money.hpp"
#include "syntax/settings.hpp"

#include <optional>
#include <vector>

namespace dues {

// One instalment of a schedule: its own due date and amount.
struct ScheduledInstalment {
  Date due;
  Money amount;
};

// What payment terms make of an invoice issued on a day for a total.
struct DueSchedule {
  Date due;                             // the (last) due date
  std::optional<Decimal> cash_discount; // percent off when paid by cash_discount_until
  std::optional<Date> cash_discount_until;
  std::vector<ScheduledInstalment> instalments; // empty unless the terms define some
};

// The day terms count from: the invoice date, or the last day of its month for
// end-of-month terms ("30 days end of month").
Date terms_start(const syntax::TermsSetting& terms, const Date& issued);

// Applies payment terms to an invoice dated `issued` with gross `total`:
// - net N: due N days after the invoice date;
// - end of month + N: due N days after the last day of the invoice's month;
// - early-payment discount (2/10 net 30): cash_discount percent until `cash-discount-days`
//   after the same start day;
// - instalments: one per share, due `days` after the start day, each share rounded with
//   the ledger's `rounding` and the last taking the remainder (split_rounded), so they add
//   up to the total exactly; the due date is the last one.
// Instalments are ordered by due date. A zero total has no instalments.
DueSchedule apply_terms(const syntax::TermsSetting& terms, const Date& issued, const Money& total,
                        RoundingMode rounding = RoundingMode::half_up);

} // namespace dues
