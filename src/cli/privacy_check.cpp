// privacy: the checks `dues check` runs on protected data (docs/security.md).
#include "base/account.hpp"
#include "base/sealed.hpp"
#include "cli/secrets.hpp"
#include "crypt/age.hpp"
#include "model/security.hpp"

#include <fmt/format.h>

#include <sys/stat.h>

namespace dues::cli {
namespace {

namespace fs = std::filesystem;

// Warns, as ssh does, when a file is readable by others (`mask` 0004) or, for an
// identity, by the group too (0077).
void check_mode(const fs::path& path, const std::string& name, mode_t mask, std::string_view fix,
                Diagnostics& diags) {
  struct stat info = {};
  if (::stat(path.c_str(), &info) != 0 || (info.st_mode & mask) == 0) {
    return;
  }
  diags.warn(Error(ErrorKind::environment, SourceLoc{name, 0, 0},
                   fmt::format("mode {:04o}: readable by {}; {}", info.st_mode & 07777U,
                               (info.st_mode & mask & 0004U) != 0 ? "others" : "the group", fix)));
}

void check_decryption(const Context& ctx, const Ledger& ledger, Diagnostics& diags) {
  std::vector<Customer> customers = ledger.customers;
  const std::vector<SealedSlot> slots = sealed_slots(customers);
  std::vector<std::string> ciphertexts;
  std::vector<const SealedSlot*> parsed;
  for (const SealedSlot& slot : slots) {
    if (const auto sealed = parse_sealed(*slot.value)) { // damaged ones are errors already
      ciphertexts.push_back(sealed->ciphertext);
      parsed.push_back(&slot);
    }
  }
  if (ciphertexts.empty()) {
    return;
  }
  const std::vector<crypt::Decrypted> values = crypt::age_decrypt(ciphertexts, *ctx.identity);
  for (std::size_t i = 0; i < values.size(); ++i) {
    const Customer& customer = customers[parsed[i]->customer];
    const std::string_view key = parsed[i]->key;
    if (!values[i].clear) {
      diags.warn(Error(ErrorKind::environment, field_loc(customer, key),
                       fmt::format("customer '{}': {} does not decrypt with the identity {}: {}",
                                   customer.id, key, ctx.identity->string(), values[i].problem)));
    } else if (key == "mandate.iban" && !is_valid_iban(*values[i].clear)) {
      // Only here, decrypted, can an encrypted mandate IBAN be checked as a clear one is.
      diags.add(Error(ErrorKind::invalid_input, field_loc(customer, key),
                      "the mandate's debtor IBAN (encrypted) is not valid"));
    }
  }
}

} // namespace

void check_privacy(const Context& ctx, const Ledger& ledger, Diagnostics& diags) {
  check_encrypted_values(ledger.customers, ledger.settings, diags);
  const fs::path dir = ctx.ledger_dir();
  if (!ledger.settings.security.encrypt.empty()) {
    constexpr std::string_view fix = "run 'chmod o-rwx' on it (and umask 027 or 077)";
    check_mode(dir / "customers.toml", "customers.toml", 0004, fix, diags);
    for (const std::string& file : ledger.files) {
      check_mode(dir / file, file, 0004, fix, diags);
    }
  }
  if (!ctx.identity) {
    return;
  }
  check_mode(*ctx.identity, ctx.identity->string(), 0077,
             "run 'chmod 600' on it: an identity must be private", diags);
  std::error_code ec;
  if (fs::is_regular_file(*ctx.identity, ec)) {
    check_decryption(ctx, ledger, diags);
  }
}

} // namespace dues::cli
