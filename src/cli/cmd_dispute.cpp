// dues dispute: flags an invoice as disputed (kept out of dunning), or resolves that.
#include "cli/commands.hpp"
#include "cli/receipts.hpp"

#include <fmt/format.h>

namespace dues::cli {
namespace {

std::vector<syntax::Entry> make_dispute(const Ledger& ledger, const DisputeOptions& options,
                                        const Date& day, std::string& invoice_id) {
  const std::uint32_t index = invoice_argument(ledger, options.invoice, day);
  const Document& invoice = ledger.documents[index];
  invoice_id = invoice.id;
  const Balances balances = balances_as_of(ledger, day);
  if (balances.voided[index] != 0) {
    throw Error(ErrorKind::usage, fmt::format("{} is void", invoice.id));
  }
  const bool disputed = balances.disputed[index] != 0;
  if (options.resolve && !disputed) {
    throw Error(ErrorKind::usage, fmt::format("{} is not disputed on {}; nothing to resolve",
                                              invoice.id, format_date(day)));
  }
  if (!options.resolve && disputed) {
    throw Error(ErrorKind::usage,
                fmt::format("{} is already disputed on {}", invoice.id, format_date(day)));
  }
  syntax::Entry entry;
  entry.kind = options.resolve ? syntax::EntryKind::resolve : syntax::EntryKind::dispute;
  entry.date = day;
  entry.id = field(invoice.id);
  if (options.reason) {
    entry.reason = field(*options.reason);
  }
  return {std::move(entry)};
}

} // namespace

ExitCode run_dispute(Context& ctx, const DisputeOptions& options) {
  const Format format = format_argument(options.format, {Format::text, Format::json});
  const Date day = options.date ? date_argument("--date", *options.date) : ctx.today;
  if (!options.resolve && (!options.reason || options.reason->empty())) {
    throw Error(ErrorKind::usage, "--reason: say what the customer disputes (or use --resolve)");
  }
  std::string invoice;
  const Ledger after = record_entries(ctx, options.dry_run, [&](const Ledger& ledger) {
    return make_dispute(ledger, options, day, invoice);
  });
  const InvoiceStanding standing = standing_of(after, balances_as_of(after, day), invoice);
  const std::string_view event = options.resolve ? "resolve" : "dispute";
  if (format == Format::json) {
    render::JsonWriter json(ctx.out);
    json.begin_object();
    json.key("dry_run").value(options.dry_run);
    json.key("event").value(event);
    json.key("invoice").value(invoice);
    json.key("date").value(format_date(day));
    json.key("reason").value(options.reason.value_or(""));
    json.key("open").value(format_amount(standing.open));
    json.key("state").value(standing.state);
    json.end_object();
    json.finish();
    return ExitCode::ok;
  }
  const std::string_view done = options.dry_run
                                    ? (options.resolve ? "would resolve" : "would dispute")
                                    : (options.resolve ? "resolved" : "disputed");
  ctx.out << fmt::format("{} {} on {}; {} open, {}\n", done, invoice, format_date(day),
                         format_amount(standing.open), standing.state);
  if (options.dry_run) {
    ctx.out << "dry run: nothing was written\n";
  }
  return ExitCode::ok;
}

} // namespace dues::cli
