#pragma once

#include "query/report_common.hpp"

#include <vector>

namespace dues::query {

struct PaymentsRequest {
  Date as_of;
  ReportFilter filter;
  PeriodUnit unit = PeriodUnit::month;
  int periods = 6;
};

// Receipts and payment behaviour of one period, customer or method.
struct PaymentsRow {
  std::string label; // period label, customer id or method
  std::string name;  // customer name
  int receipts = 0;
  Money amount;  // money received
  Money fees;    // bank charges that settled invoices as well
  int paid = 0;  // invoices paid in full (in the period, or in all periods shown)
  Ratio days_to_pay = undefined_ratio(); // mean invoice date -> full payment
  Ratio on_time = undefined_ratio();     // paid in full by the due date / paid x 100
  std::optional<Money> unapplied;        // customer credit not applied, at the end
};

struct PaymentsBlock {
  const Currency* currency = nullptr;
  std::vector<PaymentsRow> periods;
  std::vector<PaymentsRow> customers; // over all periods shown, by customer id
  std::vector<PaymentsRow> methods;   // over all periods shown, by method
  PaymentsRow total;
};

struct PaymentsReport {
  Date as_of;
  PeriodUnit unit = PeriodUnit::month;
  Date from; // the first day of the first period
  std::vector<PaymentsBlock> blocks;
};

// Receipts per period, customer and method; days to pay and on-time share of the
// invoices paid in full; unapplied credit; fees.
PaymentsReport payments_report(const Ledger& ledger, const PaymentsRequest& request);

} // namespace dues::query
