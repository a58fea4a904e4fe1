#pragma once

#include "base/error.hpp"
#include "syntax/settings.hpp"

#include <toml++/toml.h>

#include <string>

namespace dues::syntax {

// Reads the [export] table of dues.toml (nullptr: absent, the defaults stay) into
// `into`; every mistake goes to `diags` with file:line:col.
void read_export_settings(const toml::node* node, const std::string& path, Diagnostics& diags,
                          ExportSettings& into);

} // namespace dues::syntax
