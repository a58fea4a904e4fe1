#pragma once

// collections: how `dues remind --send` delivers a letter. One function, so the way
// out (stdout, an outbox folder, later the mail transport) changes in one place.
#include "cli/context.hpp"
#include "render/reminder_view.hpp"

#include <optional>
#include <string>

namespace dues::cli {

// Where letters go: an outbox folder (one .eml file per letter), else stdout.
struct Delivery {
  std::optional<std::filesystem::path> outbox;
};

// Delivers one letter; throws Error(environment) when it could not be delivered, in
// which case nothing about it may be recorded.
void deliver_letter(Context& ctx, const Ledger& ledger, const render::ReminderLetter& letter,
                    const Date& day, const Delivery& delivery);

} // namespace dues::cli
