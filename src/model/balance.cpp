#include "model/balance.hpp"

#include "model/refunds.hpp"

#include <algorithm>

namespace dues {

std::string_view state_name(DocumentState state) {
  switch (state) {
  case DocumentState::not_issued:
    return "not-issued";
  case DocumentState::open:
    return "open";
  case DocumentState::partially_paid:
    return "partially-paid";
  case DocumentState::overdue:
    return "overdue";
  case DocumentState::disputed:
    return "disputed";
  case DocumentState::paid:
    return "paid";
  case DocumentState::written_off:
    return "written-off";
  case DocumentState::void_doc:
    return "void";
  case DocumentState::applied:
    return "applied";
  }
  return "open";
}

namespace {

// sepa: a payment the bank took back by the day pays nothing and holds nothing: what it
// had applied is open again, and its money left the customer's credit.
template <typename Counts>
void undo_returned_payments(const Ledger& ledger, Balances& b, const Counts& counts) {
  if (ledger.payment_returns.empty()) {
    return;
  }
  std::vector<std::uint8_t> returned(ledger.payments.size(), 0);
  for (const PaymentReturn& ret : ledger.payment_returns) {
    if (counts(ret.date)) {
      returned[ret.payment] = 1;
    }
  }
  for (const Allocation& allocation : ledger.allocations) {
    if (allocation.source_kind != SourceKind::payment || returned[allocation.source] == 0
        || !counts(allocation.date)) {
      continue;
    }
    b.open[allocation.document] += allocation.amount;
    b.settled[allocation.document] -= allocation.amount;
    b.payment_unapplied[allocation.source] += allocation.amount;
    b.unapplied.at(ledger.documents[allocation.document].customer, allocation.amount.currency()) +=
        allocation.amount;
  }
  for (std::size_t i = 0; i < ledger.payments.size(); ++i) {
    if (returned[i] != 0) {
      Money& held = b.payment_unapplied[i];
      b.unapplied.at(ledger.payments[i].customer, held.currency()) -= held;
      held = Money::zero(held.currency());
    }
  }
}

} // namespace

Balances balances_as_of(const Ledger& ledger, const Date& as_of) {
  Balances b;
  b.as_of = as_of;
  const auto counts = [&](const Date& day) {
    return day <= as_of;
  };
  const std::size_t n = ledger.documents.size();
  b.open.reserve(n);
  b.settled.reserve(n);
  b.written_off.reserve(n);
  b.issued.assign(n, 0);
  b.voided.assign(n, 0);
  b.disputed.assign(n, 0);
  b.unapplied = CustomerAmounts(ledger.customers.size());
  const auto credit = [&](std::uint32_t customer, const Currency& currency) -> Money& {
    return b.unapplied.at(customer, currency);
  };
  // Each document's customer, read in order here: the allocations below look it up in
  // random order, and a Document is too large for that to stay in the cache.
  std::vector<std::uint32_t> customer_of(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Document& document = ledger.documents[i];
    customer_of[i] = document.customer;
    const Money zero = Money::zero(document.total.currency());
    b.settled.push_back(zero);
    b.written_off.push_back(zero);
    if (counts(document.date)) {
      b.issued[i] = 1;
      b.open.push_back(document.total);
      if (!document.is_invoice()) {
        credit(document.customer, document.total.currency()) += document.total;
      }
    } else {
      b.open.push_back(zero);
    }
  }
  for (const StatusEvent& event : ledger.status_events) {
    if (!counts(event.date)) {
      continue;
    }
    if (event.kind == StatusKind::voided) {
      b.voided[event.document] = 1;
    } else if (event.kind == StatusKind::disputed) {
      b.disputed[event.document] = 1;
    } else if (event.kind == StatusKind::resolved) {
      b.disputed[event.document] = 0;
    }
  }
  b.payment_unapplied.reserve(ledger.payments.size());
  for (const Payment& payment : ledger.payments) {
    const Money received = payment.amount + payment.fee;
    if (counts(payment.date)) {
      b.payment_unapplied.push_back(received);
      credit(payment.customer, received.currency()) += received;
    } else {
      b.payment_unapplied.push_back(Money::zero(received.currency()));
    }
  }
  for (const Allocation& allocation : ledger.allocations) {
    if (!counts(allocation.date)) {
      continue;
    }
    b.open[allocation.document] -= allocation.amount;
    b.settled[allocation.document] += allocation.amount;
    if (allocation.source_kind == SourceKind::payment) {
      b.payment_unapplied[allocation.source] -= allocation.amount;
    } else {
      b.open[allocation.source] -= allocation.amount;
    }
    credit(customer_of[allocation.document], allocation.amount.currency()) -= allocation.amount;
  }
  undo_returned_payments(ledger, b, counts); // sepa
  for (const WriteOff& writeoff : ledger.writeoffs) {
    if (counts(writeoff.date)) {
      b.open[writeoff.document] -= writeoff.amount;
      b.written_off[writeoff.document] += writeoff.amount;
    }
  }
  for (const Refund& refund : ledger.refunds) {
    if (counts(refund.date)) {
      credit(refund.customer, refund.amount.currency()) -= refund.amount;
    }
  }
  draw_refunds(ledger, b);
  // A voided document owes nothing and holds no credit from its void day on.
  for (std::size_t i = 0; i < n; ++i) {
    if (b.voided[i] != 0) {
      const Document& document = ledger.documents[i];
      if (!document.is_invoice()) {
        credit(document.customer, document.total.currency()) -= b.open[i];
      }
      b.open[i] = Money::zero(document.total.currency());
    }
  }
  return b;
}

DocumentState state_of(const Ledger& ledger, const Balances& balances, std::size_t index) {
  const Document& document = ledger.documents[index];
  if (balances.issued[index] == 0) {
    return DocumentState::not_issued;
  }
  if (balances.voided[index] != 0) {
    return DocumentState::void_doc;
  }
  const Money& open = balances.open[index];
  if (!document.is_invoice()) {
    return open.is_zero() ? DocumentState::applied : DocumentState::open;
  }
  if (open.is_zero()) {
    return balances.written_off[index].is_zero() ? DocumentState::paid : DocumentState::written_off;
  }
  if (balances.disputed[index] != 0) {
    return DocumentState::disputed;
  }
  const int today = day_number(balances.as_of);
  Date first_due = document.due;
  // With instalments, the oldest unpaid instalment decides whether it is overdue.
  const auto& instalments = document.info().instalments;
  if (!instalments.empty()) {
    Money paid = balances.settled[index] + balances.written_off[index];
    for (const Instalment& instalment : instalments) {
      if (paid >= instalment.amount) {
        paid -= instalment.amount;
        continue;
      }
      first_due = instalment.due;
      break;
    }
  }
  if (day_number(first_due) < today) {
    return DocumentState::overdue;
  }
  return balances.settled[index].is_zero() && balances.written_off[index].is_zero()
             ? DocumentState::open
             : DocumentState::partially_paid;
}

namespace {

void add_items_of(const Ledger& ledger, const Balances& balances, std::size_t i,
                  std::vector<OpenItem>& items) {
  const Document& document = ledger.documents[i];
  if (!document.is_invoice() || balances.issued[i] == 0 || balances.voided[i] != 0
      || balances.open[i].is_zero()) {
    return;
  }
  const bool disputed = balances.disputed[i] != 0;
  for_each_open_part(document, balances.open[i],
                     [&](int number, const Date& due, const Money& left) {
                       items.push_back({static_cast<std::uint32_t>(i), number, document.date, due,
                                        left, disputed});
                     });
}

} // namespace

std::vector<OpenItem> open_items(const Ledger& ledger, const Balances& balances) {
  std::vector<OpenItem> items;
  for (std::size_t i = 0; i < ledger.documents.size(); ++i) {
    add_items_of(ledger, balances, i, items);
  }
  return items;
}

std::vector<OpenItem> open_items_of(const Ledger& ledger, const Balances& balances,
                                    std::uint32_t customer, const Currency& currency) {
  std::vector<OpenItem> items;
  for (std::size_t i = 0; i < ledger.documents.size(); ++i) {
    const Document& document = ledger.documents[i];
    if (document.customer == customer && document.total.currency() == currency) {
      add_items_of(ledger, balances, i, items);
    }
  }
  std::stable_sort(items.begin(), items.end(), [&](const OpenItem& a, const OpenItem& b) {
    const int a_due = day_number(a.due);
    const int b_due = day_number(b.due);
    if (a_due != b_due) {
      return a_due < b_due;
    }
    const int a_date = day_number(a.date);
    const int b_date = day_number(b.date);
    if (a_date != b_date) {
      return a_date < b_date;
    }
    return ledger.documents[a.document].id < ledger.documents[b.document].id;
  });
  return items;
}

} // namespace dues
