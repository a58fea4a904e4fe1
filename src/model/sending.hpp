#pragma once

#include "base/error.hpp"
#include "model/ledger.hpp"
#include "syntax/journal.hpp"

#include <string>
#include <string_view>
#include <vector>

// sending: the sent-log (`sent` entries) as the business sees it.
namespace dues {

// The transports a `sent` entry may name.
bool is_known_transport(std::string_view via);

// "a@x.example, b@y.example" -> {"a@x.example", "b@y.example"}.
std::vector<std::string> split_recipients(std::string_view list);

// Checks every `sent` entry: the document was issued by then, the transport is known,
// each recipient is an email address.
void check_sendings(const Ledger& ledger, Diagnostics& diags);

// A `sent` entry's fields, its document not yet resolved (empty for other entries).
Sending sending_of(const syntax::Entry& entry);

// Adds a resolved `sent` entry: document `document` was sent.
void add_sending(Ledger& ledger, const Sending& sending, std::uint32_t document);

// For each document (by index), how many `sent` entries it has.
std::vector<std::uint32_t> send_counts(const Ledger& ledger);

} // namespace dues
