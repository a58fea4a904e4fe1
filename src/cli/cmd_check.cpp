#include "cli/commands.hpp"
#include "cli/secrets.hpp" // privacy

#include <fmt/format.h>

#include <array>

namespace dues::cli {
namespace {

std::string counted(std::size_t count, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

// import: " (2 opening)" after a count that holds opening items, else nothing.
std::string opening_part(std::size_t opening) {
  return opening == 0 ? std::string() : fmt::format(" ({} opening)", opening);
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
  std::array<std::size_t, 2> opening{}; // import: opening invoices and credit notes
  for (const Document& document : ledger.documents) {
    invoices += document.is_invoice() ? 1U : 0U;
    opening.at(document.is_invoice() ? 0 : 1) += document.info().opening.empty() ? 0U : 1U;
  }
  ctx.out << fmt::format("ok: {}, {}{}, {}{}, {}, {} in {}\n",
                         counted(ledger.customers.size(), "customer", "customers"),
                         counted(invoices, "invoice", "invoices"), opening_part(opening[0]),
                         counted(ledger.documents.size() - invoices, "credit note", "credit notes"),
                         opening_part(opening[1]),
                         counted(ledger.payments.size(), "payment", "payments"),
                         counted(ledger.refunds.size(), "refund", "refunds"),
                         counted(ledger.files.size(), "journal file", "journal files"));
  return ExitCode::ok;
}

} // namespace dues::cli
