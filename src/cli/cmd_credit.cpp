// dues credit INVOICE: a credit note against an issued invoice, applied to what is open.
#include "cli/commands.hpp"
#include "cli/invoicing.hpp"
#include "syntax/journal_writer.hpp"

#include <fmt/format.h>

namespace dues::cli {

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
  if (options.dry_run) {
    for (const syntax::Entry& entry : make(load_ledger(ctx, LoadMode::full))) {
      ctx.out << syntax::format_entry(entry);
    }
    return ExitCode::ok;
  }
  const auto entries = commit_entries(ctx, LoadMode::full, make);
  const syntax::Entry& note = entries.front();
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
