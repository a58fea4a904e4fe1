#pragma once

#include "query/report_common.hpp"

#include <vector>

namespace dues::query {

struct ForecastRequest {
  Date as_of;
  ReportFilter filter;
  PeriodUnit unit = PeriodUnit::month;
  int periods = 3;
  int min_history = 3; // settled invoices a customer needs for its own delay to count
};

// Where a customer's delay comes from.
enum class DelaySource {
  own,    // the customer's mean days late over its settled invoices
  ledger, // too little history: the mean over every customer's settled invoices
  none,   // no settled invoice in the ledger at all: the due date
};

std::string_view delay_source_name(DelaySource source);

// One row of the forecast: a period after as_of, or "overdue" / "later".
struct ForecastRow {
  std::string label; // "overdue", "2026-04", ..., "later"
  std::optional<Date> start;
  std::optional<Date> end;
  Money due;      // open items whose due date falls here
  Money expected; // what is expected to arrive here (due date + delay)
  Money discount; // cash discounts expected to be taken by what arrives here
  Money held;     // disputed items due here: not expected until resolved
};

struct ForecastCustomer {
  std::string customer_id;
  std::string customer_name;
  int delay = 0; // days added to due dates
  DelaySource source = DelaySource::none;
  int settled = 0; // settled invoices the delay is based on
  Money open;
  Money expected_in_range; // expected within the periods shown
  Money later;
  Money held;
};

struct ForecastBlock {
  const Currency* currency = nullptr;
  std::vector<ForecastRow> rows; // overdue, each period, later
  ForecastRow total;
  std::vector<ForecastCustomer> customers;
};

struct ForecastReport {
  Date as_of;
  PeriodUnit unit = PeriodUnit::month;
  std::vector<ForecastBlock> blocks; // by currency code
};

// Expected receipts per period from the open items as of request.as_of. Totals hold:
// sum(due) = open items = sum(expected) + sum(discount) + sum(held).
ForecastReport forecast(const Ledger& ledger, const ForecastRequest& request);

} // namespace dues::query
