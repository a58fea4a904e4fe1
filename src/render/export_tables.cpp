#include "render/export_tables.hpp"

#include "render/csv.hpp"
#include "render/json.hpp"

namespace dues::render {

void write_table_csv(std::ostream& out, const Ledger& ledger, const query::ExportPeriod& period,
                     const query::TableSpec& table, const query::DetailsFeed& feed) {
  std::vector<std::string> cells;
  for (const query::Column& column : table.columns) {
    cells.emplace_back(column.name);
  }
  write_csv_row(out, cells);
  query::export_rows(
      ledger, period, table,
      [&](const std::vector<query::Cell>& row) {
        cells.clear();
        for (const query::Cell& cell : row) {
          cells.push_back(cell.type == query::Cell::Type::integer ? std::to_string(cell.integer)
                                                                  : cell.text);
        }
        write_csv_row(out, cells);
      },
      feed);
}

void write_tables_json(std::ostream& out, const Ledger& ledger, const query::ExportPeriod& period,
                       const query::DetailsFeed& feed) {
  JsonWriter json(out);
  json.begin_object();
  json.key("format").value(1);
  json.key("from");
  period.from ? json.value(format_date(*period.from)) : json.null();
  json.key("to");
  period.to ? json.value(format_date(*period.to)) : json.null();
  json.key("tables").begin_object();
  for (const query::TableSpec& table : query::export_tables()) {
    json.key(table.name).begin_array();
    query::export_rows(
        ledger, period, table,
        [&](const std::vector<query::Cell>& row) {
          json.begin_object();
          for (std::size_t i = 0; i < row.size(); ++i) {
            json.key(table.columns[i].name);
            switch (row[i].type) {
            case query::Cell::Type::null:
              json.null();
              break;
            case query::Cell::Type::integer:
              json.value(static_cast<long long>(row[i].integer));
              break;
            case query::Cell::Type::text:
              json.value(row[i].text);
              break;
            }
          }
          json.end_object();
        },
        feed);
    json.end_array();
  }
  json.end_object();
  json.end_object();
  json.finish();
}

} // namespace dues::render
