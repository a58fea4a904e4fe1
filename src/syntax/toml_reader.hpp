#pragma once

#include "base/error.hpp"
#include "syntax/settings.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace dues::syntax {

// Reads dues.toml. Unknown keys, wrong types and floats for money or rates are
// errors with file:line:col; a format newer than k_format_version throws
// Error(environment) at once, and text that is not TOML throws Error(invalid_input) at
// once (both read_* functions). `path` is how errors name the file.
Settings read_settings(std::string_view text, const std::string& path, Diagnostics& diags);

// Reads customers.toml: one table per customer id, in file order.
std::vector<CustomerRecord> read_customers(std::string_view text, const std::string& path,
                                           Diagnostics& diags);

} // namespace dues::syntax
