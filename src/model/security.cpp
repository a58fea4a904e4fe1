#include "model/security.hpp"

#include "base/sealed.hpp"
#include "syntax/security_settings.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace dues {
namespace {

template <typename Record, typename Text>
std::vector<Text*> values_of(Record& customer, std::string_view field) {
  std::vector<Text*> values;
  const auto add = [&](Text& text) {
    if (!text.empty()) {
      values.push_back(&text);
    }
  };
  if (field == "address") {
    add(customer.address);
  } else if (field == "tax-id") {
    add(customer.tax_id);
  } else if (field == "notes") {
    add(customer.notes);
  } else if (field == "mandate" && customer.mandate) {
    add(customer.mandate->iban);
    add(customer.mandate->bic);
  } else if (field == "bank-accounts") {
    for (Text& account : customer.bank_accounts) {
      add(account);
    }
  }
  return values;
}

} // namespace

bool is_encrypted_field(const syntax::Settings& settings, std::string_view field) {
  const auto& fields = settings.security.encrypt;
  return std::find(fields.begin(), fields.end(), field) != fields.end();
}

std::vector<std::string*> field_values(syntax::CustomerRecord& customer, std::string_view field) {
  return values_of<syntax::CustomerRecord, std::string>(customer, field);
}

std::vector<const std::string*> field_values(const syntax::CustomerRecord& customer,
                                             std::string_view field) {
  return values_of<const syntax::CustomerRecord, const std::string>(customer, field);
}

std::string_view value_key(const syntax::CustomerRecord& customer, std::string_view field,
                           const std::string* value) {
  if (field != "mandate" || !customer.mandate) {
    return field;
  }
  return value == &customer.mandate->bic ? "mandate.bic" : "mandate.iban";
}

SourceLoc field_loc(const syntax::CustomerRecord& customer, std::string_view key) {
  const auto it = customer.field_locs.find(key == "mandate" ? "mandate.iban" : key);
  return it == customer.field_locs.end() ? customer.loc : it->second;
}

void check_security_settings(const syntax::Settings& settings, Diagnostics& diags) {
  const syntax::SecuritySettings& security = settings.security;
  const auto known = syntax::encryptable_fields();
  std::vector<std::string> seen;
  for (const std::string& field : security.encrypt) {
    if (std::find(known.begin(), known.end(), field) == known.end()) {
      std::string names;
      for (const std::string_view name : known) {
        names += names.empty() ? "" : ", ";
        names += name;
      }
      diags.add(Error(ErrorKind::invalid_input, security.loc,
                      fmt::format("[security] encrypt: '{}' cannot be encrypted; the fields "
                                  "that can are {}",
                                  field, names)));
    } else if (std::find(seen.begin(), seen.end(), field) != seen.end()) {
      diags.add(Error(ErrorKind::invalid_input, security.loc,
                      fmt::format("[security] encrypt names '{}' twice", field)));
    }
    seen.push_back(field);
  }
  for (const std::string& recipient : security.recipients) {
    if (!is_age_recipient(recipient)) {
      diags.add(Error(ErrorKind::invalid_input, security.loc,
                      fmt::format("[security] recipients: not an age public key (\"age1\" and "
                                  "58 more characters, as age-keygen prints): '{}'",
                                  recipient)));
    }
  }
  if (!security.encrypt.empty() && security.recipients.empty()) {
    diags.add(Error(ErrorKind::invalid_input, security.loc,
                    "[security] encrypt needs recipients = [\"age1...\"]: the public keys the "
                    "values are encrypted for"));
  }
}

void check_encrypted_values(const std::vector<syntax::CustomerRecord>& customers,
                            const syntax::Settings& settings, Diagnostics& diags) {
  for (const syntax::CustomerRecord& customer : customers) {
    for (const std::string_view field : syntax::encryptable_fields()) {
      const bool wanted = is_encrypted_field(settings, field);
      std::string_view clear_key; // one error per key: a list is one line
      for (const std::string* value : field_values(customer, field)) {
        const std::string_view key = value_key(customer, field, value);
        if (is_sealed(*value) && !parse_sealed(*value)) {
          // The mandate is written by hand ([ID.mandate] in customers.toml), not by
          // `customer set`.
          const std::string fix =
              field == "mandate"
                  ? fmt::format("write it again in clear in [{}.mandate] and run 'dues "
                                "security rekey'",
                                customer.id)
                  : fmt::format("set it again with 'dues customer set {} {} VALUE'", customer.id,
                                field);
          diags.add(Error(ErrorKind::invalid_input, field_loc(customer, key),
                          fmt::format("customer '{}': {} holds a damaged encrypted value "
                                      "(not \"age:\" and base64); {}",
                                      customer.id, key, fix)));
        } else if (wanted && !is_sealed(*value) && key != clear_key) {
          diags.add(Error(ErrorKind::invalid_input, field_loc(customer, key),
                          fmt::format("customer '{}': {} is stored in clear, but [security] "
                                      "encrypt lists {}; run 'dues security rekey' to encrypt it",
                                      customer.id, key, key == field ? "it" : field)));
          clear_key = key;
        }
      }
    }
  }
}

} // namespace dues
