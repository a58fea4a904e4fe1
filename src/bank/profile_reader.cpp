#include "bank/profile_reader.hpp"

#include "base/toml_keys.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <map>

namespace dues::bank {
namespace {

std::optional<toml::table> parse(std::string_view text, const std::string& path,
                                 Diagnostics& diags) {
  try {
    return toml::parse(text, std::string_view{path});
  } catch (const toml::parse_error& error) {
    diags.add(Error(ErrorKind::invalid_input, loc_of(error.source(), path),
                    fmt::format("not valid TOML: {}", error.description())));
    return std::nullopt;
  }
}

// The bank profile's own kinds of keys on top of the shared typed ones.
class KeyReader : public TomlKeys {
public:
  using TomlKeys::TomlKeys;

  // A string or a list of strings; a present key replaces the default.
  void strings(std::string_view key, std::vector<std::string>& into) {
    const toml::node* node = find(key);
    if (node == nullptr) {
      return;
    }
    into.clear();
    if (const auto* value = node->as_string()) {
      into.push_back(value->get());
      return;
    }
    const auto* array = node->as_array();
    if (array == nullptr) {
      type_error(*node, key, "a string or a list of strings");
      return;
    }
    for (const toml::node& item : *array) {
      if (const auto* value = item.as_string()) {
        into.push_back(value->get());
      } else {
        type_error(item, key, "a string or a list of strings");
      }
    }
  }

  // A single character, or "tab".
  void character(std::string_view key, char& into) {
    if (const toml::node* node = find(key)) {
      const auto* value = node->as_string();
      if (value != nullptr && value->get() == "tab") {
        into = '\t';
      } else if (value != nullptr && value->get().size() == 1) {
        into = value->get()[0];
      } else {
        type_error(*node, key, "one character such as \";\", or \"tab\"");
      }
    }
  }

  ColumnRef column_value(const toml::node& node, std::string_view key) {
    ColumnRef column;
    column.where = loc_of(node.source(), path());
    if (const auto* name = node.as_string(); name != nullptr && !name->get().empty()) {
      column.name = name->get();
    } else if (const auto* index = node.as_integer();
               index != nullptr && index->get() >= 1 && index->get() <= 1000) {
      column.index = static_cast<int>(index->get());
    } else {
      type_error(node, key, "a header name such as \"Amount\" or a position from 1");
    }
    return column;
  }

  void column(std::string_view key, ColumnRef& into) {
    if (const toml::node* node = find(key)) {
      into = column_value(*node, key);
    }
  }

  void columns(std::string_view key, std::vector<ColumnRef>& into) {
    const toml::node* node = find(key);
    if (node == nullptr) {
      return;
    }
    if (const auto* array = node->as_array()) {
      for (const toml::node& item : *array) {
        into.push_back(column_value(item, key));
      }
      return;
    }
    into.push_back(column_value(*node, key));
  }

  void encoding(std::string_view key, std::optional<Encoding>& into) {
    if (const toml::node* node = find(key)) {
      const auto* value = node->as_string();
      const auto found = value == nullptr ? std::nullopt : find_encoding(value->get());
      if (!found) {
        type_error(*node, key, fmt::format("one of {}", encoding_names()));
        return;
      }
      into = found;
    }
  }

};

void read_layout(KeyReader& in, Profile& profile) {
  in.string("description", profile.description);
  std::optional<Encoding> encoding;
  in.encoding("encoding", encoding);
  profile.encoding = encoding.value_or(profile.encoding);
  in.encoding("fallback-encoding", profile.fallback_encoding);
  in.character("delimiter", profile.delimiter);
  in.character("quote", profile.quote);
  in.integer("skip-lines", profile.skip_lines, 0, 1000);
  in.boolean("header", profile.header);
  in.strings("header-row", profile.header_row);
  in.strings("footer-prefix", profile.footer_prefix);
  in.strings("footer-regex", profile.footer_regex);
  in.strings("ignore-prefix", profile.ignore_prefix);
  in.strings("ignore-regex", profile.ignore_regex);
  in.boolean("short-rows", profile.short_rows);
  in.boolean("trim", profile.trim);
  in.strings("strip", profile.strip);
  in.strings("currency-symbols", profile.currency_symbols);
}

void read_fields(KeyReader& in, Profile& profile) {
  in.column("date", profile.date);
  in.strings("date-format", profile.date_formats);
  in.character("decimal-mark", profile.decimal_mark);
  in.string("thousands-separator", profile.thousands_separator);
  in.column("amount", profile.amount);
  in.column("credit", profile.credit);
  in.column("debit", profile.debit);
  in.column("direction", profile.direction);
  in.strings("incoming", profile.incoming);
  in.strings("outgoing", profile.outgoing);
  in.boolean("negate", profile.negate);
  in.column("fee", profile.fee);
  in.column("gross", profile.gross);
  in.string("currency", profile.currency);
  in.column("currency-column", profile.currency_column);
  in.column("payer-name", profile.payer_name);
  in.column("payer-account", profile.payer_account);
  in.columns("reference", profile.reference);
  in.column("bank-id", profile.bank_id);
  in.column("status", profile.status);
  in.strings("booked", profile.booked);
  if (profile.gross.is_set() && !profile.amount.is_set()) {
    profile.amount = profile.gross; // read as the amount; the fee comes off (statement.cpp)
  }
  if (profile.credit.is_set() || profile.debit.is_set()) {
    profile.amount_mode = AmountMode::credit_debit;
  } else if (profile.direction.is_set()) {
    profile.amount_mode = AmountMode::direction;
  }
}

Profile read_profile(const toml::table& table, const std::string& name, SourceLoc where,
                     const std::string& path, Diagnostics& diags) {
  Profile profile;
  profile.name = name;
  profile.where = std::move(where);
  KeyReader in(table, fmt::format("bank profile '{}'", name), path, diags);
  in.record_places(profile.key_places);
  read_layout(in, profile);
  read_fields(in, profile);
  in.finish();
  check_profile(profile, diags);
  return profile;
}

bool is_profile_name(std::string_view name) {
  if (name.empty() || name.size() > 64) {
    return false;
  }
  for (const char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.';
    if (!ok) {
      return false;
    }
  }
  return true;
}

} // namespace

std::vector<Profile> read_bank_profiles(std::string_view text, const std::string& path,
                                        Diagnostics& diags) {
  std::vector<Profile> profiles;
  const auto top = parse(text, path, diags);
  const toml::node* bank = top ? top->get("bank") : nullptr;
  if (bank == nullptr) {
    return profiles;
  }
  const auto* tables = bank->as_table();
  if (tables == nullptr) {
    diags.add(Error(ErrorKind::invalid_input, loc_of(bank->source(), path),
                    "'bank' must hold one table [bank.NAME] per bank profile"));
    return profiles;
  }
  for (const auto& [key, node] : *tables) {
    const std::string name(key.str());
    const auto* table = node.as_table();
    if (table == nullptr || !is_profile_name(name)) {
      diags.add(Error(ErrorKind::invalid_input, loc_of(key.source(), path),
                      fmt::format("[bank.{}] must be a table named with letters, digits, '-', "
                                  "'_' or '.'",
                                  name)));
      continue;
    }
    profiles.push_back(read_profile(*table, name, loc_of(key.source(), path), path, diags));
  }
  return profiles;
}

Profile read_bank_profile_file(std::string_view text, const std::string& path,
                               const std::string& name, Diagnostics& diags) {
  const auto top = parse(text, path, diags);
  if (!top) {
    Profile profile;
    profile.name = name;
    return profile;
  }
  return read_profile(*top, name, SourceLoc{path, 1, 1}, path, diags);
}

} // namespace dues::bank
