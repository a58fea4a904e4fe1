#pragma once

#include "model/customer_amounts.hpp"
#include "model/ledger.hpp"

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace dues {

// Where an invoice stands on a day.
enum class DocumentState {
  not_issued,     // dated after the day asked about
  open,           // nothing paid, not yet due
  partially_paid, // something paid, rest not yet due
  overdue,        // open and past its due date (an instalment past due counts)
  disputed,       // open and disputed: kept out of dunning
  paid,           // nothing open, settled by money and credit
  written_off,    // nothing open, and a write-off settled part of it
  void_doc,       // cancelled by a void entry
  applied,        // a credit note whose credit has been used up
};

// The name used in output: "open", "partially-paid", ..., "void".
std::string_view state_name(DocumentState state);

// Part of a refund paid out of one payment or credit note.
struct RefundDraw {
  std::uint32_t refund = 0; // index into Ledger::refunds
  SourceKind kind = SourceKind::payment;
  std::uint32_t source = 0; // index into payments or documents
  Money amount;
};

// Every balance of the ledger as of the end of one day: only events dated on or before
// it count. Index vectors run parallel to Ledger::documents and Ledger::payments.
struct Balances {
  Date as_of;
  std::vector<Money> open; // invoices: still owed; credit notes: credit not applied or refunded
  std::vector<Money> settled;     // invoices: allocated money and credit
  std::vector<Money> written_off; // invoices
  std::vector<std::uint8_t> issued;
  std::vector<std::uint8_t> voided;
  std::vector<std::uint8_t> disputed;
  std::vector<Money> payment_unapplied; // per payment (amount + fee - allocations - refunds)
  std::vector<RefundDraw> refund_draws; // what each refund took from which source
  // Unapplied credit per customer and currency: payments and credit notes not applied,
  // less refunds. Positive means the customer has credit with us.
  CustomerAmounts unapplied;
};

// Computes the balances of every document and customer as of `as_of`. One pass over
// the ledger: O(documents + events).
Balances balances_as_of(const Ledger& ledger, const Date& as_of);

// The state of document `index` on the balances' day.
DocumentState state_of(const Ledger& ledger, const Balances& balances, std::size_t index);

// One amount a customer owes with its own due date: an invoice, or one instalment of it.
struct OpenItem {
  std::uint32_t document = 0;
  int instalment = 0; // 1-based instalment number; 0 when the invoice has none
  Date date;          // the invoice date
  Date due;
  Money open;
  bool disputed = false;
};

// Splits what is open of an invoice into its open items: calls fn(instalment, due, left)
// once for an invoice without instalments (instalment 0), else for each instalment with
// something left, the money settled (total - open) paying them in their order.
template <typename Fn>
void for_each_open_part(const Document& invoice, const Money& open, Fn&& fn) {
  const auto& instalments = invoice.info().instalments;
  if (instalments.empty()) {
    fn(0, invoice.due, open);
    return;
  }
  Money paid = invoice.total - open;
  int number = 0;
  for (const Instalment& instalment : instalments) {
    ++number;
    const Money covered = min(paid, instalment.amount);
    paid -= covered;
    const Money left = instalment.amount - covered;
    if (!left.is_zero()) {
      fn(number, instalment.due, left);
    }
  }
}

// The open items on the balances' day, in ledger order. Money settled on an
// instalment invoice pays its instalments oldest due date first.
std::vector<OpenItem> open_items(const Ledger& ledger, const Balances& balances);

// The open items of one customer, oldest due date first (then invoice date, then id):
// the order automatic allocation pays them in.
std::vector<OpenItem> open_items_of(const Ledger& ledger, const Balances& balances,
                                    std::uint32_t customer, const Currency& currency);

} // namespace dues
