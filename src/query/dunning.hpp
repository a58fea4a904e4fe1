#pragma once

// collections: which invoices are at which dunning level on a day, and why
// (docs/dunning.md). Read-only: `dues remind` records what it sent.
#include "model/ledger.hpp"
#include "query/promises.hpp" // dunning waits for an open promise

#include <optional>
#include <string>
#include <vector>

namespace dues::query {

enum class ReminderAction {
  send,    // a level is due now
  waiting, // in dunning, the next level is not due yet
  skipped, // would be due, but kept out (disputed, promise, opted out, below minimum)
};

// One invoice of a customer's plan.
struct ReminderLine {
  std::uint32_t document = 0;
  Date due;              // the due date dunning counts from (oldest open instalment)
  int days_overdue = 0;  // as_of - due (negative: not yet due)
  Money open;
  int last_level = 0;    // the highest level sent so far (0: none)
  std::optional<Date> last_sent;
  int level = 0;         // the level sent now (action send), else 0
  ReminderAction action = ReminderAction::waiting;
  std::string why;       // the rule that applied, or the reason it is skipped
  Money fee;             // the fee of the level sent now
  Money interest;        // interest accrued to as_of (levels with interest = true)
  int next_level = 0;    // waiting: the next level and the day it is due
  std::optional<Date> next_date;
  std::string charge;    // the charge document issued with this reminder (--send, charges =
                         // "document"), for the letter
};

// A customer's part of the plan: one letter for its lines with action send.
struct CustomerReminders {
  std::uint32_t customer = 0;
  std::vector<ReminderLine> lines;
  std::string plan = "default"; // the dunning plan used
  std::string language;         // the letter's language
  std::string template_name;    // of the highest level sent now
  std::vector<std::string> emails; // reminder-emails, else emails

  bool sends() const;
};

struct ReminderPlan {
  Date as_of;
  std::vector<CustomerReminders> customers; // customers.toml order; only those with lines
  int to_send = 0;                          // lines with action send
};

// The plan on `as_of`: for every customer (or only `only`), each open invoice that has
// reached its plan's first level, with the level due now (never skipping one, never two
// on one day, each at least min-days-since-previous after the one before), or why not.
ReminderPlan plan_reminders(const Ledger& ledger, const Date& as_of,
                            std::optional<std::uint32_t> only = std::nullopt);

} // namespace dues::query
