#include "syntax/toml_patch.hpp"

#include "base/error.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <span>
#include <utility>

namespace dues::syntax {
namespace {

toml::table parse_or_throw(const std::string& text, const std::string& path) {
  try {
    return toml::parse(text, std::string_view{path});
  } catch (const toml::parse_error& error) {
    const auto& begin = error.source().begin;
    throw Error(ErrorKind::invalid_input,
                SourceLoc{path, static_cast<int>(begin.line), static_cast<int>(begin.column)},
                fmt::format("not valid TOML: {}", error.description()));
  }
}

// The byte offset of a toml++ position (1-based line, 1-based column in code points).
std::size_t offset_of(const std::string& text, const toml::source_position& position) {
  std::size_t offset = 0;
  for (toml::source_index line = 1; line < position.line; ++line) {
    const std::size_t end = text.find('\n', offset);
    if (end == std::string::npos) {
      return text.size();
    }
    offset = end + 1;
  }
  for (toml::source_index column = 1; column < position.column && offset < text.size(); ++column) {
    ++offset; // past the lead byte, then past continuation bytes
    while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0U) == 0x80U) {
      ++offset;
    }
  }
  return offset;
}

// The offset just past the end of the line holding `offset` (past its '\n').
std::size_t line_end(const std::string& text, std::size_t offset) {
  const std::size_t end = text.find('\n', offset);
  return end == std::string::npos ? text.size() : end + 1;
}

std::size_t line_start(const std::string& text, std::size_t offset) {
  const std::size_t start = offset == 0 ? std::string::npos : text.rfind('\n', offset - 1);
  return start == std::string::npos ? 0 : start + 1;
}

// True when the line at `at` is the header of table `name` itself: "[name]" with any
// quoting, spacing and comment. An implicit table ("series" made by "[series.invoice]")
// starts at a header too, but one that names a table inside it.
// privacy: a table is named by its path, one key per level: {"acme"} is [acme],
// {"acme", "mandate"} is [acme.mandate].
using TablePath = std::span<const std::string_view>;

std::string path_text(TablePath names) {
  std::string out;
  for (const std::string_view name : names) {
    out += out.empty() ? "" : ".";
    out += name;
  }
  return out;
}

// The table at `names` below `root`, or nullptr.
const toml::table* table_at(const toml::table& root, TablePath names) {
  const toml::table* table = &root;
  for (const std::string_view name : names) {
    table = table->get_as<toml::table>(name);
    if (table == nullptr) {
      return nullptr;
    }
  }
  return table;
}

bool is_own_header(const std::string& text, std::size_t at, TablePath names) {
  if (at >= text.size() || text[at] != '[') {
    return false;
  }
  const std::size_t end = text.find('\n', at);
  const std::string line = text.substr(at, end == std::string::npos ? end : end - at);
  try {
    const toml::table header = toml::parse(line, std::string_view{"header"});
    const toml::table* table = &header;
    for (const std::string_view name : names) { // one key on every level, the last empty
      if (table->size() != 1) {
        return false;
      }
      table = table->get_as<toml::table>(name);
      if (table == nullptr) {
        return false;
      }
    }
    return table->empty();
  } catch (const toml::parse_error&) {
    return false;
  }
}

// The table `names` written with a [header], or an error saying why it cannot be edited.
const toml::table& editable_table(const toml::table& root, const std::string& text,
                                  TablePath names, const std::string& path) {
  const std::string name = path_text(names);
  const toml::table* found = table_at(root, names);
  if (found == nullptr) {
    throw Error(ErrorKind::internal, fmt::format("no table [{}] in {}", name, path));
  }
  const toml::table& table = *found;
  const std::size_t at = offset_of(text, table.source().begin);
  if (table.is_inline() || !is_own_header(text, at, names)) {
    throw Error(
        ErrorKind::invalid_input,
        SourceLoc{path, static_cast<int>(table.source().begin.line),
                  static_cast<int>(table.source().begin.column)},
        fmt::format("[{}] is not written as a table with a [header]; edit it by hand", name));
  }
  return table;
}

// The entry of `key` in the table as toml++ iterates it (with the key's own position).
auto find_written(const toml::table& table, std::string_view key) {
  return std::find_if(table.begin(), table.end(),
                      [&](const auto& entry) { return entry.first.str() == key; });
}

// Refuses a key whose value is not written as "key = value" on the key's own line in
// this table: a dotted key (`name.first = ...` makes `name` a table), or a sub-table or
// array of tables with its own [header]. Their bytes are not one span to replace.
template <typename Entry>
void require_key_value(const std::string& text, const Entry& written, std::string_view table,
                       const std::string& path) {
  const auto& key = written.first.source();
  const std::size_t key_end = offset_of(text, key.end);
  const std::size_t value_begin = offset_of(text, written.second.source().begin);
  const bool plain = value_begin > key_end && text.find_first_not_of(" \t=", key_end) == value_begin
                     && std::count(text.begin() + static_cast<std::ptrdiff_t>(key_end),
                                   text.begin() + static_cast<std::ptrdiff_t>(value_begin), '=')
                            == 1;
  if (!plain) {
    throw Error(
        ErrorKind::invalid_input,
        SourceLoc{path, static_cast<int>(key.begin.line), static_cast<int>(key.begin.column)},
        fmt::format("{}.{} is not written as 'key = value' (a dotted key or a table "
                    "of its own); edit it by hand",
                    table, written.first.str()));
  }
}

// A single value parsed from its TOML text, for comparison after an edit.
toml::table parse_value(std::string_view key, std::string_view value) {
  return toml::parse(fmt::format("{} = {}\n", toml_key(key), value), std::string_view{"value"});
}

// True when two nodes hold the same value (toml++ compares tables, not bare nodes).
bool same_value(const toml::node* a, const toml::node* b) {
  if (a == nullptr || b == nullptr) {
    return false;
  }
  toml::table left;
  left.insert("v", *a);
  toml::table right;
  right.insert("v", *b);
  return left == right;
}

} // namespace

TomlPatch::TomlPatch(std::string text, std::string path)
    : m_text(std::move(text)), m_path(std::move(path)) {
  parse_or_throw(m_text, m_path);
}

bool TomlPatch::has_table(std::string_view table) const {
  const toml::table root = parse_or_throw(m_text, m_path);
  return root.get(table) != nullptr;
}

void TomlPatch::set(std::string_view table_name, std::string_view key, std::string_view value) {
  const std::string_view names[] = {table_name};
  set_in(names, key, value);
}

void TomlPatch::set_in(std::span<const std::string_view> names, std::string_view key,
                       std::string_view value) {
  const std::string table_name = path_text(names);
  const toml::table root = parse_or_throw(m_text, m_path);
  const toml::table& table = editable_table(root, m_text, names, m_path);
  std::string edited = m_text;
  if (const toml::node* old = table.get(key)) {
    require_key_value(m_text, *find_written(table, key), table_name, m_path);
    const std::size_t begin = offset_of(m_text, old->source().begin);
    const std::size_t end = offset_of(m_text, old->source().end);
    edited.replace(begin, end - begin, value);
  } else {
    std::size_t after = line_end(m_text, offset_of(m_text, table.source().end));
    for (const auto& [other, node] : table) {
      if (node.is_table() && !node.as_table()->is_inline()) {
        continue; // a sub-table [name.x] written elsewhere
      }
      after = std::max(after, line_end(m_text, offset_of(m_text, node.source().end)));
    }
    std::string line = fmt::format("{} = {}\n", toml_key(key), value);
    if (after > 0 && edited[after - 1] != '\n') {
      line.insert(0, "\n");
    }
    edited.insert(after, line);
  }
  const toml::table check = parse_or_throw(edited, m_path);
  const toml::table* got = table_at(check, names);
  const toml::table expected = parse_value(key, value);
  if (got == nullptr || !same_value(got->get(key), expected.get(key))) {
    throw Error(ErrorKind::internal,
                fmt::format("editing {} did not give {}.{} = {}", m_path, table_name, key, value));
  }
  m_text = std::move(edited);
}

namespace {

// The byte offsets where each line starts, for many offset_of on one text.
class LineIndex {
public:
  explicit LineIndex(const std::string& text) : m_text(text) {
    m_starts.push_back(0);
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1)) {
      m_starts.push_back(at + 1);
    }
  }
  std::size_t offset(const toml::source_position& position) const {
    if (position.line == 0 || position.line > m_starts.size()) {
      return offset_of(m_text, position);
    }
    const std::size_t start = m_starts[position.line - 1];
    return start
           + offset_of(m_text.substr(start, m_text.find('\n', start) - start),
                       toml::source_position{1, position.column});
  }

private:
  const std::string& m_text;
  std::vector<std::size_t> m_starts;
};

std::vector<std::string_view> path_of(const TomlEdit& edit) {
  return {edit.table.begin(), edit.table.end()};
}

} // namespace

void TomlPatch::set_all(std::span<const TomlEdit> edits) {
  struct Span {
    std::size_t begin;
    std::size_t end;
    const TomlEdit* edit;
  };
  const toml::table root = parse_or_throw(m_text, m_path);
  const LineIndex lines(m_text);
  std::vector<Span> spans;
  std::vector<const TomlEdit*> added;
  for (const TomlEdit& edit : edits) {
    const std::vector<std::string_view> names = path_of(edit);
    const toml::table& table = editable_table(root, m_text, names, m_path);
    if (const toml::node* old = table.get(edit.key)) {
      require_key_value(m_text, *find_written(table, edit.key), path_text(names), m_path);
      spans.push_back({lines.offset(old->source().begin), lines.offset(old->source().end), &edit});
    } else {
      added.push_back(&edit);
    }
  }
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.begin > b.begin; });
  std::string edited = m_text;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (i > 0 && spans[i].end > spans[i - 1].begin) {
      throw Error(ErrorKind::internal,
                  fmt::format("editing {}: {}.{} is edited twice", m_path,
                              path_text(path_of(*spans[i].edit)), spans[i].edit->key));
    }
    edited.replace(spans[i].begin, spans[i].end - spans[i].begin, spans[i].edit->value);
  }
  const toml::table check = parse_or_throw(edited, m_path);
  for (const Span& span : spans) {
    const TomlEdit& edit = *span.edit;
    const toml::table* got = table_at(check, path_of(edit));
    const toml::table expected = parse_value(edit.key, edit.value);
    if (got == nullptr || !same_value(got->get(edit.key), expected.get(edit.key))) {
      throw Error(ErrorKind::internal, fmt::format("editing {} did not give {}.{} = {}", m_path,
                                                   path_text(path_of(edit)), edit.key, edit.value));
    }
  }
  std::string before = std::exchange(m_text, std::move(edited));
  try {
    for (const TomlEdit* edit : added) {
      set_in(path_of(*edit), edit->key, edit->value);
    }
  } catch (...) {
    m_text = std::move(before);
    throw;
  }
}

void TomlPatch::remove(std::string_view table_name, std::string_view key) {
  const std::string_view names[] = {table_name};
  remove_in(names, key);
}

void TomlPatch::remove_in(std::span<const std::string_view> names, std::string_view key) {
  const std::string table_name = path_text(names);
  const toml::table root = parse_or_throw(m_text, m_path);
  const toml::table& table = editable_table(root, m_text, names, m_path);
  const toml::node* old = table.get(key);
  if (old == nullptr) {
    return;
  }
  const auto written = find_written(table, key);
  if (written == table.end()) {
    return;
  }
  require_key_value(m_text, *written, table_name, m_path);
  const std::size_t begin = line_start(m_text, offset_of(m_text, written->first.source().begin));
  const std::size_t end = line_end(m_text, offset_of(m_text, old->source().end));
  std::string edited = m_text;
  edited.erase(begin, end - begin);
  const toml::table check = parse_or_throw(edited, m_path);
  const toml::table* got = table_at(check, names);
  if (got == nullptr || got->get(key) != nullptr) {
    throw Error(ErrorKind::internal,
                fmt::format("removing {}.{} from {} did not work", table_name, key, m_path));
  }
  m_text = std::move(edited);
}

void TomlPatch::remove_table_in(std::span<const std::string_view> names) {
  const toml::table root = parse_or_throw(m_text, m_path);
  if (table_at(root, names) == nullptr) {
    return;
  }
  const toml::table& table = editable_table(root, m_text, names, m_path);
  const std::size_t begin = line_start(m_text, offset_of(m_text, table.source().begin));
  std::size_t end = line_end(m_text, offset_of(m_text, table.source().begin));
  for (const auto& [key, node] : table) {
    if (node.is_table() && !node.as_table()->is_inline()) {
      throw Error(ErrorKind::invalid_input,
                  fmt::format("[{}] has tables of its own; edit {} by hand", path_text(names),
                              m_path));
    }
    end = std::max(end, line_end(m_text, offset_of(m_text, node.source().end)));
  }
  std::string edited = m_text;
  edited.erase(begin, end - begin);
  const toml::table check = parse_or_throw(edited, m_path);
  if (table_at(check, names) != nullptr) {
    throw Error(ErrorKind::internal,
                fmt::format("removing [{}] from {} did not work", path_text(names), m_path));
  }
  m_text = std::move(edited);
}

void TomlPatch::append_table(std::string_view table_name, const std::vector<TomlKeyValue>& keys) {
  // A table made implicitly by "[name.x]" may be defined later, but then holds more
  // than the keys asked for: refuse any name the file already has.
  const toml::table root = parse_or_throw(m_text, m_path);
  if (const toml::node* existing = root.get(table_name)) {
    const auto& begin = existing->source().begin;
    throw Error(ErrorKind::invalid_input,
                SourceLoc{m_path, static_cast<int>(begin.line), static_cast<int>(begin.column)},
                fmt::format("[{}] is already in {}", table_name, m_path));
  }
  std::string edited = m_text;
  if (!edited.empty() && edited.back() != '\n') {
    edited += '\n';
  }
  if (!edited.empty()) {
    edited += '\n';
  }
  edited += fmt::format("[{}]\n", toml_key(table_name));
  for (const auto& [key, value] : keys) {
    edited += fmt::format("{} = {}\n", toml_key(key), value);
  }
  const toml::table check = parse_or_throw(edited, m_path);
  const toml::node* got = check.get(table_name);
  bool same =
      got != nullptr && got->as_table() != nullptr && got->as_table()->size() == keys.size();
  for (const auto& [key, value] : keys) {
    const toml::table expected = parse_value(key, value);
    same = same && same_value(got->as_table()->get(key), expected.get(key));
  }
  if (!same) {
    throw Error(
        ErrorKind::internal,
        fmt::format("appending [{}] to {} did not give the values asked for", table_name, m_path));
  }
  m_text = std::move(edited);
}

std::string toml_string(std::string_view value) {
  std::string out = "\"";
  for (const char c : value) {
    const auto byte = static_cast<unsigned char>(c);
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\r':
      out += "\\r";
      break;
    default:
      if (byte < 0x20 || byte == 0x7F) {
        out += fmt::format("\\u{:04X}", static_cast<unsigned>(byte));
      } else {
        out += c;
      }
    }
  }
  out += '"';
  return out;
}

std::string toml_string_array(const std::vector<std::string>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) {
    out += i == 0 ? "" : ", ";
    out += toml_string(values[i]);
  }
  out += ']';
  return out;
}

std::string toml_key(std::string_view key) {
  const bool bare = !key.empty()
                    && key.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklm"
                                             "nopqrstuvwxyz0123456789_-")
                           == std::string_view::npos;
  return bare ? std::string(key) : toml_string(key);
}

} // namespace dues::syntax
