#pragma once

#include "bank/statement.hpp"

#include <string>
#include <vector>

namespace dues::bank {

// Gives each receipt its key (BankLine::key), the identity that makes importing a file
// twice, or an overlapping file, record nothing twice: "PROFILE:BANK-ID" when the bank
// gives an id, else "PROFILE:FINGERPRINT#N" with a 64-bit hash of the normalised date,
// amount, currency, payer name (lower case), payer account and text, N counting equal
// fingerprints in file order. A bank id seen again in the same file gets "#N" too.
void assign_keys(const std::string& profile, std::vector<BankLine>& receipts);

} // namespace dues::bank
