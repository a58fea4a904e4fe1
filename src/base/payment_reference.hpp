#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dues {

// National structured payment references, besides ISO 11649 RF (creditor_reference.hpp).
// Each is digits with check digits; invoicing can print one, reconciliation finds them
// in bank text and matches them exactly against invoices' `ref`.
//
//   ogm  Belgian OGM/VCS: 10 digits + 2 check digits (the 10 mod 97, 97 for 0),
//        printed +++123/4567/89002+++.
//   fi   Finnish reference (viitenumero): 3 to 19 digits + a check digit (weights 7, 3,
//        1 from the right; 10 minus the sum mod 10), 4 to 20 in all.
//   kid  Norwegian KID: 2 to 24 digits + a check digit, Luhn (mod 10) or mod 11 ('-'
//        for 10 is not accepted here).
//   qrr  Swiss QR reference: 26 digits + a check digit (recursive mod 10), 27 in all.
enum class ReferenceScheme { rf, ogm, fi, kid, qrr };

// "rf", "ogm", "fi", "kid", "qrr".
std::string_view reference_scheme_name(ReferenceScheme scheme);
std::optional<ReferenceScheme> reference_scheme_named(std::string_view name);

// The scheme a company of this ISO country code prints: BE ogm, FI fi, NO kid, CH and
// LI qrr, any other rf.
ReferenceScheme reference_scheme_for_country(std::string_view country);

// True when the digits (separators already removed) carry valid check digits.
bool is_valid_ogm(std::string_view digits);
bool is_valid_finnish_reference(std::string_view digits);
bool is_valid_kid(std::string_view digits);
bool is_valid_qr_reference(std::string_view digits);

// The reference of a scheme for an invoice number, made from its digits (leading zeros
// dropped for fi and kid; for ogm the last 10, for qrr the last 26, zero-padded), in
// its printed form: "+++000/0020/24004 2+++" style for ogm, groups of five for qrr,
// plain digits for fi and kid, RF in groups of four for rf. nullopt when the number has
// no digits (rf: see make_rf_reference).
std::optional<std::string> make_payment_reference(ReferenceScheme scheme,
                                                  std::string_view invoice_number);

// The form a reference is matched on: RF references compact and upper-case; a
// reference of digits and separators (spaces, '/', '+', '*', '-', '.') only its digits;
// anything else upper-cased without spaces.
std::string reference_key(std::string_view reference);

// Digit strings in free text that are valid in one of the national schemes: each run
// of digits, and runs printed in groups ("+++020/2400/00495+++", "21 00000 00003 13947
// 14300 09017") joined. Keys as reference_key gives them, each once.
std::vector<std::string> find_national_references(std::string_view text);

// A SEPA creditor identifier: country code, 2 check digits, a 3-character business
// code (ignored by the check), then the national identifier; spaces ignored, 8 to 35
// characters. The check digits are mod 97 over the national identifier followed by the
// country code and "00", letters as 10 to 35 (DE98ZZZ09999999999).
bool is_valid_creditor_id(std::string_view text);

// A SEPA mandate reference: 1 to 35 characters of the SEPA set (letters, digits, space
// and + ? / - : ( ) . ,).
bool is_valid_mandate_id(std::string_view text);

} // namespace dues
