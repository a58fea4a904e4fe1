#pragma once

#include "bank/bank_file.hpp"
#include "bank/profile.hpp"
#include "bank/statement.hpp"
#include "cli/context.hpp"

#include <optional>
#include <string>

namespace dues::cli {

// The bank profile `--profile NAME` names: a [bank.NAME] table of dues.toml or the file
// bank/NAME.toml of the ledger, or, when NAME contains a '/' or ends in ".toml", that
// file itself (no ledger needed). A profile with mistakes prints them and throws
// invalid_input; an unknown name is a usage error listing the known ones.
bank::Profile load_profile(Context& ctx, const std::string& name);

// Every profile of the ledger (dues.toml and bank/*.toml), checked; for `dues check`.
// Problems go to `diags`.
void check_bank_profiles(const std::filesystem::path& ledger_dir, Diagnostics& diags);

// Reads a bank file named on the command line (relative to the working folder) with a
// profile. A file that cannot be read, or rows that cannot be parsed, print every
// problem and throw invalid_input (exit 3): nothing is recorded from a bad file. With
// `max_rows` > 0 only that many rows are read and row errors stay in `diags`.
bank::Statement load_statement(Context& ctx, const bank::Profile& profile, const std::string& file,
                               Diagnostics& diags, int max_rows = 0);

// Reads the bank file FILE of `dues reconcile` in the format `input_format` names
// (csv, camt053, camt054, mt940), else the one its content shows. camt and MT940 need no
// profile; CSV needs `profile` (a usage error without). A file over
// k_bank_export_limit (base/file.hpp, 1 GiB) is refused before it is read. Entries that cannot be read
// and statements whose balances do not tie out print every problem and throw
// invalid_input (exit 3): nothing is recorded from a bad file.
bank::Statement load_bank_file(Context& ctx, const std::optional<std::string>& profile,
                               const std::optional<std::string>& input_format,
                               const std::string& file);

} // namespace dues::cli
