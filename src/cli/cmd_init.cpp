#include "base/file.hpp"
#include "base/money.hpp"
#include "cli/commands.hpp"
#include "cli/git.hpp"
#include "cli/init_dunning.hpp"
#include "syntax/journal_writer.hpp"

#include <fmt/format.h>

namespace dues::cli {
namespace {

constexpr std::string_view k_settings =
    R"(# dues.toml: the settings of this ledger (docs/settings.md lists every key).
# Amounts and rates are written as strings ("20%", "1200.50") so they stay exact.
format = 1

[company]
name = {company}
currency = "{currency}"          # the default currency of invoices
# address = """
# Example Street 1
# 10115 Berlin"""
# tax-id = "DE123456789"
# email = "billing@example.com"
# iban = "DE89 3704 0044 0532 0130 00"   # printed on invoices as payment instructions
# bic = "COBADEFFXXX"

[defaults]
terms = "net30"               # a key of [terms]
prices = "exclusive"          # item prices exclude tax; or "inclusive"
tax-rounding = "line"         # round tax per line; or "invoice" (once per rate)
rounding = "half-up"          # or "half-even", "down", "up"
# tax = "vat20"               # tax code for items that name none

[journal]
files = ["journal/*.dues"]    # the journal files, in any layout
append = "journal/{{year}}.dues" # where new entries go

# Numbering: gapless per series; {{year}} and {{seq:04}} (zero-padded) are filled in.
[series.invoice]
format = "INV-{{year}}-{{seq:04}}"
reset = "yearly"              # or "never"

[series.credit]
format = "CN-{{year}}-{{seq:04}}"

[series.payment]
format = "PAY-{{year}}-{{seq:04}}"

[series.refund]
format = "RFD-{{year}}-{{seq:04}}"

[taxes.standard]
rate = "20%"
name = "VAT 20%"

[taxes.reduced]
rate = "7%"

[taxes.zero]
rate = "0%"

[terms.net30]
days = 30

[terms.net14]
days = 14

[terms.eom30]                 # end of the invoice's month, then 30 days
end-of-month = true
days = 30

[terms.2-10-net30]            # 2% off if paid within 10 days, else net 30
days = 30
cash-discount = "2%"
cash-discount-days = 10

[aging]
basis = "due"                 # or "invoice"
buckets = [30, 60, 90]
)";

constexpr std::string_view k_customers =
    R"(# customers.toml: one table per customer; the table name is the customer id.
# docs/settings.md lists every field.

# [acme]
# name = "ACME Corporation"
# aliases = ["ACME CORP", "ACME CORPORATION LTD"]   # names seen on bank statements
# emails = ["ap@acme.example"]
# address = """
# 1 Main Street
# Springfield"""
# country = "US"
# tax-id = "US12-3456789"
# bank-accounts = ["DE89 3704 0044 0532 0130 00"]  # IBANs are checked (mod 97)
# currency = "EUR"
# terms = "net30"
# credit-limit = "10000.00"
# tags = ["wholesale"]
)";

constexpr std::string_view k_journal =
    R"(; The journal: one dated entry per event, appended as the business happens.
; docs/journal-format.md describes every entry. Examples:
;
; 2026-01-05 invoice INV-2026-0001 customer acme due 2026-02-04 terms net30 total 1440.00 EUR
;   item "Consulting" qty 10 unit h price 120.00 tax standard amount 1200.00
;   tax standard rate 20% base 1200.00 amount 240.00
; 2026-02-01 payment PAY-2026-0001 customer acme amount 1440.00 EUR method bank
;   apply INV-2026-0001 1440.00
)";

constexpr std::string_view k_gitattributes =
    "# Appends from two clones merge line by line; `dues check` catches collisions.\n"
    "journal/*.dues merge=union\n";

constexpr std::string_view k_gitignore = ".dues.lock\n";

} // namespace

ExitCode run_init(Context& ctx, const InitOptions& options) {
  namespace fs = std::filesystem;
  if (find_currency(options.currency) == nullptr) {
    throw Error(ErrorKind::usage,
                fmt::format("--currency: unknown currency '{}' (expected an ISO 4217 code such as "
                            "EUR)",
                            options.currency));
  }
  const fs::path dir =
      fs::path(options.dir).is_absolute() ? fs::path(options.dir) : ctx.working_dir / options.dir;
  std::error_code ec;
  if (fs::exists(dir / "dues.toml", ec)) {
    throw Error(ErrorKind::conflict,
                fmt::format("{} already holds a ledger (dues.toml exists); nothing was changed",
                            options.dir));
  }
  // hardening (issue 21.11): a ledger inside another is allowed, but rarely meant.
  const fs::path absolute = fs::weakly_canonical(dir, ec);
  for (fs::path up = absolute.parent_path(); !ec && !up.empty(); up = up.parent_path()) {
    if (fs::is_regular_file(up / "dues.toml", ec)) {
      ctx.err << fmt::format("dues: warning: {} is inside the ledger in {}; this creates a "
                             "nested ledger, and commands run in it use the new one\n",
                             options.dir, up.string());
      break;
    }
    if (up == up.parent_path()) {
      break;
    }
  }
  ec.clear();
  fs::create_directories(dir / "journal", ec);
  fs::create_directories(dir / "drafts", ec);
  if (ec) {
    throw Error(ErrorKind::environment,
                fmt::format("cannot create {}: {}", options.dir, ec.message()));
  }
  const int year = static_cast<int>(ctx.today.year());
  const std::string settings =
      fmt::format(fmt::runtime(k_settings), fmt::arg("company", syntax::quote(options.company)),
                  fmt::arg("currency", options.currency))
      + init_dunning_settings(options.currency); // collections
  write_file_atomic(dir / "customers.toml", k_customers, "customers.toml");
  const std::string journal = fmt::format("journal/{:04}.dues", year);
  write_file_atomic(dir / journal, k_journal, journal);
  if (!fs::exists(dir / ".gitattributes", ec)) {
    write_file_atomic(dir / ".gitattributes", k_gitattributes, ".gitattributes");
  }
  if (!fs::exists(dir / ".gitignore", ec)) {
    write_file_atomic(dir / ".gitignore", k_gitignore, ".gitignore");
  }
  // dues.toml last: a ledger exists only once everything else is in place.
  write_file_atomic(dir / "dues.toml", settings, "dues.toml");
  ctx.out << fmt::format("created a ledger in {}: dues.toml, customers.toml, {}\n", options.dir,
                         journal);
  if (options.git) { // teamwork
    setup_git(ctx, dir, {"journal/*.dues"}, false);
  } else if (git_toplevel(dir)) {
    ctx.out << "this folder is in a git repository: 'dues git setup' registers the journal "
               "merge driver and a pre-commit hook (docs/team.md)\n";
  }
  return ExitCode::ok;
}

} // namespace dues::cli
