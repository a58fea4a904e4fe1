#pragma once

#include "base/error.hpp"
#include "model/ledger.hpp"
#include "syntax/journal.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace dues {

// One line item as asked for (command line, draft file, recurring template).
struct ItemRequest {
  std::string description;
  Decimal quantity{1, 0};
  std::string unit;
  Decimal price;
  std::string tax; // empty: [defaults] tax; "none": untaxed
  std::optional<syntax::Discount> discount;
};

// A new invoice as asked for. Empty strings fall back to the customer, then to
// dues.toml's [defaults] and [company].
struct InvoiceRequest {
  std::string customer;
  Date date;
  std::vector<ItemRequest> items;
  std::string terms;
  std::optional<Date> due;
  std::optional<syntax::Discount> discount;
  std::string currency;
  std::string reference;
  std::string purchase_order;
  std::string note;
  std::string prices; // exclusive | inclusive
  std::string series; // a [series.NAME] of kind invoice; empty: the invoice series
  std::string number; // the externally assigned number (external series only)
  std::string origin; // "draft:NAME" or "recurring:NAME/PERIOD"
  // Where the request was written (a draft or template): problems are then invalid input
  // at that place; without it they are usage errors (the command line).
  std::optional<SourceLoc> source;
};

// A credit note against an issued invoice.
struct CreditRequest {
  std::string invoice;
  Date date;
  std::vector<ItemRequest> items; // what is credited; ignored with `full`
  bool full = false;              // credit the whole invoice, item by item
  std::string reason;
  bool apply = true; // apply the credit to the invoice's open amount
};

// Ids handed out while building one batch of entries, so they get consecutive numbers.
using TakenIds = std::set<std::string, std::less<>>;

// The journal entry of a new invoice: the next gapless number of its series (or the
// external number), line amounts, the tax summary per rate with the rates of dues.toml,
// subtotal and total, the due date from the terms (cash discount, instalments), and the
// pricing attributes that differ from the format defaults. Throws Error (usage, or
// invalid_input at request.source; conflict for a number already used).
syntax::Entry make_invoice(const Ledger& ledger, const InvoiceRequest& request, TakenIds& taken);

// The journal entry of a credit note in the `credit` series, linked to its invoice,
// priced as the invoice was (its pricing and the tax rates on it), with an `apply` line
// for as much of it as the invoice has open. Refuses (conflict) a void invoice and
// crediting more than was invoiced.
syntax::Entry make_credit_note(const Ledger& ledger, const CreditRequest& request, TakenIds& taken);

// The invoice carrying this origin (void or not), or nullptr.
const Document* find_by_origin(const Ledger& ledger, std::string_view origin);

// True when the document has a void entry.
bool is_voided(const Ledger& ledger, std::uint32_t document);

// Checks that no two invoices that are not void share an origin (a draft issued twice,
// or a recurring period issued by two clones that were merged).
void check_origins(const Ledger& ledger, Diagnostics& diags);

// The ISO 11649 creditor reference for an id: "RF" + check digits + the id's letters and
// digits (at most 21): rf_reference("INV-2026-0001") == "RF16INV20260001".
std::string rf_reference(std::string_view id);

// The payment reference a new invoice gets under [defaults] reference: rf, ogm, fi,
// kid or qrr (base/payment_reference.hpp), or "auto" for the company country's scheme.
std::string payment_reference(const syntax::Settings& settings, std::string_view id);

} // namespace dues
