#pragma once

#include "base/date.hpp"
#include "base/error.hpp"
#include "model/ledger.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace dues {

// One period of a recurring template: the day its invoice is dated and its key.
struct RecurringPeriod {
  Date date;
  std::string key; // "2026-03" (monthly, quarterly), "2026" (yearly)
};

// Every period of a template from its start up to `as_of` (and its end, if any): the
// template's day in every month (monthly), every third month (quarterly) or every
// twelfth month (yearly) counted from the start month, clamped to the month's last day;
// a day before the start is skipped.
std::vector<RecurringPeriod> recurring_periods(const syntax::RecurringSetting& recurring,
                                               const Date& as_of);

// The origin recorded on the invoice of one period: "recurring:NAME/KEY".
std::string recurring_origin(std::string_view name, std::string_view key);

// An item description with {period}, {year} and {month} (two digits) filled in.
std::string fill_period(std::string_view text, const RecurringPeriod& period);

// Checks that the templates name customers, terms, taxes, currencies and series that
// exist, and that their schedule makes sense.
void check_recurring(const Ledger& ledger, Diagnostics& diags);

} // namespace dues
