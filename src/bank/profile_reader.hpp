#pragma once

#include "bank/profile.hpp"
#include "base/error.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace dues::bank {

// Reading bank profiles from TOML (docs/bank-profiles.md). The profile format belongs
// to bank/ with the profile itself, so that bank/ depends on base/ only.

// The [bank.NAME] tables of dues.toml, each checked with check_profile. Errors (unknown
// keys, wrong types, incomplete profiles) name path:line:col.
std::vector<Profile> read_bank_profiles(std::string_view text, const std::string& path,
                                        Diagnostics& diags);

// One profile file (bank/NAME.toml): its top-level keys are the profile, named `name`.
Profile read_bank_profile_file(std::string_view text, const std::string& path,
                               const std::string& name, Diagnostics& diags);

} // namespace dues::bank
