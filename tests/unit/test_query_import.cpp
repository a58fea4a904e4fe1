// import: reading another system's CSV into located cells (query/import_table) and
// planning opening items (query/import_opening) and customers (query/import_customers).
#include "query/import_customers.hpp"
#include "query/import_opening.hpp"
#include "query/import_table.hpp"
#include "receipts_fixture.hpp"

#include <doctest/doctest.h>

using namespace dues;
using namespace dues::testing;

namespace {

query::ImportTable table_of(std::string_view csv, std::span<const query::ImportField> fields,
                            Diagnostics& diags, query::ImportLayout layout = {}) {
  return query::read_import_csv(csv, "in.csv", fields, layout, diags);
}

std::string first_error(const Diagnostics& diags) {
  return diags.empty() ? std::string() : diags.errors().front().what();
}

} // namespace

TEST_CASE("import table: columns by name, by other names and by --map; cells keep line:col") {
  Diagnostics diags;
  const auto table = table_of("Number,Customer_ID,date,Offen\nRE-1,acme,2026-01-02,10.00\n",
                              query::open_item_fields(), diags,
                              {',', {{"amount", "Offen"}}});
  REQUIRE(diags.empty());
  REQUIRE(table.records.size() == 1);
  const auto& cells = table.records[0].cells;
  CHECK(cells[0]->text == "RE-1");     // id from "Number"
  CHECK(cells[1]->text == "acme");     // customer from "Customer_ID"
  CHECK(cells[4]->text == "10.00");    // amount from the mapped "Offen"
  CHECK(cells[4]->loc.line == 2);
  CHECK(cells[4]->loc.column == 22);
  CHECK_FALSE(cells[3].has_value());   // no due column
}

TEST_CASE("import table: a missing required column, a short row, an unknown --map") {
  Diagnostics diags;
  table_of("id,date\nRE-1,2026-01-02\nRE-2\n", query::open_item_fields(), diags);
  REQUIRE(diags.errors().size() == 2);
  CHECK(first_error(diags).starts_with("in.csv:1:1: no column for 'customer'"));
  CHECK(std::string(diags.errors()[1].what()).starts_with("in.csv:3:1: the row has 1 cells"));
  Diagnostics more;
  CHECK_THROWS_AS(table_of("id\n", query::open_item_fields(), more, {',', {{"nope", "id"}}}),
                  Error);
  CHECK_THROWS_AS(table_of("id\n", query::open_item_fields(), more, {',', {{"id", "Beleg"}}}),
                  Error);
}

TEST_CASE("opening plan: instalments, credit, dispute, exact amounts; already there") {
  const Ledger ledger = ledger_from("");
  Diagnostics diags;
  const auto table = table_of("id,customer,date,due,amount,disputed\n"
                              "RE-1,acme,2025-11-03,2025-12-03,100.00,0\n"
                              "RE-1,acme,2025-11-03,2026-01-03,50.50,0\n"
                              "GS-1,beta,2025-12-01,,-20.00,0\n"
                              "RE-2,beta,2025-12-01,2026-01-01,1.10,1\n",
                              query::open_item_fields(), diags);
  query::OpeningFormat format;
  format.source = "old";
  const auto plan = query::plan_open_items(ledger, table, format, diags);
  REQUIRE(diags.empty());
  REQUIRE(plan.lines.size() == 3);
  CHECK(plan.lines[0].instalments == 2);
  CHECK(plan.lines[0].amount == money("150.50", "EUR"));
  CHECK(plan.lines[0].due == day("2026-01-03"));
  CHECK(plan.lines[1].credit);
  CHECK(plan.lines[1].amount == money("20.00", "EUR"));
  CHECK(plan.lines[2].disputed);
  REQUIRE(plan.entries.size() == 4); // three documents, then the dispute
  CHECK(plan.entries[3].kind == syntax::EntryKind::dispute);
  CHECK(plan.entries[0].opening.value == "old");

  // The same rows against a ledger that has them: nothing new.
  const Ledger after = ledger_from(
      "2025-11-03 invoice RE-1 customer acme total 150.50 EUR opening \"x\"\n"
      "  instalment 2025-12-03 100.00\n  instalment 2026-01-03 50.50\n"
      "2025-12-01 credit GS-1 customer beta total 20.00 EUR opening \"x\"\n"
      "2025-12-01 invoice RE-2 customer beta due 2026-01-01 total 1.10 EUR opening \"x\"\n");
  const auto again = query::plan_open_items(after, table, format, diags);
  REQUIRE(diags.empty());
  CHECK(again.entries.empty());
  CHECK(again.lines[0].already);
  CHECK(again.lines[2].already);
}

TEST_CASE("opening plan: bad rows are named at their cell; a taken number is a conflict") {
  const Ledger ledger = ledger_from("2026-01-05 invoice INV-1 customer acme due 2026-02-04 "
                                    "total 10.00 EUR\n");
  Diagnostics diags;
  const auto table = table_of("id,customer,date,due,amount\n"
                              "RE-1,nobody,2025-11-03,2025-12-03,1.00\n"
                              "RE-2,acme,2025-11-03,2025-12-03,1.005\n"
                              "RE-3,acme,2025-11-03,2025-10-03,1.00\n"
                              "INV-1,acme,2025-11-03,2025-12-03,1.00\n",
                              query::open_item_fields(), diags);
  query::OpeningFormat format;
  format.source = "old";
  query::plan_open_items(ledger, table, format, diags);
  REQUIRE(diags.errors().size() == 4);
  CHECK(first_error(diags).starts_with("in.csv:2:6: unknown customer 'nobody'"));
  CHECK(std::string(diags.errors()[1].what()).starts_with("in.csv:3:33: '1.005' has more decimals"));
  CHECK(std::string(diags.errors()[2].what()).starts_with("in.csv:4:22: due date 2025-10-03"));
  CHECK(diags.errors()[3].kind() == ErrorKind::conflict);
}

TEST_CASE("customer plan: checked as customer add checks; existing ones compared") {
  const Ledger ledger = ledger_from("");
  Diagnostics diags;
  const auto table = table_of("id,name,emails,terms\n"
                              "gamma,Gamma AG,a@gamma.example; b@gamma.example,\n"
                              "acme,Other name,,\n"
                              "delta,Delta,not-an-email,\n",
                              query::customer_import_fields(), diags);
  REQUIRE(diags.empty());
  const auto plan = query::plan_customers(ledger.customers, table, ledger.settings, diags);
  REQUIRE(diags.errors().size() == 2);
  CHECK(diags.errors()[0].kind() == ErrorKind::conflict); // acme has another name
  CHECK(std::string(diags.errors()[1].what()).starts_with("in.csv:4:13: not a valid email"));
  REQUIRE(plan.size() == 1);
  CHECK(plan[0].customer.emails.size() == 2);
}
