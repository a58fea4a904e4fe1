#include "base/sha256.hpp"

#include "base/error.hpp"

#include <openssl/evp.h>

#include <array>

namespace dues {

std::string sha256_hex(std::string_view bytes) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int size = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &size, EVP_sha256(), nullptr) != 1) {
    throw Error(ErrorKind::internal, "SHA-256 failed (OpenSSL EVP_Digest)");
  }
  static constexpr std::string_view k_hex = "0123456789abcdef";
  std::string out;
  out.reserve(std::size_t{size} * 2);
  for (unsigned int i = 0; i < size; ++i) {
    out += k_hex[digest[i] >> 4U];
    out += k_hex[digest[i] & 15U];
  }
  return out;
}

} // namespace dues
