#pragma once

// The starting points `dues init --country CC` writes: the usual tax rates and their
// labels, the currency, the language and paper of printed documents, what a tax id looks
// like and how customers pay (IBAN or account number). Starting points, not tax advice;
// docs/settings.md ("Starting points per country") lists them.
#include <array>
#include <string>
#include <string_view>

namespace dues::cli {

struct CountryTax {
  std::string_view code; // the [taxes.CODE]; empty: unused slot
  std::string_view rate; // "19%"
  std::string_view name; // how documents name it
  bool reduced = false;  // a reduced rate (軽減税率: marked ※ on Japanese invoices)
};

struct CountryProfile {
  std::string_view code;     // ISO 3166 alpha-2
  std::string_view currency; // ISO 4217
  std::string_view language; // [documents] language: en, de, fr, zh or ja
  std::string_view paper;    // a4 or letter
  std::array<CountryTax, 5> taxes;
  std::string_view tax_note; // a comment above [taxes]
  std::string_view tax_id;   // what [company] tax-id holds there
  bool iban = true;          // customers pay to an IBAN (else bank + account number)
  bool eu = false;           // EU late-payment rules (Directive 2011/7/EU) apply
  std::string_view rounding;     // [defaults] rounding, "" for the default
  std::string_view tax_rounding; // [defaults] tax-rounding, "" for the default
};

// The profile of an ISO 3166 code (upper case), nullptr when dues has none.
const CountryProfile* find_country_profile(std::string_view code);

// "AT, AU, BE, ...": the codes with a profile, for messages and docs.
std::string country_profile_codes();

} // namespace dues::cli
