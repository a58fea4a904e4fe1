#include "render/customer_view.hpp"
#include "base/sealed.hpp" // privacy

#include "base/text.hpp"
#include "model/customer_fields.hpp"
#include "render/csv.hpp"
#include "render/json.hpp"
#include "render/reminder_view.hpp"
#include "render/table.hpp"

#include <fmt/format.h>

namespace dues::render {
namespace {

std::string joined(const std::vector<std::string>& values, std::string_view separator) {
  std::string out;
  for (const std::string& value : values) {
    out += out.empty() ? "" : std::string(separator);
    out += value;
  }
  return out;
}

std::string limit_text(const Customer& customer) {
  return customer.credit_limit ? decimal_as_written(*customer.credit_limit) : "";
}

// The values of a list field, bank accounts through the mask.
std::vector<std::string> list_values(const Customer& customer, const CustomerField& field,
                                     const AccountMask& mask) {
  std::vector<std::string> values = customer_list(customer, field);
  if (field.key == "bank-accounts") {
    for (std::string& value : values) {
      value = mask.account(value);
    }
  }
  return values;
}

// The value of a field as text for people; lists joined with ", ".
std::string field_text(const Customer& customer, const CustomerField& field,
                       const AccountMask& mask) {
  switch (field.type) {
  case CustomerFieldType::list:
    return joined(list_values(customer, field, mask), ", ");
  case CustomerFieldType::amount:
    return limit_text(customer);
  case CustomerFieldType::text:
  case CustomerFieldType::choice:
    break;
  }
  return std::string(shown_value(customer_text(customer, field))); // privacy: masked
}

void customer_fields_json(JsonWriter& json, const Customer& customer, const AccountMask& mask) {
  json.key("id").value(customer.id);
  for (const CustomerField& field : customer_fields()) {
    json.key(field.key);
    if (field.type == CustomerFieldType::list) {
      json.begin_array();
      for (const std::string& value : list_values(customer, field, mask)) {
        json.value(value);
      }
      json.end_array();
    } else if (field.type == CustomerFieldType::amount) {
      customer.credit_limit ? json.value(limit_text(customer)) : json.null();
    } else {
      const std::string_view text = shown_value(customer_text(customer, field)); // privacy
      text.empty() ? json.null() : json.value(text);
    }
  }
}

} // namespace

void customer_table(std::ostream& out, const std::vector<const Customer*>& customers, bool colour) {
  Table table({{"ID"},
               {"NAME", Align::left, 40},
               {"CURRENCY"},
               {"TERMS"},
               {"CREDIT LIMIT", Align::right},
               {"TAGS"}});
  for (const Customer* customer : customers) {
    table.add_row({customer->id, customer->name, customer->currency, customer->terms,
                   limit_text(*customer), joined(customer->tags, ",")});
  }
  table.print(out, colour);
}

void customer_csv(std::ostream& out, const std::vector<const Customer*>& customers) {
  write_csv_row(out, {"id", "name", "currency", "terms", "credit_limit", "country", "tax_id",
                      "emails", "tags"});
  for (const Customer* c : customers) {
    write_csv_row(out, {c->id, c->name, c->currency, c->terms, limit_text(*c), c->country,
                        std::string(shown_value(c->tax_id)), joined(c->emails, ";"), joined(c->tags, ";")});
  }
}

void customer_json(std::ostream& out, const std::vector<const Customer*>& customers,
                   const AccountMask& mask) {
  JsonWriter json(out);
  json.begin_array();
  for (const Customer* customer : customers) {
    json.begin_object();
    customer_fields_json(json, *customer, mask);
    json.end_object();
  }
  json.end_array();
  json.finish();
}

void customer_text(std::ostream& out, const Customer& customer, const Date& as_of,
                   const std::vector<query::CustomerBalance>& balances, const AccountMask& mask,
                   bool colour) {
  constexpr std::size_t k_label = 15;
  out << pad_right("id:", k_label) << printable(customer.id) << '\n';
  for (const CustomerField& field : customer_fields()) {
    const std::string text = field_text(customer, field, mask);
    if (text.empty()) {
      continue;
    }
    std::string_view rest = text;
    std::string label = fmt::format("{}:", field.key);
    // Multi-line values (addresses) continue under the first line.
    while (true) {
      const std::size_t end = rest.find('\n');
      out << pad_right(label, k_label) << printable(rest.substr(0, end)) << '\n';
      if (end == std::string_view::npos) {
        break;
      }
      rest.remove_prefix(end + 1);
      label.clear();
    }
  }
  out << fmt::format("\nbalance as of {}:", format_date(as_of));
  if (balances.empty()) {
    out << " nothing open\n";
    return;
  }
  out << '\n';
  Table table({{"CURRENCY"},
               {"OPEN", Align::right},
               {"OVERDUE", Align::right},
               {"CREDIT", Align::right},
               {"BALANCE", Align::right},
               {"INVOICES", Align::right},
               {"OVERDUE INVOICES", Align::right}});
  for (const query::CustomerBalance& row : balances) {
    table.add_row({std::string(row.currency->code), format_amount(row.open),
                   format_amount(row.overdue), format_amount(row.unapplied),
                   format_amount(row.balance), std::to_string(row.open_invoices),
                   std::to_string(row.overdue_invoices)},
                  row.overdue.is_zero() ? RowStyle::normal : RowStyle::alert);
  }
  table.print(out, colour);
}

void customer_show_json(std::ostream& out, const Customer& customer, const Date& as_of,
                        const std::vector<query::CustomerBalance>& balances,
                        const AccountMask& mask, std::span<const query::ContactEvent> history) {
  JsonWriter json(out);
  json.begin_object();
  customer_fields_json(json, customer, mask);
  json.key("as_of").value(format_date(as_of));
  json.key("balances").begin_array();
  for (const query::CustomerBalance& row : balances) {
    json.begin_object();
    json.key("currency").value(row.currency->code);
    json.key("open").value(format_amount(row.open));
    json.key("overdue").value(format_amount(row.overdue));
    json.key("credit").value(format_amount(row.unapplied));
    json.key("balance").value(format_amount(row.balance));
    json.key("open_invoices").value(row.open_invoices);
    json.key("overdue_invoices").value(row.overdue_invoices);
    json.end_object();
  }
  json.end_array();
  contact_history_json(json, history); // collections
  json.end_object();
  json.finish();
}

} // namespace dues::render
