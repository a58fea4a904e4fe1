#include "base/flat_index.hpp"

namespace dues {

std::uint32_t hash_text(std::string_view text) {
  // FNV-1a over 64 bits, folded: ids are short, so this is fast and spreads well.
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return static_cast<std::uint32_t>(hash ^ (hash >> 32));
}

} // namespace dues
