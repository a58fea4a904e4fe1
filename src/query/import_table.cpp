#include "query/import_table.hpp"

#include "bank/csv.hpp"
#include "base/json_reader.hpp"
#include "base/text.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace dues::query {
namespace {

// Header names compare without case, '_' and '-' alike: "Tax_ID" finds tax-id.
std::string header_key(std::string_view text) {
  std::string key = ascii_lower(trim(text));
  for (char& c : key) {
    c = c == '_' ? '-' : c;
  }
  return key;
}

int find_column(const std::vector<std::string>& header, std::string_view name) {
  const std::string wanted = header_key(name);
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header_key(header[i]) == wanted) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

std::string header_list(const std::vector<std::string>& header) {
  std::string list;
  for (const std::string& name : header) {
    list += (list.empty() ? "" : ", ") + name;
  }
  return list;
}

void resolve_columns(ImportTable& table, std::span<const ImportField> fields,
                     const ImportLayout& layout, const std::string& path, Diagnostics& diags) {
  table.column_of.assign(fields.size(), -1);
  for (const auto& [field, column] : layout.map) {
    std::size_t index = 0;
    while (index < fields.size() && fields[index].name != field) {
      ++index;
    }
    if (index == fields.size()) {
      throw Error(ErrorKind::usage, fmt::format("--map: no field '{}'; the fields are {}", field,
                                                import_field_names(fields)));
    }
    table.column_of[index] = find_column(table.header, column);
    if (table.column_of[index] < 0) {
      throw Error(ErrorKind::usage, fmt::format("--map {}={}: {} has no column '{}'; its columns "
                                                "are {}",
                                                field, column, path, column,
                                                header_list(table.header)));
    }
  }
  for (std::size_t i = 0; i < fields.size(); ++i) {
    for (std::size_t h = 0; table.column_of[i] < 0 && h < fields[i].headers.size(); ++h) {
      table.column_of[i] = find_column(table.header, fields[i].headers[h]);
    }
    if (table.column_of[i] < 0 && fields[i].required) {
      diags.add(Error(ErrorKind::invalid_input, SourceLoc{path, 1, 1},
                      fmt::format("no column for '{}' (looked for: {}); name it with --map "
                                  "{}=COLUMN",
                                  fields[i].name, fmt::join(fields[i].headers, ", "),
                                  fields[i].name)));
    }
  }
}

// False, with an error, for a row that a cut or broken file would give.
bool well_formed(const bank::CsvRow& row, std::size_t want, const std::string& path,
                 Diagnostics& diags) {
  if (row.stray_quote.line > 0) {
    diags.add(Error(ErrorKind::invalid_input,
                    SourceLoc{path, row.stray_quote.line, row.stray_quote.column},
                    fmt::format("{} (a quote inside a quoted cell is written twice: \"\")",
                                row.stray_quote.text)));
    return false;
  }
  if (row.fields.size() >= want) {
    return true;
  }
  const bank::CsvField& last = row.fields.back();
  diags.add(Error(ErrorKind::invalid_input, SourceLoc{path, last.line, last.column},
                  fmt::format("the row has {} cells, the header {}{}", row.fields.size(), want,
                              row.line_end ? ""
                                           : "; the file ends without a line break: it looks "
                                             "truncated")));
  return false;
}

} // namespace

std::string import_field_names(std::span<const ImportField> fields) {
  std::string names;
  for (const ImportField& field : fields) {
    names += fmt::format("{}{}", names.empty() ? "" : ", ", field.name);
  }
  return names;
}

ImportTable read_import_csv(std::string_view text, const std::string& path,
                            std::span<const ImportField> fields, const ImportLayout& layout,
                            Diagnostics& diags) {
  ImportTable table;
  if (has_bom(text)) {
    text.remove_prefix(3);
  }
  if (const auto bad = find_invalid_utf8(text)) {
    const std::string_view before = text.substr(0, *bad);
    const std::size_t line_start = before.rfind('\n') + 1; // npos + 1 == 0
    int line = 1;
    for (const char c : before) {
      line += c == '\n' ? 1 : 0;
    }
    diags.add(Error(ErrorKind::invalid_input,
                    SourceLoc{path, line, column_of(before.substr(line_start), *bad - line_start)},
                    "invalid UTF-8 (save the file as UTF-8)"));
    return table;
  }
  bank::CsvReader reader(text, bank::CsvDialect{layout.delimiter, '"'});
  bank::CsvRow row;
  while (table.header.empty() && reader.next(row)) {
    if (!row.is_blank()) {
      for (const bank::CsvField& field : row.fields) {
        table.header.emplace_back(trim(field.text));
      }
    }
  }
  if (table.header.empty()) {
    diags.add(Error(ErrorKind::invalid_input, SourceLoc{path, 0, 0},
                    "the file is empty; its first row must name the columns"));
    return table;
  }
  resolve_columns(table, fields, layout, path, diags);
  while (reader.next(row)) {
    if (row.is_blank() || !well_formed(row, table.header.size(), path, diags)) {
      continue;
    }
    ImportRecord record;
    record.loc = SourceLoc{path, row.line, 1};
    for (const int column : table.column_of) {
      std::optional<ImportCell> cell;
      if (column >= 0) {
        const bank::CsvField& field = row.fields[static_cast<std::size_t>(column)];
        const std::string_view value = trim(field.text);
        if (!value.empty()) {
          cell = ImportCell{std::string(value), SourceLoc{path, field.line, field.column}};
        }
      }
      record.cells.push_back(std::move(cell));
    }
    table.records.push_back(std::move(record));
  }
  if (reader.unterminated().line > 0) {
    diags.add(Error(ErrorKind::invalid_input,
                    SourceLoc{path, reader.unterminated().line, reader.unterminated().column},
                    "a quoted cell is never closed (a '\"' is missing)"));
  }
  return table;
}

namespace {

// The array of row objects in a JSON document, or nullptr after an error.
const JsonValue* rows_of(const JsonValue& root, std::string_view table, const std::string& path,
                         Diagnostics& diags) {
  const JsonValue* rows = &root;
  if (root.type == JsonValue::Type::object) {
    const JsonValue* tables = root.find("tables");
    rows = tables != nullptr && tables->type == JsonValue::Type::object ? tables->find(table)
                                                                         : root.find(table);
  }
  if (rows == nullptr || rows->type != JsonValue::Type::array) {
    diags.add(Error(ErrorKind::invalid_input, SourceLoc{path, root.line, root.column},
                    fmt::format("expected an array of rows (objects), or an object with the "
                                "member '{}' or 'tables.{}' holding one",
                                table, table)));
    return nullptr;
  }
  return rows;
}

std::optional<ImportCell> json_cell(const JsonValue& value, const std::string& path,
                                    Diagnostics& diags) {
  const SourceLoc loc{path, value.line, value.column};
  switch (value.type) {
  case JsonValue::Type::null:
    return std::nullopt;
  case JsonValue::Type::boolean:
    return ImportCell{value.boolean ? "1" : "0", loc};
  case JsonValue::Type::number:
  case JsonValue::Type::string: {
    const std::string_view text = trim(value.text);
    if (text.empty()) {
      return std::nullopt;
    }
    return ImportCell{std::string(text), loc};
  }
  default:
    diags.add(Error(ErrorKind::invalid_input, loc,
                    "expected a string, a number, true, false or null, not an object or array"));
    return std::nullopt;
  }
}

} // namespace

ImportTable read_import_json(std::string_view text, const std::string& path,
                             std::string_view table_name, std::span<const ImportField> fields,
                             const ImportLayout& layout, Diagnostics& diags) {
  ImportTable table;
  const JsonValue root = parse_json(text, path);
  const JsonValue* rows = rows_of(root, table_name, path, diags);
  if (rows == nullptr || rows->items.empty()) {
    table.column_of.assign(fields.size(), -1); // nothing to import
    return table;
  }
  for (const JsonValue& row : rows->items) { // the header: every key, in first-seen order
    for (const auto& [key, value] : row.members) {
      if (std::find(table.header.begin(), table.header.end(), key) == table.header.end()) {
        table.header.push_back(key);
      }
    }
  }
  resolve_columns(table, fields, layout, path, diags);
  for (const JsonValue& row : rows->items) {
    if (row.type != JsonValue::Type::object) {
      diags.add(Error(ErrorKind::invalid_input, SourceLoc{path, row.line, row.column},
                      "expected a row: an object of column names and values"));
      continue;
    }
    ImportRecord record;
    record.loc = SourceLoc{path, row.line, row.column};
    for (const int column : table.column_of) {
      const JsonValue* value =
          column < 0 ? nullptr : row.find(table.header[static_cast<std::size_t>(column)]);
      record.cells.push_back(value == nullptr ? std::nullopt : json_cell(*value, path, diags));
    }
    table.records.push_back(std::move(record));
  }
  return table;
}

} // namespace dues::query
