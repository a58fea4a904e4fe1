#include "cli/commands.hpp"
#include "cli/secrets.hpp" // privacy

#include <fmt/format.h>

namespace dues::cli {
namespace {

std::string counted(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

} // namespace

ExitCode run_check(Context& ctx) {
  const Ledger ledger = load_ledger(ctx, LoadMode::full);
  // Bank profiles and drafts are checked by every load (load.cpp).
  Diagnostics privacy; // privacy: encrypted fields, who may read the files
  check_privacy(ctx, ledger, privacy);
  privacy.sort();
  print_diagnostics(ctx.err, privacy);
  if (!privacy.empty()) {
    throw Error(ErrorKind::invalid_input,
                fmt::format("{}", counted(privacy.errors().size(), "error", "errors")));
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
