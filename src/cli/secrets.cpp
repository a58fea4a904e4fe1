#include "cli/secrets.hpp"

#include "base/sealed.hpp"
#include "crypt/age.hpp"
#include "crypt/hmac.hpp"
#include "model/security.hpp"
#include "query/match_customer.hpp" // compact_account
#include "syntax/security_settings.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace dues::cli {

namespace fs = std::filesystem;

std::vector<SealedSlot> sealed_slots(std::vector<Customer>& customers,
                                     std::span<const std::uint32_t> which,
                                     std::string_view only_field) {
  std::vector<SealedSlot> slots;
  const auto add = [&](std::uint32_t c) {
    for (const std::string_view field : syntax::encryptable_fields()) {
      if (!only_field.empty() && field != only_field) {
        continue;
      }
      for (std::string* value : field_values(customers[c], field)) {
        if (is_sealed(*value)) {
          slots.push_back({c, field, value_key(customers[c], field, value), value});
        }
      }
    }
  };
  if (which.empty()) {
    for (std::uint32_t c = 0; c < customers.size(); ++c) {
      add(c);
    }
  } else {
    for (const std::uint32_t c : which) {
      add(c);
    }
  }
  return slots;
}

fs::path require_identity(const Context& ctx, const fs::path& ledger_dir, std::string_view what) {
  constexpr std::string_view how =
      "name your age identity file with DUES_IDENTITY=PATH or put it at "
      "~/.config/dues/identity (docs/security.md)";
  if (!ctx.identity) {
    throw Error(ErrorKind::environment,
                fmt::format("{} is encrypted and this command needs it in clear; {}", what, how));
  }
  std::error_code ec;
  const fs::path identity = fs::weakly_canonical(*ctx.identity, ec);
  const fs::path ledger = fs::weakly_canonical(ledger_dir, ec);
  const auto [mismatch, rest] =
      std::mismatch(ledger.begin(), ledger.end(), identity.begin(), identity.end());
  if (mismatch == ledger.end()) {
    throw Error(ErrorKind::environment,
                fmt::format("the identity file {} lies inside the ledger folder, where it would "
                            "be shared with the ledger; move it out ({})",
                            ctx.identity->string(), how));
  }
  if (!fs::is_regular_file(*ctx.identity, ec)) {
    throw Error(ErrorKind::environment,
                fmt::format("{} is encrypted, and the identity file {} cannot be read; {}", what,
                            ctx.identity->string(), how));
  }
  return *ctx.identity;
}

std::string account_hmac(std::string_view key, std::string_view account) {
  return crypt::hmac_sha256_hex(key, query::compact_account(account));
}

void seal_customers(const Context& ctx, const syntax::Settings& settings,
                    std::span<Customer* const> customers, std::string_view only_field) {
  std::vector<std::string*> targets;
  std::vector<std::string> clear;
  std::vector<std::string> hmacs;
  for (const std::string_view field : syntax::encryptable_fields()) {
    if (!is_encrypted_field(settings, field) || (!only_field.empty() && field != only_field)) {
      continue;
    }
    for (Customer* customer : customers) {
      for (std::string* value : field_values(*customer, field)) {
        if (is_sealed(*value)) {
          continue;
        }
        targets.push_back(value);
        clear.push_back(*value);
        const bool account =
            field == "bank-accounts" || value_key(*customer, field, value) == "mandate.iban";
        hmacs.push_back(account && ctx.matching_key ? account_hmac(*ctx.matching_key, *value)
                                                    : std::string());
      }
    }
  }
  if (targets.empty()) {
    return;
  }
  const std::vector<std::string> sealed = crypt::age_encrypt(clear, settings.security.recipients);
  for (std::size_t i = 0; i < targets.size(); ++i) {
    *targets[i] = format_sealed(SealedValue{sealed[i], hmacs[i]});
  }
}

void reveal_customers(const Context& ctx, const fs::path& ledger_dir,
                      std::vector<Customer>& customers, std::span<const std::uint32_t> which,
                      std::string_view only_field) {
  const std::vector<SealedSlot> slots = sealed_slots(customers, which, only_field);
  if (slots.empty()) {
    return;
  }
  const auto what = [&](const SealedSlot& slot) {
    return fmt::format("customer '{}': {}", customers[slot.customer].id, slot.key);
  };
  const fs::path identity = require_identity(ctx, ledger_dir, what(slots.front()));
  std::vector<std::string> ciphertexts;
  for (const SealedSlot& slot : slots) {
    const auto parts = parse_sealed(*slot.value);
    if (!parts) {
      throw Error(ErrorKind::invalid_input,
                  fmt::format("{} holds a damaged encrypted value; run 'dues check'", what(slot)));
    }
    ciphertexts.push_back(parts->ciphertext);
  }
  const std::vector<crypt::Decrypted> values = crypt::age_decrypt(ciphertexts, identity);
  for (std::size_t i = 0; i < slots.size(); ++i) {
    if (!values[i].clear) {
      throw Error(ErrorKind::environment,
                  fmt::format("{} does not decrypt with the identity {}: {}; ask a recipient "
                              "to run 'dues security rekey' with your public key in [security] "
                              "recipients",
                              what(slots[i]), identity.string(), values[i].problem));
    }
  }
  for (std::size_t i = 0; i < slots.size(); ++i) {
    *slots[i].value = *values[i].clear;
  }
}

std::vector<std::pair<std::uint32_t, std::string>>
reveal_accounts(const Context& ctx, const fs::path& ledger_dir,
                const std::vector<Customer>& customers) {
  std::vector<std::uint32_t> which;
  std::vector<Customer> copies;
  for (std::uint32_t c = 0; c < customers.size(); ++c) {
    const auto& accounts = customers[c].bank_accounts;
    if (std::any_of(accounts.begin(), accounts.end(), [&](const std::string& account) {
          const auto sealed = parse_sealed(account);
          return is_sealed(account) && (!sealed || sealed->hmac.empty() || !ctx.matching_key);
        })) {
      which.push_back(c);
      copies.push_back(customers[c]);
    }
  }
  std::vector<std::pair<std::uint32_t, std::string>> accounts;
  if (which.empty()) {
    return accounts;
  }
  reveal_customers(ctx, ledger_dir, copies);
  for (std::size_t i = 0; i < which.size(); ++i) {
    for (const std::string& account : copies[i].bank_accounts) {
      accounts.emplace_back(which[i], account);
    }
  }
  return accounts;
}

} // namespace dues::cli
