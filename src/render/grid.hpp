#pragma once

// A report as typed cells, so every report shares one table, CSV, JSON, HTML and xlsx
// writer: sections of rows under named columns, charts, warnings and notes.
#include "base/money.hpp"
#include "query/report_common.hpp"

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace dues::render {

enum class CellKind {
  text,
  date,   // YYYY-MM-DD
  money,  // an amount: `text` is canonical ("1200.50"), `decimals` the currency's
  count,  // a whole number
  number, // an exact ratio rounded to `decimals` places ("12.3")
};

struct Cell {
  CellKind kind = CellKind::text;
  std::string text; // what every format prints; empty means no value
  int decimals = 0;
};

Cell text_cell(std::string text);
Cell date_cell(const Date& day);
Cell optional_date_cell(const std::optional<Date>& day);
Cell money_cell(const Money& amount);
Cell optional_money_cell(const std::optional<Money>& amount);
Cell count_cell(std::int64_t value);
Cell ratio_cell(const query::Ratio& value, int decimals);

struct GridColumn {
  std::string key;   // JSON key and CSV header: "days_late"
  std::string title; // table and sheet header: "DAYS LATE"
  CellKind kind = CellKind::text;
};

// Rows of one kind in one currency ("periods" in EUR).
struct Section {
  std::string kind;     // "periods", "customers", "methods", "codes"
  std::string title;    // "EUR: trend by month"
  std::string currency; // ISO code, or empty
  std::vector<GridColumn> columns;
  std::vector<std::vector<Cell>> rows;
  std::optional<std::vector<Cell>> total;
};

// A bar chart of one or more series over categories (stacked when there are several).
struct Chart {
  std::string title;
  std::string currency;
  std::vector<std::string> categories;
  std::vector<std::string> series_names;
  // values[s][c]: exact integers (minor units, or a ratio scaled by 10^decimals).
  std::vector<std::vector<std::int64_t>> values;
  int decimals = 0;       // how the values print: minor units of the currency, or tenths
  bool stacked = true;    // false: bars side by side
};

struct Grid {
  std::string report; // "dso"
  std::string title;  // "Days sales outstanding"
  std::vector<std::pair<std::string, std::string>> facts; // ("as_of", "2026-03-31")
  std::vector<Section> sections;
  std::vector<Chart> charts;
  std::vector<std::string> warnings;
  std::vector<std::string> notes; // formulas and fallbacks, printed under the tables
};

// An aligned table per section, the facts above and warnings and notes below.
void grid_table(std::ostream& out, const Grid& grid, bool colour);

// CSV: each record starts with the section kind and currency; a header record comes
// before the first record of every kind.
void grid_csv(std::ostream& out, const Grid& grid);

// JSON: {"report", facts..., "sections": [{"kind", "currency", "rows": [{key: value}],
// "total"}], "warnings": [...]}; amounts and ratios are strings, counts numbers.
void grid_json(std::ostream& out, const Grid& grid);

// One self-contained page: inline CSS, inline SVG charts, tables; no script, nothing
// fetched.
void grid_html(std::ostream& out, const Grid& grid);

// An .xlsx workbook: one sheet per currency (plus one for sections without), real
// numbers with the currency's decimals, a frozen header row and column widths. The
// time it says it was made is `created` (seconds since 1970: SOURCE_DATE_EPOCH), else
// the report's day (its as_of, else its to) at 00:00:00 UTC, never the clock: the same
// ledger gives the same bytes.
void grid_xlsx(std::ostream& out, const Grid& grid,
               std::optional<std::int64_t> created = std::nullopt);

} // namespace dues::render
