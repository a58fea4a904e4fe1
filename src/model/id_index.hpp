#pragma once

#include "base/flat_index.hpp"

#include <cstdint>

namespace dues {

// What an id names.
enum class IdKind : std::uint8_t { document, payment, refund };
struct IdRef {
  IdKind kind = IdKind::document;
  std::uint32_t index = 0;
};

// Every own id of the ledger's documents, payments and refunds.
using IdIndex = FlatIndex<IdRef>;

} // namespace dues
