#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dues {

// An encrypted customer value as customers.toml stores it (docs/security.md):
//   "age:<base64>"                       the value, encrypted with age
//   "age:<base64>;hmac-sha256=<hex>"     the same, with a keyed hash of the normalised
//                                        account number, for matching bank lines
// <base64> is standard base64 (RFC 4648, with padding, no line breaks) of a binary age
// file; `age -d` of its decoding gives the clear value. Parsing and writing the format
// is text work and lives here; encrypting and hashing live in crypt/.
struct SealedValue {
  std::string ciphertext; // the binary age file
  std::string hmac;       // 64 lower-case hex digits, or empty
};

constexpr std::string_view k_sealed_prefix = "age:";

// What reports show in place of an encrypted value.
constexpr std::string_view k_sealed_mask = "(encrypted)";

// True when the text is an encrypted value (starts with "age:").
bool is_sealed(std::string_view text);

// The parts of an encrypted value, or nullopt when it is not one or is malformed.
std::optional<SealedValue> parse_sealed(std::string_view text);

// The text of an encrypted value.
std::string format_sealed(const SealedValue& value);

// The text as it may be shown without the identity: the mask for an encrypted value,
// the text itself otherwise.
std::string_view shown_value(std::string_view text);

// A recipient public key as age-keygen prints it: "age1" and 58 bech32 characters.
bool is_age_recipient(std::string_view text);

// RFC 4648 base64 with padding; decoding refuses anything else (nullopt).
std::string base64_encode(std::string_view bytes);
std::optional<std::string> base64_decode(std::string_view text);

} // namespace dues
