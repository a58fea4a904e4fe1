#pragma once

#include "bank/statement.hpp"
#include "base/decimal.hpp"
#include "model/ledger.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace dues::query {

// How bank lines are matched to open invoices (dues.toml [reconcile], --date-tolerance).
struct MatchSettings {
  // An underpayment within these limits settles the invoice, the difference recorded as
  // the payment's fee. Unset limits do not apply; with both unset only exact amounts
  // match. With both set, the shortfall must be within both.
  std::optional<Decimal> fee_tolerance;         // an amount in the line's currency
  std::optional<Decimal> fee_tolerance_percent; // percent of the open amount
  int name_cutoff = 80;          // payer-name similarity (0..100) needed to identify a customer
  int min_confidence = 80;       // matches below this are proposed, not recorded
  int date_tolerance = 0;        // an invoice dated up to this many days after the line counts
  std::size_t subset_limit = 20; // the oldest open invoices searched for a sum
  // privacy: the key of the HMACs stored beside encrypted bank accounts (empty: none),
  // and encrypted accounts the command decrypted (customer index, clear account).
  std::string matching_key;
  std::vector<std::pair<std::uint32_t, std::string>> revealed_accounts;
};

// What happens to a bank line.
enum class MatchStatus {
  matched,          // confident: --apply records it
  ambiguous,        // candidates exist; a person chooses
  unmatched,        // nothing fits
  already_imported, // a payment already carries the line's key
};

// "matched", "ambiguous", "unmatched", "already-imported".
std::string_view match_status_name(MatchStatus status);

// Money a match would apply to an invoice, and on which day (the line's date, or the
// invoice's when the invoice is dated later within the date tolerance).
struct PlannedApply {
  std::uint32_t document = 0;
  Money amount;
  Date date;
};

// An invoice a person might choose for an ambiguous line.
struct Candidate {
  std::uint32_t document = 0;
  Money open;
};

struct LineMatch {
  std::size_t line = 0; // index into the bank lines
  MatchStatus status = MatchStatus::unmatched;
  int tier = -1; // 0 structured reference, 1 invoice number, 2 customer and amount
  int confidence = 0;
  std::optional<std::uint32_t> customer;
  std::vector<PlannedApply> applies;
  Money fee; // the line's own fee plus a tolerated underpayment
  std::vector<Candidate> candidates;
  std::vector<std::string> reasons;
  std::string payment_id; // already_imported: the payment holding the key
};

// Matches each bank line (money received, in one currency) against the ledger's open
// invoices, in tiers: (0) a valid ISO 11649 reference equal to an invoice's `ref`;
// (1) an invoice number in the text and an amount that fits its open amount; (2) a
// customer identified by the payer's account, name or alias, then one open invoice of
// the amount, the oldest few adding up to it, or one unique combination. Lines are
// taken in date order and money planned for one line is not offered to the next.
// Nothing is guessed: a tie between candidates makes the line ambiguous. Pure: reads
// the ledger as of `as_of` and changes nothing. Lookups go through indexes (by
// reference, invoice number, customer account and name, and customer and amount), so
// the cost grows with lines + open invoices, not their product.
std::vector<LineMatch> match_bank_lines(const Ledger& ledger, const Date& as_of,
                                        std::span<const bank::BankLine> lines,
                                        const MatchSettings& settings);

} // namespace dues::query
