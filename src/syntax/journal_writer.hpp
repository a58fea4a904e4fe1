#pragma once

#include "syntax/journal.hpp"

#include <string>
#include <string_view>

namespace dues::syntax {

// Appends the canonical text of an entry (header, detail lines, comments; each line
// ending in '\n'): single spaces, two-space indent, attributes in grammar order,
// amounts with the currency's decimals, free text quoted. Parsing the result gives the
// same entry, and formatting is idempotent.
void write_entry(std::string& out, const Entry& entry);

// The canonical text of one entry.
std::string format_entry(const Entry& entry);

// A value as a token: bare when it is a plain word, quoted and escaped otherwise.
std::string quote_if_needed(std::string_view value);

// Always quoted and escaped: "Consulting, \"Q1\"".
std::string quote(std::string_view value);

} // namespace dues::syntax
