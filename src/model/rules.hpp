#pragma once

#include "base/error.hpp"
#include "model/ledger.hpp"

namespace dues {

// Checks what needs the whole ledger: stored totals against a recomputation (when
// item lines were read), instalments adding up, gapless numbering, and, walking the
// events in date order, that no allocation, write-off or refund exceeds what is owed
// or held, and that voids and disputes make sense.
void check_rules(const Ledger& ledger, Diagnostics& diags);

// How many entries of each kind a ledger held: what came before new entries.
struct LedgerMark {
  std::size_t documents = 0;
  std::size_t payments = 0;
  std::size_t allocations = 0;
  std::size_t writeoffs = 0;
  std::size_t refunds = 0;
  std::size_t status_events = 0;
  std::size_t payment_returns = 0; // sepa
};
LedgerMark mark_of(const Ledger& ledger);

// The same after new entries were added to a ledger that was checked at `before`:
// stored totals only of the new documents; numbering over the whole ledger; the walk
// over the events of the customers the new entries touch. That is exact: every event
// belongs to one customer (money is applied only within a customer), and the walk's
// state (what is open, held, unapplied) is per document, payment and customer.
void check_rules(const Ledger& ledger, Diagnostics& diags, const LedgerMark& before);

// Checks one document's stored amounts against its items; adds an error per mismatch.
void check_stored_totals(const Ledger& ledger, const Document& document, Diagnostics& diags);

} // namespace dues
