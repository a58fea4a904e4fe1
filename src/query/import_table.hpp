#pragma once

// import: reading a table another system exported (CSV with a header row) into named
// fields, each cell with the file:line:col it came from (docs/import.md).
#include "base/error.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dues::query {

// One field an import reads, and the column headers it is found under when no --map
// names its column (compared without case; '-' and '_' are the same).
struct ImportField {
  std::string_view name;
  std::vector<std::string_view> headers;
  bool required = false;
};

// One cell, trimmed of spaces, and where it starts.
struct ImportCell {
  std::string text;
  SourceLoc loc;
};

// One data row: a cell per field (nullopt when the field has no column or the cell is
// empty), and where the row starts.
struct ImportRecord {
  SourceLoc loc;
  std::vector<std::optional<ImportCell>> cells;
};

struct ImportLayout {
  char delimiter = ',';
  // --map FIELD=COLUMN: the column header (as written) that holds FIELD.
  std::vector<std::pair<std::string, std::string>> map;
};

struct ImportTable {
  std::vector<std::string> header;
  std::vector<int> column_of; // per field: its column, or -1
  std::vector<ImportRecord> records;
};

// Reads UTF-8 CSV (a byte order mark is skipped) whose first row names the columns.
// A --map naming an unknown field or a column the header does not have is a usage
// error (thrown). Problems of the file (no column for a required field, a row with
// fewer cells than the header, a stray or unclosed quote, invalid UTF-8) are added to
// `diags` with where they are; blank rows are skipped.
ImportTable read_import_csv(std::string_view text, const std::string& path,
                            std::span<const ImportField> fields, const ImportLayout& layout,
                            Diagnostics& diags);

// Reads JSON: an array of objects (one per row, keys naming the columns), found as the
// document itself, as its member `table`, or as `tables.table` (what `dues export
// --format json` writes). Strings and numbers (as written) are cells, true/false are
// "1"/"0", null is an empty cell; the same --map and errors as for CSV, located at each
// value. A document that is not JSON throws Error(invalid_input) at its line:col.
ImportTable read_import_json(std::string_view text, const std::string& path,
                             std::string_view table, std::span<const ImportField> fields,
                             const ImportLayout& layout, Diagnostics& diags);

// The names of the fields, for messages: "id, customer, date".
std::string import_field_names(std::span<const ImportField> fields);

} // namespace dues::query
