#include "model/customer_fields.hpp"

#include "base/error.hpp"
#include "syntax/toml_patch.hpp"

#include <fmt/format.h>

#include <array>

namespace dues {
namespace {

using Type = CustomerFieldType;

constexpr std::array<CustomerField, 16> k_fields = {{
    {"name", "name", Type::text},
    {"aliases", "alias", Type::list},
    {"emails", "email", Type::list},
    {"address", "address", Type::text},
    {"country", "country", Type::text},
    {"tax-id", "tax-id", Type::text},
    {"bank-accounts", "bank-account", Type::list},
    {"currency", "currency", Type::text},
    {"terms", "terms", Type::text},
    {"credit-limit", "credit-limit", Type::amount},
    {"tags", "tag", Type::list},
    {"allocation", "allocation", Type::choice},
    {"notes", "note", Type::text},
    {"dunning", "dunning", Type::text}, // collections
    {"reminder-emails", "reminder-email", Type::list},
    {"language", "language", Type::text},
}};

} // namespace

std::string decimal_as_written(const Decimal& value) {
  // format_decimal of the bare mantissa: no overflow for the most negative one.
  std::string digits = format_decimal(Decimal(value.mantissa(), 0));
  const bool negative = digits.starts_with('-');
  if (negative) {
    digits.erase(0, 1);
  }
  const auto scale = static_cast<std::size_t>(value.scale());
  if (scale > 0) {
    if (digits.size() <= scale) {
      digits.insert(0, scale - digits.size() + 1, '0');
    }
    digits.insert(digits.size() - scale, 1, '.');
  }
  return negative ? "-" + digits : digits;
}

std::span<const CustomerField> customer_fields() {
  return k_fields;
}

const CustomerField* find_customer_field(std::string_view name) {
  for (const CustomerField& field : k_fields) {
    if (field.key == name || field.singular == name) {
      return &field;
    }
  }
  return nullptr;
}

std::string customer_field_names() {
  std::string names;
  for (const CustomerField& field : k_fields) {
    names += names.empty() ? "" : ", ";
    names += field.key;
  }
  return names;
}

namespace {

// The member behind a text or choice field, const when the record is.
template <typename Record>
auto& text_member(Record& customer, std::string_view key) {
  if (key == "address") {
    return customer.address;
  }
  if (key == "country") {
    return customer.country;
  }
  if (key == "tax-id") {
    return customer.tax_id;
  }
  if (key == "currency") {
    return customer.currency;
  }
  if (key == "terms") {
    return customer.terms;
  }
  if (key == "allocation") {
    return customer.allocation;
  }
  if (key == "notes") {
    return customer.notes;
  }
  if (key == "dunning" || key == "language") { // collections
    return key == "dunning" ? customer.dunning : customer.language;
  }
  if (key != "name") {
    throw Error(ErrorKind::internal, fmt::format("'{}' is not a text field", key));
  }
  return customer.name;
}

template <typename Record>
auto& list_member(Record& customer, std::string_view key) {
  if (key == "aliases") {
    return customer.aliases;
  }
  if (key == "emails") {
    return customer.emails;
  }
  if (key == "bank-accounts") {
    return customer.bank_accounts;
  }
  if (key == "reminder-emails") { // collections
    return customer.reminder_emails;
  }
  if (key != "tags") {
    throw Error(ErrorKind::internal, fmt::format("'{}' is not a list field", key));
  }
  return customer.tags;
}

} // namespace

std::string& customer_text(Customer& customer, const CustomerField& field) {
  return text_member(customer, field.key);
}

std::vector<std::string>& customer_list(Customer& customer, const CustomerField& field) {
  return list_member(customer, field.key);
}

const std::string& customer_text(const Customer& customer, const CustomerField& field) {
  return text_member(customer, field.key);
}

const std::vector<std::string>& customer_list(const Customer& customer,
                                              const CustomerField& field) {
  return list_member(customer, field.key);
}

std::optional<std::string> customer_field_toml(const Customer& customer,
                                               const CustomerField& field) {
  switch (field.type) {
  case Type::list: {
    const auto& values = list_member(customer, field.key);
    return values.empty() ? std::nullopt : std::optional(syntax::toml_string_array(values));
  }
  case Type::amount:
    return customer.credit_limit
               ? std::optional(syntax::toml_string(decimal_as_written(*customer.credit_limit)))
               : std::nullopt;
  case Type::text:
  case Type::choice:
    break;
  }
  const std::string& text = text_member(customer, field.key);
  return text.empty() ? std::nullopt : std::optional(syntax::toml_string(text));
}

namespace {

bool same_mandate(const std::optional<syntax::MandateRecord>& a,
                  const std::optional<syntax::MandateRecord>& b) {
  if (!a || !b) {
    return !a && !b;
  }
  return a->id == b->id && a->signed_on == b->signed_on && a->iban == b->iban && a->bic == b->bic
         && a->scheme == b->scheme && a->sequence == b->sequence;
}

} // namespace

bool same_customer(const Customer& a, const Customer& b) {
  return same_mandate(a.mandate, b.mandate) && a.id == b.id && a.name == b.name
         && a.aliases == b.aliases && a.emails == b.emails && a.address == b.address
         && a.country == b.country && a.tax_id == b.tax_id && a.bank_accounts == b.bank_accounts
         && a.currency == b.currency && a.terms == b.terms && a.credit_limit == b.credit_limit
         && a.tags == b.tags && a.allocation == b.allocation && a.notes == b.notes
         && a.dunning == b.dunning && a.reminder_emails == b.reminder_emails
         && a.language == b.language;
}

} // namespace dues
