#include "query/dunning.hpp"

#include "model/balance.hpp"
#include "model/charges.hpp"
#include "model/contacts.hpp"
#include "model/customer_fields.hpp"
#include "model/direct_debit.hpp" // sepa
#include "query/interest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <tuple>
#include <unordered_map>

namespace dues::query {
namespace {

Money fee_of(const syntax::DunningLevel& level, const Currency& currency) {
  const auto it = level.fees.find(currency.code);
  if (it == level.fees.end()) {
    return Money::zero(currency);
  }
  return money_from_decimal(it->second, currency).value_or(Money::zero(currency));
}

// The day level `index` (0-based) may go out: days after the due date (positive days
// wait the grace days too), and min-days-since-previous after the level before it.
Date level_day(const syntax::DunningSettings& dunning, const syntax::DunningLevel& level,
               const Date& due, const std::optional<Date>& previous) {
  Date day = add_days(due, level.days + (level.days > 0 ? dunning.grace_days : 0));
  if (previous) {
    const Date gap = add_days(*previous, std::max(level.min_gap, 1));
    if (day_number(gap) > day_number(day)) {
      day = gap;
    }
  }
  return day;
}

struct History {
  int level = 0;
  std::optional<Date> date;
};

// What dunning needs of one invoice besides its balance.
struct InvoiceFacts {
  History reminded;
  std::vector<SettledMoney> settled;
  std::optional<Date> open_promise;
};

// Why an invoice in dunning is kept out of it, or nullopt. The first reason that applies
// is shown. To add one (such as an invoice in a pending direct-debit collection), add its
// fact to InvoiceFacts, fill it in plan_reminders, and add a test here.
std::optional<std::string> skip_reason(const syntax::DunningSettings& dunning,
                                       const Customer& customer, const Balances& balances,
                                       std::uint32_t document, const InvoiceFacts& fact,
                                       const Money& open) {
  if (customer.dunning == "off") {
    return "customer opted out (dunning = \"off\")";
  }
  if (balances.disputed[document] != 0) {
    return "disputed";
  }
  if (fact.open_promise) {
    return fmt::format("promised to pay by {}", format_date(*fact.open_promise));
  }
  const auto min_open = dunning.min_open.find(open.currency().code);
  if (min_open != dunning.min_open.end() && to_decimal(open) < min_open->second) {
    return fmt::format("open {} is below min-open {}", format_amount(open),
                       decimal_as_written(min_open->second));
  }
  return std::nullopt;
}

} // namespace

bool CustomerReminders::sends() const {
  return std::any_of(lines.begin(), lines.end(),
                     [](const ReminderLine& line) { return line.action == ReminderAction::send; });
}

ReminderPlan plan_reminders(const Ledger& ledger, const Date& as_of,
                            std::optional<std::uint32_t> only) {
  ReminderPlan plan;
  plan.as_of = as_of;
  const syntax::DunningSettings& dunning = ledger.settings.dunning;
  if (!dunning.present) {
    return plan;
  }
  const int today = day_number(as_of);
  const Balances balances = balances_as_of(ledger, as_of);
  // The oldest open due date of each open invoice (an instalment invoice has several),
  // of the items no direct debit is collecting if there are any (sepa).
  // Per invoice in dunning, in order of its first item: (document, item index); slot_of
  // finds an invoice's place (vectors, not hash maps: there are 100,000s at 1M invoices).
  constexpr std::uint32_t k_none = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> slot_of(ledger.documents.size(), k_none);
  std::vector<std::pair<std::uint32_t, std::size_t>> first_item;
  const std::vector<OpenItem> items = open_items(ledger, balances);
  const PendingCollections debits(ledger, balances); // sepa
  std::vector<std::uint8_t> held(items.size(), 0);   // sepa: an item a collection holds
  std::unordered_map<std::uint32_t, Money> held_open; // sepa: per invoice, what they hold
  for (std::size_t i = 0; i < items.size(); ++i) {
    const OpenItem& item = items[i];
    if (only && ledger.documents[item.document].customer != *only) {
      continue;
    }
    if (is_charge(ledger.documents[item.document])) {
      continue; // a charge for dunning is not dunned itself (no interest on interest)
    }
    if (!debits.empty() && debits.holding(item.document, item.instalment) != nullptr) {
      held[i] = 1;
      held_open.try_emplace(item.document, Money::zero(item.open.currency()))
          .first->second += item.open;
    }
    std::uint32_t& slot = slot_of[item.document];
    if (slot == k_none) {
      slot = static_cast<std::uint32_t>(first_item.size());
      first_item.emplace_back(item.document, i);
      continue;
    }
    std::size_t& was = first_item[slot].second;
    if (std::tuple(held[i], day_number(item.due))
        < std::tuple(held[was], day_number(items[was].due))) {
      was = i;
    }
  }
  std::vector<InvoiceFacts> facts(first_item.size());
  const auto fact_of = [&](std::uint32_t document) -> InvoiceFacts* {
    // Not every event is about a document (a contact may name none).
    return document >= slot_of.size() || slot_of[document] == k_none ? nullptr
                                                                     : &facts[slot_of[document]];
  };
  for (const StatusEvent& event : ledger.status_events) {
    InvoiceFacts* fact = fact_of(event.document);
    if (fact != nullptr && event.kind == StatusKind::reminded && day_number(event.date) <= today
        && event.level >= fact->reminded.level) {
      fact->reminded = {event.level, event.date};
    }
  }
  for (const Allocation& allocation : ledger.allocations) {
    if (InvoiceFacts* fact = fact_of(allocation.document);
        fact != nullptr && day_number(allocation.date) <= today) {
      fact->settled.push_back({allocation.date, allocation.amount});
    }
  }
  for (const WriteOff& writeoff : ledger.writeoffs) {
    if (InvoiceFacts* fact = fact_of(writeoff.document);
        fact != nullptr && day_number(writeoff.date) <= today) {
      fact->settled.push_back({writeoff.date, writeoff.amount});
    }
  }
  const std::vector<std::optional<PromiseOutcome>> promises = promise_outcomes(ledger, as_of);
  for (std::size_t i = 0; i < promises.size(); ++i) {
    InvoiceFacts* fact = fact_of(ledger.contacts[i].document);
    if (promises[i] && promises[i]->state == PromiseState::open && fact != nullptr) {
      fact->open_promise = ledger.contacts[i].promised;
    }
  }
  // Charge documents: a charge states only the interest not charged before.
  const bool documents = dunning.charges == "document";
  const auto charged =
      documents ? charged_interest(ledger) : std::unordered_map<std::uint32_t, Money>();
  std::vector<std::vector<ReminderLine>> per_customer(ledger.customers.size());
  for (const auto& [document_index, item_index] : first_item) {
    const Document& invoice = ledger.documents[document_index];
    const Customer& customer = ledger.customers[invoice.customer];
    const auto plan_it =
        dunning.plans.find(customer.dunning.empty() || customer.dunning == "off"
                               ? std::string_view("default")
                               : std::string_view(customer.dunning));
    if (plan_it == dunning.plans.end() || plan_it->second.levels.empty()) {
      continue;
    }
    const std::vector<syntax::DunningLevel>& levels = plan_it->second.levels;
    const InvoiceFacts& fact = facts[slot_of[document_index]];
    ReminderLine line;
    line.document = document_index;
    line.due = items[item_index].due;
    line.days_overdue = today - day_number(line.due);
    line.open = balances.open[document_index];
    if (const auto it = held_open.find(document_index);
        it != held_open.end() && held[item_index] == 0) {
      line.open -= it->second; // sepa: a direct debit collects the held instalments
    }
    line.last_level = fact.reminded.level;
    line.last_sent = fact.reminded.date;
    line.fee = Money::zero(line.open.currency());
    line.interest = Money::zero(line.open.currency());
    const Date first_day = level_day(dunning, levels.front(), line.due, std::nullopt);
    if (day_number(first_day) > today && line.last_level == 0) {
      continue; // not in dunning yet
    }
    const std::size_t next = static_cast<std::size_t>(line.last_level); // 0-based index
    if (next < levels.size()) {
      const Date day = level_day(dunning, levels[next], line.due, line.last_sent);
      line.next_level = static_cast<int>(next) + 1;
      line.next_date = day;
      if (day_number(day) <= today) {
        line.action = ReminderAction::send;
        line.level = line.next_level;
        line.why = line.last_level == 0
                       ? fmt::format("{} days after due, level 1 at {}", line.days_overdue,
                                     levels[next].days)
                       : fmt::format("{} days after due, level {} at {}; level {} sent {}",
                                     line.days_overdue, line.level, levels[next].days,
                                     line.last_level, format_date(*line.last_sent));
      } else {
        line.why = fmt::format("level {} on {}", line.next_level, format_date(day));
      }
    } else {
      line.why = fmt::format("last level ({}) sent {}", line.last_level,
                             format_date(*line.last_sent));
    }
    if (auto reason = skip_reason(dunning, customer, balances, document_index, fact, line.open)) {
      line.why = std::move(*reason);
      line.action = ReminderAction::skipped;
    } else if (held[item_index] != 0) { // sepa: the bank collects it (every open item)
      line.why = "direct debit pending";
      line.action = ReminderAction::skipped;
    }
    if (line.action == ReminderAction::skipped) {
      line.level = 0;
    }
    const std::size_t shown = line.level > 0 ? static_cast<std::size_t>(line.level - 1)
                                             : static_cast<std::size_t>(std::max(line.last_level, 1) - 1);
    if (line.level > 0) {
      line.fee = fee_of(levels[shown], line.open.currency());
    }
    if (levels[shown].interest) {
      std::vector<InterestPart> parts;
      const DocumentDetails& details = invoice.info();
      if (details.instalments.empty()) {
        parts.push_back({invoice.due, invoice.total});
      }
      for (const Instalment& instalment : details.instalments) {
        parts.push_back({instalment.due, instalment.amount});
      }
      line.interest = accrued_interest(dunning.interest, parts, fact.settled, as_of,
                                       ledger.settings.path);
      if (const auto it = charged.find(document_index); it != charged.end()) {
        line.interest = max(line.interest - it->second, Money::zero(line.interest.currency()));
      }
    }
    per_customer[invoice.customer].push_back(std::move(line));
  }
  for (std::uint32_t c = 0; c < per_customer.size(); ++c) {
    auto& lines = per_customer[c];
    if (lines.empty()) {
      continue;
    }
    std::sort(lines.begin(), lines.end(), [&](const ReminderLine& a, const ReminderLine& b) {
      return std::tuple(day_number(a.due), ledger.documents[a.document].id)
             < std::tuple(day_number(b.due), ledger.documents[b.document].id);
    });
    const Customer& customer = ledger.customers[c];
    CustomerReminders reminders;
    reminders.customer = c;
    reminders.plan = customer.dunning.empty() || customer.dunning == "off" ? "default"
                                                                            : customer.dunning;
    reminders.language = customer.language.empty() ? dunning.language : customer.language;
    reminders.emails = customer.reminder_emails.empty() ? customer.emails
                                                        : customer.reminder_emails;
    int highest = 0;
    for (const ReminderLine& line : lines) {
      highest = std::max(highest, line.level);
      plan.to_send += line.action == ReminderAction::send ? 1 : 0;
    }
    if (highest > 0) {
      reminders.template_name =
          dunning.plans.at(reminders.plan).levels[static_cast<std::size_t>(highest - 1)]
              .template_name;
    }
    reminders.lines = std::move(lines);
    plan.customers.push_back(std::move(reminders));
  }
  return plan;
}

} // namespace dues::query
