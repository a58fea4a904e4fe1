#pragma once

// collections: `note` and `promise` journal entries (docs/journal-format.md), read into
// Ledger::contacts once every file has been read.
#include "base/error.hpp"
#include "model/ledger.hpp"
#include "syntax/journal.hpp"

#include <string>
#include <vector>

namespace dues {

// A note or promise as read, before its target is known.
struct PendingContact {
  syntax::EntryKind kind = syntax::EntryKind::note;
  std::string target;
  Date date;
  std::string text;
  Date due;
  std::optional<Decimal> amount;
  std::string currency;
  syntax::Pos pos;
  syntax::Pos target_pos;
  syntax::Pos amount_pos;
};

PendingContact pending_contact(const syntax::Entry& entry);

// Resolves each pending note (to an invoice, else a customer) and promise (to an invoice
// open on the day it was made, in the invoice's currency, due on or after that day) and
// appends it to ledger.contacts. Every problem goes to `diags`; `pending` is emptied.
void resolve_contacts(Ledger& ledger, std::vector<PendingContact>& pending, Diagnostics& diags);

// The open amount of invoice `document` at the end of `day`: its total less money,
// credit and write-offs dated on or before it; zero once void. O(allocations).
Money open_on(const Ledger& ledger, std::uint32_t document, const Date& day);

} // namespace dues
