#include "cli/init_country.hpp"

#include <algorithm>

namespace dues::cli {
namespace {

// Rates as of 2026, from each tax authority's published rates. Starting points only:
// which rate applies to what is the user's (or their adviser's) call.
constexpr std::array k_profiles{
    CountryProfile{"AT", "EUR", "de", "a4",
                   {{{"standard", "20%", "USt. 20 %", false},
                     {"reduced", "10%", "USt. 10 %", false},
                     {"reduced13", "13%", "USt. 13 %", false},
                     {"zero", "0%", "USt. 0 %", false}}},
                   "Austria: 20% standard, 10% and 13% reduced.", "UID: ATU and 8 digits",
                   true, true, "", ""},
    CountryProfile{"AU", "AUD", "en", "a4",
                   {{{"standard", "10%", "GST 10%", false}, {"zero", "0%", "GST-free", false}}},
                   "Australia: GST 10%; GST-free supplies 0%.", "ABN: 11 digits", false, false, "", ""},
    CountryProfile{"BE", "EUR", "en", "a4",
                   {{{"standard", "21%", "TVA/BTW 21%", false},
                     {"reduced", "6%", "TVA/BTW 6%", false},
                     {"reduced12", "12%", "TVA/BTW 12%", false},
                     {"zero", "0%", "TVA/BTW 0%", false}}},
                   "Belgium: 21% standard, 6% and 12% reduced.", "BE and 10 digits", true, true, "", ""},
    CountryProfile{"CA", "CAD", "en", "letter",
                   {{{"standard", "5%", "GST 5%", false},
                     {"hst13", "13%", "HST 13%", false},
                     {"hst15", "15%", "HST 15%", false},
                     {"zero", "0%", "Zero-rated", false}}},
                   "Canada: GST 5%; HST 13% (Ontario) or 15% (Atlantic provinces); provincial "
                   "sales taxes are not included.",
                   "GST/HST number: 9-digit business number, RT0001", false, false, "", ""},
    CountryProfile{"CH", "CHF", "de", "a4",
                   {{{"standard", "8.1%", "MWST 8,1 %", false},
                     {"reduced", "2.6%", "MWST 2,6 %", false},
                     {"lodging", "3.8%", "MWST 3,8 %", false},
                     {"zero", "0%", "MWST 0 %", false}}},
                   "Switzerland: 8.1% standard, 2.6% reduced, 3.8% accommodation.",
                   "UID: CHE-123.456.789 MWST", true, false, "", ""},
    CountryProfile{"CN", "CNY", "zh", "a4",
                   {{{"standard", "13%", "增值税 13%", false},
                     {"reduced", "9%", "增值税 9%", false},
                     {"services", "6%", "增值税 6%", false},
                     {"zero", "0%", "增值税 0%", false}}},
                   "China (增值税, general taxpayers): 13% goods, 9% transport, construction, "
                   "farm products, 6% modern services; small-scale taxpayers use a levy rate "
                   "instead.",
                   "统一社会信用代码: 18 characters; dues check verifies the check character",
                   false, false, "", ""},
    CountryProfile{"DE", "EUR", "de", "a4",
                   {{{"standard", "19%", "USt. 19 %", false},
                     {"reduced", "7%", "USt. 7 %", false},
                     {"zero", "0%", "USt. 0 %", false}}},
                   "Germany: 19% standard, 7% reduced.", "USt-IdNr.: DE and 9 digits", true,
                   true, "", ""},
    CountryProfile{"DK", "DKK", "en", "a4",
                   {{{"standard", "25%", "moms 25%", false}, {"zero", "0%", "moms 0%", false}}},
                   "Denmark: 25%.", "CVR: DK and 8 digits", true, true, "", ""},
    CountryProfile{"ES", "EUR", "en", "a4",
                   {{{"standard", "21%", "IVA 21%", false},
                     {"reduced", "10%", "IVA 10%", false},
                     {"reduced4", "4%", "IVA 4%", false},
                     {"zero", "0%", "IVA 0%", false}}},
                   "Spain (peninsula and Balearics): 21% standard, 10% reduced, 4% "
                   "super-reduced; the Canary Islands use IGIC instead.",
                   "NIF: ES and 9 characters", true, true, "", ""},
    CountryProfile{"FR", "EUR", "fr", "a4",
                   {{{"standard", "20%", "TVA 20 %", false},
                     {"reduced", "10%", "TVA 10 %", false},
                     {"reduced55", "5.5%", "TVA 5,5 %", false},
                     {"reduced21", "2.1%", "TVA 2,1 %", false},
                     {"zero", "0%", "TVA 0 %", false}}},
                   "France (mainland): 20% standard, 10% and 5.5% reduced, 2.1% "
                   "super-reduced.",
                   "TVA intracommunautaire: FR, 2 characters and the 9-digit SIREN", true, true, "", ""},
    CountryProfile{"GB", "GBP", "en", "a4",
                   {{{"standard", "20%", "VAT 20%", false},
                     {"reduced", "5%", "VAT 5%", false},
                     {"zero", "0%", "VAT 0%", false}}},
                   "United Kingdom: 20% standard, 5% reduced, 0% zero-rated.",
                   "VAT registration number: GB and 9 digits", false, false, "", ""},
    CountryProfile{"IT", "EUR", "en", "a4",
                   {{{"standard", "22%", "IVA 22%", false},
                     {"reduced", "10%", "IVA 10%", false},
                     {"reduced5", "5%", "IVA 5%", false},
                     {"reduced4", "4%", "IVA 4%", false},
                     {"zero", "0%", "IVA 0%", false}}},
                   "Italy: 22% standard, 10%, 5% and 4% reduced.",
                   "partita IVA: IT and 11 digits", true, true, "", ""},
    CountryProfile{"JP", "JPY", "ja", "a4",
                   {{{"standard", "10%", "消費税 10%", false},
                     {"reduced", "8%", "消費税 8%（軽減税率）", true},
                     {"zero", "0%", "非課税", false}}},
                   "Japan (消費税): 10% standard, 8% reduced (軽減税率: food and drink, "
                   "newspapers). Under the qualified invoice system (インボイス制度) tax is "
                   "rounded once per rate per invoice; cutting fractions (切り捨て) is common.",
                   "登録番号: T and 13 digits", false, false, "down", "invoice"},
    CountryProfile{"KR", "KRW", "en", "a4",
                   {{{"standard", "10%", "VAT 10%", false}, {"zero", "0%", "VAT 0%", false}}},
                   "South Korea (부가가치세): 10%; zero-rated exports 0%.",
                   "사업자등록번호: 10 digits", false, false, "", ""},
    CountryProfile{"LU", "EUR", "fr", "a4",
                   {{{"standard", "17%", "TVA 17 %", false},
                     {"reduced", "8%", "TVA 8 %", false},
                     {"reduced14", "14%", "TVA 14 %", false},
                     {"reduced3", "3%", "TVA 3 %", false},
                     {"zero", "0%", "TVA 0 %", false}}},
                   "Luxembourg: 17% standard, 14% intermediate, 8% reduced, 3% super-reduced.",
                   "LU and 8 digits", true, true, "", ""},
    CountryProfile{"NL", "EUR", "en", "a4",
                   {{{"standard", "21%", "btw 21%", false},
                     {"reduced", "9%", "btw 9%", false},
                     {"zero", "0%", "btw 0%", false}}},
                   "Netherlands: 21% standard, 9% reduced.", "btw-id: NL, 9 digits, B, 2 digits",
                   true, true, "", ""},
    CountryProfile{"NO", "NOK", "en", "a4",
                   {{{"standard", "25%", "MVA 25%", false},
                     {"reduced", "15%", "MVA 15%", false},
                     {"reduced12", "12%", "MVA 12%", false},
                     {"zero", "0%", "MVA 0%", false}}},
                   "Norway (merverdiavgift): 25% standard, 15% food, 12% transport and "
                   "accommodation.",
                   "organisasjonsnummer: 9 digits, MVA", true, false, "", ""},
    CountryProfile{"PL", "PLN", "en", "a4",
                   {{{"standard", "23%", "VAT 23%", false},
                     {"reduced", "8%", "VAT 8%", false},
                     {"reduced5", "5%", "VAT 5%", false},
                     {"zero", "0%", "VAT 0%", false}}},
                   "Poland: 23% standard, 8% and 5% reduced.", "NIP: PL and 10 digits", true,
                   true, "", ""},
    CountryProfile{"PT", "EUR", "en", "a4",
                   {{{"standard", "23%", "IVA 23%", false},
                     {"reduced", "6%", "IVA 6%", false},
                     {"reduced13", "13%", "IVA 13%", false},
                     {"zero", "0%", "IVA 0%", false}}},
                   "Portugal (mainland): 23% standard, 13% intermediate, 6% reduced; Madeira "
                   "and the Azores differ.",
                   "NIF: PT and 9 digits", true, true, "", ""},
    CountryProfile{"SG", "SGD", "en", "a4",
                   {{{"standard", "9%", "GST 9%", false}, {"zero", "0%", "GST 0%", false}}},
                   "Singapore: GST 9%; zero-rated exports 0%.", "GST registration number (UEN)",
                   false, false, "", ""},
    CountryProfile{"US", "USD", "en", "letter",
                   {{{"standard", "0%", "No sales tax", false}}},
                   "United States: there is no federal VAT. Sales tax depends on the state, "
                   "county and city, and on whether the buyer resells: add one [taxes.CODE] "
                   "per rate you collect (such as [taxes.ny] rate = \"8.875%\").",
                   "EIN: 12-3456789", false, false, "", ""},
};

} // namespace

const CountryProfile* find_country_profile(std::string_view code) {
  const auto* it = std::find_if(k_profiles.begin(), k_profiles.end(),
                                [&](const CountryProfile& p) { return p.code == code; });
  return it == k_profiles.end() ? nullptr : &*it;
}

std::string country_profile_codes() {
  std::string codes;
  for (const CountryProfile& profile : k_profiles) {
    codes += codes.empty() ? "" : ", ";
    codes += profile.code;
  }
  return codes;
}

} // namespace dues::cli
