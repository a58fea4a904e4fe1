#pragma once

#include "base/error.hpp"
#include "syntax/settings.hpp"

#include <map>
#include <string>
#include <string_view>

namespace dues::syntax {

// Reads a draft invoice (drafts/NAME.toml; the shape is in docs/drafts-and-recurring.md).
// Every problem goes to `diags` with file:line:col.
InvoiceTemplate read_draft(std::string_view text, const std::string& path, Diagnostics& diags);

// The TOML text of a new draft file, commented so a reviewer knows what it is.
std::string format_draft(const InvoiceTemplate& draft, std::string_view name);

// Reads every [recurring.NAME] table of dues.toml (`text`) into `into`. Assumes the text
// parses (read_settings reported it otherwise).
void read_recurring_settings(std::string_view text, const std::string& path, Diagnostics& diags,
                             std::map<std::string, RecurringSetting>& into);

// Reads one recurring/NAME.toml: the keys of a [recurring.NAME] table at the top level.
RecurringSetting read_recurring_file(std::string_view text, const std::string& path,
                                     const std::string& name, Diagnostics& diags);

} // namespace dues::syntax
