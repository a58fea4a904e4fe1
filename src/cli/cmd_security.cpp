// privacy: dues security status | rekey (docs/security.md). rekey decrypts every value
// of customers.toml with the identity, encrypts the fields [security] encrypt lists for
// the current recipients (and writes the others back in clear), and replaces the file in
// one atomic write under the ledger lock.
#include "base/account.hpp"
#include "base/file.hpp"
#include "base/sealed.hpp"
#include "cli/commands.hpp"
#include "cli/secrets.hpp"
#include "model/customer_fields.hpp"
#include "model/security.hpp"
#include "syntax/security_settings.hpp"
#include "syntax/toml_patch.hpp"
#include "syntax/toml_reader.hpp"

#include <fmt/format.h>

namespace dues::cli {
namespace {

namespace fs = std::filesystem;

struct FieldCount {
  std::size_t clear = 0;
  std::size_t encrypted = 0;
  std::size_t hashed = 0; // encrypted with a keyed hash for matching
};

FieldCount count_field(const std::vector<Customer>& customers, std::string_view field) {
  FieldCount count;
  for (const Customer& customer : customers) {
    for (const std::string* value : field_values(customer, field)) {
      const auto sealed = parse_sealed(*value);
      count.clear += is_sealed(*value) ? 0U : 1U;
      count.encrypted += is_sealed(*value) ? 1U : 0U;
      count.hashed += sealed && !sealed->hmac.empty() ? 1U : 0U;
    }
  }
  return count;
}

std::vector<Customer> read_customers_at(const fs::path& path) {
  Diagnostics diags;
  std::string text;
  if (something_at(path)) {
    text = read_file(path, "customers.toml", k_customers_limit);
  }
  std::vector<Customer> customers = syntax::read_customers(text, "customers.toml", diags);
  if (!diags.empty()) {
    throw diags.errors().front();
  }
  return customers;
}

// The mandate's IBAN, clear in `after` (decrypted), is checked (mod 97) before it is
// encrypted: once encrypted, `dues check` sees it only with an identity. A clear one
// in the file was checked when the ledger was loaded.
void check_mandate_ibans(const std::vector<Customer>& before, const std::vector<Customer>& after) {
  for (std::size_t i = 0; i < after.size(); ++i) {
    if (after[i].mandate && is_sealed(before[i].mandate->iban)
        && !is_valid_iban(after[i].mandate->iban)) {
      throw Error(ErrorKind::invalid_input, field_loc(before[i], "mandate.iban"),
                  fmt::format("customer '{}': the mandate's debtor IBAN (encrypted) is not "
                              "valid; write the right one in clear and run 'dues security "
                              "rekey' again; nothing was changed",
                              before[i].id));
    }
  }
}

// The edits that write the mandate's IBAN and BIC ([ID.mandate] iban, bic).
void mandate_edits(const Customer& customer, std::vector<syntax::TomlEdit>& edits) {
  if (!customer.mandate) {
    return;
  }
  for (const auto& [key, value] :
       {std::pair<std::string_view, const std::string&>{"iban", customer.mandate->iban},
        {"bic", customer.mandate->bic}}) {
    if (!value.empty()) {
      edits.push_back({{customer.id, "mandate"}, std::string(key), syntax::toml_string(value)});
    }
  }
}

} // namespace

ExitCode run_security_status(Context& ctx) {
  const Ledger ledger = load_ledger(ctx, LoadMode::balances);
  const syntax::SecuritySettings& security = ledger.settings.security;
  ctx.out << fmt::format("recipients: {}\n",
                         security.recipients.empty()
                             ? "none"
                             : fmt::format("{}", fmt::join(security.recipients, ", ")));
  ctx.out << fmt::format("identity: {}\n", ctx.identity ? ctx.identity->string() : "none");
  ctx.out << fmt::format("matching key: {}\n", ctx.matching_key ? "set" : "none");
  ctx.out << fmt::format("{:<14} {:<8} {:>6} {:>10} {:>7}\n", "field", "encrypt", "clear",
                         "encrypted", "hashed");
  bool attention = false;
  for (const std::string_view field : syntax::encryptable_fields()) {
    const bool listed = is_encrypted_field(ledger.settings, field);
    const FieldCount count = count_field(ledger.customers, field);
    attention = attention || (listed && count.clear > 0);
    ctx.out << fmt::format(
        "{:<14} {:<8} {:>6} {:>10} {:>7}\n", field, listed ? "yes" : "no", count.clear,
        count.encrypted,
        field == "bank-accounts" || field == "mandate" ? fmt::format("{}", count.hashed) : "-");
  }
  if (attention) {
    ctx.out << "some values [security] encrypt lists are in clear: run 'dues security rekey'\n";
  }
  return attention ? ExitCode::attention : ExitCode::ok;
}

ExitCode run_security_rekey(Context& ctx, const SecurityRekeyOptions& options) {
  const fs::path dir = ctx.ledger_dir();
  const LedgerLock lock(dir, ctx.lock_timeout);
  const Ledger ledger = load_ledger_locked(ctx, LoadMode::balances);
  const syntax::Settings& settings = ledger.settings;
  const fs::path path = dir / "customers.toml";
  const std::vector<Customer> before = read_customers_at(path);
  std::vector<Customer> after = before;
  reveal_customers(ctx, dir, after);
  check_mandate_ibans(before, after);
  std::vector<Customer*> all;
  for (Customer& customer : after) {
    all.push_back(&customer);
  }
  seal_customers(ctx, settings, all);
  std::string text = something_at(path) ? read_file(path, "customers.toml", k_customers_limit) : "";
  syntax::TomlPatch patch(text, "customers.toml");
  std::vector<syntax::TomlEdit> edits; // one batch: two parses of the file, not two per value
  std::size_t values = 0;
  for (const Customer& customer : after) {
    for (const std::string_view key : syntax::encryptable_fields()) {
      values += field_values(customer, key).size();
      if (key == "mandate") {
        mandate_edits(customer, edits);
      } else if (const auto toml = customer_field_toml(customer, *find_customer_field(key))) {
        edits.push_back({{customer.id}, std::string(key), *toml});
      }
    }
  }
  patch.set_all(edits);
  Diagnostics reread;
  const std::vector<Customer> written =
      syntax::read_customers(patch.text(), "customers.toml", reread);
  bool same = reread.empty() && written.size() == after.size();
  for (std::size_t i = 0; same && i < written.size(); ++i) {
    same = same_customer(written[i], after[i]);
  }
  if (!same) {
    throw Error(ErrorKind::internal,
                "the rekeyed customers.toml does not read back as intended; nothing was changed");
  }
  if (!options.dry_run && patch.text() != text) {
    write_file_atomic(path, patch.text(), "customers.toml");
  }
  ctx.out << fmt::format("{} {} value{} of {} customer{}; encrypted for {} recipient{}: {}\n",
                         options.dry_run ? "would rewrite" : "rewrote", values,
                         values == 1 ? "" : "s", after.size(), after.size() == 1 ? "" : "s",
                         settings.security.recipients.size(),
                         settings.security.recipients.size() == 1 ? "" : "s",
                         settings.security.encrypt.empty()
                             ? "no field"
                             : fmt::format("{}", fmt::join(settings.security.encrypt, ", ")));
  return ExitCode::ok;
}

} // namespace dues::cli
