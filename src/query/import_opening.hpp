#pragma once

// import: planning `dues import open-items`: rows of another system's open items become
// opening invoices and credit notes (journal `opening` attribute), checked against the
// ledger so that a second import of the same file creates nothing (docs/import.md).
#include "bank/values.hpp"
#include "model/ledger.hpp"
#include "query/import_table.hpp"
#include "syntax/journal.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace dues::query {

// The fields of an open-items file, in ImportRecord::cells order.
std::span<const ImportField> open_item_fields();

// How the file writes its values.
struct OpeningFormat {
  std::string date_format = "%Y-%m-%d";
  bank::NumberStyle numbers;
  std::string currency; // for rows without one: default the customer's, else the company's
  std::string source;   // the `opening` text recorded on each document: where it came from
};

// One document of the plan.
struct OpeningLine {
  bool already = false; // imported before: nothing is created
  bool credit = false;  // an opening credit note (a negative open amount)
  std::string id;
  std::string customer;
  Date date;
  Date due; // invoices: the (last) due date
  Money amount;
  std::size_t instalments = 0; // rows of one invoice with their own due dates
  bool disputed = false;
  SourceLoc loc;
};

struct OpeningPlan {
  std::vector<OpeningLine> lines;   // file order
  std::vector<syntax::Entry> entries; // what to append: documents, then disputes
};

// Plans the import of `table` into `ledger`. Every bad row is added to `diags` with its
// file:line:col (invalid input; a number the ledger holds with other values is a
// conflict); the plan is only good when `diags` stays empty.
OpeningPlan plan_open_items(const Ledger& ledger, const ImportTable& table,
                            const OpeningFormat& format, Diagnostics& diags);

} // namespace dues::query
