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

// The instalment a collection takes: N when the invoice has instalments and the
// collection's EndToEndId is the invoice id, '-' and N (as `dues collect` writes it);
// else 0, the whole invoice.
int collected_instalment(const Ledger& ledger, const DirectDebit& debit);

// The collections pending on the balances' day. Per invoice and instalment the latest
// collection written by then is pending while what it takes is still open (an
// instalment: open as open_items counts it, payments filling instalments oldest first),
// the invoice is not void and no return undid it. A collection of one instalment holds
// only that instalment: the others are reminded and collected as usual.
class PendingCollections {
public:
  PendingCollections(const Ledger& ledger, const Balances& balances);
  // The pending collection that holds open item `instalment` of invoice `document` (0:
  // an invoice without instalments), or nullptr.
  const DirectDebit* holding(std::uint32_t document, int instalment) const;
  // The latest pending collection of invoice `document`, or nullptr.
  const DirectDebit* latest(std::uint32_t document) const;
  bool empty() const { return m_pending.empty(); }

private:
  struct Pending {
    std::uint32_t document = 0;
    int instalment = 0;
    const DirectDebit* debit = nullptr;
  };
  std::vector<Pending>::const_iterator first_of(std::uint32_t document) const;
  std::vector<Pending> m_pending; // by document, then instalment
};

// For each document (by index) its latest pending collection (PendingCollections), or
// nullptr. A paid invoice has none pending; a returned one is open again.
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
