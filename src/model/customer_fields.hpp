#pragma once

#include "model/ledger.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dues {

// How a customer field is written in customers.toml.
enum class CustomerFieldType {
  text,   // a string
  list,   // a list of strings
  amount, // a decimal written as a string: "10000.00"
  choice, // one of a few words (allocation)
};

// One field of a customers.toml table, as `dues customer set` names it.
struct CustomerField {
  std::string_view key;      // the TOML key: "emails", "tax-id"
  std::string_view singular; // also accepted on the command line: "email"
  CustomerFieldType type;
};

// Every field, in the order `dues customer add` writes them.
std::span<const CustomerField> customer_fields();

// The field named by its key or its singular form, or nullptr.
const CustomerField* find_customer_field(std::string_view name);

// "name, aliases, emails, ..." for messages.
std::string customer_field_names();

// The field's value as TOML text ("\"ACME\"", "[\"a\", \"b\"]"), or nullopt when the
// field is empty and so not written.
std::optional<std::string> customer_field_toml(const Customer& customer,
                                               const CustomerField& field);

// The value of a text or choice field / the values of a list field.
std::string& customer_text(Customer& customer, const CustomerField& field);
std::vector<std::string>& customer_list(Customer& customer, const CustomerField& field);
const std::string& customer_text(const Customer& customer, const CustomerField& field);
const std::vector<std::string>& customer_list(const Customer& customer, const CustomerField& field);

// A decimal with the decimals it was written with: 2500.00 stays "2500.00".
std::string decimal_as_written(const Decimal& value);

// True when two records hold the same data (locations aside).
bool same_customer(const Customer& a, const Customer& b);

} // namespace dues
