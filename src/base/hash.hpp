#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace dues {

// A 128-bit content hash (XXH3, Debian's libxxhash) over everything added, in order:
// fast enough to fingerprint hundreds of megabytes of journal on every run. Not for
// security: it tells whether inputs changed, not whether someone forged them.
class ContentHash {
public:
  ContentHash();
  ~ContentHash();
  ContentHash(const ContentHash&) = delete;
  ContentHash& operator=(const ContentHash&) = delete;

  // Adds bytes; a length prefix keeps ("ab", "c") and ("a", "bc") apart.
  void add(std::string_view bytes);
  // Adds bytes without a length prefix: for a file hashed chunk by chunk (add its length
  // afterwards so that files stay apart).
  void add_raw(std::string_view bytes);
  // The hash so far as 32 hex digits.
  std::string hex() const;

private:
  struct State;
  std::unique_ptr<State> m_state;
};

// The 32-hex-digit hash of one byte string.
std::string hash_hex(std::string_view bytes);

} // namespace dues
