#pragma once

#include "base/error.hpp"
#include "syntax/settings.hpp"

#include <string>
#include <string_view>
#include <vector>

// privacy: which customer values [security] encrypt protects (docs/security.md). The
// values themselves are encrypted and decrypted by crypt/ (age), called from cli/.
namespace dues {

// True when [security] encrypt names the field.
bool is_encrypted_field(const syntax::Settings& settings, std::string_view field);

// The values of one encryptable field of a customer: the text of address, tax-id or
// notes (when not empty), each of bank-accounts, the IBAN and BIC of the mandate.
std::vector<std::string*> field_values(syntax::CustomerRecord& customer, std::string_view field);
std::vector<const std::string*> field_values(const syntax::CustomerRecord& customer,
                                             std::string_view field);

// The key one of those values is written under: the field itself, or "mandate.iban" /
// "mandate.bic" for the mandate's (keys of [ID.mandate]).
std::string_view value_key(const syntax::CustomerRecord& customer, std::string_view field,
                           const std::string* value);

// Where a field or value key of the customer was written (the key's line), else the
// customer's table; "mandate" is the mandate's IBAN.
SourceLoc field_loc(const syntax::CustomerRecord& customer, std::string_view key);

// [security]: known encryptable fields, each once; recipients that look like age keys;
// encrypt needs at least one recipient.
void check_security_settings(const syntax::Settings& settings, Diagnostics& diags);

// A value of a field [security] encrypt lists that is stored in clear, or that starts
// with "age:" but is not an encrypted value: one error each at the key's line, with the
// command that fixes it.
void check_encrypted_values(const std::vector<syntax::CustomerRecord>& customers,
                            const syntax::Settings& settings, Diagnostics& diags);

} // namespace dues
