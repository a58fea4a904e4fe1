#include "model/contacts.hpp"

#include <fmt/format.h>

namespace dues {

PendingContact pending_contact(const syntax::Entry& entry) {
  PendingContact contact;
  contact.kind = entry.kind;
  contact.target = entry.id.value;
  contact.date = entry.date;
  contact.text = entry.text.value;
  contact.due = entry.due.value;
  if (entry.amount.set) {
    contact.amount = entry.amount.value;
  }
  contact.currency = entry.currency.value;
  contact.pos = entry.pos;
  contact.target_pos = entry.id.pos;
  contact.amount_pos = entry.amount.pos;
  return contact;
}

Money open_on(const Ledger& ledger, std::uint32_t document, const Date& day) {
  const Document& invoice = ledger.documents[document];
  const int last = day_number(day);
  for (const StatusEvent& event : ledger.status_events) {
    if (event.document == document && event.kind == StatusKind::voided
        && day_number(event.date) <= last) {
      return Money::zero(invoice.total.currency());
    }
  }
  Money open = invoice.total;
  for (const Allocation& allocation : ledger.allocations) {
    if (allocation.document == document && day_number(allocation.date) <= last) {
      open -= allocation.amount;
    }
  }
  for (const WriteOff& writeoff : ledger.writeoffs) {
    if (writeoff.document == document && day_number(writeoff.date) <= last) {
      open -= writeoff.amount;
    }
  }
  return open;
}

namespace {

Contact resolve_one(const Ledger& ledger, const PendingContact& pending) {
  const auto fail = [&](const syntax::Pos& pos, const std::string& message) {
    return Error(ErrorKind::invalid_input, ledger.where(pos), message);
  };
  Contact contact;
  contact.kind = pending.kind == syntax::EntryKind::promise ? ContactKind::promise
                                                            : ContactKind::note;
  contact.date = pending.date;
  contact.text = pending.text;
  contact.pos = pending.pos;
  const IdRef* ref = ledger.find_id(pending.target);
  if (ref != nullptr && ref->kind == IdKind::document
      && ledger.documents[ref->index].is_invoice()) {
    contact.document = ref->index;
    contact.customer = ledger.documents[ref->index].customer;
  } else if (const std::uint32_t* customer = ledger.find_customer_index(pending.target);
             customer != nullptr && contact.kind == ContactKind::note) {
    contact.customer = *customer;
  } else {
    throw fail(pending.target_pos,
               contact.kind == ContactKind::note
                   ? fmt::format("'{}' is neither an invoice nor a customer", pending.target)
                   : fmt::format("'{}' is not an invoice; a promise is to pay an invoice",
                                 pending.target));
  }
  if (contact.kind == ContactKind::note) {
    return contact;
  }
  const Document& invoice = ledger.documents[contact.document];
  if (day_number(invoice.date) > day_number(pending.date)) {
    throw fail(pending.pos, fmt::format("{} is not issued yet on {}", invoice.id,
                                        format_date(pending.date)));
  }
  contact.promised = pending.due;
  if (day_number(pending.due) < day_number(pending.date)) {
    throw fail(pending.pos, fmt::format("a promise cannot be due ({}) before it was made ({})",
                                        format_date(pending.due), format_date(pending.date)));
  }
  // Open at the start of the day counts: money that arrives on the promise's own day
  // keeps it (a kept promise), it does not make the ledger invalid.
  const Money open = max(open_on(ledger, contact.document, pending.date),
                         open_on(ledger, contact.document, add_days(pending.date, -1)));
  if (!open.is_positive()) {
    throw fail(pending.target_pos,
               fmt::format("{} has nothing open on {}: a promise needs an unpaid invoice",
                           invoice.id, format_date(pending.date)));
  }
  if (pending.amount) {
    const Currency& currency = invoice.total.currency();
    if (!pending.currency.empty() && pending.currency != currency.code) {
      throw fail(pending.amount_pos, fmt::format("invoice {} is in {}, not {}", invoice.id,
                                                 currency.code, pending.currency));
    }
    const auto amount = money_from_decimal(*pending.amount, currency);
    if (!amount || !amount->is_positive()) {
      throw fail(pending.amount_pos,
                 fmt::format("a promised amount must be more than zero with at most {} "
                             "decimals for {}",
                             currency.exponent, currency.code));
    }
    contact.amount = *amount;
  }
  return contact;
}

} // namespace

void resolve_contacts(Ledger& ledger, std::vector<PendingContact>& pending, Diagnostics& diags) {
  for (const PendingContact& one : pending) {
    if (ledger.find_id(one.target) == nullptr && ledger.is_unparsed(one.target)) {
      continue; // the invoice's own line has the error
    }
    try {
      ledger.contacts.push_back(resolve_one(ledger, one));
    } catch (const Error& error) {
      diags.add(error);
    }
  }
  pending.clear();
}

} // namespace dues
