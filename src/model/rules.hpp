#pragma once

#include "base/error.hpp"
#include "model/ledger.hpp"

namespace dues {

// Checks what needs the whole ledger: stored totals against a recomputation (when
// item lines were read), instalments adding up, gapless numbering, and, walking the
// events in date order, that no allocation, write-off or refund exceeds what is owed
// or held, and that voids and disputes make sense.
void check_rules(const Ledger& ledger, Diagnostics& diags);

// The same after new entries were added to a checked ledger: stored totals only of the
// documents from `first_new_document` on, everything else over the whole ledger.
void check_rules(const Ledger& ledger, Diagnostics& diags, std::size_t first_new_document);

// Checks one document's stored amounts against its items; adds an error per mismatch.
void check_stored_totals(const Ledger& ledger, const Document& document, Diagnostics& diags);

} // namespace dues
