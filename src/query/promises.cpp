#include "query/promises.hpp"

#include <unordered_map>

namespace dues::query {
namespace {

// What lowers one invoice's open amount, by day (open_on in model/contacts.cpp, for many
// invoices at once).
struct Reductions {
  std::optional<int> voided;
  std::vector<std::pair<int, Money>> amounts; // (day number, amount): payments, write-offs
};

Money open_at(const Document& invoice, const Reductions& reductions, int day) {
  if (reductions.voided && *reductions.voided <= day) {
    return Money::zero(invoice.total.currency());
  }
  Money open = invoice.total;
  for (const auto& [when, amount] : reductions.amounts) {
    if (when <= day) {
      open -= amount;
    }
  }
  return open;
}

// The reductions of the invoices `wanted` says (all when it is null).
std::unordered_map<std::uint32_t, Reductions>
reductions_of(const Ledger& ledger, const std::unordered_map<std::uint32_t, Reductions>* wanted,
              std::optional<std::uint32_t> only) {
  std::unordered_map<std::uint32_t, Reductions> found = wanted ? *wanted : decltype(found){};
  if (only) {
    found[*only];
  }
  const auto find = [&](std::uint32_t document) -> Reductions* {
    const auto it = found.find(document);
    return it == found.end() ? nullptr : &it->second;
  };
  for (const StatusEvent& event : ledger.status_events) {
    if (Reductions* r = find(event.document); r && event.kind == StatusKind::voided) {
      const int day = day_number(event.date);
      r->voided = r->voided ? std::min(*r->voided, day) : day;
    }
  }
  for (const Allocation& allocation : ledger.allocations) {
    if (Reductions* r = find(allocation.document)) {
      r->amounts.emplace_back(day_number(allocation.date), allocation.amount);
    }
  }
  for (const WriteOff& writeoff : ledger.writeoffs) {
    if (Reductions* r = find(writeoff.document)) {
      r->amounts.emplace_back(day_number(writeoff.date), writeoff.amount);
    }
  }
  return found;
}

PromiseOutcome outcome_of(const Document& invoice, const Reductions& reductions,
                          const Contact& promise, const Date& as_of) {
  const Money before = open_at(invoice, reductions, day_number(promise.date) - 1);
  const bool due_passed = day_number(as_of) > day_number(promise.promised);
  const int checked = day_number(due_passed ? promise.promised : as_of);
  const Money now = open_at(invoice, reductions, checked);
  PromiseOutcome outcome;
  outcome.wanted = promise.amount ? min(*promise.amount, before) : before;
  outcome.paid = before - now;
  if (outcome.paid >= outcome.wanted || now.is_zero()) {
    outcome.state = PromiseState::kept;
  } else {
    outcome.state = due_passed ? PromiseState::broken : PromiseState::open;
  }
  return outcome;
}

} // namespace

std::string_view promise_state_name(PromiseState state) {
  switch (state) {
  case PromiseState::open:
    return "open";
  case PromiseState::kept:
    return "kept";
  case PromiseState::broken:
    return "broken";
  }
  return "open";
}

PromiseOutcome promise_outcome(const Ledger& ledger, const Contact& promise, const Date& as_of) {
  const auto reductions = reductions_of(ledger, nullptr, promise.document);
  return outcome_of(ledger.documents[promise.document], reductions.at(promise.document), promise,
                    as_of);
}

PromiseState promise_state(const Ledger& ledger, const Contact& promise, const Date& as_of) {
  return promise_outcome(ledger, promise, as_of).state;
}

std::vector<std::optional<PromiseOutcome>> promise_outcomes(const Ledger& ledger,
                                                            const Date& as_of) {
  std::vector<std::optional<PromiseOutcome>> outcomes(ledger.contacts.size());
  const auto counted = [&](const Contact& contact) {
    return contact.kind == ContactKind::promise && contact.document != k_no_document
           && day_number(contact.date) <= day_number(as_of);
  };
  std::unordered_map<std::uint32_t, Reductions> wanted;
  for (const Contact& contact : ledger.contacts) {
    if (counted(contact)) {
      wanted[contact.document];
    }
  }
  if (wanted.empty()) {
    return outcomes;
  }
  const auto reductions = reductions_of(ledger, &wanted, std::nullopt);
  for (std::size_t i = 0; i < ledger.contacts.size(); ++i) {
    const Contact& contact = ledger.contacts[i];
    if (counted(contact)) {
      outcomes[i] = outcome_of(ledger.documents[contact.document],
                               reductions.at(contact.document), contact, as_of);
    }
  }
  return outcomes;
}

} // namespace dues::query
