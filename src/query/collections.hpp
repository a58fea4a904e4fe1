#pragma once

// collections: `dues report collections`, a person's daily work list (docs/reports.md):
// per customer and currency with something overdue, what is overdue, how long, the
// dunning level reached, the last contact, the promises, and what to do next.
#include "query/dunning.hpp"
#include "query/report_common.hpp"

#include <optional>
#include <string>
#include <vector>

namespace dues::query {

struct CollectionsRequest {
  Date as_of;
  ReportFilter filter;
};

// What to do next about a customer, most urgent first.
enum class NextAction {
  send,           // a reminder is due now: `dues remind --send`
  broken_promise, // a promise to pay was broken: call
  dispute,        // a disputed invoice: resolve it
  wait_promise,   // an open promise: wait until its day
  remind,         // the next reminder level, on its day
  last_level,     // every level was sent: call, or hand the debt over
  call,           // not dunned (opted out, below min-open, no [dunning]): call
};
std::string_view next_action_name(NextAction action);

struct CollectionsRow {
  std::uint32_t customer = 0;
  std::string customer_id;
  Money overdue;        // open and past its due date on as_of
  Money open;           // everything open (overdue or not)
  int invoices = 0;     // overdue invoices (an instalment invoice counts once)
  int oldest_days = 0;  // days overdue of the oldest overdue item
  int level = 0;        // the highest dunning level sent for an open invoice
  std::optional<Date> last_contact;
  std::string last_contact_kind; // remind | note | promise
  int open_promises = 0;
  int broken_promises = 0; // promises broken on invoices still open
  NextAction next = NextAction::call;
  std::optional<Date> next_date;
  std::string next_detail; // "level 2", "FR-2026-0002 promised by 2026-03-20", ...
};

struct CollectionsSection {
  std::string currency;
  std::vector<CollectionsRow> rows; // most urgent first: next date, then oldest days
};

struct CollectionsReport {
  Date as_of;
  std::vector<CollectionsSection> sections; // by currency code
};

CollectionsReport collections(const Ledger& ledger, const CollectionsRequest& request);

} // namespace dues::query
