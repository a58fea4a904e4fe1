#pragma once

#include "bank/csv.hpp"
#include "bank/profile.hpp"
#include "bank/statement.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace dues::bank {

// Spaces a bank pads cells with: ASCII space and TAB, no-break space, ideographic space
// (and line ends), removed at both ends.
std::string_view trim_padding(std::string_view text);

// A cell as the profile says to read it: padding and `strip` texts removed at both ends.
std::string clean_cell(std::string_view text, const Profile& profile);

// "; this file looks like ..." when a header's first cell shows a file that is not CSV
// (camt XML, MT940), else "": appended to header errors, so the message says what the
// file is and which reader takes it.
std::string other_format_hint(const std::vector<std::string>& header);

// Moves the reader past the preamble and the header; fills the statement's header.
// Throws Error(invalid_input) when no header is found.
void read_header(const Profile& profile, CsvReader& reader, Statement& statement);

} // namespace dues::bank
