#include "crypt/hmac.hpp"

#include "base/error.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>

namespace dues::crypt {
namespace {

std::string hex_of(const unsigned char* digest, unsigned int size) {
  constexpr std::string_view hex = "0123456789abcdef";
  std::string text;
  for (unsigned int i = 0; i < size; ++i) {
    text += hex[digest[i] >> 4U];
    text += hex[digest[i] & 15U];
  }
  return text;
}

} // namespace

std::string sha256_hex(std::string_view bytes) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int size = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &size, EVP_sha256(), nullptr) != 1) {
    throw Error(ErrorKind::internal, "OpenSSL could not compute a SHA-256");
  }
  return hex_of(digest.data(), size);
}

std::string hmac_sha256_hex(std::string_view key, std::string_view message) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int size = 0;
  if (HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
           reinterpret_cast<const unsigned char*>(message.data()), message.size(), digest.data(),
           &size)
      == nullptr) {
    throw Error(ErrorKind::internal, "OpenSSL could not compute an HMAC-SHA256");
  }
  return hex_of(digest.data(), size);
}

} // namespace dues::crypt
