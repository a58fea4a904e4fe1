#pragma once

#include "base/decimal.hpp"
#include "base/error.hpp"

#include <toml++/toml.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace dues {

// Where a toml++ node starts, as a location in `path`.
SourceLoc loc_of(const toml::source_region& region, const std::string& path);

// An exact decimal written as a whole number or a string ("1200.50"; with `percent`,
// "20%" too); nullopt for anything else, floats included (binary, never exact). Each
// reader words its own error.
std::optional<Decimal> exact_decimal(const toml::node& node, bool percent);

// Reads the keys of one TOML table into typed values, collecting every error with its
// location, and reports the keys nobody asked for. The readers of dues.toml,
// customers.toml, drafts, recurring templates and bank profiles build on it, so each
// file's mistakes read the same: "'KEY' in CONTEXT must be ...", "unknown key 'KEY' in
// CONTEXT".
class TomlKeys {
public:
  TomlKeys(const toml::table& table, std::string context, const std::string& path,
           Diagnostics& diags)
      : m_table(table), m_context(std::move(context)), m_path(path), m_diags(diags) {}
  TomlKeys(const TomlKeys&) = delete;
  TomlKeys& operator=(const TomlKeys&) = delete;
  ~TomlKeys() = default;

  // The node of `key` (nullptr when absent), which from now on counts as read.
  const toml::node* find(std::string_view key);
  // Reports every key of the table that was not read.
  void finish();
  // Remembers where each key read was written.
  void record_places(std::map<std::string, SourceLoc, std::less<>>& places) { m_places = &places; }

  void error(const toml::source_region& region, const std::string& message);
  // "'KEY' in CONTEXT must be EXPECTED", at the node.
  void type_error(const toml::node& node, std::string_view key, std::string_view expected);

  // Typed keys: an absent key leaves `into` as it is; a wrong type is reported.
  void string(std::string_view key, std::string& into);
  void boolean(std::string_view key, bool& into);
  void integer(std::string_view key, int& into, int minimum, int maximum);

  const toml::table& table() const { return m_table; }
  const std::string& context() const { return m_context; }
  const std::string& path() const { return m_path; }
  Diagnostics& diags() { return m_diags; }

private:
  const toml::table& m_table;
  std::string m_context;
  const std::string& m_path;
  Diagnostics& m_diags;
  std::set<std::string, std::less<>> m_known;
  std::map<std::string, SourceLoc, std::less<>>* m_places = nullptr;
};

} // namespace dues
