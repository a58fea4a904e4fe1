#include "base/hash.hpp"

#include <fmt/format.h>

#include <cstdint>

#include <xxhash.h>

namespace dues {

struct ContentHash::State {
  XXH3_state_t* xxh = XXH3_createState();
  ~State() { XXH3_freeState(xxh); }
  State() = default;
  State(const State&) = delete;
  State& operator=(const State&) = delete;
};

ContentHash::ContentHash() : m_state(std::make_unique<State>()) {
  XXH3_128bits_reset(m_state->xxh);
}

ContentHash::~ContentHash() = default;

void ContentHash::add(std::string_view bytes) {
  const std::uint64_t size = bytes.size();
  XXH3_128bits_update(m_state->xxh, &size, sizeof size);
  XXH3_128bits_update(m_state->xxh, bytes.data(), bytes.size());
}

void ContentHash::add_raw(std::string_view bytes) {
  XXH3_128bits_update(m_state->xxh, bytes.data(), bytes.size());
}

std::string ContentHash::hex() const {
  const XXH128_hash_t hash = XXH3_128bits_digest(m_state->xxh);
  return fmt::format("{:016x}{:016x}", hash.high64, hash.low64);
}

std::string hash_hex(std::string_view bytes) {
  ContentHash hash;
  hash.add(bytes);
  return hash.hex();
}

} // namespace dues
