#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

// Encrypting and decrypting customer values with age (https://age-encryption.org, X25519
// recipients), run as the program `age` the way sops does: dues writes no cryptography of
// its own (docs/security.md says why age and not gpgme).
namespace dues::crypt {

// How many age processes run at once for a batch.
constexpr std::size_t k_age_parallel = 8;

// Encrypts each value for every recipient; returns the binary age files in order.
// Throws Error(environment) when age cannot be run or refuses (naming its message).
std::vector<std::string> age_encrypt(const std::vector<std::string>& clear,
                                     const std::vector<std::string>& recipients);

// One decrypted value, or why it could not be decrypted (age's message).
struct Decrypted {
  std::optional<std::string> clear;
  std::string problem;
};

// Decrypts each binary age file with the identity file. Throws Error(environment) only
// when age cannot be run at all; a value that does not decrypt is reported in its slot.
std::vector<Decrypted> age_decrypt(const std::vector<std::string>& ciphertexts,
                                   const std::filesystem::path& identity);

} // namespace dues::crypt
