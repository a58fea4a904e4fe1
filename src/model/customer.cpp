#include "model/customer.hpp"
#include "model/suggestions.hpp" // hardening: "did you mean"
#include "base/country.hpp"      // hardening: ISO 3166

#include "base/sealed.hpp"     // privacy
#include "model/security.hpp" // privacy

#include "base/money.hpp"
#include "base/payment_reference.hpp"
#include "base/text.hpp"
#include "model/dunning_rules.hpp" // collections
#include "model/numbering.hpp"     // series_format_problem
#include "syntax/journal_parser.hpp"

#include <fmt/format.h>

#include <algorithm>

#include <array>
#include <string>

#include <fnmatch.h>

namespace dues {
namespace {

void fail_at_field(const syntax::CustomerRecord& customer, std::string_view field,
                   const std::string& message, Diagnostics& diags) {
  const auto it = customer.field_locs.find(field);
  diags.add(Error(ErrorKind::invalid_input,
                  it == customer.field_locs.end() ? customer.loc : it->second, message));
}

// The rules of docs/direct-debit.md for a SEPA mandate.
void check_mandate(const syntax::CustomerRecord& customer, Diagnostics& diags) {
  const syntax::MandateRecord& mandate = *customer.mandate;
  const auto fail = [&](std::string_view key, const std::string& message) {
    fail_at_field(customer, fmt::format("mandate.{}", key), message, diags);
  };
  if (!is_valid_mandate_id(mandate.id)) {
    fail("id", fmt::format("a mandate id is 1 to 35 letters, digits, spaces or '+?/-:().,' "
                           "characters: '{}'",
                           mandate.id));
  }
  if (!parse_date(mandate.signed_on)) {
    fail("signed", fmt::format("the mandate's signature date must be YYYY-MM-DD: '{}'",
                               mandate.signed_on));
  }
  if (!is_sealed(mandate.iban) && !is_valid_iban(mandate.iban)) { // privacy: encrypted
    fail("iban", fmt::format("the mandate's debtor IBAN is not valid: '{}'", mandate.iban));
  }
  if (mandate.scheme != "CORE" && mandate.scheme != "B2B") {
    fail("scheme", fmt::format("the mandate's scheme must be CORE or B2B, not '{}'",
                               mandate.scheme));
  }
  if (mandate.sequence != "FRST" && mandate.sequence != "RCUR" && mandate.sequence != "FNAL"
      && mandate.sequence != "OOFF") {
    fail("sequence", fmt::format("the mandate's sequence must be FRST, RCUR, FNAL or OOFF, "
                                 "not '{}'",
                                 mandate.sequence));
  }
}

} // namespace

bool is_valid_email(std::string_view text) {
  const auto at = text.find('@');
  if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  const std::string_view local = text.substr(0, at);
  const std::string_view domain = text.substr(at + 1);
  constexpr std::string_view k_local_extra = ".!#$%&'*+/=?^_`{|}~-";
  for (const char c : local) {
    const bool ok = is_ascii_alnum(c) || k_local_extra.find(c) != std::string_view::npos
                    || static_cast<unsigned char>(c) >= 0x80;
    if (!ok) {
      return false;
    }
  }
  if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) {
    return false;
  }
  const auto dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || domain.size() - dot - 1 < 2) {
    return false;
  }
  bool label_start = true;
  for (std::size_t i = 0; i < domain.size(); ++i) {
    const char c = domain[i];
    if (c == '.') {
      if (label_start || domain[i - 1] == '-') {
        return false;
      }
      label_start = true;
      continue;
    }
    const bool ok = is_ascii_alnum(c) || c == '-' || static_cast<unsigned char>(c) >= 0x80;
    if (!ok || (label_start && c == '-')) {
      return false;
    }
    label_start = false;
  }
  return !label_start;
}

bool is_valid_uscc(std::string_view text) {
  constexpr std::string_view k_alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  constexpr std::array<int, 17> k_weights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                             29, 25, 13, 8,  24, 10, 30, 28};
  if (text.size() != 18) {
    return false;
  }
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) {
    const auto value = k_alphabet.find(text[i]);
    if (value == std::string_view::npos) {
      return false;
    }
    sum += static_cast<int>(value) * k_weights.at(i);
  }
  const int check = (31 - sum % 31) % 31;
  return text[17] == k_alphabet[static_cast<std::size_t>(check)];
}

// Japan's qualified invoice issuer registration number (適格請求書発行事業者登録番号).
bool is_valid_jp_registration(std::string_view id) {
  return id.size() == 14 && id[0] == 'T'
         && std::all_of(id.begin() + 1, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void check_customer(const syntax::CustomerRecord& customer, const syntax::Settings& settings,
                    Diagnostics& diags) {
  if (!syntax::is_valid_id(customer.id)) {
    diags.add(
        Error(ErrorKind::invalid_input, customer.loc,
              fmt::format("not a valid customer id (letters, digits, '-', '_', '.', '/'): '{}'",
                          customer.id)));
  }
  // A 'name' written with the wrong type is reported where it is written, by the reader.
  if (customer.name.empty() && !customer.name_mistyped) {
    diags.add(Error(ErrorKind::invalid_input, customer.loc,
                    fmt::format("customer '{}' needs a name", customer.id)));
  }
  for (const std::string& email : customer.emails) {
    if (!is_valid_email(email)) {
      fail_at_field(customer, "emails", fmt::format("not a valid email address: '{}'", email),
                    diags);
    }
  }
  if (customer.mandate) {
    check_mandate(customer, diags);
  }
  for (const std::string& account : customer.bank_accounts) {
    if (is_sealed(account)) { // privacy: checked by check_sealed_values
      continue;
    }
    if (looks_like_iban(account)) {
      if (!is_valid_iban(account)) {
        fail_at_field(customer, "bank-accounts",
                      fmt::format("not a valid IBAN (length or check digits): '{}'", account),
                      diags);
      }
    } else if (account.empty() || account.find_first_not_of("0123456789 -") != std::string::npos) {
      fail_at_field(customer, "bank-accounts",
                    fmt::format("not an IBAN or an account number of digits: '{}'", account),
                    diags);
    }
  }
  const std::string& currency_code =
      customer.currency.empty() ? settings.company.currency : customer.currency;
  const Currency* currency = find_currency(currency_code);
  if (!customer.currency.empty() && currency == nullptr) {
    const std::string upper = code_in_capitals(customer.currency); // hardening: 'cny'
    fail_at_field(customer, "currency",
                  fmt::format("unknown currency '{}' (expected an ISO 4217 code){}",
                              customer.currency,
                              find_currency(upper) != nullptr
                                  ? fmt::format("; did you mean '{}'?", upper)
                                  : std::string{}),
                  diags);
  }
  if (!customer.terms.empty() && settings.terms.count(customer.terms) == 0) {
    fail_at_field(customer, "terms",
                  unknown_terms(customer.terms, settings), diags);
  }
  if (customer.credit_limit && currency != nullptr) {
    const auto limit = money_from_decimal(*customer.credit_limit, *currency);
    if (!limit || limit->is_negative()) {
      fail_at_field(customer, "credit-limit",
                    fmt::format("not a valid {} credit limit: '{}'", currency->code,
                                format_decimal(*customer.credit_limit)),
                    diags);
    }
  }
  // hardening (issue 21.11): an ISO 3166 code; the tax-id checks follow it as normalised.
  const std::optional<std::string> country = iso_country(customer.country);
  if (!customer.country.empty() && country != customer.country) {
    fail_at_field(customer, "country",
                  country ? fmt::format("country '{}' must be written in capitals; did you mean '{}'?",
                                        customer.country, *country)
                          : fmt::format("'{}' is not an ISO 3166 country code (two letters such "
                                        "as DE, CN or JP)",
                                        customer.country),
                  diags);
  }
  if (country == "CN" && !customer.tax_id.empty() && !is_sealed(customer.tax_id)
      && !is_valid_uscc(customer.tax_id)) {
    fail_at_field(customer, "tax-id",
                  fmt::format("not a valid unified social credit code (18 characters with a "
                              "check character): '{}'",
                              customer.tax_id),
                  diags);
  }
  if (country == "JP" && !customer.tax_id.empty() && !is_sealed(customer.tax_id)
      && !is_valid_jp_registration(customer.tax_id)) {
    fail_at_field(customer, "tax-id",
                  fmt::format("not a valid registration number of a qualified invoice issuer "
                              "('T' and 13 digits): '{}'",
                              customer.tax_id),
                  diags);
  }
  check_customer_dunning(customer, settings, diags); // collections
}

namespace {

// Why a path of dues.toml would leave the ledger folder, or "" when it stays inside:
// entries written or read outside it would be lost to every other command.
std::string_view path_leaves_ledger(std::string_view path) {
  if (path.empty()) {
    return "it is empty";
  }
  if (path.front() == '/' || path.front() == '~') {
    return "it is absolute";
  }
  for (std::size_t at = 0; at <= path.size();) {
    const std::size_t end = std::min(path.find('/', at), path.size());
    if (path.substr(at, end - at) == "..") {
      return "it goes up with '..'";
    }
    at = end + 1;
  }
  return {};
}

bool check_ledger_path(const syntax::Settings& settings, std::string_view field,
                       std::string_view key, std::string_view path, Diagnostics& diags) {
  const std::string_view why = path_leaves_ledger(path);
  if (!why.empty()) {
    diags.add(Error(ErrorKind::invalid_input, settings.loc_of(field),
                    fmt::format("[journal] {} '{}' must stay inside the ledger folder, but {} "
                                "(write a relative path such as \"journal/{{year}}.dues\")",
                                key, path, why)));
  }
  return why.empty();
}

} // namespace

void check_journal_paths(const syntax::Settings& settings, Diagnostics& diags) {
  const bool inside =
      check_ledger_path(settings, "journal.append", "append", settings.journal.append, diags);
  bool read_back = !inside; // a path outside is reported once
  std::string appended = settings.journal.append;
  if (const auto at = appended.find("{year}"); at != std::string::npos) {
    appended.replace(at, 6, "2026");
  }
  for (const std::string& pattern : settings.journal.files) {
    check_ledger_path(settings, "journal.files", "files", pattern, diags);
    read_back = read_back || ::fnmatch(pattern.c_str(), appended.c_str(), FNM_PATHNAME) == 0;
  }
  if (!read_back) {
    diags.add(Error(ErrorKind::invalid_input, settings.loc_of("journal.append"),
                    fmt::format("[journal] append '{}' names files that [journal] files does not "
                                "match: what dues writes would never be read back",
                                settings.journal.append)));
  }
}

namespace {

// The company's own tax id follows the rules of its country, as a customer's does.
void check_company_tax_id(const syntax::Settings& settings, Diagnostics& diags) {
  const syntax::CompanySettings& company = settings.company;
  if (company.tax_id.empty()) {
    return;
  }
  if (company.country == "CN" && !is_valid_uscc(company.tax_id)) {
    diags.add(Error(ErrorKind::invalid_input, settings.loc_of("company.tax-id"),
                    fmt::format("[company] tax-id: not a valid unified social credit code (18 "
                                "characters with a check character): '{}'",
                                company.tax_id)));
  }
  if (company.country == "JP" && !is_valid_jp_registration(company.tax_id)) {
    diags.add(Error(ErrorKind::invalid_input, settings.loc_of("company.tax-id"),
                    fmt::format("[company] tax-id: not a valid registration number of a "
                                "qualified invoice issuer ('T' and 13 digits): '{}'",
                                company.tax_id)));
  }
}

} // namespace

void check_settings(const syntax::Settings& settings, Diagnostics& diags) {
  check_journal_paths(settings, diags);
  check_security_settings(settings, diags); // privacy
  if (!settings.company.creditor_id.empty() && !is_valid_creditor_id(settings.company.creditor_id)) {
    diags.add(Error(ErrorKind::invalid_input, settings.loc_of("company.creditor-id"),
                    fmt::format("not a valid SEPA creditor identifier (country, check digits, "
                                "business code, national id; mod 97): '{}'",
                                settings.company.creditor_id)));
  }
  if (settings.company.currency.empty()) {
    diags.add(Error(ErrorKind::invalid_input, settings.loc_of("company.currency"),
                    "missing 'currency' in [company] (the default currency, such as \"EUR\")"));
  } else if (find_currency(settings.company.currency) == nullptr) {
    diags.add(Error(ErrorKind::invalid_input, settings.loc_of("company.currency"),
                    fmt::format("unknown currency '{}' in [company] (expected an ISO 4217 code)",
                                settings.company.currency)));
  }
  if (!settings.defaults.terms.empty() && settings.terms.count(settings.defaults.terms) == 0) {
    diags.add(
        Error(ErrorKind::invalid_input, settings.loc_of("defaults.terms"),
              fmt::format("[defaults] {}", unknown_terms(settings.defaults.terms, settings))));
  }
  if (!settings.defaults.tax.empty() && settings.taxes.count(settings.defaults.tax) == 0) {
    diags.add(Error(ErrorKind::invalid_input, settings.loc_of("defaults.tax"),
                    fmt::format("[defaults] {}",
                                unknown_tax_code(settings.defaults.tax, settings))));
  }
  for (const auto& [code, tax] : settings.taxes) {
    if (tax.rate.is_negative() || tax.rate > Decimal::from_int(100)) {
      diags.add(Error(ErrorKind::invalid_input, tax.loc,
                      fmt::format("[taxes.{}] rate must be from 0% to 100%", code)));
    }
  }
  for (const auto& [code, terms] : settings.terms) {
    if (terms.instalments.empty()) {
      continue;
    }
    Decimal sum;
    std::int64_t total = 0;
    for (const auto& share : terms.instalments) {
      total += share.percent.units_at_scale(Decimal::k_max_scale).value_or(0);
    }
    sum = Decimal(total, Decimal::k_max_scale);
    if (sum != Decimal::from_int(100)) {
      diags.add(Error(ErrorKind::invalid_input, terms.loc,
                      fmt::format("[terms.{}] instalment shares add up to {}%, not 100%", code,
                                  format_decimal(sum))));
    }
  }
  for (const auto& [name, series] : settings.series) {
    const std::string problem = series.external ? std::string{} : series_format_problem(series.format);
    if (!problem.empty()) { // hardening (issue 21.9): at the key, naming what is wrong
      const auto key = settings.field_locs.find("series." + name + ".format");
      diags.add(Error(ErrorKind::invalid_input,
                      key == settings.field_locs.end() ? series.loc : key->second,
                      fmt::format("'format' in [series.{}] is not a series format such as "
                                  "\"INV-{{year}}-{{seq:04}}\": {}",
                                  name, problem)));
    }
  }
  check_company_tax_id(settings, diags); // conveniences: as customers' tax ids are checked
  check_dunning(settings, diags); // collections
}

} // namespace dues
