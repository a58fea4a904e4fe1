#include "render/grid.hpp"

#include "base/text.hpp"
#include "render/csv.hpp"
#include "render/json.hpp"
#include "render/table.hpp"

#include <fmt/format.h>

namespace dues::render {

Cell text_cell(std::string text) {
  return {CellKind::text, std::move(text), 0};
}

Cell date_cell(const Date& day) {
  return {CellKind::date, format_date(day), 0};
}

Cell optional_date_cell(const std::optional<Date>& day) {
  return day ? date_cell(*day) : Cell{CellKind::date, "", 0};
}

Cell money_cell(const Money& amount) {
  return {CellKind::money, format_amount(amount), amount.currency().exponent};
}

Cell optional_money_cell(const std::optional<Money>& amount) {
  return amount ? money_cell(*amount) : Cell{CellKind::money, "", 0};
}

Cell count_cell(std::int64_t value) {
  return {CellKind::count, std::to_string(value), 0};
}

Cell ratio_cell(const query::Ratio& value, int decimals) {
  return {CellKind::number, query::format_ratio(value, decimals), decimals};
}

namespace {

bool is_numeric(CellKind kind) {
  return kind == CellKind::money || kind == CellKind::count || kind == CellKind::number;
}

std::vector<std::string> texts(const std::vector<Cell>& cells) {
  std::vector<std::string> result;
  result.reserve(cells.size());
  for (const Cell& cell : cells) {
    result.push_back(cell.text);
  }
  return result;
}

std::string fact_name(std::string key) {
  for (char& c : key) {
    c = c == '_' ? ' ' : c;
  }
  return key;
}

} // namespace

void grid_table(std::ostream& out, const Grid& grid, bool colour) {
  out << grid.title << '\n';
  for (const auto& [key, value] : grid.facts) {
    out << fact_name(key) << ": " << printable(value) << '\n';
  }
  if (grid.sections.empty()) {
    out << "\nNothing to report.\n";
  }
  for (const Section& section : grid.sections) {
    out << '\n' << printable(section.title) << '\n';
    std::vector<Column> columns;
    for (const GridColumn& column : section.columns) {
      columns.push_back({column.title, is_numeric(column.kind) ? Align::right : Align::left,
                         column.kind == CellKind::text ? std::size_t{28} : std::size_t{0}});
    }
    Table table(std::move(columns));
    for (const auto& row : section.rows) {
      table.add_row(texts(row));
    }
    if (section.total) {
      table.add_rule();
      table.add_row(texts(*section.total), RowStyle::total);
    }
    table.print(out, colour);
  }
  if (!grid.warnings.empty()) {
    out << "\nWarnings\n";
    for (const std::string& warning : grid.warnings) {
      out << "  " << printable(warning) << '\n';
    }
  }
  if (!grid.notes.empty()) {
    out << '\n';
    for (const std::string& note : grid.notes) {
      out << note << '\n';
    }
  }
}

void grid_csv(std::ostream& out, const Grid& grid) {
  std::string kind_with_header;
  for (const Section& section : grid.sections) {
    const std::string kind = section.kind;
    if (kind != kind_with_header) {
      std::vector<std::string> header{"section", "currency"};
      for (const GridColumn& column : section.columns) {
        header.push_back(column.key);
      }
      write_csv_row(out, header);
      kind_with_header = kind;
    }
    const auto write = [&](const std::vector<Cell>& row) {
      std::vector<std::string> cells{kind, section.currency};
      const auto values = texts(row);
      cells.insert(cells.end(), values.begin(), values.end());
      write_csv_row(out, cells);
    };
    for (const auto& row : section.rows) {
      write(row);
    }
    if (section.total) {
      write(*section.total);
    }
  }
}

namespace {

void json_row(JsonWriter& json, const Section& section, const std::vector<Cell>& row) {
  json.begin_object();
  for (std::size_t c = 0; c < section.columns.size() && c < row.size(); ++c) {
    json.key(section.columns[c].key);
    const Cell& cell = row[c];
    if (cell.text.empty() && cell.kind != CellKind::text) {
      json.null();
    } else if (cell.kind == CellKind::count) {
      json.value(static_cast<long long>(std::stoll(cell.text)));
    } else {
      json.value(cell.text);
    }
  }
  json.end_object();
}

} // namespace

void grid_json(std::ostream& out, const Grid& grid) {
  JsonWriter json(out);
  json.begin_object();
  json.key("report").value(grid.report);
  for (const auto& [key, value] : grid.facts) {
    json.key(key).value(value);
  }
  json.key("sections").begin_array();
  for (const Section& section : grid.sections) {
    json.begin_object();
    json.key("kind").value(section.kind);
    if (section.currency.empty()) {
      json.key("currency").null();
    } else {
      json.key("currency").value(section.currency);
    }
    json.key("rows").begin_array();
    for (const auto& row : section.rows) {
      json_row(json, section, row);
    }
    json.end_array();
    if (section.total) {
      json.key("total");
      json_row(json, section, *section.total);
    }
    json.end_object();
  }
  json.end_array();
  json.key("warnings").begin_array();
  for (const std::string& warning : grid.warnings) {
    json.value(warning);
  }
  json.end_array();
  json.end_object();
  json.finish();
}

} // namespace dues::render
