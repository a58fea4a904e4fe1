#include "base/sealed.hpp"

#include <array>

namespace dues {
namespace {

constexpr std::string_view k_alphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::string_view k_hmac_tag = ";hmac-sha256=";

int sextet(char c) {
  const auto at = k_alphabet.find(c);
  return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

bool is_lower_hex(std::string_view text) {
  for (const char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      return false;
    }
  }
  return true;
}

} // namespace

std::string base64_encode(std::string_view bytes) {
  std::string text;
  text.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const auto n = (static_cast<unsigned>(static_cast<unsigned char>(bytes[i])) << 16U)
                   | (static_cast<unsigned>(static_cast<unsigned char>(bytes[i + 1])) << 8U)
                   | static_cast<unsigned char>(bytes[i + 2]);
    for (const unsigned shift : {18U, 12U, 6U, 0U}) {
      text += k_alphabet[(n >> shift) & 63U];
    }
  }
  const std::size_t rest = bytes.size() - i;
  if (rest > 0) {
    unsigned n = static_cast<unsigned>(static_cast<unsigned char>(bytes[i])) << 16U;
    if (rest == 2) {
      n |= static_cast<unsigned>(static_cast<unsigned char>(bytes[i + 1])) << 8U;
    }
    text += k_alphabet[(n >> 18U) & 63U];
    text += k_alphabet[(n >> 12U) & 63U];
    text += rest == 2 ? k_alphabet[(n >> 6U) & 63U] : '=';
    text += '=';
  }
  return text;
}

std::optional<std::string> base64_decode(std::string_view text) {
  if (text.size() % 4 != 0) {
    return std::nullopt;
  }
  std::string bytes;
  bytes.reserve(text.size() / 4 * 3);
  for (std::size_t i = 0; i < text.size(); i += 4) {
    const bool last = i + 4 == text.size();
    std::array<int, 4> v{};
    int padding = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      const char c = text[i + k];
      if (c == '=' && last && k >= 2 && (k == 3 || text[i + 3] == '=')) {
        v[k] = 0;
        ++padding;
        continue;
      }
      v[k] = sextet(c);
      if (v[k] < 0 || padding > 0) {
        return std::nullopt;
      }
    }
    const auto n = (static_cast<unsigned>(v[0]) << 18U) | (static_cast<unsigned>(v[1]) << 12U)
                   | (static_cast<unsigned>(v[2]) << 6U) | static_cast<unsigned>(v[3]);
    bytes += static_cast<char>((n >> 16U) & 0xFFU);
    if (padding < 2) {
      bytes += static_cast<char>((n >> 8U) & 0xFFU);
    }
    if (padding < 1) {
      bytes += static_cast<char>(n & 0xFFU);
    }
  }
  return bytes;
}

bool is_age_recipient(std::string_view text) {
  constexpr std::string_view bech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  return text.size() == 62 && text.starts_with("age1")
         && text.find_first_not_of(bech32, 4) == std::string_view::npos;
}

bool is_sealed(std::string_view text) {
  return text.starts_with(k_sealed_prefix);
}

std::optional<SealedValue> parse_sealed(std::string_view text) {
  if (!is_sealed(text)) {
    return std::nullopt;
  }
  text.remove_prefix(k_sealed_prefix.size());
  SealedValue value;
  if (const auto tag = text.find(k_hmac_tag); tag != std::string_view::npos) {
    value.hmac = std::string(text.substr(tag + k_hmac_tag.size()));
    text = text.substr(0, tag);
    if (value.hmac.size() != 64 || !is_lower_hex(value.hmac)) {
      return std::nullopt;
    }
  }
  auto bytes = base64_decode(text);
  if (!bytes || bytes->empty()) {
    return std::nullopt;
  }
  value.ciphertext = std::move(*bytes);
  return value;
}

std::string format_sealed(const SealedValue& value) {
  std::string text = std::string(k_sealed_prefix) + base64_encode(value.ciphertext);
  if (!value.hmac.empty()) {
    text += k_hmac_tag;
    text += value.hmac;
  }
  return text;
}

std::string_view shown_value(std::string_view text) {
  return is_sealed(text) ? k_sealed_mask : text;
}

} // namespace dues
