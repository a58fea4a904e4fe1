#pragma once

// collections: where a promise to pay stands on a day. The one definition that `remind`
// (dunning waits for an open promise), `report collections` (call about a broken one),
// `report risk` (scores broken ones), statements and `customer show` share
// (docs/dunning.md, "Promises").
#include "model/ledger.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace dues::query {

enum class PromiseState { open, kept, broken };
std::string_view promise_state_name(PromiseState state);

struct PromiseOutcome {
  PromiseState state = PromiseState::open;
  Money wanted; // the promised amount: `amount`, at most what was open the day before the
                // promise was recorded; without `amount`, all of that
  Money paid;   // how much the open amount fell from then to the promised day (or as_of
                // when earlier)
};

// Kept when the invoice's open amount fell by the promised amount (or to zero) by the end
// of the promised day; broken when that day has passed without it (partly paid by the day
// is broken, and paying later does not mend it); open before.
PromiseOutcome promise_outcome(const Ledger& ledger, const Contact& promise, const Date& as_of);
PromiseState promise_state(const Ledger& ledger, const Contact& promise, const Date& as_of);

// The outcome on `as_of` of every promise recorded by then, in one pass over the ledger:
// indexed like ledger.contacts; nullopt for notes, promises without an invoice and
// promises recorded after as_of.
std::vector<std::optional<PromiseOutcome>> promise_outcomes(const Ledger& ledger,
                                                            const Date& as_of);

} // namespace dues::query
