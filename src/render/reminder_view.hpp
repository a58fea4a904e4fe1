#pragma once

// collections: the `dues remind` plan for people and scripts, and reminder letters.
#include "query/contact_history.hpp"
#include "query/dunning.hpp"

#include <ostream>
#include <span>
#include <string>
#include <vector>

namespace dues::render {

// The plan as a table: a row per invoice in dunning, then a summary line.
void reminder_table(std::ostream& out, const Ledger& ledger, const query::ReminderPlan& plan,
                    bool colour);
// One CSV record per invoice, with a header row.
void reminder_csv(std::ostream& out, const Ledger& ledger, const query::ReminderPlan& plan);
// {"as_of", "to_send", "customers": [{"customer", "language", "template", "emails",
//  "invoices": [{"invoice", "due", "days_overdue", "open", "currency", "sent_level",
//  "level", "action", "why", "fee", "interest", "next_level", "next_date"}]}]}
void reminder_json(std::ostream& out, const Ledger& ledger, const query::ReminderPlan& plan);

// "History" and a line per reminder, note and promise (nothing when there are none).
void contact_history_text(std::ostream& out, const std::vector<query::ContactEvent>& history);

class JsonWriter;
// "history": [{"date", "event", "invoice", "detail"}], for statement and customer show.
void contact_history_json(JsonWriter& json, std::span<const query::ContactEvent> history);

// One reminder letter: the customer's invoices with a level due now.
struct ReminderLetter {
  std::string customer; // id
  std::vector<std::string> to;
  std::string subject;
  std::string body;
};

// Fills the customer's template (its first line is the subject, the rest the body) in
// the customer's language, else the default one. Placeholders: {customer} (name),
// {company}, {date}, {level}, {invoices} (a line per invoice), {total} (open + fees +
// interest, per currency).
ReminderLetter reminder_letter(const Ledger& ledger, const query::CustomerReminders& reminders,
                               const Date& day);

// The letter as an RFC 5322 message (From, To, Subject, Date, a text/plain UTF-8 body).
std::string letter_message(const Ledger& ledger, const ReminderLetter& letter, const Date& day);

} // namespace dues::render
