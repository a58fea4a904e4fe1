// dues statement: a customer's statement of account for a period.
#include "cli/commands.hpp"
#include "cli/documents.hpp"
#include "cli/environment.hpp"
#include "cli/receipts.hpp"
#include "query/statement.hpp"
#include "render/report_grids.hpp"
#include "render/invoice_pdf.hpp"
#include "render/reminder_view.hpp" // collections: contact history
#include "render/statement_view.hpp"

#include <sstream>

#include <fmt/format.h>

namespace dues::cli {
ExitCode run_statement(Context& ctx, const StatementOptions& options) {
  const Format format =
      format_argument(options.format, {Format::table, Format::csv, Format::json, Format::html,
                                      Format::xlsx, Format::pdf});
  query::StatementRequest request;
  request.to = options.to ? date_argument("--to", *options.to) : ctx.today;
  if (options.from) {
    request.from = date_argument("--from", *options.from);
    if (day_number(*request.from) > day_number(request.to)) {
      throw Error(ErrorKind::usage, fmt::format("--from {} is after --to {}", *options.from,
                                                format_date(request.to)));
    }
  }
  if (options.currency) {
    currency_argument("--currency", *options.currency);
    request.currency = options.currency;
  }
  Ledger ledger = load_ledger(ctx, LoadMode::balances);
  request.customer = customer_argument(ledger, options.customer);
  request.buckets = ledger.settings.aging.buckets;
  request.basis = ledger.settings.aging.basis == "invoice" ? query::AgingBasis::invoice
                                                           : query::AgingBasis::due;
  query::Statement statement = query::statement(ledger, request);
  mask_statement_accounts(statement, ledger.customers[request.customer], options.unmask);
  switch (format) {
  case Format::csv:
    begin_csv(ctx.out, ctx, ledger.settings);
    render::statement_csv(ctx.out, statement);
    break;
  case Format::json:
    render::statement_json( // collections: with the contact history
        ctx.out, statement,
        query::contact_history(ledger, request.customer, request.to, request.from));
    break;
  case Format::html:
    render::statement_html(ctx.out, statement);
    break;
  case Format::xlsx:
    render::grid_xlsx(ctx.out, render::statement_grid(statement), source_date_epoch());
    break;
  case Format::pdf: {
    read_logo(ctx, ledger.settings);
    std::ostringstream page;
    render::statement_pdf(page, statement, ledger.settings, source_date_epoch());
    write_document(ctx, options.output, page.str());
    break;
  }
  default:
    render::statement_table(ctx.out, statement, ctx.colour);
    render::contact_history_text( // collections
        ctx.out, query::contact_history(ledger, request.customer, request.to, request.from));
    break;
  }
  return ExitCode::ok;
}

} // namespace dues::cli
