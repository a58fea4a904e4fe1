#pragma once
// The values of one journal entry as the model takes them (its currency, its amounts, how
// its totals were priced), each checked with a message located at its token. Used while
// the ledger is built from the journal (model/build.cpp).
#include "base/decimal.hpp"
#include "base/money.hpp"
#include "model/document.hpp"
#include "model/ledger.hpp"
#include "syntax/journal.hpp"

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

} // namespace dues
