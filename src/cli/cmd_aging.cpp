#include "base/money.hpp"
#include "base/country.hpp"       // hardening: codes in capitals
#include "cli/environment.hpp"
#include "model/suggestions.hpp" // hardening: one "unknown customer"
#include "cli/commands.hpp"
#include "query/aging.hpp"
#include "render/aging_view.hpp"
#include "render/report_grids.hpp"

#include <fmt/format.h>

namespace dues::cli {
namespace {

std::vector<int> bucket_argument(std::string_view text) {
  std::vector<int> buckets;
  int previous = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(',', start), text.size());
    const std::string_view part = text.substr(start, end - start);
    int value = 0;
    const bool digits = !part.empty() && part.size() <= 4
                        && part.find_first_not_of("0123456789") == std::string_view::npos;
    if (digits) {
      value = std::stoi(std::string(part));
    }
    if (!digits || value <= previous) {
      throw Error(ErrorKind::usage,
                  fmt::format("--buckets: expected increasing day counts such as 30,60,90, not "
                              "'{}'",
                              text));
    }
    buckets.push_back(value);
    previous = value;
    start = end + 1;
  }
  return buckets;
}

} // namespace

ExitCode run_aging(Context& ctx, const AgingOptions& options) {
  const Format format = format_argument(
      options.format, {Format::table, Format::csv, Format::json, Format::html, Format::xlsx});
  query::AgingRequest request;
  request.as_of = options.as_of ? date_argument("--as-of", *options.as_of) : ctx.today;
  if (options.buckets) {
    request.buckets = bucket_argument(*options.buckets);
  }
  if (options.basis && *options.basis != "due" && *options.basis != "invoice") {
    throw Error(ErrorKind::usage,
                fmt::format("--basis: expected 'due' or 'invoice', not '{}'", *options.basis));
  }
  request.detail = options.detail;
  const std::optional<std::string> currency_code =
      options.currency ? std::optional(code_in_capitals(*options.currency)) : std::nullopt;
  if (currency_code && find_currency(*currency_code) == nullptr) {
    throw Error(ErrorKind::usage,
                fmt::format("--currency: unknown currency '{}' (expected an ISO 4217 code such "
                            "as EUR)",
                            *options.currency));
  }
  request.currency = currency_code; // hardening: "cny" is CNY
  const Ledger ledger = load_ledger(ctx, LoadMode::balances);
  if (!options.buckets) {
    request.buckets = ledger.settings.aging.buckets;
  }
  const std::string basis = options.basis.value_or(ledger.settings.aging.basis);
  request.basis = basis == "invoice" ? query::AgingBasis::invoice : query::AgingBasis::due;
  if (options.customer) {
    if (ledger.find_customer(*options.customer) == nullptr) {
      throw Error(ErrorKind::usage, "--customer: " + unknown_customer(*options.customer,
                                                                      ledger.customers));
    }
    request.customer = options.customer;
  }
  const query::AgingReport report = query::aging(ledger, request);
  switch (format) {
  case Format::csv:
    begin_csv(ctx.out, ctx, ledger.settings);
    render::aging_csv(ctx.out, report, request.detail);
    break;
  case Format::json:
    render::aging_json(ctx.out, report, request.detail);
    break;
  case Format::html:
    render::grid_html(ctx.out, render::aging_grid(report));
    break;
  case Format::xlsx:
    render::grid_xlsx(ctx.out, render::aging_grid(report), source_date_epoch());
    break;
  default:
    render::aging_table(ctx.out, report, ctx.colour);
    break;
  }
  return ExitCode::ok;
}

} // namespace dues::cli
