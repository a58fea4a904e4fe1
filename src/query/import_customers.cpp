#include "query/import_customers.hpp"

#include "base/text.hpp"
#include "model/customer.hpp"
#include "model/customer_fields.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace dues::query {
namespace {

std::vector<ImportField> make_fields() {
  std::vector<ImportField> fields{{"id", {"id", "customer", "customer-id"}, true}};
  for (const CustomerField& field : customer_fields()) {
    fields.push_back({field.key, {field.key, field.singular}, field.key == "name"});
  }
  return fields;
}

const std::vector<ImportField>& fields_list() {
  static const std::vector<ImportField> fields = make_fields();
  return fields;
}

std::vector<std::string> list_values(std::string_view text) {
  std::vector<std::string> values;
  for (const std::string_view part : split(text, ';')) {
    if (!trim(part).empty()) {
      values.emplace_back(trim(part));
    }
  }
  return values;
}

// Sets one field from its cell; false, with an error, when the value cannot be one.
bool set_field(Customer& customer, const CustomerField& field, const ImportCell& cell,
               Diagnostics& diags) {
  switch (field.type) {
  case CustomerFieldType::list:
    customer_list(customer, field) = list_values(cell.text);
    return true;
  case CustomerFieldType::amount: {
    const auto value = parse_decimal(cell.text);
    if (!value || value->is_negative()) {
      diags.add(Error(ErrorKind::invalid_input, cell.loc,
                      fmt::format("{}: not an amount (such as 10000.00): '{}'", field.key,
                                  cell.text)));
      return false;
    }
    customer.credit_limit = value;
    return true;
  }
  case CustomerFieldType::choice:
    if (cell.text != "oldest-due" && cell.text != "manual") {
      diags.add(Error(ErrorKind::invalid_input, cell.loc,
                      fmt::format("{}: expected oldest-due or manual, not '{}'", field.key,
                                  cell.text)));
      return false;
    }
    break;
  case CustomerFieldType::text:
    break;
  }
  customer_text(customer, field) = cell.text;
  return true;
}

// The fields of `row` whose value differs from `existing`'s: "name, terms".
std::string differences(const Customer& existing, const Customer& row, const ImportTable& table) {
  std::string names;
  const auto fields = customer_fields();
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (table.column_of[i + 1] < 0) {
      continue; // not in the file: not compared
    }
    if (customer_field_toml(existing, fields[i]) != customer_field_toml(row, fields[i])) {
      names += fmt::format("{}{}", names.empty() ? "" : ", ", fields[i].key);
    }
  }
  return names;
}

} // namespace

std::span<const ImportField> customer_import_fields() { return fields_list(); }

std::vector<CustomerImportLine> plan_customers(const std::vector<Customer>& existing,
                                               const ImportTable& table,
                                               const syntax::Settings& settings,
                                               Diagnostics& diags) {
  std::vector<CustomerImportLine> plan;
  std::map<std::string, int, std::less<>> first_line;
  const auto fields = customer_fields();
  for (const ImportRecord& record : table.records) {
    const auto& id = record.cells[0];
    if (!id) {
      diags.add(Error(ErrorKind::invalid_input, record.loc, "no customer id in this row"));
      continue;
    }
    Customer customer;
    customer.id = id->text;
    customer.loc = id->loc;
    bool ok = true;
    for (std::size_t i = 0; i < fields.size(); ++i) {
      const auto& cell = record.cells[i + 1];
      // Where each value was written, for the checks of `dues check` below.
      customer.field_locs[std::string(fields[i].key)] = cell ? cell->loc : record.loc;
      if (cell) {
        ok = set_field(customer, fields[i], *cell, diags) && ok;
      }
    }
    const std::size_t before = diags.errors().size();
    check_customer(customer, settings, diags);
    if (!ok || diags.errors().size() != before) {
      continue;
    }
    const auto [it, added] = first_line.emplace(customer.id, record.loc.line);
    if (!added) {
      diags.add(Error(ErrorKind::invalid_input, id->loc,
                      fmt::format("duplicate customer id '{}' (first on line {})", customer.id,
                                  it->second)));
      continue;
    }
    const auto found = std::find_if(existing.begin(), existing.end(),
                                    [&](const Customer& c) { return c.id == customer.id; });
    if (found != existing.end()) {
      const std::string differ = differences(*found, customer, table);
      if (!differ.empty()) {
        diags.add(Error(ErrorKind::conflict, id->loc,
                        fmt::format("customer '{}' is already in customers.toml ({}) with "
                                    "other values: {}",
                                    customer.id, format_loc(found->loc), differ)));
        continue;
      }
      plan.push_back({true, *found});
      continue;
    }
    plan.push_back({false, std::move(customer)});
  }
  return plan;
}

} // namespace dues::query
