#include "query/statement.hpp"
#include "receipts_fixture.hpp"
#include "render/statement_view.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <sstream>

using namespace dues;
using namespace dues::testing;

namespace {

std::string text(const Money& amount) {
  return fmt::format("{}", amount);
}

constexpr std::string_view k_history = R"(
2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 1000.00 EUR
2026-01-20 invoice INV-2 customer acme due 2026-02-19 total 500.00 EUR
2026-01-21 invoice INV-3 customer acme due 2026-02-20 total 70.00 EUR
2026-02-01 payment PAY-1 customer acme amount 995.00 EUR fee 5.00 method bank ref "SEPA 1"
  apply INV-1 1000.00
2026-02-05 void INV-3 reason "Issued twice"
2026-02-10 credit CN-1 customer acme invoice INV-2 reason "Damaged" total 100.00 EUR
  apply INV-2 100.00
2026-02-28 writeoff INV-2 amount 20.00 EUR reason "Rounding"
2026-03-05 payment PAY-2 customer acme amount 450.00 EUR
  apply INV-2 380.00
2026-03-06 refund RFD-1 customer acme amount 30.00 EUR method bank
2026-01-07 invoice INV-U customer acme due 2026-02-06 total 40.00 USD
2026-01-08 invoice INV-B customer beta due 2026-02-07 total 55.00 EUR
)";

std::string movement_text(const query::Movement& movement) {
  return fmt::format("{} {} {} {} {}", format_date(movement.date),
                     query::movement_name(movement.kind), movement.document,
                     format_amount(movement.amount), format_amount(movement.balance));
}

} // namespace

TEST_CASE("statement: opening the day before --from, movements in order, closing, aging") {
  const Ledger ledger = ledger_from(k_history);
  query::StatementRequest request;
  request.customer = customer_of(ledger, "acme");
  request.from = day("2026-01-21");
  request.to = day("2026-03-31");
  const query::Statement statement = query::statement(ledger, request);
  CHECK(statement.customer_name == "ACME Corporation");
  REQUIRE(statement.blocks.size() == 2); // EUR and USD, by code
  const query::StatementBlock& euro = statement.blocks[0];
  CHECK(euro.currency->code == "EUR");
  CHECK(text(euro.opening) == "1500.00 EUR"); // INV-1 + INV-2 at the end of 2026-01-20
  std::vector<std::string> lines;
  for (const query::Movement& movement : euro.movements) {
    lines.push_back(movement_text(movement));
  }
  const std::vector<std::string> expected{
      "2026-01-21 invoice INV-3 70.00 1570.00",     "2026-02-01 payment PAY-1 -995.00 575.00",
      "2026-02-01 fee PAY-1 -5.00 570.00",          "2026-02-05 void INV-3 -70.00 500.00",
      "2026-02-10 credit-note CN-1 -100.00 400.00", "2026-02-28 write-off INV-2 -20.00 380.00",
      "2026-03-05 payment PAY-2 -450.00 -70.00",    "2026-03-06 refund RFD-1 30.00 -40.00",
  };
  CHECK(lines == expected);
  CHECK(text(euro.closing) == "-40.00 EUR");
  CHECK(euro.closing
        == query::balance_from_events(ledger, request.customer, *find_currency("EUR"), request.to));
  CHECK(euro.aging.total == euro.closing);
  CHECK(text(euro.aging.unapplied) == "-40.00 EUR");
  CHECK(euro.movements[1].detail == "bank, ref SEPA 1");
  CHECK(euro.movements[3].detail == "Issued twice");
  CHECK(euro.movements[4].detail == "for INV-2, Damaged");
  const query::StatementBlock& dollar = statement.blocks[1];
  CHECK(dollar.currency->code == "USD");
  CHECK(text(dollar.opening) == "40.00 USD");
  CHECK(dollar.movements.empty());
  CHECK(text(dollar.aging.columns[2]) == "40.00 USD"); // 31-60 days past due on 03-31
}

TEST_CASE("statement: closing equals balance_from_events on every day, opening included") {
  const Ledger ledger = ledger_from(k_history);
  const std::uint32_t acme = customer_of(ledger, "acme");
  const Currency& euro = *find_currency("EUR");
  for (Date to = day("2026-01-01"); day_number(to) <= day_number(day("2026-03-10"));
       to = add_days(to, 1)) {
    for (const int length : {0, 6, 30}) {
      query::StatementRequest request;
      request.customer = acme;
      request.from = add_days(to, -length);
      request.to = to;
      request.currency = "EUR";
      const query::Statement statement = query::statement(ledger, request);
      const Money expected = query::balance_from_events(ledger, acme, euro, to);
      const Money opening =
          query::balance_from_events(ledger, acme, euro, add_days(*request.from, -1));
      INFO(format_date(to), " from ", format_date(*request.from));
      if (statement.blocks.empty()) {
        CHECK(expected.is_zero());
        CHECK(opening.is_zero());
        continue;
      }
      REQUIRE(statement.blocks.size() == 1);
      CHECK(statement.blocks[0].opening == opening);
      CHECK(statement.blocks[0].closing == expected);
      CHECK(statement.blocks[0].aging.total == expected);
    }
  }
}

TEST_CASE("statement: without --from it starts at zero; --currency keeps one block") {
  const Ledger ledger = ledger_from(k_history);
  query::StatementRequest request;
  request.customer = customer_of(ledger, "acme");
  request.to = day("2026-01-31");
  request.currency = "USD";
  const query::Statement statement = query::statement(ledger, request);
  REQUIRE(statement.blocks.size() == 1);
  CHECK(text(statement.blocks[0].opening) == "0.00 USD");
  REQUIRE(statement.blocks[0].movements.size() == 1);
  CHECK(text(statement.blocks[0].closing) == "40.00 USD");
  request.customer = customer_of(ledger, "sato");
  request.currency.reset();
  CHECK(query::statement(ledger, request).blocks.empty());
}

TEST_CASE("statement renderers: html is escaped and UTF-8, csv and json carry every line") {
  const Ledger ledger = ledger_from(R"journal(
2026-01-05 invoice J-1 customer sato due 2026-02-04 total 150000 JPY ref "<script>alert(1)</script>"
2026-02-01 payment P-1 customer sato amount 100000 JPY ref "=cmd|' /C calc'!A0"
  apply J-1 100000
2026-01-06 invoice J-2 customer sato due 2026-02-04 total 7 JPY
2026-01-07 void J-2 reason "=HYPERLINK(1)"
)journal");
  query::StatementRequest request;
  request.customer = customer_of(ledger, "sato");
  request.to = day("2026-03-31");
  const query::Statement statement = query::statement(ledger, request);
  std::ostringstream html;
  render::statement_html(html, statement);
  CHECK(html.str().find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(html.str().find("<script>") == std::string::npos);
  CHECK(html.str().find("ref &lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.str().find("佐藤商事株式会社 (sato)") != std::string::npos);
  CHECK(render::html_escape("a&b\"c'<>") == "a&amp;b&quot;c&#39;&lt;&gt;");

  std::ostringstream csv;
  render::statement_csv(csv, statement);
  CHECK(csv.str().find("sato,JPY,2026-02-01,payment,P-1,ref =cmd|' /C calc'!A0,-100000,50000\n")
        != std::string::npos);
  CHECK(csv.str().find("sato,JPY,2026-03-31,closing,,,,50000\n") != std::string::npos);
  CHECK(csv.str().find("sato,JPY,2026-01-07,void,J-2,'=HYPERLINK(1),-7,150000\n")
        != std::string::npos);
  CHECK(csv.str().find("sato,JPY,2026-03-31,aging,,31-60,50000,\n") != std::string::npos);

  std::ostringstream json;
  render::statement_json(json, statement);
  CHECK(json.str().find("\"from\": null") != std::string::npos);
  CHECK(json.str().find("\"closing\": \"50000\"") != std::string::npos);

  std::ostringstream table;
  render::statement_table(table, statement, false);
  CHECK(table.str().find("\x1b[") == std::string::npos);
  CHECK(table.str().find("Statement of account for 佐藤商事株式会社 (sato)") == 0);
}
