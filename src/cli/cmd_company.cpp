// dues company set | show: the [company] table of dues.toml. `set` edits it the way
// `customer set` edits customers.toml: only the bytes of the changed value
// (syntax/toml_patch), the result checked as `dues check` would, then an atomic write
// under the ledger lock.
#include "base/file.hpp"
#include "cli/commands.hpp"
#include "model/customer.hpp"
#include "render/json.hpp"
#include "syntax/toml_patch.hpp"
#include "syntax/toml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace dues::cli {
namespace {

namespace fs = std::filesystem;

struct CompanyKey {
  std::string_view key;
  std::string (*get)(const syntax::Settings&);
};

// The keys of [company], in the order docs/settings.md lists them.
constexpr std::array k_company_keys{
    CompanyKey{"name", [](const syntax::Settings& s) { return s.company.name; }},
    CompanyKey{"address", [](const syntax::Settings& s) { return s.company.address; }},
    CompanyKey{"tax-id", [](const syntax::Settings& s) { return s.company.tax_id; }},
    CompanyKey{"email", [](const syntax::Settings& s) { return s.company.email; }},
    CompanyKey{"phone", [](const syntax::Settings& s) { return s.company.phone; }},
    CompanyKey{"currency", [](const syntax::Settings& s) { return s.company.currency; }},
    CompanyKey{"iban", [](const syntax::Settings& s) { return s.company.iban; }},
    CompanyKey{"bic", [](const syntax::Settings& s) { return s.company.bic; }},
    CompanyKey{"bank", [](const syntax::Settings& s) { return s.company.bank_name; }},
    CompanyKey{"country", [](const syntax::Settings& s) { return s.company.country; }},
    CompanyKey{"creditor-id", [](const syntax::Settings& s) { return s.company.creditor_id; }},
    CompanyKey{"logo", [](const syntax::Settings& s) { return s.documents.logo; }},
    CompanyKey{"account-number",
               [](const syntax::Settings& s) { return s.documents.account_number; }},
    CompanyKey{"routing-number",
               [](const syntax::Settings& s) { return s.documents.routing_number; }},
};

const CompanyKey& company_key(std::string_view key) {
  for (const CompanyKey& known : k_company_keys) {
    if (known.key == key) {
      return known;
    }
  }
  std::string names;
  for (const CompanyKey& known : k_company_keys) {
    names += names.empty() ? "" : ", ";
    names += known.key;
  }
  throw Error(ErrorKind::usage,
              fmt::format("unknown [company] key '{}'; expected one of {}", key, names));
}

// The value as written: codes in upper case ("cn" -> "CN"), the rest as given.
std::string written_value(const CompanyKey& key, std::string value) {
  if (key.key == "country" || key.key == "currency" || key.key == "bic") {
    std::transform(value.begin(), value.end(), value.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  }
  if (key.key != "address" && value.find('\n') != std::string::npos) {
    throw Error(ErrorKind::usage,
                fmt::format("{}: a line break cannot be written; only 'address' may span lines",
                            key.key));
  }
  return value;
}

// The checks of `dues check` on the edited settings, and on every customer under them
// (a currency change may make a credit limit invalid); each problem is a usage error
// naming the key.
void validate(Context& ctx, const std::string& text, const Ledger& ledger, const CompanyKey& key) {
  Diagnostics diags;
  const syntax::Settings settings = syntax::read_settings(text, "dues.toml", diags);
  if (diags.empty()) {
    check_settings(settings, diags);
    for (const Customer& customer : ledger.customers) {
      check_customer(customer, settings, diags);
    }
  }
  const syntax::CompanySettings& company = settings.company;
  if (key.key == "iban" && !company.iban.empty() && !is_valid_iban(company.iban)) {
    diags.add(Error(ErrorKind::usage, "not a valid IBAN (length or check digits)"));
  }
  if (key.key == "email" && !company.email.empty() && !is_valid_email(company.email)) {
    diags.add(Error(ErrorKind::usage, "not a valid email address"));
  }
  if (diags.empty()) {
    return;
  }
  for (std::size_t i = 0; i + 1 < diags.errors().size(); ++i) {
    ctx.err << fmt::format("dues: error: {}: {}\n", key.key, diags.errors()[i].message());
  }
  throw Error(ErrorKind::usage, fmt::format("{}: {}; nothing was changed", key.key,
                                            diags.errors().back().message()));
}

} // namespace

ExitCode run_company_set(Context& ctx, const CompanySetOptions& options) {
  const CompanyKey& key = company_key(options.key);
  if (options.unset == options.value.has_value()) {
    throw Error(ErrorKind::usage, options.unset ? "--unset takes no VALUE"
                                                : fmt::format("missing VALUE for '{}'", key.key));
  }
  if (options.unset && key.key == "currency") {
    throw Error(ErrorKind::usage, "the company needs a currency; 'currency' cannot be unset");
  }
  const std::string value = written_value(key, options.value.value_or(""));
  const fs::path dir = ctx.ledger_dir();
  const LedgerLock lock(dir, ctx.lock_timeout);
  const Ledger ledger = load_ledger_locked(ctx, LoadMode::balances); // must check first
  const std::string text = read_file(dir / "dues.toml", "dues.toml");
  syntax::TomlPatch patch(text, "dues.toml");
  if (options.unset) {
    patch.remove("company", key.key);
  } else if (patch.has_table("company")) {
    patch.set("company", key.key, syntax::toml_string(value));
  } else {
    patch.append_table("company", {{std::string(key.key), syntax::toml_string(value)}});
  }
  validate(ctx, patch.text(), ledger, key);
  if (patch.text() != text) {
    write_file_atomic(dir / "dues.toml", patch.text(), "dues.toml");
  }
  ctx.out << fmt::format("company: {} {}\n", key.key,
                         options.unset ? "unset" : syntax::toml_string(value));
  return ExitCode::ok;
}

ExitCode run_company_show(Context& ctx, const CompanyShowOptions& options) {
  const Format format = format_argument(options.format, {Format::text, Format::json});
  const Ledger ledger = load_ledger(ctx, LoadMode::balances);
  if (format == Format::json) {
    render::JsonWriter json(ctx.out);
    json.begin_object();
    for (const CompanyKey& key : k_company_keys) {
      json.key(key.key).value(key.get(ledger.settings));
    }
    json.end_object();
    json.finish();
    return ExitCode::ok;
  }
  for (const CompanyKey& key : k_company_keys) {
    std::string value = key.get(ledger.settings);
    if (value.empty()) {
      continue;
    }
    for (std::size_t at = value.find('\n'); at != std::string::npos;
         at = value.find('\n', at + 1)) {
      value.insert(at + 1, 16, ' '); // continuation lines under the value
    }
    ctx.out << fmt::format("{:<16}{}\n", key.key, value);
  }
  return ExitCode::ok;
}

} // namespace dues::cli
