// dues note / dues promise: record what was said to a customer (docs/dunning.md).
#include "cli/commands.hpp"
#include "cli/receipts.hpp"
#include "model/contacts.hpp"

#include <fmt/format.h>

namespace dues::cli {
namespace {

void report(Context& ctx, bool json_out, bool dry_run, std::string_view event,
            const syntax::Entry& entry, std::string_view summary) {
  if (json_out) {
    render::JsonWriter json(ctx.out);
    json.begin_object();
    json.key("dry_run").value(dry_run);
    json.key("event").value(event);
    json.key("target").value(entry.id.value);
    json.key("date").value(format_date(entry.date));
    json.key("text").value(entry.text.value);
    if (entry.due.set) {
      json.key("due").value(format_date(entry.due.value));
    }
    json.end_object();
    json.finish();
    return;
  }
  ctx.out << summary << "\n";
  if (dry_run) {
    ctx.out << "dry run: nothing was written\n";
  }
}

void record(Context& ctx, bool dry_run, syntax::Entry& entry) {
  const EntryMaker make = [&](const Ledger& ledger) {
    // A promised amount is written with the invoice's currency, as amounts are.
    const Document* invoice = ledger.find_document(entry.id.value);
    if (entry.amount.set && invoice != nullptr) {
      entry.currency = field(std::string(invoice->total.currency().code));
    }
    return std::vector<syntax::Entry>{entry};
  };
  if (dry_run) {
    preview_entries(ctx, LoadMode::balances, make);
  } else {
    commit_entries(ctx, LoadMode::balances, make);
  }
}

} // namespace

ExitCode run_note(Context& ctx, const NoteOptions& options) {
  const Format format = format_argument(options.format, {Format::text, Format::json});
  if (options.text.empty()) {
    throw Error(ErrorKind::usage, "say what the note is about: dues note TARGET \"TEXT\"");
  }
  syntax::Entry entry;
  entry.kind = syntax::EntryKind::note;
  entry.date = options.date ? date_argument("--date", *options.date) : ctx.today;
  entry.id = field(options.target);
  entry.text = field(options.text);
  record(ctx, options.dry_run, entry);
  report(ctx, format == Format::json, options.dry_run, "note", entry,
         fmt::format("{} note on {} for {}", options.dry_run ? "would record" : "recorded",
                     format_date(entry.date), options.target));
  return ExitCode::ok;
}

ExitCode run_promise(Context& ctx, const PromiseOptions& options) {
  const Format format = format_argument(options.format, {Format::text, Format::json});
  syntax::Entry entry;
  entry.kind = syntax::EntryKind::promise;
  entry.date = options.date ? date_argument("--on", *options.date) : ctx.today;
  entry.id = field(options.invoice);
  entry.due = field(date_argument("--date", options.by));
  if (options.amount) {
    const auto amount = parse_decimal(*options.amount);
    if (!amount || amount->is_negative() || amount->is_zero()) {
      throw Error(ErrorKind::usage,
                  fmt::format("--amount: expected an amount more than zero, not '{}'",
                              *options.amount));
    }
    entry.amount = field(*amount);
  }
  if (options.text) {
    entry.text = field(*options.text);
  }
  record(ctx, options.dry_run, entry);
  report(ctx, format == Format::json, options.dry_run, "promise", entry,
         fmt::format("{} promise on {}: {} paid by {}{}",
                     options.dry_run ? "would record" : "recorded", format_date(entry.date),
                     options.invoice, format_date(entry.due.value),
                     options.amount ? fmt::format(" ({})", *options.amount) : ""));
  return ExitCode::ok;
}

} // namespace dues::cli
