#pragma once

#include <string>
#include <string_view>

namespace dues::crypt {

// HMAC-SHA256 (RFC 2104, OpenSSL) of `message` under `key`, as 64 lower-case hex digits.
// Stored beside an encrypted bank account (of its compact, upper-case form), it lets
// reconcile recognise a payer's account with the matching key alone.
std::string hmac_sha256_hex(std::string_view key, std::string_view message);

// SHA-256 (OpenSSL) of `bytes`, as 64 lower-case hex digits: the manifest of a backup.
std::string sha256_hex(std::string_view bytes);

} // namespace dues::crypt
