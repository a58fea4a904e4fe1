// dues report dso|forecast|risk|tax|payments: reports for decisions (docs/reports.md).
#include "cli/commands.hpp"
#include "cli/environment.hpp"
#include "cli/receipts.hpp"
#include "query/collections.hpp"
#include "query/dso.hpp"
#include "query/forecast.hpp"
#include "query/payments.hpp"
#include "query/risk.hpp"
#include "query/tax.hpp"
#include "render/report_grids.hpp"

#include <fmt/format.h>

#include <array>

namespace dues::cli {
namespace {

// What every report reads first: the format, the day and the filter.
struct Common {
  Format format = Format::table;
  Date as_of;
  query::ReportFilter filter;
};

Common common_arguments(Context& ctx, const ReportOptions& options) {
  Common common;
  common.format = format_argument(
      options.format, {Format::table, Format::csv, Format::json, Format::html, Format::xlsx});
  common.as_of = options.as_of ? date_argument("--as-of", *options.as_of) : ctx.today;
  if (options.currency) {
    currency_argument("--currency", *options.currency);
    common.filter.currency = options.currency;
  }
  return common;
}

// Checks --customer against the loaded ledger.
void check_customer(const Ledger& ledger, const ReportOptions& options,
                    query::ReportFilter& filter) {
  if (options.customer) {
    customer_argument(ledger, *options.customer);
    filter.customer = options.customer;
  }
}

query::PeriodUnit unit_argument(const ReportOptions& options, query::PeriodUnit fallback,
                                std::initializer_list<query::PeriodUnit> allowed) {
  if (!options.by) {
    return fallback;
  }
  const auto unit = query::parse_period_unit(*options.by);
  std::string names;
  for (const query::PeriodUnit candidate : allowed) {
    if (unit && *unit == candidate) {
      return candidate;
    }
    names += names.empty() ? "" : ", ";
    names += render::period_unit_name(candidate);
  }
  throw Error(ErrorKind::usage, fmt::format("--by: expected {}, not '{}'", names, *options.by));
}

int periods_argument(const ReportOptions& options, int fallback) {
  const int periods = options.periods.value_or(fallback);
  if (periods < 1 || periods > 120) {
    throw Error(ErrorKind::usage,
                fmt::format("--periods: expected a number from 1 to 120, not {}", periods));
  }
  return periods;
}

void print(Context& ctx, const Ledger& ledger, Format format, const render::Grid& grid) {
  switch (format) {
  case Format::csv:
    begin_csv(ctx.out, ctx, ledger.settings);
    render::grid_csv(ctx.out, grid);
    break;
  case Format::json:
    render::grid_json(ctx.out, grid);
    break;
  case Format::html:
    render::grid_html(ctx.out, grid);
    break;
  case Format::xlsx:
    render::grid_xlsx(ctx.out, grid, source_date_epoch());
    break;
  default:
    render::grid_table(ctx.out, grid, ctx.colour);
    break;
  }
}

// The ledger a report reads, its --customer checked against it, and the request told the
// day and the filter every report takes.
template <typename Request>
Ledger load_for(Context& ctx, const ReportOptions& options, Common& common, Request& request,
                LoadMode mode) {
  Ledger ledger = load_ledger(ctx, mode);
  check_customer(ledger, options, common.filter);
  request.as_of = common.as_of;
  request.filter = common.filter;
  return ledger;
}

// The reports over past or coming periods (dso, forecast, payments): the same arguments,
// one query, one grid.
template <typename Request, typename Report>
ExitCode run_periodic(Context& ctx, const ReportOptions& options, query::PeriodUnit fallback,
                      std::initializer_list<query::PeriodUnit> allowed, int periods,
                      Report (*compute)(const Ledger&, const Request&),
                      render::Grid (*view)(const Report&)) {
  Common common = common_arguments(ctx, options);
  Request request;
  request.unit = unit_argument(options, fallback, allowed);
  request.periods = periods_argument(options, periods);
  const Ledger ledger = load_for(ctx, options, common, request, LoadMode::balances);
  print(ctx, ledger, common.format, view(compute(ledger, request)));
  return ExitCode::ok;
}

ExitCode run_report_dso(Context& ctx, const ReportOptions& options) {
  return run_periodic(ctx, options, query::PeriodUnit::month,
                      {query::PeriodUnit::month, query::PeriodUnit::quarter}, 6, query::dso,
                      render::dso_grid);
}

ExitCode run_report_forecast(Context& ctx, const ReportOptions& options) {
  return run_periodic(ctx, options, query::PeriodUnit::month,
                      {query::PeriodUnit::week, query::PeriodUnit::month}, 3, query::forecast,
                      render::forecast_grid);
}

ExitCode run_report_payments(Context& ctx, const ReportOptions& options) {
  return run_periodic(
      ctx, options, query::PeriodUnit::month,
      {query::PeriodUnit::week, query::PeriodUnit::month, query::PeriodUnit::quarter}, 6,
      query::payments_report, render::payments_grid);
}

ExitCode run_report_risk(Context& ctx, const ReportOptions& options) {
  Common common = common_arguments(ctx, options);
  query::RiskRequest request;
  const Ledger ledger = load_for(ctx, options, common, request, LoadMode::balances);
  const query::RiskReport report = query::risk(ledger, request);
  const render::Grid grid = render::risk_grid(report, options.warnings_only);
  if (options.warnings_only && common.format == Format::table) {
    for (const std::string& warning : grid.warnings) {
      ctx.out << warning << '\n';
    }
  } else {
    print(ctx, ledger, common.format, grid);
  }
  // Warnings need attention: cron mails what exits 1.
  return options.warnings_only && report.has_warnings() ? ExitCode::attention : ExitCode::ok;
}

ExitCode run_report_tax(Context& ctx, const ReportOptions& options) {
  Common common = common_arguments(ctx, options);
  query::TaxRequest request;
  if (options.period && (options.from || options.to)) {
    throw Error(ErrorKind::usage, "--period and --from/--to do not go together");
  }
  if (options.period) {
    const auto period = query::parse_period(*options.period);
    if (!period) {
      throw Error(ErrorKind::usage,
                  fmt::format("--period: expected a year (2026), quarter (2026-Q3) or month "
                              "(2026-09), not '{}'",
                              *options.period));
    }
    request.period = *period;
  } else if (options.from || options.to) {
    if (!options.from || !options.to) {
      throw Error(ErrorKind::usage, "--from and --to go together");
    }
    request.period.start = date_argument("--from", *options.from);
    request.period.end = date_argument("--to", *options.to);
    if (day_number(request.period.start) > day_number(request.period.end)) {
      throw Error(ErrorKind::usage,
                  fmt::format("--from {} is after --to {}", *options.from, *options.to));
    }
    request.period.label = *options.from + ".." + *options.to;
  } else {
    request.period = query::period_of(query::PeriodUnit::quarter, common.as_of);
  }
  // Tax lines are detail lines: a balances load, then the entries of the documents the
  // summary reads (dated or paid in the period) are read again for theirs.
  request.as_of = common.as_of;
  request.filter = common.filter;
  request.filter.customer = options.customer; // checked below
  DetailsOf details;
  details.documents = [&request](const Ledger& ledger) {
    return query::tax_documents(ledger, request);
  };
  Ledger ledger = load_ledger(ctx, details);
  check_customer(ledger, options, common.filter);
  request.filter = common.filter;
  print(ctx, ledger, common.format, render::tax_grid(query::tax_summary(ledger, request)));
  return ExitCode::ok;
}

// collections: the daily work list.
ExitCode run_report_collections(Context& ctx, const ReportOptions& options) {
  Common common = common_arguments(ctx, options);
  query::CollectionsRequest request;
  const Ledger ledger = load_for(ctx, options, common, request, LoadMode::balances);
  print(ctx, ledger, common.format, render::collections_grid(query::collections(ledger, request)));
  return ExitCode::ok;
}

} // namespace

std::span<const ReportCommand> report_commands() {
  static const std::array<ReportCommand, 6> k_reports{{
      {"dso", "DSO, countback, CEI and days to pay", run_report_dso, "month or quarter"},
      {"forecast", "expected receipts per period", run_report_forecast, "week or month"},
      {"risk", "credit use, overdue, habits, score, warnings", run_report_risk, nullptr},
      {"tax", "output tax per code and rate for a period", run_report_tax, nullptr},
      {"payments", "receipts, days to pay, fees", run_report_payments, "week, month, quarter"},
      {"collections", "work list: overdue customers, level, contact, next action",
       run_report_collections, nullptr},
  }};
  return k_reports;
}

} // namespace dues::cli
