#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dues {

// ISO 11649 structured creditor references ("RF references"): "RF", two check digits,
// then 1 to 21 letters and digits, 25 characters at most. Printed in groups of four
// ("RF05 2024 0000 42"); spaces carry no meaning. The check is ISO 7064 MOD 97-10, as
// for IBANs. Invoicing prints them, reconciliation finds them in bank text.

// The most letters and digits a reference may carry after "RF" and its check digits.
constexpr std::size_t k_rf_max_body = 21;

// The reference for an invoice number: its letters (upper-cased) and digits, with
// separators dropped, behind "RF" and the check digits. INV-2024-0043 gives
// "RF47INV20240043". nullopt when the number has no letters or digits, more than
// k_rf_max_body of them, or characters other than ASCII letters, digits, spaces,
// '-', '/', '.' and '_'.
std::optional<std::string> make_rf_reference(std::string_view invoice_number);

// True when the text, spaces ignored and in any case, is a valid RF reference.
bool is_valid_rf_reference(std::string_view text);

// The reference without spaces, upper-cased: "rf05 2024 0000 42" -> "RF052024000042".
std::string compact_rf_reference(std::string_view text);

// The printed form in groups of four: "RF052024000042" -> "RF05 2024 0000 42".
std::string format_rf_reference(std::string_view text);

} // namespace dues
