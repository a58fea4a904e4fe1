#pragma once

// collections: how `dues remind --send` delivers a letter. One function, so the way
// out (stdout, an outbox folder, the [mail] transport of src/mail) changes in one place.
#include "cli/context.hpp"
#include "mail/transport.hpp"
#include "render/reminder_view.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace dues::cli {

// Where letters go: --outbox DIR (one .eml file per letter), else the [mail] transport
// when dues.toml configures one, else stdout.
struct Delivery {
  std::optional<std::filesystem::path> outbox;
  std::unique_ptr<mail::Transport> transport;
  mail::Address from;
};

// Chooses the way out for a ledger; the transport is only made (and its password read
// through `environment`) when there is no --outbox and [mail] names a transport.
Delivery make_delivery(const Context& ctx, const syntax::Settings& settings,
                       const std::optional<std::string>& outbox,
                       const std::function<std::optional<std::string>(const std::string&)>& environment);

// Delivers one letter; throws Error(environment) when it could not be delivered (the
// transport refused it), in which case nothing about it may be recorded.
void deliver_letter(Context& ctx, const Ledger& ledger, const render::ReminderLetter& letter,
                    const Date& day, Delivery& delivery);

} // namespace dues::cli
