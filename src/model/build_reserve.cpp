#include "model/build_reserve.hpp"

#include <algorithm>
#include <cstring>

namespace dues {
namespace {

// Makes room for the entries of a journal text before reading it, so the id index is
// not rehashed and the big vectors are not copied as they grow. The count of entry
// headers (lines starting with a digit) is an upper bound of each kind; reserving
// more than is used costs address space only.
// Geometric: extend_ledger adding a few entries must not move the whole vector each time.
template <typename T>
void grow_for(std::vector<T>& items, std::size_t more) {
  if (items.size() + more > items.capacity()) {
    items.reserve(std::max(items.size() + more, items.capacity() + items.capacity() / 2));
  }
}

} // namespace

std::size_t count_entry_headers(std::string_view text) {
  std::size_t headers = 0;
  for (std::size_t at = 0; at < text.size();) {
    if (text[at] >= '0' && text[at] <= '9') {
      ++headers;
    }
    const void* newline = std::memchr(text.data() + at, '\n', text.size() - at);
    if (newline == nullptr) {
      break;
    }
    at = static_cast<std::size_t>(static_cast<const char*>(newline) - text.data()) + 1;
  }
  return headers;
}

void reserve_for(Ledger& ledger, std::string_view text) {
  reserve_headers(ledger, count_entry_headers(text));
}

void reserve_headers(Ledger& ledger, std::size_t headers) {
  ledger.ids.reserve(ledger.ids.size() + headers);
  grow_for(ledger.documents, headers);
  grow_for(ledger.payments, headers);
  grow_for(ledger.allocations, headers);
}


} // namespace dues
