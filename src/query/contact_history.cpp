#include "query/contact_history.hpp"

#include "query/promises.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace dues::query {

std::vector<ContactEvent> contact_history(const Ledger& ledger, std::uint32_t customer,
                                          const Date& to, const std::optional<Date>& from) {
  const auto within = [&](const Date& day) {
    return day_number(day) <= day_number(to) && (!from || day_number(day) >= day_number(*from));
  };
  std::vector<std::pair<int, ContactEvent>> events; // (order on a day, event)
  for (const StatusEvent& event : ledger.status_events) {
    if (event.kind == StatusKind::reminded && within(event.date)
        && ledger.documents[event.document].customer == customer) {
      events.push_back({0, {event.date, "remind", ledger.documents[event.document].id,
                            fmt::format("level {}", event.level)}});
    }
  }
  for (const Contact& contact : ledger.contacts) {
    if (contact.customer != customer || !within(contact.date)) {
      continue;
    }
    const std::string invoice =
        contact.document == k_no_document ? "" : ledger.documents[contact.document].id;
    if (contact.kind == ContactKind::note) {
      events.push_back({1, {contact.date, "note", invoice, contact.text}});
      continue;
    }
    const PromiseOutcome outcome = promise_outcome(ledger, contact, to);
    const Money amount = contact.amount ? *contact.amount : outcome.wanted;
    std::string text = fmt::format("{} by {}: {}", amount, format_date(contact.promised),
                                   promise_state_name(outcome.state));
    if (!contact.text.empty()) {
      text += fmt::format(" ({})", contact.text);
    }
    events.push_back({2, {contact.date, "promise", invoice, text}});
  }
  std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) {
    return std::pair(day_number(a.second.date), a.first)
           < std::pair(day_number(b.second.date), b.first);
  });
  std::vector<ContactEvent> history;
  history.reserve(events.size());
  for (auto& [order, event] : events) {
    history.push_back(std::move(event));
  }
  return history;
}

} // namespace dues::query
