#pragma once

#include "base/toml_keys.hpp"
#include "syntax/settings.hpp"

#include <span>
#include <string_view>

namespace dues::syntax {

// The customer fields [security] encrypt may name: the personal data no command needs in
// clear unless it says so (docs/security.md). Names, currencies, terms and tags stay clear:
// every report and the matching of payers by name read them.
std::span<const std::string_view> encryptable_fields();

// Reads [security] (encrypt, recipients) and [retention] (years) of dues.toml: types and
// unknown keys. Whether the fields and recipients make sense is checked by
// check_settings.
void read_security_settings(TomlKeys& top, SecuritySettings& security);

} // namespace dues::syntax
