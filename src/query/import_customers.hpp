#pragma once

// import: planning `dues import customers`: rows of another system's customer list
// become customers.toml tables, checked as `dues customer add` checks one, and
// compared with customers already there so that a second import adds nothing.
#include "model/ledger.hpp"
#include "query/import_table.hpp"

#include <span>
#include <string>
#include <vector>

namespace dues::query {

// The fields of a customers file: id, then every customers.toml field (list fields
// hold several values separated by ';').
std::span<const ImportField> customer_import_fields();

struct CustomerImportLine {
  bool already = false; // in customers.toml with these values: nothing is added
  Customer customer;    // as it would be written (loc: the row's id cell)
};

// Plans the import of `table` next to `existing` customers. Every bad row goes to
// `diags` with its file:line:col (invalid input; an id customers.toml holds with other
// values is a conflict); the plan is only good when `diags` stays empty.
std::vector<CustomerImportLine> plan_customers(const std::vector<Customer>& existing,
                                               const ImportTable& table,
                                               const syntax::Settings& settings,
                                               Diagnostics& diags);

} // namespace dues::query
