#include "syntax/export_settings.hpp"

#include "base/toml_keys.hpp"

#include <fmt/format.h>

namespace dues::syntax {
namespace {

// A table of KEY = "Account" pairs such as [export.income-by-tax].
void read_account_map(TomlKeys& in, std::string_view key, std::map<std::string, std::string>& into) {
  const toml::node* node = in.find(key);
  if (node == nullptr) {
    return;
  }
  const toml::table* table = node->as_table();
  if (table == nullptr) {
    in.type_error(*node, key, "a table of KEY = \"Account:Name\"");
    return;
  }
  for (const auto& [name, value] : *table) {
    if (const auto* text = value.as_string()) {
      into[std::string(name.str())] = text->get();
    } else {
      in.type_error(value, name.str(), "an account name such as \"Income:Sales\"");
    }
  }
}

} // namespace

void read_export_settings(const toml::node* node, const std::string& path, Diagnostics& diags,
                          ExportSettings& into) {
  if (node == nullptr) {
    return;
  }
  into.loc = loc_of(node->source(), path);
  const toml::table* table = node->as_table();
  if (table == nullptr) {
    diags.add(Error(ErrorKind::invalid_input, into.loc, "'export' must be a table [export]"));
    return;
  }
  TomlKeys in(*table, "[export]", path, diags);
  in.string("receivable", into.receivable);
  in.string("customer-credit", into.customer_credit);
  in.string("income", into.income);
  read_account_map(in, "income-by-tax", into.income_by_tax);
  in.string("tax", into.tax);
  in.string("bank", into.bank);
  read_account_map(in, "bank-by-method", into.bank_by_method);
  in.string("fees", into.fees);
  in.string("bad-debt", into.bad_debt);
  in.string("opening", into.opening); // import: opening items
  in.finish();
}

} // namespace dues::syntax
