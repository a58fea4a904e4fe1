#include "render/report_grids.hpp"

#include <fmt/format.h>

namespace dues::render {

std::string_view period_unit_name(query::PeriodUnit unit) {
  switch (unit) {
  case query::PeriodUnit::week:
    return "week";
  case query::PeriodUnit::month:
    return "month";
  case query::PeriodUnit::quarter:
    return "quarter";
  case query::PeriodUnit::year:
    break;
  }
  return "year";
}

namespace {

constexpr int k_days_decimals = 1; // days are shown to a tenth
constexpr int k_share_decimals = 1;

// A ratio as an integer scaled by 10^decimals (for chart bars); 0 when undefined.
std::int64_t scaled(const query::Ratio& value, int decimals) {
  if (!value.defined()) {
    return 0;
  }
  Int128 scale = 1;
  for (int i = 0; i < decimals; ++i) {
    scale *= 10;
  }
  return static_cast<std::int64_t>(divide_rounded(value.num * scale, value.den,
                                                  RoundingMode::half_up));
}

std::vector<Cell> dso_cells(const query::DsoRow& row, bool per_customer) {
  std::vector<Cell> cells;
  if (per_customer) {
    cells = {text_cell(row.customer_id), text_cell(row.customer_name)};
  } else {
    cells = {text_cell(row.period.label), date_cell(row.period.start), date_cell(row.period.end)};
  }
  cells.insert(cells.end(), {money_cell(row.begin_ar), money_cell(row.sales), money_cell(row.ar),
                             money_cell(row.current), ratio_cell(row.standard, k_days_decimals),
                             ratio_cell(row.countback, k_days_decimals),
                             ratio_cell(row.cei, k_share_decimals),
                             ratio_cell(row.days_to_pay, k_days_decimals), count_cell(row.paid)});
  return cells;
}

std::vector<GridColumn> dso_columns(bool per_customer) {
  std::vector<GridColumn> columns;
  if (per_customer) {
    columns = {{"customer", "CUSTOMER", CellKind::text}, {"name", "NAME", CellKind::text}};
  } else {
    columns = {{"period", "PERIOD", CellKind::text},
               {"start", "START", CellKind::date},
               {"end", "END", CellKind::date}};
  }
  columns.insert(columns.end(), {{"begin_ar", "AR START", CellKind::money},
                                 {"sales", "SALES", CellKind::money},
                                 {"ar", "AR END", CellKind::money},
                                 {"current", "NOT DUE", CellKind::money},
                                 {"dso", "DSO", CellKind::number},
                                 {"countback", "COUNTBACK", CellKind::number},
                                 {"cei", "CEI %", CellKind::number},
                                 {"days_to_pay", "DAYS TO PAY", CellKind::number},
                                 {"paid", "PAID", CellKind::count}});
  return columns;
}

} // namespace

Grid dso_grid(const query::DsoReport& report) {
  Grid grid;
  grid.report = "dso";
  grid.title = "Days sales outstanding";
  grid.facts = {{"as_of", format_date(report.as_of)},
                {"by", std::string(period_unit_name(report.unit))}};
  for (const query::DsoBlock& block : report.blocks) {
    const std::string code(block.currency->code);
    Section trend{"trend", fmt::format("{}: every customer, by {}", code,
                                       period_unit_name(report.unit)),
                  code, dso_columns(false), {}, std::nullopt};
    Chart chart{fmt::format("{}: DSO by {} (days)", code, period_unit_name(report.unit)),
                code, {}, {"DSO", "countback"}, {{}, {}}, k_days_decimals, false};
    for (const query::DsoRow& row : block.trend) {
      trend.rows.push_back(dso_cells(row, false));
      chart.categories.push_back(row.period.label);
      chart.values[0].push_back(scaled(row.standard, k_days_decimals));
      chart.values[1].push_back(scaled(row.countback, k_days_decimals));
    }
    grid.sections.push_back(std::move(trend));
    grid.charts.push_back(std::move(chart));
    if (!block.customers.empty()) {
      Section customers{"customers",
                        fmt::format("{}: customers, {}", code, block.trend.back().period.label),
                        code, dso_columns(true), {}, std::nullopt};
      for (const query::DsoRow& row : block.customers) {
        customers.rows.push_back(dso_cells(row, true));
      }
      grid.sections.push_back(std::move(customers));
    }
  }
  grid.notes = {
      "DSO = AR at the period's end / credit sales of the period x days in the period.",
      "Countback: days of the latest sales, month by month backwards, that add up to the AR.",
      "CEI % = (AR start + sales - AR end) / (AR start + sales - AR not yet due) x 100.",
      "Days to pay: mean days from invoice date to full payment, invoices paid in full in the "
      "period."};
  return grid;
}

Grid forecast_grid(const query::ForecastReport& report) {
  Grid grid;
  grid.report = "forecast";
  grid.title = "Cash forecast";
  grid.facts = {{"as_of", format_date(report.as_of)},
                {"by", std::string(period_unit_name(report.unit))}};
  for (const query::ForecastBlock& block : report.blocks) {
    const std::string code(block.currency->code);
    Section periods{"periods", fmt::format("{}: due and expected by {}", code,
                                           period_unit_name(report.unit)),
                    code,
                    {{"period", "PERIOD", CellKind::text},
                     {"start", "START", CellKind::date},
                     {"end", "END", CellKind::date},
                     {"due", "DUE", CellKind::money},
                     {"expected", "EXPECTED", CellKind::money},
                     {"discount", "DISCOUNT", CellKind::money},
                     {"held", "DISPUTED", CellKind::money}},
                    {},
                    std::nullopt};
    Chart chart{fmt::format("{}: due and expected receipts", code), code, {}, {"due", "expected"},
                {{}, {}}, block.currency->exponent, false};
    const auto cells = [](const query::ForecastRow& row) {
      return std::vector<Cell>{text_cell(row.label),      optional_date_cell(row.start),
                               optional_date_cell(row.end), money_cell(row.due),
                               money_cell(row.expected),  money_cell(row.discount),
                               money_cell(row.held)};
    };
    for (const query::ForecastRow& row : block.rows) {
      periods.rows.push_back(cells(row));
      chart.categories.push_back(row.label);
      chart.values[0].push_back(row.due.minor_units());
      chart.values[1].push_back(row.expected.minor_units());
    }
    periods.total = cells(block.total);
    grid.sections.push_back(std::move(periods));
    grid.charts.push_back(std::move(chart));
    Section customers{"customers", fmt::format("{}: customers", code), code,
                      {{"customer", "CUSTOMER", CellKind::text},
                       {"name", "NAME", CellKind::text},
                       {"delay", "DELAY", CellKind::count},
                       {"delay_from", "FROM", CellKind::text},
                       {"history", "HISTORY", CellKind::count},
                       {"open", "OPEN", CellKind::money},
                       {"expected", "EXPECTED", CellKind::money},
                       {"later", "LATER", CellKind::money},
                       {"held", "DISPUTED", CellKind::money}},
                      {},
                      std::nullopt};
    for (const query::ForecastCustomer& row : block.customers) {
      customers.rows.push_back({text_cell(row.customer_id), text_cell(row.customer_name),
                                count_cell(row.delay),
                                text_cell(std::string(query::delay_source_name(row.source))),
                                count_cell(row.settled), money_cell(row.open),
                                money_cell(row.expected_in_range), money_cell(row.later),
                                money_cell(row.held)});
    }
    grid.sections.push_back(std::move(customers));
  }
  grid.notes = {
      "Expected date = due date + the customer's mean days late (own history of 3+ settled "
      "invoices, else the whole ledger's, else none); overdue items are expected in the first "
      "period.",
      "Cash discounts count when the expected date is within the discount period; disputed "
      "items are not expected. Total due = expected + discount + disputed = open items."};
  return grid;
}

Grid risk_grid(const query::RiskReport& report, bool warnings_only) {
  Grid grid;
  grid.report = "risk";
  grid.title = "Customer risk";
  grid.facts = {{"as_of", format_date(report.as_of)},
                {"compared_with", format_date(report.previous)}};
  for (const query::RiskBlock& block : report.blocks) {
    const std::string code(block.currency->code);
    Section section{"customers", fmt::format("{}: customers", code), code,
                    {{"customer", "CUSTOMER", CellKind::text},
                     {"name", "NAME", CellKind::text},
                     {"limit", "LIMIT", CellKind::money},
                     {"balance", "BALANCE", CellKind::money},
                     {"limit_use", "USE %", CellKind::number},
                     {"open", "OPEN", CellKind::money},
                     {"overdue", "OVERDUE", CellKind::money},
                     {"overdue_60", "60+", CellKind::money},
                     {"overdue_share", "OVERDUE %", CellKind::number},
                     {"days_late", "DAYS LATE", CellKind::number},
                     {"recent_days_late", "RECENT", CellKind::number},
                     {"late_share", "LATE %", CellKind::number},
                     {"settled", "SETTLED", CellKind::count},
                     {"disputes", "DISPUTES", CellKind::count},
                     {"broken_promises", "BROKEN", CellKind::count},
                     {"score", "SCORE", CellKind::count},
                     {"previous_score", "BEFORE", CellKind::count},
                     {"trend", "TREND", CellKind::count}},
                    {},
                    std::nullopt};
    Chart chart{fmt::format("{}: risk score (0-100)", code), code, {}, {"score"}, {{}}, 0, true};
    for (const query::RiskRow& row : block.rows) {
      for (const std::string& warning : row.warnings) {
        grid.warnings.push_back(fmt::format("{} ({}): {}", row.customer_id, code, warning));
      }
      if (warnings_only && row.warnings.empty()) {
        continue;
      }
      const auto optional_count = [](const std::optional<int>& value) {
        return value ? count_cell(*value) : Cell{CellKind::count, "", 0};
      };
      section.rows.push_back(
          {text_cell(row.customer_id), text_cell(row.customer_name),
           optional_money_cell(row.limit), money_cell(row.balance),
           ratio_cell(row.limit_use, k_share_decimals), money_cell(row.open),
           money_cell(row.overdue), money_cell(row.overdue_60),
           ratio_cell(row.share_overdue, k_share_decimals),
           ratio_cell(row.days_late, k_days_decimals),
           ratio_cell(row.recent_days_late, k_days_decimals),
           ratio_cell(row.share_late, k_share_decimals), count_cell(row.settled),
           count_cell(row.disputes), count_cell(row.broken_promises), count_cell(row.score), optional_count(row.previous_score),
           optional_count(row.previous_score ? std::optional<int>(row.score - *row.previous_score)
                                             : std::nullopt)});
      chart.categories.push_back(row.customer_id);
      chart.values[0].push_back(row.score);
    }
    if (!section.rows.empty()) {
      grid.sections.push_back(std::move(section));
      grid.charts.push_back(std::move(chart));
    }
  }
  grid.notes = {
      "Score (0-100) = 40 x overdue share + 20 x 60+ share + 20 x min(days late, 60) / 60 "
      "+ 10 x share paid late + 10 if over the credit limit + 10 per broken promise (at most "
      "2; promised day in the last 90 days; partly paid by that day is broken), at most 100; "
      "days late are the recent ones (paid in the last 90 days) when there are any.",
      "Warnings: over the credit limit; items that passed 60 days overdue in the last 30 days; "
      "a score 10+ points higher than 90 days earlier."};
  return grid;
}

Grid collections_grid(const query::CollectionsReport& report) {
  Grid grid;
  grid.report = "collections";
  grid.title = "Collections work list";
  grid.facts = {{"as_of", format_date(report.as_of)}};
  for (const query::CollectionsSection& block : report.sections) {
    Section section{"customers", fmt::format("{}: overdue customers", block.currency),
                    block.currency,
                    {{"customer", "CUSTOMER", CellKind::text},
                     {"overdue", "OVERDUE", CellKind::money},
                     {"invoices", "INVOICES", CellKind::count},
                     {"oldest_days", "OLDEST", CellKind::count},
                     {"level", "LEVEL", CellKind::count},
                     {"last_contact", "LAST CONTACT", CellKind::date},
                     {"contact", "BY", CellKind::text},
                     {"open_promises", "PROMISES", CellKind::count},
                     {"broken_promises", "BROKEN", CellKind::count},
                     {"next_action", "NEXT ACTION", CellKind::text},
                     {"next_date", "ON", CellKind::date},
                     {"detail", "DETAIL", CellKind::text}},
                    {},
                    std::nullopt};
    Money overdue = Money::zero(*find_currency(block.currency));
    int invoices = 0;
    for (const query::CollectionsRow& row : block.rows) {
      overdue += row.overdue;
      invoices += row.invoices;
      section.rows.push_back({text_cell(row.customer_id), money_cell(row.overdue),
                              count_cell(row.invoices), count_cell(row.oldest_days),
                              count_cell(row.level), optional_date_cell(row.last_contact),
                              text_cell(row.last_contact_kind), count_cell(row.open_promises),
                              count_cell(row.broken_promises),
                              text_cell(std::string(query::next_action_name(row.next))),
                              optional_date_cell(row.next_date), text_cell(row.next_detail)});
    }
    std::vector<Cell> total{text_cell("total"), money_cell(overdue), count_cell(invoices)};
    for (std::size_t i = total.size(); i < section.columns.size(); ++i) {
      total.push_back(Cell{section.columns[i].kind, "", 0}); // no value
    }
    section.total = std::move(total);
    grid.sections.push_back(std::move(section));
  }
  grid.notes.push_back("OVERDUE: open and past due; OLDEST: days since the oldest overdue due "
                       "date; LEVEL: highest reminder level sent for an open invoice");
  return grid;
}

} // namespace dues::render
