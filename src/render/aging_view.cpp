#include "render/aging_view.hpp"

#include "render/csv.hpp"
#include "render/json.hpp"
#include "render/table.hpp"

#include <fmt/format.h>

namespace dues::render {
namespace {

std::vector<Column> aging_columns(const query::AgingReport& report, bool with_name) {
  std::vector<Column> columns{{"CUSTOMER", Align::left, 0}};
  if (with_name) {
    columns.push_back({"NAME", Align::left, 28});
  }
  for (const std::string& label : report.labels) {
    std::string title;
    for (const char c : label) {
      title += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    columns.push_back({title, Align::right, 0});
  }
  columns.push_back({"CREDIT", Align::right, 0});
  columns.push_back({"TOTAL", Align::right, 0});
  return columns;
}

std::vector<std::string> amount_cells(const query::AgingRow& row) {
  std::vector<std::string> cells;
  for (const Money& amount : row.columns) {
    cells.push_back(format_amount(amount));
  }
  cells.push_back(format_amount(row.unapplied));
  cells.push_back(format_amount(row.total));
  return cells;
}

std::string basis_name(query::AgingBasis basis) {
  return basis == query::AgingBasis::due ? "due" : "invoice";
}

} // namespace

namespace {

// Red from 31 days past due (due basis) or in the last column (invoice basis); a short
// --buckets list must not point past the columns.
bool is_late(const query::AgingReport& report, const query::AgingRow& row) {
  const std::size_t columns = row.columns.size();
  const std::size_t first_late = std::min(columns, report.basis == query::AgingBasis::due
                                                       ? std::size_t{2}
                                                       : std::max<std::size_t>(1, columns - 1));
  return std::any_of(row.columns.begin() + static_cast<std::ptrdiff_t>(first_late),
                     row.columns.end(), [](const Money& m) { return m.is_positive(); });
}

void add_detail_rows(Table& table, const query::AgingReport& report, const query::AgingRow& row) {
  for (const query::AgingLine& line : row.lines) {
    std::vector<std::string> detail{
        "", line.instalment > 0 ? fmt::format("  {} #{}", line.document_id, line.instalment)
                                : "  " + line.document_id};
    if (line.disputed) {
      detail.back() += " (disputed)";
    }
    for (std::size_t c = 0; c < report.labels.size(); ++c) {
      detail.push_back(c == line.column ? format_amount(line.open) : "");
    }
    detail.emplace_back("");
    detail.push_back(fmt::format("due {}", format_date(line.due)));
    table.add_row(std::move(detail));
  }
}

} // namespace

void aging_table(std::ostream& out, const query::AgingReport& report, bool colour) {
  out << fmt::format("Aging as of {} by {} date\n", format_date(report.as_of),
                     basis_name(report.basis));
  if (report.blocks.empty()) {
    out << "\nNothing is owed.\n";
    return;
  }
  for (const query::AgingBlock& block : report.blocks) {
    out << '\n' << block.currency->code << '\n';
    Table table(aging_columns(report, true));
    for (const query::AgingRow& row : block.rows) {
      std::vector<std::string> cells{row.customer_id, row.customer_name};
      const auto amounts = amount_cells(row);
      cells.insert(cells.end(), amounts.begin(), amounts.end());
      table.add_row(std::move(cells), is_late(report, row) ? RowStyle::alert : RowStyle::normal);
      add_detail_rows(table, report, row);
    }
    table.add_rule();
    std::vector<std::string> totals{"total", ""};
    const auto amounts = amount_cells(block.totals);
    totals.insert(totals.end(), amounts.begin(), amounts.end());
    table.add_row(std::move(totals), RowStyle::total);
    table.print(out, colour);
  }
}

namespace {

// The detail CSV records of one customer: one per open item, one for unapplied credit.
void write_detail_rows(std::ostream& out, const query::AgingReport& report,
                       const std::vector<std::string>& lead, const query::AgingRow& row) {
  for (const query::AgingLine& line : row.lines) {
    std::vector<std::string> cells = lead;
    cells.insert(cells.end(),
                 {line.document_id, std::to_string(line.instalment), format_date(line.date),
                  format_date(line.due), std::to_string(line.days)});
    const Money zero = Money::zero(line.open.currency());
    for (std::size_t c = 0; c < report.labels.size(); ++c) {
      cells.push_back(format_amount(c == line.column ? line.open : zero));
    }
    cells.push_back(format_amount(zero));
    cells.push_back(format_amount(line.open));
    cells.emplace_back(line.disputed ? "true" : "false");
    write_csv_row(out, cells);
  }
  if (!row.unapplied.is_zero()) {
    std::vector<std::string> cells = lead;
    cells.insert(cells.end(), {"", "", "", "", ""});
    for (std::size_t c = 0; c < report.labels.size(); ++c) {
      cells.push_back(format_amount(Money::zero(row.unapplied.currency())));
    }
    cells.push_back(format_amount(row.unapplied));
    cells.push_back(format_amount(row.unapplied));
    cells.emplace_back("false");
    write_csv_row(out, cells);
  }
}

} // namespace

void aging_csv(std::ostream& out, const query::AgingReport& report, bool detail) {
  std::vector<std::string> header{"as_of", "basis", "currency", "customer", "name"};
  if (detail) {
    header.insert(header.end(), {"document", "instalment", "date", "due", "days"});
  }
  header.insert(header.end(), report.labels.begin(), report.labels.end());
  header.emplace_back("credit");
  header.emplace_back("total");
  if (detail) {
    header.emplace_back("disputed");
  }
  write_csv_row(out, header);
  const std::string as_of = format_date(report.as_of);
  const std::string basis = basis_name(report.basis);
  for (const query::AgingBlock& block : report.blocks) {
    const std::string code(block.currency->code);
    for (const query::AgingRow& row : block.rows) {
      std::vector<std::string> cells{as_of, basis, code, row.customer_id, row.customer_name};
      if (detail) {
        write_detail_rows(out, report, cells, row);
        continue;
      }
      const auto amounts = amount_cells(row);
      cells.insert(cells.end(), amounts.begin(), amounts.end());
      write_csv_row(out, cells);
    }
  }
}

namespace {

void json_amounts(JsonWriter& json, const query::AgingReport& report, const query::AgingRow& row) {
  json.key("buckets").begin_array();
  for (std::size_t c = 0; c < report.labels.size(); ++c) {
    json.value(format_amount(row.columns[c]));
  }
  json.end_array();
  json.key("credit").value(format_amount(row.unapplied));
  json.key("total").value(format_amount(row.total));
  json.key("disputed").value(format_amount(row.disputed));
}

} // namespace

void aging_json(std::ostream& out, const query::AgingReport& report, bool detail) {
  JsonWriter json(out);
  json.begin_object();
  json.key("as_of").value(format_date(report.as_of));
  json.key("basis").value(basis_name(report.basis));
  json.key("bucket_labels").begin_array();
  for (const std::string& label : report.labels) {
    json.value(label);
  }
  json.end_array();
  json.key("currencies").begin_array();
  for (const query::AgingBlock& block : report.blocks) {
    json.begin_object();
    json.key("currency").value(block.currency->code);
    json.key("customers").begin_array();
    for (const query::AgingRow& row : block.rows) {
      json.begin_object();
      json.key("customer").value(row.customer_id);
      json.key("name").value(row.customer_name);
      json_amounts(json, report, row);
      if (detail) {
        json.key("items").begin_array();
        for (const query::AgingLine& line : row.lines) {
          json.begin_object();
          json.key("document").value(line.document_id);
          if (line.instalment > 0) {
            json.key("instalment").value(line.instalment);
          }
          json.key("date").value(format_date(line.date));
          json.key("due").value(format_date(line.due));
          json.key("days").value(line.days);
          json.key("bucket").value(report.labels[line.column]);
          json.key("open").value(format_amount(line.open));
          json.key("disputed").value(line.disputed);
          json.end_object();
        }
        json.end_array();
      }
      json.end_object();
    }
    json.end_array();
    json.key("totals").begin_object();
    json_amounts(json, report, block.totals);
    json.end_object();
    json.end_object();
  }
  json.end_array();
  json.end_object();
  json.finish();
}

} // namespace dues::render
