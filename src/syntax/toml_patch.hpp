#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dues::syntax {

// A `key = value` line of a new table: the key and the value's TOML text.
using TomlKeyValue = std::pair<std::string, std::string>;

// One edit of TomlPatch::set_all: table.key = value, the table named by its path
// ({"acme"} is [acme], {"acme", "mandate"} is [acme.mandate]).
struct TomlEdit {
  std::vector<std::string> table;
  std::string key;
  std::string value; // TOML text
};

// Edits a TOML file the way a person would: only the bytes of the changed value are
// replaced, a new key goes below the last key of its table, a new table goes at the end
// of the file. Comments, blank lines, key order and quoting elsewhere stay exactly as
// they were; the file is never re-serialised. Spans come from toml++ source positions.
// After every edit the text is parsed again and the edited value compared with the one
// asked for: a mismatch throws Error(internal) and leaves the text as it was.
// Only tables written with a [header] can be edited: top-level ones by name, sub-tables
// such as [acme.mandate] by their path with set_in/remove_in ({"acme", "mandate"}).
class TomlPatch {
public:
  // Throws Error(invalid_input) naming `path` when the text is not valid TOML.
  TomlPatch(std::string text, std::string path);

  const std::string& text() const { return m_text; }
  bool has_table(std::string_view table) const;

  // Sets table.key to `value` (TOML text such as "\"ACME\"" or "[\"a\", \"b\"]"):
  // replaces the old value's span, or adds "key = value" below the table's last key.
  void set(std::string_view table, std::string_view key, std::string_view value);
  // Removes the line(s) of table.key, with its trailing comment; nothing if absent.
  void remove(std::string_view table, std::string_view key);
  // The same for the table at a path of keys: {"acme", "mandate"} is [acme.mandate].
  void set_in(std::span<const std::string_view> table, std::string_view key,
              std::string_view value);
  void remove_in(std::span<const std::string_view> table, std::string_view key);
  // Many set_in at once, as they would be one after the other, but with the file parsed
  // twice in all instead of twice per edit: a file-wide rewrite (security rekey) stays
  // linear. Values already written are replaced in place; keys not yet written are then
  // added with set_in. Every value is checked after; on a mismatch it throws
  // Error(internal) and leaves the text as it was. A key may be edited once.
  void set_all(std::span<const TomlEdit> edits);
  // Removes a sub-table written with its [header] (such as [acme.mandate]): the header
  // and its keys; comment lines above it stay. Nothing if absent.
  void remove_table_in(std::span<const std::string_view> table);
  // Appends "[table]" and its keys at the end of the file, after a blank line.
  void append_table(std::string_view table, const std::vector<TomlKeyValue>& keys);

private:
  std::string m_text;
  std::string m_path;
};

// A TOML basic string literal: "ACME \"Q1\"\n" with every control character escaped.
std::string toml_string(std::string_view value);

// An array of strings on one line: ["a", "b"].
std::string toml_string_array(const std::vector<std::string>& values);

// A key, bare when it may be ([A-Za-z0-9_-]+), else quoted: acme, "acme.de".
std::string toml_key(std::string_view key);

} // namespace dues::syntax
