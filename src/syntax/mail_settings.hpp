#pragma once

#include "base/toml_keys.hpp"
#include "syntax/settings.hpp"

namespace dues::syntax {

// Reads [mail] of dues.toml (docs/settings.md) from the top table's reader: types,
// choices and unknown keys. A password written in the file is an error: dues.toml
// lives in git.
void read_mail_settings(TomlKeys& top, MailSettings& mail);

} // namespace dues::syntax
