#pragma once

#include "base/error.hpp"
#include "model/ledger.hpp"

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

// For each document (by index), how many `sent` entries it has.
std::vector<std::uint32_t> send_counts(const Ledger& ledger);

} // namespace dues
