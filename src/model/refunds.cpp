#include "model/refunds.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace dues {

void set_refund_source(Ledger& ledger, std::uint32_t refund_index, std::string_view source_id,
                       const SourceLoc& loc) {
  Refund& refund = ledger.refunds[refund_index];
  const IdRef* ref = ledger.find_id(source_id);
  const bool is_note =
      ref != nullptr && ref->kind == IdKind::document && !ledger.documents[ref->index].is_invoice();
  if (ref == nullptr || (ref->kind != IdKind::payment && !is_note)) {
    throw Error(ErrorKind::invalid_input, loc,
                fmt::format("refund {}: '{}' is not a payment or credit note in this ledger",
                            refund.id, source_id));
  }
  const bool is_payment = ref->kind == IdKind::payment;
  const std::uint32_t customer =
      is_payment ? ledger.payments[ref->index].customer : ledger.documents[ref->index].customer;
  const Currency& currency = is_payment ? ledger.payments[ref->index].amount.currency()
                                        : ledger.documents[ref->index].total.currency();
  if (customer != refund.customer) {
    throw Error(ErrorKind::invalid_input, loc,
                fmt::format("refund {} is to customer '{}', but {} is from '{}'", refund.id,
                            ledger.customers[refund.customer].id, source_id,
                            ledger.customers[customer].id));
  }
  if (!(currency == refund.amount.currency())) {
    throw Error(ErrorKind::invalid_input, loc,
                fmt::format("refund {} is in {}, but {} is in {}", refund.id,
                            refund.amount.currency().code, source_id, currency.code));
  }
  refund.has_source = true;
  refund.source_kind = is_payment ? SourceKind::payment : SourceKind::credit_note;
  refund.source = ref->index;
}

namespace {

// A payment or credit note a refund without `from` may draw on.
struct Candidate {
  std::uint32_t customer = 0;
  int day = 0;
  std::string_view id;
  SourceKind kind = SourceKind::payment;
  std::uint32_t index = 0;
};

Money& held_by(Balances& b, SourceKind kind, std::uint32_t index) {
  return kind == SourceKind::payment ? b.payment_unapplied[index] : b.open[index];
}

} // namespace

void draw_refunds(const Ledger& ledger, Balances& b) {
  const int last = day_number(b.as_of);
  std::vector<std::uint32_t> oldest_first; // refunds without `from`
  std::vector<bool> wanted(ledger.customers.size(), false);
  for (std::uint32_t i = 0; i < ledger.refunds.size(); ++i) {
    const Refund& refund = ledger.refunds[i];
    if (day_number(refund.date) > last) {
      continue;
    }
    if (refund.has_source) {
      held_by(b, refund.source_kind, refund.source) -= refund.amount;
      b.refund_draws.push_back({i, refund.source_kind, refund.source, refund.amount});
    } else {
      oldest_first.push_back(i);
      wanted[refund.customer] = true;
    }
  }
  if (oldest_first.empty()) {
    return;
  }
  std::stable_sort(oldest_first.begin(), oldest_first.end(),
                   [&](std::uint32_t a, std::uint32_t c) {
                     return day_number(ledger.refunds[a].date) < day_number(ledger.refunds[c].date);
                   });
  std::vector<Candidate> candidates;
  for (std::uint32_t i = 0; i < ledger.payments.size(); ++i) {
    const Payment& payment = ledger.payments[i];
    if (wanted[payment.customer] && day_number(payment.date) <= last) {
      candidates.push_back(
          {payment.customer, day_number(payment.date), payment.id, SourceKind::payment, i});
    }
  }
  for (std::uint32_t i = 0; i < ledger.documents.size(); ++i) {
    const Document& note = ledger.documents[i];
    if (!note.is_invoice() && wanted[note.customer] && b.issued[i] != 0 && b.voided[i] == 0) {
      candidates.push_back(
          {note.customer, day_number(note.date), note.id, SourceKind::credit_note, i});
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& c) {
    return std::tie(a.customer, a.day, a.id) < std::tie(c.customer, c.day, c.id);
  });
  for (const std::uint32_t index : oldest_first) {
    const Refund& refund = ledger.refunds[index];
    Candidate key;
    key.customer = refund.customer;
    const auto [first, end] = std::equal_range(
        candidates.begin(), candidates.end(), key,
        [](const Candidate& a, const Candidate& c) { return a.customer < c.customer; });
    Money left = refund.amount;
    const int day = day_number(refund.date);
    // Sources that existed on the refund's day first, then (for journals that validated
    // only against the customer's total credit) later ones.
    for (const bool later : {false, true}) {
      for (auto it = first; it != end && left.is_positive(); ++it) {
        Money& held = held_by(b, it->kind, it->index);
        if ((it->day > day) != later || !(held.currency() == left.currency())
            || !held.is_positive()) {
          continue;
        }
        const Money part = min(held, left);
        held -= part;
        left -= part;
        b.refund_draws.push_back({index, it->kind, it->index, part});
      }
    }
  }
}

std::vector<RefundDraw> draws_on(const Balances& balances, SourceKind kind, std::uint32_t source) {
  std::vector<RefundDraw> found;
  for (const RefundDraw& draw : balances.refund_draws) {
    if (draw.kind == kind && draw.source == source) {
      found.push_back(draw);
    }
  }
  return found;
}

} // namespace dues
