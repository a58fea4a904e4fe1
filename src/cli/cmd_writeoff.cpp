// dues writeoff: settles part or all of an invoice's open amount as a loss.
#include "cli/commands.hpp"
#include "cli/receipts.hpp"

#include <fmt/format.h>

namespace dues::cli {
namespace {

struct WriteoffResult {
  std::string invoice;
  Money amount;
};

std::vector<syntax::Entry> make_writeoff(const Ledger& ledger, const WriteoffOptions& options,
                                         const Date& day, WriteoffResult& result) {
  const std::uint32_t index = invoice_argument(ledger, options.invoice, day);
  const Document& invoice = ledger.documents[index];
  const Currency& currency = invoice.total.currency();
  const Money open = open_after_all(ledger, index);
  if (open.is_zero()) {
    const Balances balances = balances_as_of(ledger, day);
    throw Error(ErrorKind::usage,
                fmt::format("nothing is open on {} ({}); nothing to write off", invoice.id,
                            state_name(state_of(ledger, balances, index))));
  }
  result.invoice = invoice.id;
  result.amount = options.amount ? amount_argument("--amount", *options.amount, currency) : open;
  if (result.amount > open) {
    throw Error(ErrorKind::usage, fmt::format("--amount: {} is more than the {} open on {}",
                                              result.amount, open, invoice.id));
  }
  syntax::Entry entry;
  entry.kind = syntax::EntryKind::writeoff;
  entry.date = day;
  entry.id = field(invoice.id);
  entry.amount = field(to_decimal(result.amount));
  entry.currency = field(std::string(currency.code));
  entry.reason = field(options.reason);
  return {std::move(entry)};
}

} // namespace

ExitCode run_writeoff(Context& ctx, const WriteoffOptions& options) {
  const Format format = format_argument(options.format, {Format::text, Format::json});
  const Date day = options.date ? date_argument("--date", *options.date) : ctx.today;
  if (options.reason.empty()) {
    throw Error(ErrorKind::usage, "--reason: say why the amount is written off");
  }
  WriteoffResult result;
  const Ledger after = record_entries(ctx, options.dry_run, [&](const Ledger& ledger) {
    return make_writeoff(ledger, options, day, result);
  });
  const InvoiceStanding standing = standing_of(after, balances_as_of(after, day), result.invoice);
  if (format == Format::json) {
    render::JsonWriter json(ctx.out);
    json.begin_object();
    json.key("dry_run").value(options.dry_run);
    json.key("writeoff").begin_object();
    json.key("invoice").value(result.invoice);
    json.key("date").value(format_date(day));
    json.key("amount").value(format_amount(result.amount));
    json.key("currency").value(result.amount.currency().code);
    json.key("reason").value(options.reason);
    json.end_object();
    json.key("open").value(format_amount(standing.open));
    json.key("state").value(standing.state);
    json.end_object();
    json.finish();
    return ExitCode::ok;
  }
  ctx.out << fmt::format("{} {} of {} on {}; {} open, {}\n",
                         options.dry_run ? "would write off" : "wrote off", result.amount,
                         result.invoice, format_date(day), format_amount(standing.open),
                         standing.state);
  if (options.dry_run) {
    ctx.out << "dry run: nothing was written\n";
  }
  return ExitCode::ok;
}

} // namespace dues::cli
