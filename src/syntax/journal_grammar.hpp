#pragma once

#include "syntax/journal.hpp"

#include <optional>
#include <span>
#include <string_view>
#include <variant>
#include <vector>

namespace dues::syntax {

// How an attribute's value is written.
enum class ValueType {
  word,            // a bare token such as an id or a code: acme, INV-2026-0001, vat20
  text,            // free text, written quoted: "Consulting, January"
  date,            // YYYY-MM-DD
  amount,          // an exact decimal: 1200.50
  amount_currency, // an amount followed by its currency code: 1200.50 EUR
  percent,         // 20% (the '%' is optional when reading)
  discount,        // 10% or an amount: 25.00
  number,          // a whole number: 2
};

template <typename Owner>
using MemberOf = std::variant<Field<std::string> Owner::*, Field<Decimal> Owner::*,
                              Field<Date> Owner::*, Field<Discount> Owner::*>;

// One `key value` attribute of an entry header or a detail line. The same table drives
// the parser and the writer, so what is read is what is written, in this order.
template <typename Owner>
struct AttributeSpec {
  std::string_view key;
  ValueType type;
  MemberOf<Owner> member;
  unsigned kinds = 0;    // bit per EntryKind that may carry it (headers only)
  unsigned required = 0; // bit per EntryKind that must carry it (headers only)
};

// The bit of an entry kind in AttributeSpec::kinds.
constexpr unsigned bit(EntryKind kind) {
  return 1u << static_cast<unsigned>(kind);
}

// The header attributes, in canonical order.
std::span<const AttributeSpec<Entry>> header_attributes();
// The attributes of an `item` line, in canonical order (after the quoted description).
std::span<const AttributeSpec<Item>> item_attributes();
// The attributes of a `tax` line (after the tax code).
std::span<const AttributeSpec<TaxLine>> tax_attributes();

// The entry kind for a keyword such as "invoice", or nullopt.
std::optional<EntryKind> entry_kind_from_keyword(std::string_view keyword);

// "invoice, credit, payment, ..." for messages.
std::string_view entry_keyword_list();
// The entry keywords, for "did you mean".
std::vector<std::string_view> entry_keywords();

// Which detail lines an entry kind may have.
bool allows_items(EntryKind kind);       // item and tax lines
bool allows_instalments(EntryKind kind); // instalment lines
bool allows_applies(EntryKind kind);     // apply lines

// The article-and-noun name of a kind for messages: "an invoice", "a credit note".
std::string_view kind_phrase(EntryKind kind);

} // namespace dues::syntax
