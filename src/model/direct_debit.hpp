#pragma once

#include "base/error.hpp"
#include "model/balance.hpp"
#include "model/ledger.hpp"
#include "syntax/journal.hpp"

#include <string>
#include <vector>

// sepa: SEPA direct debit collections (`collection` entries) and returned payments
// (`return` entries) as the business sees them (docs/direct-debit.md).
namespace dues {

// A `collection` entry's fields; the invoice and the amount are resolved by the builder.
DirectDebit direct_debit_of(const syntax::Entry& entry);

// A `return` entry's fields; the payment is resolved by the builder.
PaymentReturn payment_return_of(const syntax::Entry& entry);

// Checks every collection (an invoice in EUR issued by then, an amount no more than its
// total, a known sequence type, a collection date not before the entry) and every
// return (not before the payment, each payment returned once).
void check_direct_debits(const Ledger& ledger, Diagnostics& diags);

// True when a payment that paid the collection's invoice after the collection was written
// was returned on or before `as_of`.
bool is_returned(const Ledger& ledger, const DirectDebit& debit, const Date& as_of);

// For each document (by index) the collection pending on the balances' day, or nullptr:
// its latest collection, written by then, while the invoice is still open and no return
// undid it. A paid invoice has none pending; a returned one is open again.
std::vector<const DirectDebit*> pending_direct_debits(const Ledger& ledger,
                                                      const Balances& balances);

// The sequence type the next collection under `mandate` uses as of `as_of`: OOFF and FNAL
// as set; otherwise RCUR once a collection under the mandate went through (was not
// returned), else the mandate's own setting (FRST for a new mandate, and again FRST after
// the first collection was returned: EPC rulebook).
std::string next_sequence(const Ledger& ledger, const syntax::MandateRecord& mandate,
                          const Date& as_of);

// The return reason codes of the payments returned on or before `as_of` that had paid
// document `document`, oldest first ("AM04").
std::vector<const PaymentReturn*> returns_of(const Ledger& ledger, std::uint32_t document,
                                             const Date& as_of);

} // namespace dues
