#include "model/customer.hpp"

#include "base/money.hpp"
#include "base/text.hpp"
#include "model/dunning_rules.hpp" // collections
#include "syntax/journal_parser.hpp"

#include <fmt/format.h>

#include <array>
#include <string>

namespace dues {
namespace {

void fail_at_field(const syntax::CustomerRecord& customer, std::string_view field,
                   const std::string& message, Diagnostics& diags) {
  const auto it = customer.field_locs.find(field);
  diags.add(Error(ErrorKind::invalid_input,
                  it == customer.field_locs.end() ? customer.loc : it->second, message));
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

void check_customer(const syntax::CustomerRecord& customer, const syntax::Settings& settings,
                    Diagnostics& diags) {
  if (!syntax::is_valid_id(customer.id)) {
    diags.add(
        Error(ErrorKind::invalid_input, customer.loc,
              fmt::format("not a valid customer id (letters, digits, '-', '_', '.', '/'): '{}'",
                          customer.id)));
  }
  if (customer.name.empty()) {
    diags.add(Error(ErrorKind::invalid_input, customer.loc,
                    fmt::format("customer '{}' needs a name", customer.id)));
  }
  for (const std::string& email : customer.emails) {
    if (!is_valid_email(email)) {
      fail_at_field(customer, "emails", fmt::format("not a valid email address: '{}'", email),
                    diags);
    }
  }
  for (const std::string& account : customer.bank_accounts) {
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
    fail_at_field(
        customer, "currency",
        fmt::format("unknown currency '{}' (expected an ISO 4217 code)", customer.currency), diags);
  }
  if (!customer.terms.empty() && settings.terms.count(customer.terms) == 0) {
    fail_at_field(customer, "terms",
                  fmt::format("unknown terms '{}' (not in [terms] of dues.toml)", customer.terms),
                  diags);
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
  if (customer.country == "CN" && !customer.tax_id.empty() && !is_valid_uscc(customer.tax_id)) {
    fail_at_field(customer, "tax-id",
                  fmt::format("not a valid unified social credit code (18 characters with a "
                              "check character): '{}'",
                              customer.tax_id),
                  diags);
  }
  check_customer_dunning(customer, settings, diags); // collections
}

void check_settings(const syntax::Settings& settings, Diagnostics& diags) {
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
              fmt::format("[defaults] terms '{}' is not in [terms]", settings.defaults.terms)));
  }
  if (!settings.defaults.tax.empty() && settings.taxes.count(settings.defaults.tax) == 0) {
    diags.add(Error(ErrorKind::invalid_input, settings.loc_of("defaults.tax"),
                    fmt::format("[defaults] tax '{}' is not in [taxes]", settings.defaults.tax)));
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
    if (!series.external && series.format.find("{seq") == std::string::npos) {
      diags.add(
          Error(ErrorKind::invalid_input, series.loc,
                fmt::format("[series.{}] format needs a {{seq}} or {{seq:04}} placeholder", name)));
    }
  }
  check_dunning(settings, diags); // collections
}

} // namespace dues
