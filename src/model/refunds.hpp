#pragma once

#include "base/error.hpp"
#include "model/balance.hpp"
#include "model/ledger.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace dues {

// Sets refunds[refund]'s source from its `from` id: a payment or credit note of the
// same customer and currency. Throws Error(invalid_input) at `loc` otherwise.
void set_refund_source(Ledger& ledger, std::uint32_t refund, std::string_view source_id,
                       const SourceLoc& loc);

// Takes the refunds dated on or before the balances' day out of the money of what they
// pay back, recording each part in Balances::refund_draws. A refund with `from` draws
// on that source; one without draws on the customer's oldest unapplied credit first
// (payments and credit notes by date, then id; those dated on or before the refund
// before later ones), from what is left after the allocations counted. Called by
// balances_as_of once allocations are counted.
void draw_refunds(const Ledger& ledger, Balances& balances);

// The parts of refunds that drew on one payment or credit note.
std::vector<RefundDraw> draws_on(const Balances& balances, SourceKind kind, std::uint32_t source);

} // namespace dues
