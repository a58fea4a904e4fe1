#pragma once

#include "base/date.hpp"
#include "base/money.hpp"
#include "syntax/journal.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dues {

enum class DocumentKind { invoice, credit_note };

// How a document's amounts are computed from its items. Format v1 defaults are
// exclusive prices, tax rounded per line, half-up; a document that differs says so.
struct Pricing {
  bool inclusive = false;   // item prices include tax
  bool per_invoice = false; // tax rounded once per rate instead of per line
  RoundingMode rounding = RoundingMode::half_up;
};

struct LineItem {
  std::string description;
  Decimal quantity{1, 0};
  std::string unit;
  Decimal unit_price; // may carry more decimals than the currency
  std::string tax_code;
  std::optional<syntax::Discount> discount;
  std::optional<Money> amount; // stored line amount (after the line discount)
  syntax::Pos pos;
};

struct TaxAmount {
  std::string code;
  Decimal rate; // percent
  Money base;
  Money amount;
  syntax::Pos pos;
};

struct Instalment {
  Date due;
  Money amount;
  syntax::Pos pos;
};

// What is rarely present on a document, kept apart so a million plain invoices stay small.
struct DocumentDetails {
  std::vector<LineItem> items;
  std::vector<TaxAmount> taxes;
  std::vector<Instalment> instalments;
  std::optional<syntax::Discount> discount;
  std::optional<Decimal> cash_discount; // percent, if paid by cash_discount_until
  std::optional<Date> cash_discount_until;
  std::optional<Money> subtotal;
  std::string terms;
  std::string purchase_order;
  std::string note;
  std::string reason;
  std::string related_invoice; // the invoice a credit note corrects
  std::string series;
  std::string origin; // invoicing: "draft:NAME" or "recurring:NAME/PERIOD"
  std::string opening; // import: where an opening item came from; empty for dues' own
  Pricing pricing;
};

// An issued invoice or credit note. Its stored totals never change after issue.
struct Document {
  DocumentKind kind = DocumentKind::invoice;
  std::string id;
  std::uint32_t customer = 0; // index into Ledger::customers
  Date date;
  Date due;    // for instalment invoices: the last instalment's due date
  Money total; // gross, as stored
  syntax::Pos pos;
  // The payment reference ("ref"), such as an RF creditor reference: kept with the
  // document, not its details, because reconciliation matches on it in every load.
  std::string reference;
  std::unique_ptr<DocumentDetails> details;

  const DocumentDetails& info() const;
  DocumentDetails& edit(); // creates the details on first use
  bool is_invoice() const { return kind == DocumentKind::invoice; }
};

// The amounts computed from a document's items under its pricing.
struct ComputedTotals {
  std::vector<Money> line_amounts; // per item, after the line discount
  std::vector<TaxAmount> taxes;    // per tax code, in order of first use
  Money subtotal;
  Money total;
};

// The rate of each tax code, for compute_totals.
struct TaxRate {
  std::string code;
  Decimal rate;
};

// Computes line amounts, taxes per rate and totals from items. Rounds each quantity
// x price once, spreads an invoice discount over lines by largest remainder, and
// rounds tax per line or per rate as `pricing` says. Items without a tax code are
// untaxed. Throws Error(invalid_input) naming the item when a tax code has no rate.
ComputedTotals compute_totals(const std::vector<LineItem>& items,
                              const std::optional<syntax::Discount>& discount,
                              const std::vector<TaxRate>& rates, const Pricing& pricing,
                              const Currency& currency);

} // namespace dues
