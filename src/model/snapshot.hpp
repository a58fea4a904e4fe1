#pragma once

#include "model/ledger.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace dues {

// The journal part of a validated ledger as bytes (documents, payments, refunds,
// allocations, write-offs, status events, the id index, the file list), so that a big
// ledger whose files did not change is read back in a fraction of the time parsing
// takes. Settings and customers are not included: they are read from their files.
// The bytes are meaningful only to the same dues build; `key` (a fingerprint of every
// input) is stored in them and checked by restore_ledger.
std::string snapshot_ledger(const Ledger& ledger, std::string_view key);

// Restores what snapshot_ledger saved into `ledger`, which already holds the settings
// and customers. Returns false, leaving the journal part empty, when the bytes are not
// a complete snapshot of this build with this key (then the caller parses instead).
// `parallel`: read its two parts on two threads (false: on this one). `passed` (from
// either thread) is handed each stretch of the bytes once it has been read: a caller
// whose bytes are a file mapping gives those pages back, so they need not all be
// resident at once.
bool restore_ledger(std::string_view bytes, std::string_view key, Ledger& ledger,
                    bool parallel = true,
                    const std::function<void(std::string_view)>& passed = {});

// The key a snapshot was saved with, if the bytes come from this dues build (the rest is
// checked by restore_ledger): lets the caller see which inputs the snapshot covers.
std::optional<std::string> snapshot_key(std::string_view bytes);

} // namespace dues
