#include "query/collections.hpp"

#include "model/balance.hpp"
#include "query/promises.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace dues::query {
namespace {

using RowKey = std::pair<std::string, std::uint32_t>; // currency, customer

struct Candidate {
  NextAction action = NextAction::call;
  std::optional<Date> date;
  std::string detail;
};

// Today's actions by urgency; then the dated ones by date; then the rest.
bool sooner(const Candidate& a, const Candidate& b, int today) {
  const auto rank = [today](const Candidate& c) {
    const bool now = c.action == NextAction::send || c.action == NextAction::broken_promise
                     || c.action == NextAction::dispute;
    const int day = c.date ? day_number(*c.date) : today;
    return std::tuple(now ? 0 : c.date ? 1 : 2, now ? 0 : day, static_cast<int>(c.action));
  };
  return rank(a) < rank(b);
}

void consider(std::optional<Candidate>& best, Candidate candidate, int today) {
  if (!best || sooner(candidate, *best, today)) {
    best = std::move(candidate);
  }
}

// The day level 1 of the customer's plan is due for an item due on `due` (as the
// reminder plan counts it: positive days wait the grace days too).
std::optional<Date> first_level_day(const Ledger& ledger, const Customer& customer,
                                    const Date& due) {
  const syntax::DunningSettings& dunning = ledger.settings.dunning;
  const auto plan = dunning.plans.find(customer.dunning.empty() ? std::string_view("default")
                                                                : std::string_view(customer.dunning));
  if (!dunning.present || customer.dunning == "off" || plan == dunning.plans.end()
      || plan->second.levels.empty()) {
    return std::nullopt;
  }
  const int days = plan->second.levels.front().days;
  return add_days(due, days + (days > 0 ? dunning.grace_days : 0));
}

} // namespace

std::string_view next_action_name(NextAction action) {
  switch (action) {
  case NextAction::send:
    return "send reminder";
  case NextAction::broken_promise:
    return "call: promise broken";
  case NextAction::dispute:
    return "resolve dispute";
  case NextAction::wait_promise:
    return "wait for promise";
  case NextAction::remind:
    return "reminder";
  case NextAction::last_level:
    return "call: last level sent";
  case NextAction::call:
    return "call";
  }
  return "call";
}

CollectionsReport collections(const Ledger& ledger, const CollectionsRequest& request) {
  CollectionsReport report;
  report.as_of = request.as_of;
  const int today = day_number(request.as_of);
  const Balances balances = balances_as_of(ledger, request.as_of);
  std::map<RowKey, CollectionsRow> rows;
  std::map<RowKey, std::set<std::uint32_t>> overdue_documents;
  std::map<RowKey, Date> oldest_due;
  for (const OpenItem& item : open_items(ledger, balances)) {
    const Document& document = ledger.documents[item.document];
    if (!document.is_invoice()
        || !request.filter.wants(ledger, document.customer, item.open.currency())) {
      continue;
    }
    const RowKey key{std::string(item.open.currency().code), document.customer};
    auto [it, fresh] = rows.try_emplace(key);
    CollectionsRow& row = it->second;
    if (fresh) {
      row.customer = document.customer;
      row.overdue = Money::zero(item.open.currency());
      row.open = Money::zero(item.open.currency());
    }
    row.open += item.open;
    if (day_number(item.due) < today) {
      row.overdue += item.open;
      row.oldest_days = std::max(row.oldest_days, today - day_number(item.due));
      overdue_documents[key].insert(item.document);
      const auto [due, first] = oldest_due.try_emplace(key, item.due);
      if (!first && day_number(item.due) < day_number(due->second)) {
        due->second = item.due;
      }
    }
  }
  std::erase_if(rows, [](const auto& entry) { return !entry.second.overdue.is_positive(); });
  const auto row_of = [&](std::uint32_t document) -> CollectionsRow* {
    const Document& invoice = ledger.documents[document];
    const auto it = rows.find({std::string(invoice.total.currency().code), invoice.customer});
    return it == rows.end() ? nullptr : &it->second;
  };
  // Levels reached and the last contact (reminders, then notes and promises on a day).
  std::vector<std::optional<Date>> last_contact(ledger.customers.size());
  std::vector<std::string> last_kind(ledger.customers.size());
  const auto contacted = [&](std::uint32_t customer, const Date& day, std::string_view kind) {
    if (!last_contact[customer] || day_number(day) >= day_number(*last_contact[customer])) {
      last_contact[customer] = day;
      last_kind[customer] = kind;
    }
  };
  for (const StatusEvent& event : ledger.status_events) {
    if (event.kind != StatusKind::reminded || day_number(event.date) > today) {
      continue;
    }
    contacted(ledger.documents[event.document].customer, event.date, "remind");
    if (CollectionsRow* row = row_of(event.document);
        row != nullptr && balances.open[event.document].is_positive()) {
      row->level = std::max(row->level, event.level);
    }
  }
  std::map<RowKey, std::optional<Candidate>> next;
  const std::vector<std::optional<PromiseOutcome>> promises =
      promise_outcomes(ledger, request.as_of);
  for (std::size_t i = 0; i < ledger.contacts.size(); ++i) {
    const Contact& contact = ledger.contacts[i];
    if (day_number(contact.date) > today) {
      continue;
    }
    contacted(contact.customer, contact.date,
              contact.kind == ContactKind::promise ? "promise" : "note");
    if (contact.kind != ContactKind::promise || contact.document == k_no_document
        || !balances.open[contact.document].is_positive()) {
      continue;
    }
    CollectionsRow* row = row_of(contact.document);
    if (row == nullptr) {
      continue;
    }
    const Document& invoice = ledger.documents[contact.document];
    auto& best = next[{std::string(invoice.total.currency().code), invoice.customer}];
    const PromiseState state = promises[i]->state;
    if (state == PromiseState::open) {
      ++row->open_promises;
      consider(best,
               {NextAction::wait_promise, contact.promised,
                fmt::format("{} promised by {}", invoice.id, format_date(contact.promised))},
               today);
    } else if (state == PromiseState::broken) {
      ++row->broken_promises;
      consider(best,
               {NextAction::broken_promise, request.as_of,
                fmt::format("{} was promised by {}", invoice.id, format_date(contact.promised))},
               today);
    }
  }
  // The reminder plan: what is due now, when the next level is, what is held back.
  for (const CustomerReminders& customer : plan_reminders(ledger, request.as_of).customers) {
    for (const ReminderLine& line : customer.lines) {
      const Document& invoice = ledger.documents[line.document];
      const RowKey key{std::string(line.open.currency().code), customer.customer};
      if (!rows.contains(key)) {
        continue;
      }
      auto& best = next[key];
      if (line.action == ReminderAction::send) {
        consider(best, {NextAction::send, request.as_of, fmt::format("level {}", line.level)},
                 today);
      } else if (line.action == ReminderAction::skipped && line.why == "disputed") {
        consider(best, {NextAction::dispute, request.as_of, invoice.id + " disputed"}, today);
      } else if (line.action == ReminderAction::skipped && !line.why.starts_with("promised")) {
        consider(best, {NextAction::call, request.as_of, line.why}, today); // opted out, ...
      } else if (line.action == ReminderAction::waiting && line.next_date) {
        consider(best, {NextAction::remind, line.next_date, fmt::format("level {}", line.next_level)},
                 today);
      } else if (line.action == ReminderAction::waiting && line.last_level > 0) {
        consider(best, {NextAction::last_level, std::nullopt,
                        fmt::format("{} level {} sent {}", invoice.id, line.last_level,
                                    format_date(*line.last_sent))},
                 today);
      }
    }
  }
  for (auto& [key, row] : rows) {
    row.customer_id = ledger.customers[row.customer].id;
    row.invoices = static_cast<int>(overdue_documents[key].size());
    row.last_contact = last_contact[row.customer];
    row.last_contact_kind = last_kind[row.customer];
    std::optional<Candidate> best = next[key];
    if (!best) { // not in dunning yet (or not dunned at all)
      const auto first = first_level_day(ledger, ledger.customers[row.customer], oldest_due[key]);
      best = first ? Candidate{NextAction::remind, first, "level 1"}
                   : Candidate{NextAction::call, request.as_of, "not dunned"};
    }
    row.next = best->action;
    row.next_date = best->date;
    row.next_detail = best->detail;
    if (report.sections.empty() || report.sections.back().currency != key.first) {
      report.sections.push_back({key.first, {}});
    }
    report.sections.back().rows.push_back(std::move(row));
  }
  for (CollectionsSection& section : report.sections) {
    std::sort(section.rows.begin(), section.rows.end(),
              [&](const CollectionsRow& a, const CollectionsRow& b) {
                const auto rank = [&](const CollectionsRow& r) {
                  return std::tuple(r.next_date ? day_number(*r.next_date) : today,
                                    static_cast<int>(r.next), -r.oldest_days,
                                    std::string_view(r.customer_id));
                };
                return rank(a) < rank(b);
              });
  }
  return report;
}

} // namespace dues::query
