#pragma once
// The values of one journal entry as the model takes them (its currency, its amounts, how
// its totals were priced), each checked with a message located at its token. Used while
// the ledger is built from the journal (model/build.cpp), and when one document's details
// are read again from its entry (cli/details.cpp).
#include "base/decimal.hpp"
#include "base/money.hpp"
#include "model/document.hpp"
#include "model/ledger.hpp"
#include "syntax/journal.hpp"

#include <memory>

namespace dues {

// The currency the entry names; an unknown code is an error at the code.
const Currency& entry_currency(const Ledger& ledger, const syntax::Entry& entry);

// An amount as written, in `currency`: no more decimals than the currency has (zeros
// count), within range, and not negative unless `allow_negative`.
Money entry_money(const Ledger& ledger, const Decimal& value, const syntax::Pos& pos,
                  const Currency& currency, bool allow_negative = false);

// How the entry's stored totals were computed: `prices`, `tax-rounding` and `rounding`
// as written, the format's defaults otherwise.
Pricing entry_pricing(const Ledger& ledger, const syntax::Entry& entry);

// The details of an invoice or credit note entry (items, tax lines, instalments,
// discounts, terms, notes, series, origin...), amounts in `currency`; none when the entry
// has no such attribute. Throws Error(invalid_input) at the first bad value.
std::unique_ptr<DocumentDetails> entry_details(const Ledger& ledger, const syntax::Entry& entry,
                                               const Currency& currency);

// Whether a balances-only ledger keeps the entry's details: what balances, matching and
// numbering need (instalments, the invoice a credit note corrects, series, origin,
// opening); the rest is only shown, and is read again when a command shows it.
bool details_needed(const syntax::Entry& entry);

} // namespace dues
