#pragma once

#include "base/error.hpp"
#include "syntax/dunning_settings.hpp"

#include <toml++/toml.h>

#include <string>

namespace dues::syntax {

// Reads the [dunning] table of dues.toml (`node`, nullptr when absent) into `dunning`.
// Unknown keys, wrong types and floats for money or rates go to `diags` with
// file:line:col; whether the parts fit together is model/dunning_rules' job.
void read_dunning_settings(const toml::node* node, const std::string& path, Diagnostics& diags,
                           DunningSettings& dunning);

} // namespace dues::syntax
