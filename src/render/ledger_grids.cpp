// Grids of the tax and payments reports, and of aging and statements (for xlsx and html).
#include "render/report_grids.hpp"

#include <fmt/format.h>

namespace dues::render {
namespace {

constexpr int k_decimals = 1;

std::vector<Cell> tax_cells(const query::TaxRow& row) {
  return {text_cell(row.code),
          text_cell(row.name),
          row.code == "total" ? text_cell("") : Cell{CellKind::number, format_decimal(row.rate), 2},
          count_cell(row.invoices),
          count_cell(row.credit_notes),
          money_cell(row.invoice_base),
          money_cell(row.invoice_tax),
          money_cell(row.credit_base),
          money_cell(row.credit_tax),
          money_cell(row.base),
          money_cell(row.tax),
          money_cell(row.cash_base),
          money_cell(row.cash_tax)};
}

std::vector<GridColumn> payments_columns(std::string first, std::string first_title,
                                         bool with_name) {
  std::vector<GridColumn> columns{{std::move(first), std::move(first_title), CellKind::text}};
  if (with_name) {
    columns.push_back({"name", "NAME", CellKind::text});
  }
  columns.insert(columns.end(), {{"receipts", "RECEIPTS", CellKind::count},
                                 {"amount", "AMOUNT", CellKind::money},
                                 {"fees", "FEES", CellKind::money},
                                 {"paid", "PAID", CellKind::count},
                                 {"days_to_pay", "DAYS TO PAY", CellKind::number},
                                 {"on_time", "ON TIME %", CellKind::number},
                                 {"unapplied", "UNAPPLIED", CellKind::money}});
  return columns;
}

std::vector<Cell> payments_cells(const query::PaymentsRow& row, bool with_name) {
  std::vector<Cell> cells{text_cell(row.label)};
  if (with_name) {
    cells.push_back(text_cell(row.name));
  }
  cells.insert(cells.end(),
               {count_cell(row.receipts), money_cell(row.amount), money_cell(row.fees),
                count_cell(row.paid), ratio_cell(row.days_to_pay, k_decimals),
                ratio_cell(row.on_time, k_decimals), optional_money_cell(row.unapplied)});
  return cells;
}

} // namespace

Grid tax_grid(const query::TaxReport& report) {
  Grid grid;
  grid.report = "tax";
  grid.title = "Output tax summary";
  grid.facts = {{"period", report.period.label},
                {"from", format_date(report.period.start)},
                {"to", format_date(report.period.end)},
                {"as_of", format_date(report.as_of)}};
  const std::vector<GridColumn> columns{{"code", "CODE", CellKind::text},
                                        {"name", "NAME", CellKind::text},
                                        {"rate", "RATE %", CellKind::number},
                                        {"invoices", "INVOICES", CellKind::count},
                                        {"credit_notes", "CREDITS", CellKind::count},
                                        {"invoice_base", "INVOICED BASE", CellKind::money},
                                        {"invoice_tax", "INVOICED TAX", CellKind::money},
                                        {"credit_base", "CREDITED BASE", CellKind::money},
                                        {"credit_tax", "CREDITED TAX", CellKind::money},
                                        {"base", "BASE", CellKind::money},
                                        {"tax", "TAX", CellKind::money},
                                        {"cash_base", "CASH BASE", CellKind::money},
                                        {"cash_tax", "CASH TAX", CellKind::money}};
  for (const query::TaxBlock& block : report.blocks) {
    const std::string code(block.currency->code);
    Section section{"codes", fmt::format("{}: output tax by code and rate", code), code, columns,
                    {}, std::nullopt};
    Section zero{"zero_rate",
                 fmt::format("{}: zero-rate codes (exempt, reverse charge, export)", code),
                 code,
                 {{"code", "CODE", CellKind::text},
                  {"name", "NAME", CellKind::text},
                  {"base", "BASE", CellKind::money},
                  {"cash_base", "CASH BASE", CellKind::money}},
                 {},
                 std::nullopt};
    for (const query::TaxRow& row : block.rows) {
      section.rows.push_back(tax_cells(row));
      if (row.zero_rate) {
        zero.rows.push_back({text_cell(row.code), text_cell(row.name), money_cell(row.base),
                             money_cell(row.cash_base)});
      }
    }
    section.total = tax_cells(block.total);
    grid.sections.push_back(std::move(section));
    if (!zero.rows.empty()) {
      grid.sections.push_back(std::move(zero));
    }
    grid.notes.push_back(fmt::format(
        "{}: documents of the period (invoices - credit notes) {} = base {} + tax {}.", code,
        format_amount(block.documents), format_amount(block.total.base),
        format_amount(block.total.tax)));
  }
  grid.notes.emplace_back(
      "Invoice basis: the stored tax lines of invoices dated in the period, minus those of "
      "credit notes. Cash basis: each payment received in the period carries the tax lines of "
      "the invoices it paid, pro rata (rounded per payment and line). (none) is the untaxed "
      "part of documents.");
  return grid;
}

Grid payments_grid(const query::PaymentsReport& report) {
  Grid grid;
  grid.report = "payments";
  grid.title = "Payments received";
  grid.facts = {{"as_of", format_date(report.as_of)},
                {"from", format_date(report.from)},
                {"by", std::string(period_unit_name(report.unit))}};
  for (const query::PaymentsBlock& block : report.blocks) {
    const std::string code(block.currency->code);
    Section periods{"periods", fmt::format("{}: by {}", code, period_unit_name(report.unit)),
                    code, payments_columns("period", "PERIOD", false), {}, std::nullopt};
    Chart chart{fmt::format("{}: money received", code), code, {}, {"received"}, {{}},
                block.currency->exponent, true};
    for (const query::PaymentsRow& row : block.periods) {
      periods.rows.push_back(payments_cells(row, false));
      chart.categories.push_back(row.label);
      chart.values[0].push_back(row.amount.minor_units());
    }
    periods.total = payments_cells(block.total, false);
    grid.sections.push_back(std::move(periods));
    grid.charts.push_back(std::move(chart));
    Section customers{"customers", fmt::format("{}: by customer", code), code,
                      payments_columns("customer", "CUSTOMER", true), {}, std::nullopt};
    for (const query::PaymentsRow& row : block.customers) {
      customers.rows.push_back(payments_cells(row, true));
    }
    grid.sections.push_back(std::move(customers));
    Section methods{"methods", fmt::format("{}: by method", code), code,
                    {{"method", "METHOD", CellKind::text},
                     {"receipts", "RECEIPTS", CellKind::count},
                     {"amount", "AMOUNT", CellKind::money},
                     {"fees", "FEES", CellKind::money}},
                    {},
                    std::nullopt};
    for (const query::PaymentsRow& row : block.methods) {
      methods.rows.push_back({text_cell(row.label), count_cell(row.receipts),
                              money_cell(row.amount), money_cell(row.fees)});
    }
    grid.sections.push_back(std::move(methods));
  }
  grid.notes.emplace_back(
      "Paid: invoices paid in full in the period (days to pay from the invoice date; on time "
      "when paid by the due date). Unapplied: customer credit not applied at the end.");
  return grid;
}

Grid aging_grid(const query::AgingReport& report) {
  Grid grid;
  grid.report = "aging";
  grid.title = "Aging";
  grid.facts = {{"as_of", format_date(report.as_of)},
                {"basis", report.basis == query::AgingBasis::due ? "due" : "invoice"}};
  std::vector<GridColumn> columns{{"customer", "CUSTOMER", CellKind::text},
                                  {"name", "NAME", CellKind::text}};
  for (const std::string& label : report.labels) {
    columns.push_back({label, label, CellKind::money});
  }
  columns.push_back({"credit", "CREDIT", CellKind::money});
  columns.push_back({"total", "TOTAL", CellKind::money});
  const auto cells = [](const query::AgingRow& row) {
    std::vector<Cell> result{text_cell(row.customer_id), text_cell(row.customer_name)};
    for (const Money& amount : row.columns) {
      result.push_back(money_cell(amount));
    }
    result.push_back(money_cell(row.unapplied));
    result.push_back(money_cell(row.total));
    return result;
  };
  for (const query::AgingBlock& block : report.blocks) {
    const std::string code(block.currency->code);
    Section section{"customers", code, code, columns, {}, cells(block.totals)};
    Chart chart{fmt::format("{}: open items by age", code), code, {}, report.labels,
                std::vector<std::vector<std::int64_t>>(report.labels.size()),
                block.currency->exponent, true};
    for (const query::AgingRow& row : block.rows) {
      section.rows.push_back(cells(row));
      chart.categories.push_back(row.customer_id);
      for (std::size_t c = 0; c < row.columns.size(); ++c) {
        chart.values[c].push_back(row.columns[c].minor_units());
      }
    }
    grid.sections.push_back(std::move(section));
    grid.charts.push_back(std::move(chart));
  }
  return grid;
}

Grid statement_grid(const query::Statement& statement) {
  Grid grid;
  grid.report = "statement";
  grid.title = fmt::format("Statement of account: {}", statement.customer_name);
  grid.facts = {{"customer", statement.customer_id},
                {"from", statement.from ? format_date(*statement.from) : ""},
                {"to", format_date(statement.to)}};
  for (const query::StatementBlock& block : statement.blocks) {
    const std::string code(block.currency->code);
    Section section{"movements", code, code,
                    {{"date", "DATE", CellKind::date},
                     {"type", "TYPE", CellKind::text},
                     {"document", "DOCUMENT", CellKind::text},
                     {"detail", "DETAIL", CellKind::text},
                     {"amount", "AMOUNT", CellKind::money},
                     {"balance", "BALANCE", CellKind::money}},
                    {},
                    std::nullopt};
    section.rows.push_back({optional_date_cell(statement.from), text_cell("opening"),
                            text_cell(""), text_cell(""), text_cell(""),
                            money_cell(block.opening)});
    for (const query::Movement& movement : block.movements) {
      section.rows.push_back({date_cell(movement.date),
                              text_cell(std::string(query::movement_name(movement.kind))),
                              text_cell(movement.document), text_cell(movement.detail),
                              money_cell(movement.amount), money_cell(movement.balance)});
    }
    section.total = {date_cell(statement.to), text_cell("closing"), text_cell(""),
                     text_cell(""),           text_cell(""),        money_cell(block.closing)};
    grid.sections.push_back(std::move(section));
  }
  return grid;
}

} // namespace dues::render
