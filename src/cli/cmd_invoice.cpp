// dues invoice new | issue | void: the commands that create and cancel invoices. Every
// journal write goes through commit_entries; drafts are written with write_file_atomic.
#include "base/file.hpp"
#include "cli/commands.hpp"
#include "cli/invoicing.hpp"
#include "syntax/invoice_template.hpp"
#include "syntax/journal_writer.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace dues::cli {
namespace {

namespace fs = std::filesystem;

InvoiceRequest request_from(const InvoiceNewOptions& options, const Date& today) {
  const InvoiceContentOptions& content = options.content;
  InvoiceRequest request;
  request.customer = options.customer;
  request.date = content.date ? date_argument("--date", *content.date) : today;
  for (const std::string& item : content.items) {
    request.items.push_back(item_argument("--item", item));
  }
  if (request.items.empty()) {
    throw Error(ErrorKind::usage, "an invoice needs at least one --item \"DESC:QTY:PRICE\"");
  }
  request.terms = options.terms.value_or("");
  if (options.due) {
    request.due = date_argument("--due", *options.due);
  }
  if (content.discount) {
    request.discount = discount_argument("--discount", *content.discount);
  }
  request.currency = content.currency.value_or("");
  request.reference = content.reference.value_or("");
  request.purchase_order = content.purchase_order.value_or("");
  request.note = content.note.value_or("");
  request.prices = content.prices.value_or("");
  if (!request.prices.empty() && request.prices != "inclusive" && request.prices != "exclusive") {
    throw Error(ErrorKind::usage,
                fmt::format("--prices: expected inclusive or exclusive, not '{}'", request.prices));
  }
  request.series = options.series.value_or("");
  request.number = options.number.value_or("");
  return request;
}

// Issues one invoice through commit_entries, refusing over the credit limit unless told.
ExitCode issue(Context& ctx, const InvoiceRequest& request, bool over_limit, bool dry_run,
               const std::function<void(const Ledger&)>& before = {}) {
  const auto make = [&](const Ledger& ledger) {
    if (before) {
      before(ledger);
    }
    TakenIds taken;
    syntax::Entry entry = make_invoice(ledger, request, taken);
    if (!over_limit) {
      if (auto excess = credit_limit_excess(ledger, entry)) {
        throw Refusal{std::move(*excess)};
      }
    }
    return std::vector<syntax::Entry>{std::move(entry)};
  };
  // A new invoice needs no other document's items or notes: numbering, origins and the
  // credit limit are all in a balances load (the snapshot), and commit_entries checks
  // the new entry's stored totals the same way in both modes.
  try {
    if (dry_run) {
      const Ledger ledger = load_ledger(ctx, LoadMode::balances);
      for (const syntax::Entry& entry : make(ledger)) {
        ctx.out << syntax::format_entry(entry);
      }
      return ExitCode::ok;
    }
    const auto entries = commit_entries(ctx, LoadMode::balances, make);
    ctx.out << fmt::format("issued {}\n", entry_summary(entries.front()));
  } catch (const Refusal& refusal) {
    ctx.err << "dues: error: " << refusal.message << '\n';
    return ExitCode::attention;
  }
  return ExitCode::ok;
}

syntax::InvoiceTemplate draft_from(const InvoiceNewOptions& options,
                                   const InvoiceRequest& request) {
  syntax::InvoiceTemplate draft;
  draft.customer = request.customer;
  if (options.content.date) {
    draft.date = request.date;
  }
  draft.terms = request.terms;
  draft.due = request.due;
  if (request.discount) {
    draft.discount = request.discount->value;
    draft.discount_is_percent = request.discount->is_percent;
  }
  draft.currency = request.currency;
  draft.reference = request.reference;
  draft.purchase_order = request.purchase_order;
  draft.note = request.note;
  draft.prices = request.prices;
  draft.series = request.series;
  for (const ItemRequest& item : request.items) {
    syntax::TemplateItem line;
    line.description = item.description;
    line.quantity = item.quantity;
    line.unit = item.unit;
    line.price = item.price;
    line.tax = item.tax;
    if (item.discount) {
      line.discount = item.discount->value;
      line.discount_is_percent = item.discount->is_percent;
    }
    draft.items.push_back(std::move(line));
  }
  return draft;
}

ExitCode write_draft(Context& ctx, const InvoiceNewOptions& options,
                     const InvoiceRequest& request) {
  if (options.number) {
    throw Error(ErrorKind::usage, "--number is given when a draft is issued, not when drafted");
  }
  // The draft must make a valid invoice now, so mistakes show before review.
  const Ledger ledger = load_ledger(ctx, LoadMode::balances);
  TakenIds taken;
  InvoiceRequest check = request;
  check.number = "DRAFT";
  const syntax::SeriesSetting* series = nullptr;
  if (const auto it = ledger.settings.series.find(request.series);
      it != ledger.settings.series.end()) {
    series = &it->second;
  }
  if (series == nullptr || !series->external) {
    check.number.clear();
  }
  const syntax::Entry preview = make_invoice(ledger, check, taken);
  const fs::path dir = ctx.ledger_dir();
  const std::string base =
      options.name.value_or(fmt::format("{}-{}", request.customer, format_date(request.date)));
  DraftPath draft = draft_path(dir, base);
  std::error_code ec;
  if (options.name && fs::exists(draft.path, ec)) {
    throw Error(ErrorKind::conflict,
                fmt::format("{} already exists; nothing was changed", draft.shown));
  }
  for (int n = 2; fs::exists(draft.path, ec); ++n) {
    draft = draft_path(dir, fmt::format("{}-{}", base, n));
  }
  const std::string text = syntax::format_draft(draft_from(options, request), draft.name);
  if (options.dry_run) {
    ctx.out << text;
    return ExitCode::ok;
  }
  const LedgerLock lock(dir, ctx.lock_timeout);
  if (fs::exists(draft.path, ec)) {
    throw Error(ErrorKind::conflict,
                fmt::format("{} already exists; nothing was changed", draft.shown));
  }
  fs::create_directories(draft.path.parent_path(), ec);
  write_file_atomic(draft.path, text, draft.shown);
  ctx.out << fmt::format("drafted {} for {} ({} as of today); issue it with 'dues invoice "
                         "issue {}'\n",
                         draft.shown, request.customer, total_text(preview), draft.name);
  return ExitCode::ok;
}

} // namespace

ExitCode run_invoice_new(Context& ctx, const InvoiceNewOptions& options) {
  const InvoiceRequest request = request_from(options, ctx.today);
  if (options.draft) {
    return write_draft(ctx, options, request);
  }
  return issue(ctx, request, options.over_limit, options.dry_run);
}

ExitCode run_invoice_issue(Context& ctx, const InvoiceIssueOptions& options) {
  const fs::path dir = ctx.ledger_dir();
  const DraftPath draft = draft_path(dir, options.draft);
  std::error_code ec;
  if (!fs::exists(draft.path, ec)) {
    throw Error(ErrorKind::usage, fmt::format("no draft {}", draft.shown));
  }
  Diagnostics diags;
  const syntax::InvoiceTemplate invoice =
      syntax::read_draft(read_file(draft.path, draft.shown), draft.shown, diags);
  if (!diags.empty()) {
    diags.sort();
    print_diagnostics(ctx.err, diags);
    throw Error(ErrorKind::invalid_input,
                fmt::format("{} has {} error{}; nothing was issued", draft.shown,
                            diags.errors().size(), diags.errors().size() == 1 ? "" : "s"));
  }
  InvoiceRequest request = request_from_template(invoice);
  request.date =
      options.date ? date_argument("--date", *options.date) : invoice.date.value_or(ctx.today);
  request.number = options.number.value_or("");
  request.origin = "draft:" + draft.name;
  const auto not_issued_yet = [&](const Ledger& ledger) {
    if (const Document* issued = find_by_origin(ledger, request.origin)) {
      throw Error(ErrorKind::conflict,
                  fmt::format("{} was already issued as {} (origin {}); delete the draft, or "
                              "rename it to issue it again",
                              draft.shown, issued->id, request.origin));
    }
  };
  const ExitCode code = issue(ctx, request, options.over_limit, options.dry_run, not_issued_yet);
  if (code == ExitCode::ok && !options.dry_run) {
    // The invoice records its draft (origin), so a crash before this line leaves a
    // draft that can never be issued twice.
    remove_file_durable(draft.path, draft.shown);
  }
  return code;
}

ExitCode run_invoice_void(Context& ctx, const InvoiceVoidOptions& options) {
  const Date day = options.date ? date_argument("--date", *options.date) : ctx.today;
  if (options.reason.empty()) {
    throw Error(ErrorKind::usage, "--reason: say why the document is void");
  }
  const auto make = [&](const Ledger& ledger) {
    const IdRef* ref = ledger.find_id(options.id);
    if (ref == nullptr || ref->kind != IdKind::document) {
      throw Error(ErrorKind::usage,
                  fmt::format("no invoice or credit note '{}' in the journal", options.id));
    }
    const Document& document = ledger.documents[ref->index];
    if (is_voided(ledger, ref->index)) {
      throw Error(ErrorKind::conflict, fmt::format("{} is already void", document.id));
    }
    const bool touched =
        std::any_of(ledger.allocations.begin(), ledger.allocations.end(),
                    [&](const Allocation& a) {
                      return a.document == ref->index
                             || (a.source_kind == SourceKind::credit_note
                                 && a.source == ref->index);
                    })
        || std::any_of(ledger.writeoffs.begin(), ledger.writeoffs.end(),
                       [&](const WriteOff& w) { return w.document == ref->index; });
    if (touched) {
      throw Error(ErrorKind::conflict,
                  fmt::format("{} cannot be voided: money has been applied to or from it; issue "
                              "a credit note instead (dues credit {} --full --reason ...)",
                              document.id, document.id));
    }
    if (days_between(document.date, day) < 0) {
      throw Error(ErrorKind::usage, fmt::format("--date {} is before {} was issued on {}", day,
                                                document.id, document.date));
    }
    syntax::Entry entry;
    entry.kind = syntax::EntryKind::void_doc;
    entry.date = day;
    entry.id = {document.id, {}, true};
    entry.reason = {options.reason, {}, true};
    return std::vector<syntax::Entry>{entry};
  };
  commit_entries(ctx, LoadMode::balances, make);
  ctx.out << fmt::format("voided {} on {}; its number stays used\n", options.id, day);
  return ExitCode::ok;
}

} // namespace dues::cli
