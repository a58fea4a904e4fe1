#pragma once

#include "base/account.hpp" // is_valid_iban, looks_like_iban
#include "base/error.hpp"
#include "syntax/settings.hpp"

#include <string_view>

namespace dues {

// A plausible single email address: local@domain.tld, no spaces, one '@'.
bool is_valid_email(std::string_view text);

// China's 18-character unified social credit code (统一社会信用代码) with a valid
// check character (GB 32100-2015).
bool is_valid_uscc(std::string_view text);
// Japan: 'T' and 13 digits (適格請求書発行事業者登録番号).
bool is_valid_jp_registration(std::string_view id);

// Checks one customer's fields against the rules in docs/settings.md.
void check_customer(const syntax::CustomerRecord& customer, const syntax::Settings& settings,
                    Diagnostics& diags);

// Checks that dues.toml's parts fit together: known currency, terms and taxes that
// exist, numbering formats with a {seq}.
void check_settings(const syntax::Settings& settings, Diagnostics& diags);
// The part of check_settings every reader of settings needs: [journal] files and append
// stay inside the ledger folder, and what append names is read back by files.
void check_journal_paths(const syntax::Settings& settings, Diagnostics& diags);

} // namespace dues
