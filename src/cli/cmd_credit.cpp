// dues credit INVOICE: a credit note against an issued invoice, applied to what is open.
#include "cli/commands.hpp"
#include "cli/invoicing.hpp"
#include "model/customer_fields.hpp" // decimal_as_written
#include "render/json.hpp"
#include "syntax/journal_writer.hpp"

#include <fmt/format.h>

namespace dues::cli {
namespace {

// hardening (issue 21.11): what `credit --format json` prints, as pay and the other writers.
void print_json(Context& ctx, const syntax::Entry& note, bool dry_run) {
  render::JsonWriter json(ctx.out);
  json.begin_object();
  json.key("dry_run").value(dry_run);
  json.key("credit_note").begin_object();
  json.key("id").value(note.id.value);
  json.key("invoice").value(note.invoice.value);
  json.key("customer").value(note.customer.value);
  json.key("date").value(format_date(note.date));
  json.key("total").value(decimal_as_written(note.total.value));
  json.key("currency").value(note.currency.value);
  json.key("reason").value(note.reason.value);
  json.end_object();
  json.key("applied");
  if (note.applies.empty()) {
    json.null();
  } else {
    json.begin_object();
    json.key("invoice").value(note.applies.front().document_id.value);
    json.key("amount").value(decimal_as_written(note.applies.front().amount.value));
    json.end_object();
  }
  json.end_object();
  json.finish();
}

} // namespace

ExitCode run_credit(Context& ctx, const CreditOptions& options) {
  if (options.full == !options.items.empty()) {
    throw Error(ErrorKind::usage,
                "give either --full (credit the whole invoice) or --item \"DESC:QTY:PRICE[:TAX]\" "
                "for what is credited, not both");
  }
  CreditRequest request;
  request.invoice = options.invoice;
  request.date = options.date ? date_argument("--date", *options.date) : ctx.today;
  for (const std::string& item : options.items) {
    request.items.push_back(item_argument("--item", item));
  }
  request.full = options.full;
  request.reason = options.reason;
  request.apply = !options.no_apply;
  const auto make = [&](const Ledger& ledger) {
    TakenIds taken;
    return std::vector<syntax::Entry>{make_credit_note(ledger, request, taken)};
  };
  const Format format = format_argument(options.format, {Format::text, Format::json});
  // Only the invoice's own items, taxes, discount and pricing are needed: read from its
  // entry on top of a balances load, not by parsing every entry's details.
  const DetailsOf details{{options.invoice}};
  if (options.dry_run) {
    for (const syntax::Entry& entry : make(load_ledger(ctx, details))) {
      if (format == Format::json) {
        print_json(ctx, entry, true);
      } else {
        ctx.out << syntax::format_entry(entry);
      }
    }
    return ExitCode::ok;
  }
  const auto entries = commit_entries(ctx, details, make);
  const syntax::Entry& note = entries.front();
  if (format == Format::json) {
    print_json(ctx, note, false);
    return ExitCode::ok;
  }
  ctx.out << fmt::format("issued credit note {} for {}: {}", note.id.value, request.invoice,
                         total_text(note));
  if (!note.applies.empty()) {
    syntax::Entry applied = note;
    applied.total = note.applies.front().amount;
    ctx.out << fmt::format(", {} applied to {}", total_text(applied), request.invoice);
  }
  ctx.out << '\n';
  return ExitCode::ok;
}

} // namespace dues::cli
