#pragma once

// collections: charge documents. With `[dunning] charges = "document"`, the fee and the
// interest of a reminder become an invoice of the charge series (docs/dunning.md,
// "Charge documents"): origin `dunning:INVOICE/LEVEL`, an item with unit `fee` and/or
// one with unit `interest`. Aging, statements and balances count it as any invoice;
// payments settle it; it is never dunned itself (no interest on interest).
#include "base/error.hpp"
#include "model/invoicing.hpp"
#include "model/ledger.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace dues {

inline constexpr std::string_view k_charge_origin = "dunning:";
inline constexpr std::string_view k_fee_unit = "fee";
inline constexpr std::string_view k_interest_unit = "interest";

// What a charge document is for: the invoice dunned and the level of the reminder.
struct ChargeOrigin {
  std::string invoice;
  int level = 0;
};

// "dunning:INV-2026-0005/2".
std::string charge_origin(std::string_view invoice, int level);
// The parts of a `dunning:` origin; nullopt when it is not INVOICE/LEVEL (LEVEL >= 1).
std::optional<ChargeOrigin> parse_charge_origin(std::string_view origin);
// True when the document is a charge (its origin starts with `dunning:`).
bool is_charge(const Document& document);

// Per invoice (document index): the interest charged so far by charge documents that are
// not void (their items with unit `interest`), so the next charge adds only what accrued
// since. Needs the charges' details (kept by every load: they carry an origin).
std::unordered_map<std::uint32_t, Money> charged_interest(const Ledger& ledger);

// The charge document for a reminder at `level` of invoice `invoice` sent on `day`: the
// next number of [dunning] charge-series, due charge-days later, untaxed, in the
// invoice's currency, one item for the fee and one for the interest (each when not zero).
// Throws Error(invalid_input) located at [dunning] when the series is missing.
syntax::Entry make_charge(const Ledger& ledger, std::uint32_t invoice, int level, const Money& fee,
                          const Money& interest, const Date& day, TakenIds& taken);

// `dues check` of every charge document: its origin names an invoice (not a charge) of
// the same customer and currency with a `remind INVOICE level LEVEL` entry on the
// charge's date, and each item has unit `fee` or `interest`.
void check_charges(const Ledger& ledger, Diagnostics& diags);

} // namespace dues
