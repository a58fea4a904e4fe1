#pragma once

#include "bank/statement.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace dues::bank {

// What the free text of an MT940 :86: field says, in any of its conventions.
struct Mt940Details {
  std::string code;      // German GVC (the three digits before the first '?'), Dutch TRTP
  std::string text;      // booking text (?00)
  std::string purpose;   // ?20-?29 and ?60-?63 joined without a separator; /REMI/; free text
  std::string name;      // ?32 ?33; /NAME/ or the name of /CNTP/
  std::string account;   // ?31; /IBAN/ or the account of /CNTP/
  std::string end_to_end; // EREF+ in the purpose; /EREF/
  std::string return_code; // /RTRN/; ?34 (German return reason)
};

// Splits an :86: text (its continuation lines already joined) by its convention: German
// "?NN" subfields when it starts with three digits and '?', the Dutch "/KEY/value"
// form of ING, Rabobank and ABN AMRO when it starts with a known "/KEY/", else
// unstructured text (all of it the purpose).
Mt940Details parse_mt940_details(std::string_view text);

// Reads a SWIFT MT940 file (one or more statements; MT942 interim reports have the same
// :61:/:86: grammar and no balances). Fields :20: :21: :25: :28C: :60F:/:60M: :61: :86:
// :62F:/:62M: :64: :65: :13D: :34F: :90D: :90C:, continuation lines, "{1:...}" headers
// and "-" trailers. Each credit :61: is a receipt (entry date, else value date; the bank
// reference after "//" is the bank id), debits are outgoing, RC/RD reversals returned.
// Balances are kept per statement. A line that breaks the grammar is an error at
// path:line:col in `diags`; reading goes on with the next field.
Statement read_mt940(std::string_view bytes, const std::string& path, Diagnostics& diags);

} // namespace dues::bank
