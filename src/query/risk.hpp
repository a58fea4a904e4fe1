#pragma once

#include "query/report_common.hpp"

#include <vector>

namespace dues::query {

struct RiskRequest {
  Date as_of;
  ReportFilter filter;
  int trend_days = 90;  // the trend compares with the score this many days earlier
  int recent_days = 90; // "recent" days late: invoices paid in this many days up to as_of
  int new_days = 30;    // "new 60+": items that passed 60 days overdue in this many days
};

// One customer in one currency.
struct RiskRow {
  std::string customer_id;
  std::string customer_name;
  std::optional<Money> limit; // the credit limit, in the customer's own currency only
  Money balance;              // open items - unapplied credit
  Ratio limit_use = undefined_ratio(); // balance / limit x 100
  Money open;
  Money overdue;
  Money overdue_60; // more than 60 days past due
  Money new_60;     // of that, what passed 60 days within request.new_days
  Ratio share_overdue = undefined_ratio(); // overdue / open x 100
  Ratio days_late = undefined_ratio();     // mean over every settled invoice
  Ratio recent_days_late = undefined_ratio();
  Ratio share_late = undefined_ratio(); // settled invoices paid late / settled x 100
  int settled = 0;
  int disputes = 0; // open invoices in dispute
  int broken_promises = 0; // promises to pay broken, due within request.recent_days
  int score = 0;    // 0 (no risk seen) .. 100
  std::optional<int> previous_score; // trend_days earlier, when the customer had figures
  std::vector<std::string> warnings;
};

struct RiskBlock {
  const Currency* currency = nullptr;
  std::vector<RiskRow> rows; // by customer id
};

struct RiskReport {
  Date as_of;
  Date previous; // as_of - trend_days
  std::vector<RiskBlock> blocks;
  bool has_warnings() const;
};

// The documented score (docs/reports.md): 40 x overdue share + 20 x 60+ share
// + 20 x min(days late, 60) / 60 + 10 x late share + 10 if over the limit
// + 10 x min(broken promises, 2), rounded, at most 100.
int risk_score(const RiskRow& row);

// Per customer and currency: credit use, overdue amounts, payment habits, disputes,
// score and trend, and warnings (over limit, new 60+ days overdue, worsening by 10+).
RiskReport risk(const Ledger& ledger, const RiskRequest& request);

} // namespace dues::query
