#pragma once

// collections: a customer's contact history: reminders sent, notes and promises to pay,
// for `dues customer show` and `dues statement`.
#include "model/ledger.hpp"

#include <optional>
#include <string>
#include <vector>

namespace dues::query {

struct ContactEvent {
  Date date;
  std::string kind;    // remind | note | promise
  std::string invoice; // empty for a note about the customer
  std::string text;    // "level 2", the note, "500.00 EUR by 2026-03-20: kept"
};

// The customer's reminders, notes and promises dated from `from` (when given) through
// `to`, oldest first (on one day: reminders, notes, promises, then file order).
std::vector<ContactEvent> contact_history(const Ledger& ledger, std::uint32_t customer,
                                          const Date& to,
                                          const std::optional<Date>& from = std::nullopt);

} // namespace dues::query
