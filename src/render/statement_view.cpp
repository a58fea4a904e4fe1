#include "render/statement_view.hpp"

#include "base/text.hpp"
#include "render/csv.hpp"
#include "render/json.hpp"
#include "render/reminder_view.hpp"
#include "render/table.hpp"

#include <fmt/format.h>

namespace dues::render {
namespace {

std::string upper(std::string_view text) {
  std::string result;
  for (const char c : text) {
    result += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return result;
}

std::string period_text(const query::Statement& statement) {
  return statement.from
             ? fmt::format("{} to {}", format_date(*statement.from), format_date(statement.to))
             : fmt::format("up to {}", format_date(statement.to));
}

// The day the opening balance is taken: the day before `from`; empty without it.
std::string opening_date(const query::Statement& statement) {
  return statement.from ? format_date(add_days(*statement.from, -1)) : std::string{};
}

std::string customer_line(const query::Statement& statement) {
  return statement.customer_name.empty()
             ? statement.customer_id
             : fmt::format("{} ({})", statement.customer_name, statement.customer_id);
}

void print_aging(std::ostream& out, const query::Statement& statement,
                 const query::StatementBlock& block, bool colour) {
  out << fmt::format("\nAging as of {}\n", format_date(statement.to));
  std::vector<Column> columns;
  std::vector<std::string> cells;
  for (std::size_t c = 0; c < statement.aging_labels.size(); ++c) {
    columns.push_back({upper(statement.aging_labels[c]), Align::right, 0});
    cells.push_back(format_amount(block.aging.columns[c]));
  }
  columns.push_back({"CREDIT", Align::right, 0});
  cells.push_back(format_amount(block.aging.unapplied));
  columns.push_back({"TOTAL", Align::right, 0});
  cells.push_back(format_amount(block.aging.total));
  Table table(std::move(columns));
  table.add_row(std::move(cells));
  table.print(out, colour);
}

} // namespace

void statement_table(std::ostream& out, const query::Statement& statement, bool colour) {
  out << fmt::format("Statement of account for {}\n", printable(customer_line(statement)));
  out << fmt::format("Period: {}\n", period_text(statement));
  if (statement.blocks.empty()) {
    out << "\nNo balance and no movements.\n";
    return;
  }
  for (const query::StatementBlock& block : statement.blocks) {
    out << '\n' << block.currency->code << '\n';
    Table table({{"DATE", Align::left, 0},
                 {"TYPE", Align::left, 0},
                 {"DOCUMENT", Align::left, 0},
                 {"DETAIL", Align::left, 40},
                 {"AMOUNT", Align::right, 0},
                 {"BALANCE", Align::right, 0}});
    table.add_row({opening_date(statement), "opening", "", "", "", format_amount(block.opening)});
    for (const query::Movement& movement : block.movements) {
      table.add_row({format_date(movement.date), std::string(query::movement_name(movement.kind)),
                     movement.document, movement.detail, format_amount(movement.amount),
                     format_amount(movement.balance)});
    }
    table.add_rule();
    table.add_row({format_date(statement.to), "closing", "", "", "", format_amount(block.closing)},
                  RowStyle::total);
    table.print(out, colour);
    print_aging(out, statement, block, colour);
  }
}

void statement_csv(std::ostream& out, const query::Statement& statement) {
  write_csv_row(
      out, {"customer", "currency", "date", "type", "document", "detail", "amount", "balance"});
  for (const query::StatementBlock& block : statement.blocks) {
    const std::string code(block.currency->code);
    const auto row = [&](std::string date, std::string type, std::string document,
                         std::string detail, std::string amount, std::string balance) {
      write_csv_row(out, {statement.customer_id, code, std::move(date), std::move(type),
                          std::move(document), std::move(detail), std::move(amount),
                          std::move(balance)});
    };
    row(opening_date(statement), "opening", "", "", "", format_amount(block.opening));
    for (const query::Movement& movement : block.movements) {
      row(format_date(movement.date), std::string(query::movement_name(movement.kind)),
          movement.document, movement.detail, format_amount(movement.amount),
          format_amount(movement.balance));
    }
    const std::string to = format_date(statement.to);
    row(to, "closing", "", "", "", format_amount(block.closing));
    for (std::size_t c = 0; c < statement.aging_labels.size(); ++c) {
      row(to, "aging", "", statement.aging_labels[c], format_amount(block.aging.columns[c]), "");
    }
    row(to, "aging", "", "credit", format_amount(block.aging.unapplied), "");
    row(to, "aging", "", "total", format_amount(block.aging.total), "");
  }
}

void statement_json(std::ostream& out, const query::Statement& statement,
                    std::span<const query::ContactEvent> history) {
  JsonWriter json(out);
  json.begin_object();
  json.key("customer").value(statement.customer_id);
  json.key("name").value(statement.customer_name);
  json.key("from");
  if (statement.from) {
    json.value(format_date(*statement.from));
  } else {
    json.null();
  }
  json.key("to").value(format_date(statement.to));
  json.key("bucket_labels").begin_array();
  for (const std::string& label : statement.aging_labels) {
    json.value(label);
  }
  json.end_array();
  json.key("currencies").begin_array();
  for (const query::StatementBlock& block : statement.blocks) {
    json.begin_object();
    json.key("currency").value(block.currency->code);
    json.key("opening").value(format_amount(block.opening));
    json.key("movements").begin_array();
    for (const query::Movement& movement : block.movements) {
      json.begin_object();
      json.key("date").value(format_date(movement.date));
      json.key("type").value(query::movement_name(movement.kind));
      json.key("document").value(movement.document);
      json.key("detail").value(movement.detail);
      json.key("amount").value(format_amount(movement.amount));
      json.key("balance").value(format_amount(movement.balance));
      json.end_object();
    }
    json.end_array();
    json.key("closing").value(format_amount(block.closing));
    json.key("aging").begin_object();
    json.key("buckets").begin_array();
    for (const Money& amount : block.aging.columns) {
      json.value(format_amount(amount));
    }
    json.end_array();
    json.key("credit").value(format_amount(block.aging.unapplied));
    json.key("total").value(format_amount(block.aging.total));
    json.end_object();
    json.end_object();
  }
  json.end_array();
  contact_history_json(json, history); // collections: reminders, notes and promises
  json.end_object();
  json.finish();
}

std::string html_escape(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  for (const char c : text) {
    switch (c) {
    case '&':
      result += "&amp;";
      break;
    case '<':
      result += "&lt;";
      break;
    case '>':
      result += "&gt;";
      break;
    case '"':
      result += "&quot;";
      break;
    case '\'':
      result += "&#39;";
      break;
    default:
      result += c;
    }
  }
  return result;
}

namespace {

constexpr std::string_view k_style = R"(body { font-family: sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.4em; margin-bottom: 0.2em; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { padding: 0.25em 0.75em; text-align: left; border-bottom: 1px solid #ddd; }
th { background: #f3f3f3; }
td.amount, th.amount { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.opening td, tr.closing td { font-weight: bold; }
)";

void html_row(std::ostream& out, std::string_view css, const std::vector<std::string>& cells,
              std::size_t first_amount) {
  out << (css.empty() ? std::string("<tr>") : fmt::format("<tr class=\"{}\">", css));
  for (std::size_t c = 0; c < cells.size(); ++c) {
    out << (c >= first_amount ? "<td class=\"amount\">" : "<td>") << html_escape(cells[c])
        << "</td>";
  }
  out << "</tr>\n";
}

void html_block(std::ostream& out, const query::Statement& statement,
                const query::StatementBlock& block) {
  out << "<section>\n<h2>" << html_escape(block.currency->code) << "</h2>\n";
  out << "<table class=\"movements\">\n<thead><tr><th>Date</th><th>Type</th><th>Document</th>"
         "<th>Detail</th><th class=\"amount\">Amount</th><th class=\"amount\">Balance</th>"
         "</tr></thead>\n<tbody>\n";
  html_row(out, "opening",
           {opening_date(statement), "opening balance", "", "", "", format_amount(block.opening)},
           4);
  for (const query::Movement& movement : block.movements) {
    html_row(out, "",
             {format_date(movement.date), std::string(query::movement_name(movement.kind)),
              movement.document, movement.detail, format_amount(movement.amount),
              format_amount(movement.balance)},
             4);
  }
  html_row(out, "closing",
           {format_date(statement.to), "closing balance", "", "", "", format_amount(block.closing)},
           4);
  out << "</tbody>\n</table>\n";
  out << "<h3>Aging as of " << html_escape(format_date(statement.to)) << "</h3>\n";
  out << "<table class=\"aging\">\n<thead><tr>";
  for (const std::string& label : statement.aging_labels) {
    out << "<th class=\"amount\">" << html_escape(label) << "</th>";
  }
  out << "<th class=\"amount\">credit</th><th class=\"amount\">total</th></tr></thead>\n<tbody>\n";
  std::vector<std::string> cells;
  for (const Money& amount : block.aging.columns) {
    cells.push_back(format_amount(amount));
  }
  cells.push_back(format_amount(block.aging.unapplied));
  cells.push_back(format_amount(block.aging.total));
  html_row(out, "", cells, 0);
  out << "</tbody>\n</table>\n</section>\n";
}

} // namespace

void statement_html(std::ostream& out, const query::Statement& statement) {
  const std::string title = fmt::format("Statement of account for {}", customer_line(statement));
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << html_escape(title) << "</title>\n<style>\n"
      << k_style << "</style>\n</head>\n<body>\n";
  if (!statement.company.empty()) {
    out << "<p class=\"company\">" << html_escape(statement.company) << "</p>\n";
  }
  out << "<h1>" << html_escape(title) << "</h1>\n";
  out << "<p class=\"period\">Period: " << html_escape(period_text(statement)) << "</p>\n";
  if (statement.blocks.empty()) {
    out << "<p>No balance and no movements.</p>\n";
  }
  for (const query::StatementBlock& block : statement.blocks) {
    html_block(out, statement, block);
  }
  out << "</body>\n</html>\n";
}

} // namespace dues::render
