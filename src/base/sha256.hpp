#pragma once

#include <string>
#include <string_view>

namespace dues {

// The SHA-256 of some bytes as 64 lower-case hex digits (OpenSSL). For the seal's hash
// chain, where a forged input must be infeasible (ContentHash in hash.hpp is fast, not
// secure).
std::string sha256_hex(std::string_view bytes);

} // namespace dues
