// make_invoice, make_credit_note, recurring periods and origins.
#include "model/build.hpp"
#include "model/invoicing.hpp"
#include "model/recurring.hpp"
#include "syntax/journal_writer.hpp"
#include "syntax/toml_reader.hpp"

#include <doctest/doctest.h>

namespace {

using dues::Date;

constexpr std::string_view k_settings = R"(format = 1
[company]
name = "Example"
currency = "EUR"
[defaults]
terms = "net30"
tax = "vat"
[series.invoice]
format = "INV-{year}-{seq:04}"
[series.credit]
format = "CN-{year}-{seq:04}"
[series.fapiao]
kind = "invoice"
external = true
[taxes.vat]
rate = "20%"
[taxes.reduced]
rate = "7%"
[terms.net30]
days = 30
[terms.split]
instalments = [ { days = 0, share = "50%" }, { days = 30, share = "50%" } ]
[terms.skonto]
days = 30
cash-discount = "2%"
cash-discount-days = 10
)";

constexpr std::string_view k_customers = R"([acme]
name = "ACME"
[yen]
name = "Yen Co"
currency = "JPY"
terms = "skonto"
)";

Date day(const char* text) {
  return *dues::parse_date(text);
}

dues::Ledger ledger_with(std::string_view journal, std::string_view settings = k_settings) {
  dues::Diagnostics diags;
  auto parsed = dues::syntax::read_settings(settings, "dues.toml", diags);
  auto customers = dues::syntax::read_customers(k_customers, "customers.toml", diags);
  auto ledger = dues::build_ledger(parsed, customers, {{"journal/2026.dues", journal}}, diags);
  for (const auto& error : diags.errors()) {
    FAIL(error.what());
  }
  return ledger;
}

dues::InvoiceRequest request(const char* customer, const char* date) {
  dues::InvoiceRequest request;
  request.customer = customer;
  request.date = day(date);
  dues::ItemRequest item;
  item.description = "Consulting";
  item.quantity = dues::Decimal(10, 0);
  item.price = dues::Decimal(12000, 2);
  request.items.push_back(item);
  return request;
}

// The entry as the journal would hold it, and the ledger with it appended must validate.
std::string issue(std::string& journal, const dues::syntax::Entry& entry) {
  const std::string text = dues::syntax::format_entry(entry);
  journal += text;
  ledger_with(journal);
  return text;
}

} // namespace

TEST_CASE("an invoice gets the next number, the default tax, terms and stored totals") {
  std::string journal;
  dues::TakenIds taken;
  auto ledger = ledger_with(journal);
  const auto first = dues::make_invoice(ledger, request("acme", "2026-01-31"), taken);
  CHECK(issue(journal, first)
        == "2026-01-31 invoice INV-2026-0001 customer acme due 2026-03-02 terms net30 subtotal "
           "1200.00 total 1440.00 EUR\n"
           "  item \"Consulting\" qty 10 price 120.00 tax vat amount 1200.00\n"
           "  tax vat rate 20% base 1200.00 amount 240.00\n");
  ledger = ledger_with(journal);
  dues::TakenIds batch;
  CHECK(dues::make_invoice(ledger, request("acme", "2026-02-01"), batch).id.value
        == "INV-2026-0002");
  CHECK(dues::make_invoice(ledger, request("acme", "2026-02-01"), batch).id.value
        == "INV-2026-0003");
  CHECK(dues::make_invoice(ledger, request("acme", "2027-01-04"), batch).id.value
        == "INV-2027-0001");
}

TEST_CASE("the customer's currency and terms: cash discount; instalments from [terms]") {
  auto ledger = ledger_with("");
  dues::TakenIds taken;
  const auto yen = dues::make_invoice(ledger, request("yen", "2026-02-25"), taken);
  CHECK(dues::syntax::format_entry(yen)
        == "2026-02-25 invoice INV-2026-0001 customer yen due 2026-03-27 terms skonto "
           "cash-discount 2% cash-discount-until 2026-03-07 subtotal 1200 total 1440 JPY\n"
           "  item \"Consulting\" qty 10 price 120 tax vat amount 1200\n"
           "  tax vat rate 20% base 1200 amount 240\n");
  auto split = request("acme", "2026-01-10");
  split.terms = "split";
  split.items[0].price = dues::Decimal(1001, 3); // 10 x 1.001 = 10.01, tax 2.00
  const std::string text = dues::syntax::format_entry(dues::make_invoice(ledger, split, taken));
  CHECK(text.find("  instalment 2026-01-10 6.01\n  instalment 2026-02-09 6.00\n")
        != std::string::npos);
  CHECK(text.find("due 2026-02-09") != std::string::npos);
}

TEST_CASE("explicit due dates, inclusive prices, discounts and untaxed items") {
  auto ledger = ledger_with("");
  dues::TakenIds taken;
  auto asked = request("acme", "2026-03-01");
  asked.due = day("2026-03-15");
  asked.prices = "inclusive";
  asked.discount = dues::syntax::Discount{dues::Decimal(5, 0), true};
  asked.items[0].tax = "none";
  const std::string text = dues::syntax::format_entry(dues::make_invoice(ledger, asked, taken));
  CHECK(text
        == "2026-03-01 invoice INV-2026-0001 customer acme due 2026-03-15 "
           "prices inclusive discount 5% subtotal 1140.00 total 1140.00 EUR\n"
           "  item \"Consulting\" qty 10 price 120.00 amount 1200.00\n");
  asked.due = day("2026-02-01");
  CHECK_THROWS_WITH(dues::make_invoice(ledger, asked, taken),
                    "due date 2026-02-01 is before the invoice date 2026-03-01");
}

TEST_CASE("bad requests are usage errors, or invalid input where a draft wrote them") {
  auto ledger = ledger_with("");
  dues::TakenIds taken;
  auto asked = request("nobody", "2026-03-01");
  CHECK_THROWS_WITH(dues::make_invoice(ledger, asked, taken),
                    "unknown customer 'nobody' (not in customers.toml)");
  asked = request("acme", "2026-03-01");
  asked.items[0].tax = "gold";
  asked.source = dues::SourceLoc{"drafts/a.toml", 1, 1};
  try {
    dues::make_invoice(ledger, asked, taken);
    FAIL("no error");
  } catch (const dues::Error& error) {
    CHECK(error.kind() == dues::ErrorKind::invalid_input);
    CHECK(std::string(error.what())
          == "drafts/a.toml:1:1: unknown tax code 'gold' (not in [taxes] of dues.toml)");
  }
  asked = request("acme", "2026-03-01");
  asked.discount = dues::syntax::Discount{dues::Decimal(5000, 0), false};
  CHECK_THROWS_WITH(dues::make_invoice(ledger, asked, taken),
                    "the total would be negative: -4560.00 EUR");
  asked.discount.reset();
  asked.number = "123";
  CHECK_THROWS_WITH(dues::make_invoice(ledger, asked, taken),
                    doctest::Contains("--number is only for a series with external = true"));
}

TEST_CASE("an external series takes the number given, once") {
  std::string journal;
  auto ledger = ledger_with(journal);
  dues::TakenIds taken;
  auto asked = request("acme", "2026-03-01");
  asked.series = "fapiao";
  CHECK_THROWS_WITH(dues::make_invoice(ledger, asked, taken),
                    doctest::Contains("give the assigned number with --number"));
  asked.number = "26442000000012345678";
  const auto entry = dues::make_invoice(ledger, asked, taken);
  CHECK(
      issue(journal, entry)
          .starts_with("2026-03-01 invoice 26442000000012345678 customer acme series fapiao due"));
  ledger = ledger_with(journal);
  dues::TakenIds again;
  CHECK_THROWS_WITH(dues::make_invoice(ledger, asked, again),
                    "number 26442000000012345678 is already used");
}

TEST_CASE("credit notes: priced like the invoice, applied to what is open, never more") {
  std::string journal =
      "2026-01-05 invoice INV-2026-0001 customer acme due 2026-02-04 subtotal 1200.00 "
      "total 1428.00 EUR\n"
      "  item \"Consulting\" qty 10 price 120.00 tax vat amount 1200.00\n"
      "  tax vat rate 19% base 1200.00 amount 228.00\n"
      "2026-01-20 payment PAY-1 customer acme amount 1400.00 EUR\n"
      "  apply INV-2026-0001 1400.00\n";
  auto ledger = ledger_with(journal);
  dues::CreditRequest credit;
  credit.invoice = "INV-2026-0001";
  credit.date = day("2026-02-01");
  credit.reason = "Two hours not worked";
  dues::ItemRequest hours;
  hours.description = "Consulting";
  hours.quantity = dues::Decimal(2, 0);
  hours.price = dues::Decimal(120, 0);
  credit.items = {hours};
  dues::TakenIds taken;
  const auto note = dues::make_credit_note(ledger, credit, taken);
  // The invoice's 19% applies, not today's 20%; only 28.00 is open, the rest stays credit.
  CHECK(issue(journal, note)
        == "2026-02-01 credit CN-2026-0001 customer acme invoice INV-2026-0001 subtotal 240.00 "
           "total 285.60 EUR reason \"Two hours not worked\"\n"
           "  item \"Consulting\" qty 2 price 120.00 tax vat amount 240.00\n"
           "  tax vat rate 19% base 240.00 amount 45.60\n"
           "  apply INV-2026-0001 28.00\n");
  ledger = ledger_with(journal);
  credit.full = true;
  CHECK_THROWS_WITH(dues::make_credit_note(ledger, credit, taken),
                    doctest::Contains("would credit more than INV-2026-0001 was invoiced for"));
  credit.full = false;
  credit.date = day("2026-01-01");
  CHECK_THROWS_WITH(dues::make_credit_note(ledger, credit, taken),
                    doctest::Contains("is before the invoice's date 2026-01-05"));
}

TEST_CASE("a full credit note repeats the invoice, so its totals match exactly") {
  std::string journal;
  auto ledger = ledger_with(journal);
  dues::TakenIds taken;
  auto asked = request("acme", "2026-03-01");
  asked.discount = dues::syntax::Discount{dues::Decimal(333, 2), false};
  asked.items.push_back(asked.items[0]);
  asked.items[1].tax = "reduced";
  asked.items[1].discount = dues::syntax::Discount{dues::Decimal(15, 0), true};
  issue(journal, dues::make_invoice(ledger, asked, taken));
  ledger = ledger_with(journal);
  dues::CreditRequest credit{"INV-2026-0001", day("2026-03-02"), {}, true, "Cancelled", true};
  const auto note = dues::make_credit_note(ledger, credit, taken);
  CHECK(note.total.value == dues::to_decimal(ledger.documents[0].total));
  CHECK(dues::format_amount(ledger.documents[0].total) == "2527.60");
  REQUIRE(note.applies.size() == 1);
  CHECK(note.applies[0].amount.value == note.total.value);
  issue(journal, note);
}

TEST_CASE("origins: found void or not; two live invoices with one origin are an error") {
  const std::string one = "2026-03-01 invoice INV-2026-0001 customer acme due 2026-03-31 total "
                          "0.00 EUR origin recurring:hosting/2026-03\n";
  auto ledger = ledger_with(one);
  CHECK(dues::find_by_origin(ledger, "recurring:hosting/2026-03") != nullptr);
  CHECK(dues::find_by_origin(ledger, "recurring:hosting/2026-04") == nullptr);
  const std::string two = one
                          + "2026-03-01 invoice INV-2026-0002 customer acme due 2026-03-31 "
                            "total 0.00 EUR origin recurring:hosting/2026-03\n";
  dues::Diagnostics diags;
  dues::check_origins(ledger_with(two + "2026-03-02 void INV-2026-0001 reason \"twice\"\n"), diags);
  CHECK(diags.empty());
  dues::Diagnostics settings_diags;
  auto settings = dues::syntax::read_settings(k_settings, "dues.toml", settings_diags);
  auto customers = dues::syntax::read_customers(k_customers, "customers.toml", settings_diags);
  dues::build_ledger(settings, customers, {{"journal/2026.dues", two}}, diags);
  REQUIRE(diags.errors().size() == 1);
  CHECK(std::string(diags.errors()[0].what())
        == "journal/2026.dues:2:1: INV-2026-0002 has origin 'recurring:hosting/2026-03' like "
           "INV-2026-0001 at journal/2026.dues:1; void one of them");
}

TEST_CASE("recurring periods: day clamped to month ends, start, end, as-of") {
  dues::syntax::RecurringSetting monthly;
  monthly.name = "hosting";
  monthly.start = day("2024-01-15");
  monthly.day = 31;
  auto periods = dues::recurring_periods(monthly, day("2024-04-29"));
  REQUIRE(periods.size() == 3);
  CHECK(periods[0].date == day("2024-01-31"));
  CHECK(periods[1].date == day("2024-02-29"));
  CHECK(periods[2].date == day("2024-03-31"));
  CHECK(periods[1].key == "2024-02");
  monthly.day = 10; // before the start day in the first month: that month is skipped
  periods = dues::recurring_periods(monthly, day("2024-03-10"));
  REQUIRE(periods.size() == 2);
  CHECK(periods[0].date == day("2024-02-10"));
  monthly.end = day("2024-02-28");
  CHECK(dues::recurring_periods(monthly, day("2024-12-31")).size() == 1);
  dues::syntax::RecurringSetting quarterly = monthly;
  quarterly.schedule = "quarterly";
  quarterly.day = 0; // the start's day
  quarterly.end.reset();
  periods = dues::recurring_periods(quarterly, day("2024-12-31"));
  REQUIRE(periods.size() == 4);
  CHECK(periods[3].date == day("2024-10-15"));
  dues::syntax::RecurringSetting yearly = monthly;
  yearly.schedule = "yearly";
  yearly.start = day("2024-02-29");
  yearly.day = 0;
  yearly.end.reset();
  periods = dues::recurring_periods(yearly, day("2026-03-01"));
  REQUIRE(periods.size() == 3);
  CHECK(periods[1].date == day("2025-02-28"));
  CHECK(periods[1].key == "2025");
  CHECK(dues::recurring_periods(yearly, day("2024-02-28")).empty());
  CHECK(dues::recurring_origin("hosting", "2024-02") == "recurring:hosting/2024-02");
  CHECK(dues::fill_period("Hosting {month}/{year} ({period})", periods[1])
        == "Hosting 02/2025 (2025)");
}

TEST_CASE("ISO 11649 creditor references") {
  CHECK(dues::rf_reference("INV-2026-0001") == "RF16INV20260001");
  CHECK(dues::rf_reference("539007547034") == "RF18539007547034"); // the standard's example
}
