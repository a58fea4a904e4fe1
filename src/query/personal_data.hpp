#pragma once

// privacy: everything a ledger holds about one customer (GDPR Art. 15 access, Art. 20
// portability), as one ordered tree that render/personal_data writes as JSON or CSV
// (`dues customer export-data`, docs/security.md).
#include "base/account.hpp"
#include "model/ledger.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dues::query {

// A value of the export: text, null (known field, no value), an object (members in a
// fixed order, each with its key) or an array. Amounts and dates are text.
struct DataNode {
  enum class Type : std::uint8_t { null, text, object, array };
  Type type = Type::null;
  std::string key; // the member's key inside an object
  std::string text;
  std::vector<DataNode> children;

  // Appends a member (in an object) or an element (in an array, key empty); returns it.
  // A reference stays valid until the next append to the same node.
  DataNode& add(std::string_view key, Type type);
  // A text member; an empty text is null.
  void add_text(std::string_view key, std::string_view text);
  // The member with this key, or nullptr.
  const DataNode* find(std::string_view key) const;
};

// How the master data from customers.toml is shown.
struct PersonalDataView {
  Date as_of;
  bool revealed = false; // encrypted values were decrypted by the caller (--reveal)
  AccountMask mask;      // bank accounts and mandate IBAN through it
};

// The export of customer `customer` (an index into ledger.customers): master data, every
// document with its lines and totals, payments with their allocations, refunds,
// write-offs, disputes, reminders, notes, promises, sent messages, direct debits and
// returns. The ledger must hold item details (LoadMode::full). Same ledger, same tree.
DataNode personal_data(const Ledger& ledger, std::uint32_t customer, const PersonalDataView& view);

} // namespace dues::query
