#pragma once

#include "bank/profile.hpp"
#include "base/decimal.hpp"
#include "base/error.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dues::syntax {

// dues.toml's [reconcile] table: how `dues reconcile` matches bank lines.
struct ReconcileSettings {
  std::optional<Decimal> fee_tolerance;         // an amount, in the bank line's currency
  std::optional<Decimal> fee_tolerance_percent; // of the open amount
  int name_cutoff = 80;                         // 0..100: payer-name similarity needed
  int min_confidence = 80;                      // 0..100: below this a match is only proposed
  int date_tolerance = 0;                       // days an invoice may be dated after the line
};

// The [bank.NAME] tables of dues.toml, each checked with bank::check_profile. Errors
// (unknown keys, wrong types, incomplete profiles) name path:line:col.
std::vector<bank::Profile> read_bank_profiles(std::string_view text, const std::string& path,
                                              Diagnostics& diags);

// One profile file (bank/NAME.toml): its top-level keys are the profile, named `name`.
bank::Profile read_bank_profile_file(std::string_view text, const std::string& path,
                                     const std::string& name, Diagnostics& diags);

// The [reconcile] table of dues.toml (defaults when it is absent).
ReconcileSettings read_reconcile_settings(std::string_view text, const std::string& path,
                                          Diagnostics& diags);

} // namespace dues::syntax
