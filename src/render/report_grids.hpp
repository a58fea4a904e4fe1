#pragma once

// Each report as a render::Grid, for the shared table, CSV, JSON, HTML and xlsx writers.
#include "query/aging.hpp"
#include "query/collections.hpp"
#include "query/dso.hpp"
#include "query/forecast.hpp"
#include "query/payments.hpp"
#include "query/risk.hpp"
#include "query/statement.hpp"
#include "query/tax.hpp"
#include "render/grid.hpp"

namespace dues::render {

Grid dso_grid(const query::DsoReport& report);
Grid forecast_grid(const query::ForecastReport& report);
// With warnings_only, the sections keep only customers with a warning.
Grid risk_grid(const query::RiskReport& report, bool warnings_only);
Grid tax_grid(const query::TaxReport& report);
Grid payments_grid(const query::PaymentsReport& report);
// The aging report (customers by bucket, with a stacked bar chart per currency).
Grid aging_grid(const query::AgingReport& report);
// A statement: its movements, opening and closing balances, per currency.
Grid statement_grid(const query::Statement& statement);

// collections: the daily work list (`dues report collections`).
Grid collections_grid(const query::CollectionsReport& report);

// "month", "quarter", ...
std::string_view period_unit_name(query::PeriodUnit unit);

} // namespace dues::render
