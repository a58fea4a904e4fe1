#pragma once

// collections: how `dues remind --send` delivers a letter. One function, so the way
// out (stdout, an outbox folder, the [mail] transport of src/mail) changes in one place.
#include "cli/context.hpp"
#include "mail/message.hpp"
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

// What goes with the letters: the customer's statement as PDF when [dunning] statement
// is "pdf" (the default), drawn with `settings`, which hold the logo (read once a run).
struct LetterAttachments {
  bool statement = false;
  syntax::Settings settings;
};
LetterAttachments letter_attachments(const Context& ctx, const syntax::Settings& settings);

// The files attached to a customer's letter on `day`: the statement of account to that
// day (every currency, accounts masked) as "statement-CUSTOMER-DATE.pdf", or none.
// Throws Error(environment) when a font is missing.
std::vector<mail::Attachment> letter_files(const Ledger& ledger, const LetterAttachments& with,
                                           std::uint32_t customer, const Date& day);

// Delivers one letter with its attachments: through the transport as a MIME message;
// to --outbox as DATE-CUSTOMER.eml with each attachment beside it (DATE-CUSTOMER.pdf);
// to stdout as the text with an "[attached: ...]" line per file. Throws
// Error(environment) when it could not be delivered (the transport refused it), in
// which case nothing about it may be recorded.
void deliver_letter(Context& ctx, const Ledger& ledger, const render::ReminderLetter& letter,
                    const Date& day, Delivery& delivery,
                    const std::vector<mail::Attachment>& attachments);

// The letter as text with an "[attached: NAME (TYPE, N bytes)]" line per file.
std::string letter_text(const Ledger& ledger, const render::ReminderLetter& letter,
                        const Date& day, const std::vector<mail::Attachment>& attachments);

} // namespace dues::cli
