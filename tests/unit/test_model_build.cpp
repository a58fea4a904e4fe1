#include "model/build.hpp"
#include "testutil.hpp"

#include <string>
#include <vector>

using dues::DocumentKind;
using dues::SourceKind;
using dues::StatusKind;
using dues::test::build;
using dues::test::build_clean;
using dues::test::eur;
using dues::test::LedgerText;
using dues::test::money;
using Messages = std::vector<std::string>;

namespace {

// 2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 100.00 EUR
// 1         11       20    26       35   40  44         55    61     68
constexpr std::string_view k_invoice =
    "2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 100.00 EUR\n";

Messages errors_of(std::string_view journal) {
  return build(journal).errors();
}

} // namespace

TEST_CASE("build_ledger: a valid journal becomes documents, payments and events") {
  const auto built =
      build_clean("; a comment\n"
                  "2026-01-05 invoice INV-1 customer acme due 2026-02-04 terms net30 "
                  "total 120.00 EUR ref \"RF18\"\n"
                  "  item \"A\" price 100.00 tax standard amount 100.00\n"
                  "  tax standard rate 20% base 100.00 amount 20.00\n"
                  "2026-01-06 invoice INV-2 customer nippon due 2026-02-05 total "
                  "1500 JPY\n"
                  "2026-01-07 credit CN-1 customer acme invoice INV-1 reason \"r\" "
                  "total 12.00 EUR\n"
                  "  apply INV-1 12.00\n"
                  "2026-02-01 payment PAY-1 customer acme amount 100.00 EUR fee 3.00 "
                  "method bank\n"
                  "  apply INV-1 103.00\n"
                  "2026-02-02 payment PAY-2 customer acme amount 10.00 EUR\n"
                  "2026-02-03 refund RFD-1 customer acme amount 5.00 EUR\n"
                  "2026-02-04 allocate PAY-2\n"
                  "  apply INV-1 5.00\n"
                  "2026-02-05 dispute INV-2 reason \"late\"\n"
                  "2026-02-06 resolve INV-2\n"
                  "2026-02-07 remind INV-2 level 2\n"
                  "2026-02-08 writeoff INV-2 amount 1500 JPY reason \"gone\"\n");
  const auto& ledger = built.ledger;
  REQUIRE(ledger.documents.size() == 3);
  const auto& invoice = ledger.documents[built.document("INV-1")];
  CHECK(invoice.kind == DocumentKind::invoice);
  CHECK(invoice.total == eur("120.00"));
  CHECK(invoice.due == dues::test::day("2026-02-04"));
  CHECK(invoice.customer == built.customer("acme"));
  CHECK(invoice.pos.line == 2);
  CHECK(invoice.info().terms == "net30");
  CHECK(invoice.reference == "RF18");
  CHECK(invoice.info().items.size() == 1);
  CHECK(ledger.documents[built.document("INV-2")].total == money("1500", "JPY"));
  CHECK_FALSE(ledger.documents[built.document("INV-2")].details); // plain invoices stay small
  const auto& credit = ledger.documents[built.document("CN-1")];
  CHECK(credit.kind == DocumentKind::credit_note);
  CHECK(credit.due == credit.date);
  CHECK(credit.info().related_invoice == "INV-1");
  REQUIRE(ledger.payments.size() == 2);
  CHECK(ledger.payments[built.payment("PAY-1")].fee == eur("3.00"));
  CHECK(ledger.payments[built.payment("PAY-2")].fee == eur("0.00"));
  CHECK(ledger.refunds.size() == 1);
  REQUIRE(ledger.allocations.size() == 3);
  // Allocations are resolved after all files are read: payments first, then allocate entries.
  CHECK(ledger.allocations[0].source_kind == SourceKind::credit_note);
  CHECK(ledger.allocations[0].amount == eur("12.00"));
  CHECK(ledger.allocations[1].source_kind == SourceKind::payment);
  CHECK(ledger.allocations[2].date == dues::test::day("2026-02-04"));
  CHECK(ledger.allocations[2].source == built.payment("PAY-2"));
  REQUIRE(ledger.status_events.size() == 3);
  CHECK(ledger.status_events[0].kind == StatusKind::disputed);
  CHECK(ledger.status_events[1].kind == StatusKind::resolved);
  CHECK(ledger.status_events[2].kind == StatusKind::reminded);
  CHECK(ledger.status_events[2].level == 2);
  REQUIRE(ledger.writeoffs.size() == 1);
  CHECK(ledger.writeoffs[0].amount == money("1500", "JPY"));
  CHECK(ledger.files == std::vector<std::string>{"journal/2026.dues"});
}

TEST_CASE("build_ledger: unknown customers and duplicate ids") {
  CHECK(errors_of("2026-01-05 invoice INV-1 customer nobody due 2026-02-04 total 100.00 EUR\n")
        == Messages{"journal/2026.dues:1:35: unknown customer 'nobody' (not in customers.toml)"});
  CHECK(errors_of("; the first\n" + std::string(k_invoice)
                  + "2026-01-06 invoice INV-1 customer acme due 2026-02-05 total 50.00 EUR\n")
        == Messages{"journal/2026.dues:3:1: invoice INV-1 already issued at journal/2026.dues:2"});
  CHECK(
      errors_of(std::string(k_invoice) + "2026-02-01 payment INV-1 customer acme amount 1.00 EUR\n")
      == Messages{"journal/2026.dues:2:1: id INV-1 already used at journal/2026.dues:1"});
  LedgerText two_files;
  two_files.journals = {{"journal/2025.dues", std::string(k_invoice)},
                        {"journal/2026.dues", std::string(k_invoice)}};
  CHECK(build(two_files).errors()
        == Messages{"journal/2026.dues:1:1: invoice INV-1 already issued at journal/2025.dues:1"});
}

TEST_CASE("build_ledger: money is applied to invoices of the same customer and currency") {
  const std::string invoice(k_invoice);
  CHECK(errors_of(invoice
                  + "2026-02-01 payment PAY-1 customer acme amount 100.00 USD\n"
                    "  apply INV-1 100.00\n")
        == Messages{"journal/2026.dues:3:9: invoice INV-1 is in EUR, but the money applied is in "
                    "USD"});
  CHECK(errors_of(invoice
                  + "2026-02-01 payment PAY-1 customer globex amount 100.00 EUR\n"
                    "  apply INV-1 100.00\n")
        == Messages{"journal/2026.dues:3:9: invoice INV-1 belongs to customer 'acme', not "
                    "'globex'"});
  CHECK(errors_of(invoice
                  + "2026-02-01 payment PAY-1 customer acme amount 100.00 EUR\n"
                    "  apply INV-9 100.00\n")
        == Messages{"journal/2026.dues:3:9: unknown invoice 'INV-9'"});
  CHECK(errors_of(invoice
                  + "2026-02-01 payment PAY-1 customer acme amount 100.00 EUR\n"
                    "2026-02-02 payment PAY-2 customer acme amount 1.00 EUR\n"
                    "  apply PAY-1 1.00\n")
        == Messages{"journal/2026.dues:4:9: 'PAY-1' is not an invoice; money is applied to "
                    "invoices"});
  CHECK(errors_of(invoice
                  + "2026-02-01 payment PAY-1 customer acme amount 100.00 EUR\n"
                    "  apply INV-1 0.00\n")
        == Messages{"journal/2026.dues:3:15: an applied amount must be more than zero"});
  CHECK(errors_of(invoice
                  + "2026-02-01 payment PAY-1 customer acme amount 100.00 EUR\n"
                    "  apply INV-1 0.001\n")
        == Messages{"journal/2026.dues:3:15: too many decimals for EUR (at most 2): '0.001'"});
}

TEST_CASE("build_ledger: allocate entries name an earlier payment or credit note") {
  const std::string invoice(k_invoice);
  CHECK(errors_of(invoice + "2026-03-01 allocate PAY-9\n  apply INV-1 10.00\n")
        == Messages{"journal/2026.dues:3:9: 'PAY-9' is not a payment or credit note in this "
                    "ledger"});
  CHECK(errors_of(invoice + "2026-03-01 allocate INV-1\n  apply INV-1 10.00\n")
        == Messages{"journal/2026.dues:3:9: 'INV-1' is not a payment or credit note in this "
                    "ledger"});
  CHECK(errors_of(invoice
                  + "2026-02-01 payment PAY-1 customer acme amount 100.00 EUR\n"
                    "2026-03-01 allocate PAY-1\n")
        == Messages{"journal/2026.dues:3:1: an allocation needs at least one 'apply' line"});
}

TEST_CASE("build_ledger: amounts must fit their currency") {
  CHECK(errors_of("2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 12.345 EUR\n")
        == Messages{"journal/2026.dues:1:61: too many decimals for EUR (at most 2): '12.345'"});
  CHECK(errors_of("2026-01-05 invoice INV-1 customer nippon due 2026-02-04 total 1500.5 JPY\n")
        == Messages{"journal/2026.dues:1:63: too many decimals for JPY (at most 0): '1500.5'"});
  CHECK(errors_of("2026-01-05 invoice INV-1 customer gulf due 2026-02-04 total 1.2345 KWD\n")
        == Messages{"journal/2026.dues:1:61: too many decimals for KWD (at most 3): '1.2345'"});
  CHECK(errors_of("2026-02-01 payment PAY-1 customer acme amount 9223372036854775807 EUR\n")
        == Messages{"journal/2026.dues:1:47: amount out of range for EUR: '9223372036854775807'"});
  CHECK(errors_of("2026-02-01 payment PAY-1 customer acme amount -5.00 EUR\n")
        == Messages{"journal/2026.dues:1:47: amount must not be negative: '-5.00'"});
  CHECK(errors_of(std::string(k_invoice) + "2026-06-30 writeoff INV-1 amount 20.001 reason \"x\"\n")
        == Messages{"journal/2026.dues:2:34: too many decimals for EUR (at most 2): '20.001'"});
  CHECK(errors_of(std::string(k_invoice)
                  + "2026-06-30 writeoff INV-1 amount 20.00 USD reason "
                    "\"x\"\n")
        == Messages{"journal/2026.dues:2:34: invoice INV-1 is in EUR, not USD"});
}

TEST_CASE("build_ledger: due dates and pricing words") {
  CHECK(errors_of("2026-01-05 invoice INV-1 customer acme due 2026-01-01 total 1.00 EUR\n")
        == Messages{"journal/2026.dues:1:44: due date 2026-01-01 is before the invoice date "
                    "2026-01-05"});
  CHECK(errors_of("2026-01-05 invoice INV-1 customer acme total 100.00 EUR\n"
                  "  instalment 2025-12-01 100.00\n")
        == Messages{"journal/2026.dues:2:14: due date 2025-12-01 is before the invoice date "
                    "2026-01-05"});
  CHECK(errors_of("2026-01-05 invoice INV-1 customer acme total 1.00 EUR\n")
        == Messages{"journal/2026.dues:1:1: missing 'due' for an invoice (or instalment lines)"});
  const auto instalments = build_clean("2026-01-05 invoice INV-1 customer acme total 100.00 EUR\n"
                                       "  instalment 2026-02-01 40.00\n"
                                       "  instalment 2026-03-01 60.00\n");
  CHECK(instalments.ledger.documents[0].due == dues::test::day("2026-03-01"));
  const std::string head = "2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 100.00 EUR";
  CHECK(
      errors_of(head + " prices gross\n")
      == Messages{"journal/2026.dues:1:79: 'prices' must be inclusive or exclusive, not 'gross'"});
  CHECK(errors_of(head + " tax-rounding total\n")
        == Messages{"journal/2026.dues:1:85: 'tax-rounding' must be line or invoice, not 'total'"});
  CHECK(errors_of(head + " rounding upward\n")
        == Messages{"journal/2026.dues:1:81: 'rounding' must be half-up, half-even, down or up, "
                    "not 'upward'"});
  CHECK(errors_of(head + " cash-discount 2%\n")
        == Messages{"journal/2026.dues:1:86: 'cash-discount' needs 'cash-discount-until DATE'"});
}

TEST_CASE("build_ledger: status events name documents") {
  const std::string invoice(k_invoice);
  CHECK(errors_of(invoice + "2026-02-01 void INV-9 reason \"x\"\n")
        == Messages{"journal/2026.dues:2:17: unknown document 'INV-9'"});
  CHECK(errors_of(invoice
                  + "2026-02-01 payment PAY-1 customer acme amount 1.00 EUR\n"
                    "2026-02-02 void PAY-1 reason \"x\"\n")
        == Messages{"journal/2026.dues:3:17: 'PAY-1' is not an invoice or credit note"});
  const std::string credit = invoice + "2026-01-07 credit CN-1 customer acme total 10.00 EUR\n";
  CHECK(
      errors_of(credit + "2026-02-01 dispute CN-1 reason \"x\"\n")
      == Messages{"journal/2026.dues:3:20: 'CN-1' is a credit note; dispute applies to invoices"});
  CHECK(errors_of(credit + "2026-02-01 remind CN-1 level 1\n")
        == Messages{"journal/2026.dues:3:19: 'CN-1' is a credit note; remind applies to invoices"});
  CHECK(errors_of(credit + "2026-02-01 writeoff CN-1 amount 1.00 reason \"x\"\n")
        == Messages{"journal/2026.dues:3:21: 'CN-1' is a credit note; writeoff applies to "
                    "invoices"});
  CHECK(errors_of(credit + "2026-02-01 void CN-1 reason \"x\"\n") == Messages{});
}

TEST_CASE("build_ledger: balances_only checks items as a full load does, then drops them") {
  LedgerText text;
  text.journals = {{"journal/2026.dues",
                    "2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 999.00 EUR\n"
                    "  item \"A\" price 1x\n"}};
  const auto full = build(text);
  REQUIRE(full.errors().size() == 1);
  text.balances_only = true;
  CHECK(build(text).errors() == full.errors());
  // A stored total that does not match its items is the same error in both loads.
  text.journals = {{"journal/2026.dues",
                    "2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 999.00 EUR\n"
                    "  item \"A\" price 100.00\n"}};
  const auto wrong = build(text);
  REQUIRE(wrong.errors().size() == 1);
  text.balances_only = false;
  CHECK(build(text).errors() == wrong.errors());
  text.balances_only = true;
  text.journals = {{"journal/2026.dues",
                    "2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 100.00 EUR\n"
                    "  item \"A\" price 100.00\n"}};
  const auto fast = build(text);
  CHECK(fast.errors() == Messages{});
  CHECK_FALSE(fast.ledger.has_details);
  CHECK(fast.ledger.documents.at(0).info().items.empty());
}

TEST_CASE("build_ledger: every problem of a ledger is reported in one run") {
  const auto built = build("2026-01-05 invoice INV-1 customer nobody due 2026-02-04 total 1 EUR\n"
                           "2026-01-06 invoice INV-2 customer acme due 2026-02-30 total 1 EUR\n"
                           "2026-01-07 invoice INV-3 customer acme due 2026-02-04 total 1 EUR\n"
                           "2026-02-01 payment PAY-1 customer acme amount 5.00 EUR\n"
                           "  apply INV-3 2.00\n"
                           "2026-02-02 void INV-3 reason \"x\"\n");
  CHECK(built.errors()
        == Messages{
            "journal/2026.dues:1:35: unknown customer 'nobody' (not in customers.toml)",
            "journal/2026.dues:2:44: not a valid date (YYYY-MM-DD): '2026-02-30'",
            "journal/2026.dues:5:9: PAY-1 applies 2.00 EUR to INV-3, but only 1.00 EUR is open "
            "on 2026-02-01"});
  // The refused allocation does not count: INV-3 is untouched, so the void stands.
  CHECK(built.ledger.status_events.size() == 1);
}

TEST_CASE("build_ledger: each tax code has one tax line") {
  CHECK(errors_of("2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 24.00 EUR\n"
                  "  tax vat rate 20% base 100.00 amount 20.00\n"
                  "  tax vat rate 20% base 20.00 amount 4.00\n")
        == Messages{"journal/2026.dues:3:7: tax line 'vat' given twice; each tax code has one line"});
}
