#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace dues::render {

// One CSV cell, RFC 4180 quoted when needed. A cell that a spreadsheet would run as a
// formula (starting with = + - @, a tab or a carriage return) is neutralised with a
// leading apostrophe, unless it is a plain number such as -12.50.
std::string csv_cell(std::string_view value);

// Writes one CSV record followed by "\n".
void write_csv_row(std::ostream& out, const std::vector<std::string>& cells);

} // namespace dues::render
