#include "base/country.hpp"
#include "base/file.hpp"
#include "base/money.hpp"
#include "cli/commands.hpp"
#include "cli/git.hpp"
#include "cli/init_country.hpp"
#include "cli/init_dunning.hpp"
#include "syntax/journal_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace dues::cli {
namespace {

constexpr std::string_view k_settings_head =
    R"(# dues.toml: the settings of this ledger (docs/settings.md lists every key).
# Amounts and rates are written as strings ("20%", "1200.50") so they stay exact.
format = 1

[company]
name = {company}
{country}currency = "{currency}"          # the default currency of invoices
# address = """
# Street and number
# Postcode and city"""
# tax-id = ""                 # {tax_id}
# email = "billing@example.com"
# phone = ""
)";

// How customers pay, printed on invoices as payment instructions.
constexpr std::string_view k_pay_iban =
    R"(# iban = ""                   # printed on invoices as payment instructions
# bic = ""
)";
constexpr std::string_view k_pay_account =
    R"(# bank = ""                   # the bank's name, printed with the account
# account-number = ""         # printed on invoices as payment instructions
# routing-number = ""         # ABA routing number, sort code, bank code
)";

constexpr std::string_view k_settings =
    R"(
[defaults]
terms = "net30"               # a key of [terms]
prices = "exclusive"          # item prices exclude tax; or "inclusive"
{rounding}# tax = "standard"            # tax code for items that name none

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

{taxes}
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
# tax-id = "12-3456789"
# bank-accounts = [{bank_account}]  # IBANs are checked (mod 97)
# currency = "{currency}"
# terms = "net30"
# credit-limit = "10000"
# tags = ["wholesale"]
)";

constexpr std::string_view k_journal =
    R"(; The journal: one dated entry per event, appended as the business happens.
; docs/journal-format.md describes every entry. Examples:
;
; {year}-01-05 invoice INV-{year}-0001 customer acme due {year}-02-04 terms net30 total {total} {currency}
;   item "Consulting" qty 10 unit h price {price} tax standard amount {base}
;   tax standard rate {rate} base {base} amount {tax}
; {year}-02-01 payment PAY-{year}-0001 customer acme amount {total} {currency} method bank
;   apply INV-{year}-0001 {total}
)";

constexpr std::string_view k_gitattributes =
    "# Appends from two clones merge line by line; `dues check` catches collisions.\n"
    "journal/*.dues merge=union\n";

constexpr std::string_view k_gitignore = ".dues.lock\n";

// "key = value", then the comment at the column the rest of the file uses.
std::string commented(std::string line, std::string_view comment) {
  line.resize(std::max<std::size_t>(line.size() + 1, 30), ' ');
  return fmt::format("{}# {}\n", line, comment);
}

// A comment of several lines, wrapped at about 88 columns.
std::string comment_block(std::string_view text) {
  std::string out;
  std::string line = "#";
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    const std::string_view word = text.substr(at, end - at);
    if (line.size() + 1 + word.size() > 88 && line != "#") {
      out += line + "\n";
      line = "#";
    }
    line += fmt::format(" {}", word);
    at = end + 1;
  }
  return out + line + "\n";
}

std::string rounding_lines(const CountryProfile* country) {
  const bool given = country != nullptr && !country->tax_rounding.empty();
  return commented(fmt::format("tax-rounding = \"{}\"", given ? country->tax_rounding : "line"),
                   "per line (\"line\") or once per rate per invoice (\"invoice\")")
         + commented(fmt::format("rounding = \"{}\"", given ? country->rounding : "half-up"),
                     "\"half-up\", \"half-even\", \"down\" (切り捨て) or \"up\"");
}

std::string tax_lines(const CountryProfile* country) {
  if (country == nullptr) {
    return "[taxes.standard]\nrate = \"20%\"\nname = \"VAT 20%\"\n\n[taxes.reduced]\nrate = "
           "\"7%\"\n\n[taxes.zero]\nrate = \"0%\"\n";
  }
  std::string out = comment_block(fmt::format(
      "Tax rates for {}: starting points, not tax advice; check which rate applies to what you "
      "sell. {}",
      country->code, country->tax_note));
  for (const CountryTax& tax : country->taxes) {
    if (!tax.code.empty()) {
      out += fmt::format("\n[taxes.{}]\nrate = \"{}\"\nname = {}\n", tax.code, tax.rate,
                         syntax::quote(tax.name));
      if (tax.reduced) { // marked ※ on documents
        out += "reduced = true\n";
      }
    }
  }
  return out;
}

// The example entries of the journal, in the ledger's currency and standard rate.
std::string journal_text(int year, const Currency& currency, const CountryProfile* country) {
  const std::string_view rate = country == nullptr ? "20%" : country->taxes[0].rate;
  const Money price = *parse_money("120", currency);
  const Money base = multiply(price, Decimal::from_int(10), RoundingMode::half_up);
  const Money tax = percent_of(base, *parse_percent(rate), RoundingMode::half_up);
  return fmt::format(fmt::runtime(k_journal), fmt::arg("year", year),
                     fmt::arg("currency", currency.code), fmt::arg("rate", rate),
                     fmt::arg("price", format_amount(price)), fmt::arg("base", format_amount(base)),
                     fmt::arg("tax", format_amount(tax)), fmt::arg("total", format_amount(base + tax)));
}

// The currency whose [dunning] defaults init writes. The EU late-payment defaults (EUR)
// only where EU law applies: not for a Swiss, American or Japanese company that happens
// to invoice in euros.
std::string_view dunning_currency(std::string_view currency, const CountryProfile* country) {
  const bool eu_rules = country == nullptr || country->eu;
  return currency == "EUR" && !eu_rules ? "" : currency;
}

// dues.toml: the company, defaults, numbering, taxes, terms, documents and dunning.
std::string settings_text(const InitOptions& options, std::string_view currency,
                          const CountryProfile* country) {
  std::string text = fmt::format(
      fmt::runtime(k_settings_head), fmt::arg("company", syntax::quote(options.company)),
      fmt::arg("country", country == nullptr
                              ? std::string()
                              : commented(fmt::format("country = \"{}\"", country->code),
                                          "ISO 3166: tax-id check, payment references")),
      fmt::arg("currency", currency),
      fmt::arg("tax_id", country == nullptr ? "your VAT or tax registration number"
                                            : country->tax_id));
  text += country == nullptr || country->iban ? k_pay_iban : k_pay_account;
  text += fmt::format(fmt::runtime(k_settings), fmt::arg("rounding", rounding_lines(country)),
                      fmt::arg("taxes", tax_lines(country)));
  if (country != nullptr) {
    text += "\n[documents]\n"
            + commented(fmt::format("language = \"{}\"", country->language),
                        "labels of printed documents: en, de, fr, zh or ja")
            + commented(fmt::format("paper = \"{}\"", country->paper), "\"a4\" or \"letter\"");
  }
  return text + init_dunning_settings(dunning_currency(currency, country));
}

// The profile --country names (case-insensitive), nullptr without --country.
const CountryProfile* country_argument(const std::optional<std::string>& given) {
  if (!given) {
    return nullptr;
  }
  std::string code = *given;
  std::transform(code.begin(), code.end(), code.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  const CountryProfile* profile = find_country_profile(code);
  if (profile == nullptr) {
    throw Error(ErrorKind::usage,
                fmt::format("--country: no starting settings for '{}'; dues knows {} (leave "
                            "--country out and write [taxes] by hand otherwise)",
                            *given, country_profile_codes()));
  }
  return profile;
}

} // namespace

ExitCode run_init(Context& ctx, const InitOptions& options) {
  namespace fs = std::filesystem;
  const CountryProfile* country = country_argument(options.country);
  const std::string currency_code =
      options.currency.empty() ? std::string(country == nullptr ? "EUR" : country->currency)
                               : code_in_capitals(options.currency); // "cny" is CNY
  const Currency* currency = find_currency(currency_code);
  if (currency == nullptr) {
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
  const std::string settings = settings_text(options, currency_code, country);
  write_file_atomic(dir / "customers.toml",
                    fmt::format(fmt::runtime(k_customers), fmt::arg("currency", currency_code),
                                fmt::arg("bank_account", country == nullptr || country->iban
                                                             ? "\"DE89 3704 0044 0532 0130 00\""
                                                             : "\"1234 5678 9012\"")),
                    "customers.toml");
  const std::string journal = fmt::format("journal/{:04}.dues", year);
  write_file_atomic(dir / journal, journal_text(year, *currency, country), journal);
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
  if (const auto notice = init_dunning_notice(dunning_currency(currency_code, country), ctx.today)) {
    ctx.out << *notice; // collections: the base-rate table ends (docs/dunning.md)
  }
  if (options.git) { // teamwork
    setup_git(ctx, dir, {"journal/*.dues"}, false);
  } else if (git_toplevel(dir)) {
    ctx.out << "this folder is in a git repository: 'dues git setup' registers the journal "
               "merge driver and a pre-commit hook (docs/team.md)\n";
  }
  return ExitCode::ok;
}

} // namespace dues::cli
