#include "cli/commands.hpp"
#include "cli/invoicing.hpp"
#include "cli/reconcile_input.hpp"

#include <fmt/format.h>

namespace dues::cli {
namespace {

std::string counted(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

} // namespace

ExitCode run_check(Context& ctx) {
  const Ledger ledger = load_ledger(ctx, LoadMode::full);
  {
    // Bank profiles ([bank.NAME] of dues.toml, bank/*.toml) for dues reconcile.
    Diagnostics bank;
    check_bank_profiles(ctx.ledger_dir(), bank);
    if (!bank.empty()) {
      bank.sort();
      print_diagnostics(ctx.err, bank);
      throw Error(ErrorKind::invalid_input,
                  fmt::format("the bank profiles have {} error{}", bank.errors().size(),
                              bank.errors().size() == 1 ? "" : "s"));
    }
  }
  {
    // Drafts waiting in drafts/ for review: each must read and be issuable.
    Diagnostics drafts;
    check_drafts(ctx.ledger_dir(), ledger, ctx.today, drafts);
    if (!drafts.empty()) {
      drafts.sort();
      print_diagnostics(ctx.err, drafts);
      throw Error(ErrorKind::invalid_input,
                  fmt::format("the drafts have {} error{}", drafts.errors().size(),
                              drafts.errors().size() == 1 ? "" : "s"));
    }
  }
  std::size_t invoices = 0;
  for (const Document& document : ledger.documents) {
    invoices += document.is_invoice() ? 1U : 0U;
  }
  ctx.out << fmt::format("ok: {}, {}, {}, {}, {} in {}\n",
                         counted(ledger.customers.size(), "customer", "customers"),
                         counted(invoices, "invoice", "invoices"),
                         counted(ledger.documents.size() - invoices, "credit note", "credit notes"),
                         counted(ledger.payments.size(), "payment", "payments"),
                         counted(ledger.refunds.size(), "refund", "refunds"),
                         counted(ledger.files.size(), "journal file", "journal files"));
  return ExitCode::ok;
}

} // namespace dues::cli
