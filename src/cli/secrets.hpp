#pragma once

// privacy: encrypting customer values on write and decrypting them for the commands
// that need them in clear (docs/security.md). The age identity and the matching key come
// from the Context (DUES_IDENTITY, DUES_MATCHING_KEY, ~/.config/dues), never from the
// ledger.
#include "cli/context.hpp"
#include "syntax/settings.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dues::cli {

// One encrypted value of a customer.
struct SealedSlot {
  std::uint32_t customer = 0; // index into the customers
  std::string_view field;     // "bank-accounts"
  std::string_view key;       // the key it is written under: the field, "mandate.iban"
  std::string* value = nullptr;
};

// Every encrypted value of the customers (of `which` only, when not empty; of
// `only_field` only, when given).
std::vector<SealedSlot> sealed_slots(std::vector<Customer>& customers,
                                     std::span<const std::uint32_t> which = {},
                                     std::string_view only_field = {});

// The identity file, for decrypting `what` ("customer 'acme': bank-accounts"). Throws
// Error(environment) saying how to provide one when there is none, it cannot be read, or
// it lies inside the ledger folder.
std::filesystem::path require_identity(const Context& ctx, const std::filesystem::path& ledger_dir,
                                       std::string_view what);

// Encrypts, in one batch (age runs several at once), the clear values of the fields
// [security] encrypt lists (of `only_field` alone when given); bank accounts and the
// mandate's IBAN carry the keyed hash when a matching key is known.
void seal_customers(const Context& ctx, const syntax::Settings& settings,
                    std::span<Customer* const> customers, std::string_view only_field = {});
inline void seal_customer(const Context& ctx, const syntax::Settings& settings, Customer& customer,
                          std::string_view only_field = {}) {
  Customer* one[] = {&customer};
  seal_customers(ctx, settings, one, only_field);
}

// Decrypts in place, in one batch, every encrypted value of the customers (of `which`
// only, when not empty; of `only_field` only, when given). Without an identity, or for a
// value it does not open: throws Error(environment) naming the customer and the field;
// nothing is written by a command that stops here.
void reveal_customers(const Context& ctx, const std::filesystem::path& ledger_dir,
                      std::vector<Customer>& customers, std::span<const std::uint32_t> which = {},
                      std::string_view only_field = {});

// The bank accounts reconcile cannot find by their HMAC (none stored, or no matching
// key), decrypted: (customer index, clear account). Throws like reveal_customers when
// there are some and no identity opens them.
std::vector<std::pair<std::uint32_t, std::string>>
reveal_accounts(const Context& ctx, const std::filesystem::path& ledger_dir,
                const std::vector<Customer>& customers);

// What `dues check` adds for protected data: values [security] encrypt lists found in
// clear (errors); files of a ledger that encrypts readable by others, and an identity
// file readable by others (warnings); with an identity, values it does not decrypt
// (warnings, one per value).
void check_privacy(const Context& ctx, const Ledger& ledger, Diagnostics& diags);

// The keyed hash stored beside an encrypted bank account: HMAC-SHA256 of its compact,
// upper-case form.
std::string account_hmac(std::string_view key, std::string_view account);

} // namespace dues::cli
