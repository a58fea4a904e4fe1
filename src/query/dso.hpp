#pragma once

#include "query/report_common.hpp"

#include <vector>

namespace dues::query {

struct DsoRequest {
  Date as_of;
  ReportFilter filter;
  PeriodUnit unit = PeriodUnit::month;
  int periods = 6;
  int countback_months = 24; // how far back the countback method may look
};

// The figures of one period for one customer, or for every customer of a currency.
struct DsoRow {
  std::string customer_id; // empty in the totals
  std::string customer_name;
  Period period;
  Money begin_ar;  // open invoices at the end of the day before the period
  Money sales;     // invoices - credit notes dated in the period (not void at its end)
  Money ar;        // open invoices at the period's end (disputed included, credit not)
  Money current;   // the part of `ar` not yet due at the period's end
  Ratio standard;  // ar / sales x days in the period
  Ratio countback; // days of the latest sales, newest month first, that make up `ar`
  Ratio cei;       // (begin_ar + sales - ar) / (begin_ar + sales - current) x 100
  Ratio days_to_pay; // mean days from invoice to full payment, invoices paid in the period
  int paid = 0;      // invoices paid in full in the period
};

struct DsoBlock {
  const Currency* currency = nullptr;
  std::vector<DsoRow> trend;     // every customer together, one row per period
  std::vector<DsoRow> customers; // the last period, one row per customer with figures
};

struct DsoReport {
  Date as_of;
  PeriodUnit unit = PeriodUnit::month;
  std::vector<DsoBlock> blocks; // by currency code
};

// Days sales outstanding, countback DSO, collection effectiveness and days to pay per
// period (docs/reports.md has the formulas).
DsoReport dso(const Ledger& ledger, const DsoRequest& request);

} // namespace dues::query
