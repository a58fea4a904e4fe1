#include "syntax/security_settings.hpp"

#include <fmt/format.h>

#include <array>

namespace dues::syntax {
namespace {

constexpr std::array<std::string_view, 5> k_encryptable = {"address", "tax-id", "bank-accounts",
                                                           "notes", "mandate"};

void string_list(TomlKeys& in, std::string_view key, std::vector<std::string>& into) {
  const toml::node* node = in.find(key);
  if (node == nullptr) {
    return;
  }
  const auto* array = node->as_array();
  // toml++ calls an empty array not homogeneous; `encrypt = []` is a list of none.
  if (array == nullptr || (!array->empty() && !array->is_homogeneous(toml::node_type::string))) {
    in.type_error(*node, key, "a list of strings");
    return;
  }
  for (const toml::node& item : *array) {
    into.push_back(item.as_string()->get());
  }
}

const toml::table* sub_table(TomlKeys& top, std::string_view key) {
  const toml::node* node = top.find(key);
  if (node != nullptr && node->as_table() == nullptr) {
    top.type_error(*node, key, fmt::format("a table [{}]", key));
    return nullptr;
  }
  return node == nullptr ? nullptr : node->as_table();
}

} // namespace

std::span<const std::string_view> encryptable_fields() {
  return k_encryptable;
}

void read_security_settings(TomlKeys& top, SecuritySettings& security) {
  if (const toml::table* table = sub_table(top, "security")) {
    security.loc = loc_of(table->source(), top.path());
    TomlKeys in(*table, "[security]", top.path(), top.diags());
    string_list(in, "encrypt", security.encrypt);
    string_list(in, "recipients", security.recipients);
    in.finish();
  }
  if (const toml::table* table = sub_table(top, "retention")) {
    TomlKeys in(*table, "[retention]", top.path(), top.diags());
    in.integer("years", security.retention_years, 1, 100);
    in.finish();
  }
}

} // namespace dues::syntax
