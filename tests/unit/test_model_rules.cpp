#include "model/rules.hpp"
#include "testutil.hpp"

#include <string>
#include <vector>

using dues::test::build;
using dues::test::LedgerText;
using Messages = std::vector<std::string>;

namespace {

// Two invoices of acme: INV-1 (100.00, line 1) and INV-2 (50.00, line 2).
const std::string k_two = "2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 100.00 EUR\n"
                          "2026-01-06 invoice INV-2 customer acme due 2026-02-05 total 50.00 EUR\n";

Messages errors_of(const std::string& journal) {
  return build(journal).errors();
}

} // namespace

TEST_CASE("rules: money applied never exceeds what is open or what the payment holds") {
  CHECK(errors_of(k_two
                  + "2026-02-01 payment PAY-1 customer acme amount 150.00 EUR\n"
                    "  apply INV-1 150.00\n")
        == Messages{"journal/2026.dues:4:9: PAY-1 applies 150.00 EUR to INV-1, but only 100.00 EUR "
                    "is open on 2026-02-01"});
  CHECK(errors_of(k_two
                  + "2026-02-01 payment PAY-1 customer acme amount 100.00 EUR\n"
                    "  apply INV-1 60.00\n"
                    "  apply INV-2 50.00\n")
        == Messages{"journal/2026.dues:5:9: PAY-1 applies more than it holds: 40.00 EUR left, "
                    "50.00 EUR applied to INV-2"});
  // The fee settles invoices like money.
  CHECK(errors_of(k_two
                  + "2026-02-01 payment PAY-1 customer acme amount 95.00 EUR fee 5.00\n"
                    "  apply INV-1 100.00\n")
        == Messages{});
  // Two payments may not pay one invoice twice.
  CHECK(errors_of(k_two
                  + "2026-02-01 payment PAY-1 customer acme amount 100.00 EUR\n"
                    "  apply INV-1 100.00\n"
                    "2026-02-02 payment PAY-2 customer acme amount 100.00 EUR\n"
                    "  apply INV-1 0.01\n")
        == Messages{"journal/2026.dues:6:9: PAY-2 applies 0.01 EUR to INV-1, but only 0.00 EUR is "
                    "open on 2026-02-02"});
  // A credit note holds its total.
  CHECK(errors_of(k_two
                  + "2026-01-07 credit CN-1 customer acme total 10.00 EUR\n"
                    "  apply INV-1 10.00\n"
                    "2026-01-08 allocate CN-1\n"
                    "  apply INV-2 0.01\n")
        == Messages{"journal/2026.dues:6:9: CN-1 applies more than it holds: 0.00 EUR left, 0.01 "
                    "EUR applied to INV-2"});
}

TEST_CASE("rules: events happen in date order") {
  CHECK(errors_of(k_two
                  + "2026-01-04 payment PAY-1 customer acme amount 100.00 EUR\n"
                    "  apply INV-1 100.00\n")
        == Messages{"journal/2026.dues:4:9: PAY-1 applies to INV-1 before that invoice is issued "
                    "on 2026-01-05"});
  CHECK(errors_of(k_two
                  + "2026-01-10 allocate PAY-1\n"
                    "  apply INV-1 10.00\n"
                    "2026-01-20 payment PAY-1 customer acme amount 10.00 EUR\n")
        == Messages{"journal/2026.dues:4:9: PAY-1 is applied on 2026-01-10 before it exists"});
  CHECK(errors_of(k_two
                  + "2026-01-20 payment PAY-1 customer acme amount 10.00 EUR\n"
                    "2026-01-25 allocate PAY-1\n"
                    "  apply INV-1 10.00\n")
        == Messages{});
  // Lines of the journal may be in any order: dates decide.
  CHECK(errors_of("2026-02-01 payment PAY-1 customer acme amount 100.00 EUR\n"
                  "  apply INV-1 100.00\n"
                  + k_two)
        == Messages{});
  // On one day: issue, then payment, then allocation, then refund.
  CHECK(errors_of("2026-01-05 refund RFD-1 customer acme amount 1.00 EUR\n"
                  "2026-01-05 payment PAY-1 customer acme amount 101.00 EUR\n"
                  "  apply INV-1 100.00\n"
                  + k_two)
        == Messages{});
}

TEST_CASE("rules: voided documents") {
  CHECK(errors_of(k_two
                  + "2026-01-07 void INV-2 reason \"x\"\n"
                    "2026-02-01 payment PAY-1 customer acme amount 50.00 EUR\n"
                    "  apply INV-2 50.00\n")
        == Messages{"journal/2026.dues:5:9: PAY-1 applies to INV-2, which is void"});
  CHECK(errors_of(k_two
                  + "2026-01-07 credit CN-1 customer acme total 10.00 EUR\n"
                    "2026-01-08 void CN-1 reason \"x\"\n"
                    "2026-01-09 allocate CN-1\n"
                    "  apply INV-1 10.00\n")
        == Messages{"journal/2026.dues:6:9: CN-1 is void and cannot be applied"});
  CHECK(errors_of(k_two
                  + "2026-02-01 payment PAY-1 customer acme amount 10.00 EUR\n"
                    "  apply INV-1 10.00\n"
                    "2026-02-02 void INV-1 reason \"x\"\n")
        == Messages{"journal/2026.dues:5:1: INV-1 cannot be voided: money has been applied to or "
                    "from it; issue a credit note instead"});
  CHECK(errors_of(k_two
                  + "2026-01-07 credit CN-1 customer acme total 10.00 EUR\n"
                    "  apply INV-1 10.00\n"
                    "2026-02-02 void CN-1 reason \"x\"\n")
        == Messages{"journal/2026.dues:5:1: CN-1 cannot be voided: money has been applied to or "
                    "from it; issue a credit note instead"});
  CHECK(errors_of(k_two
                  + "2026-06-30 writeoff INV-1 amount 1.00 reason \"x\"\n"
                    "2026-07-01 void INV-1 reason \"x\"\n")
        == Messages{"journal/2026.dues:4:1: INV-1 cannot be voided: money has been applied to or "
                    "from it; issue a credit note instead"});
  CHECK(errors_of(k_two + "2026-01-01 void INV-1 reason \"x\"\n")
        == Messages{"journal/2026.dues:3:1: void is dated before INV-1 is issued on 2026-01-05"});
  CHECK(errors_of(k_two + "2026-01-01 dispute INV-1 reason \"x\"\n")
        == Messages{"journal/2026.dues:3:1: event is dated before INV-1 is issued on 2026-01-05"});
  CHECK(errors_of(k_two
                  + "2026-01-07 void INV-1 reason \"x\"\n"
                    "2026-01-08 void INV-1 reason \"again\"\n")
        == Messages{"journal/2026.dues:4:1: INV-1 is already void"});
  CHECK(errors_of(k_two
                  + "2026-01-07 void INV-1 reason \"x\"\n"
                    "2026-01-08 dispute INV-1 reason \"y\"\n")
        == Messages{"journal/2026.dues:4:1: INV-1 is already void"});
}

TEST_CASE("rules: write-offs settle at most what is open") {
  const std::string paid_80 = k_two
                              + "2026-02-01 payment PAY-1 customer acme amount 80.00 EUR\n"
                                "  apply INV-1 80.00\n";
  CHECK(errors_of(paid_80 + "2026-06-30 writeoff INV-1 amount 30.00 reason \"x\"\n")
        == Messages{"journal/2026.dues:5:1: write-off of INV-1 on 2026-06-30 for 30.00 EUR, but "
                    "20.00 EUR is open"});
  CHECK(errors_of(paid_80 + "2026-06-30 writeoff INV-1 amount 20.00 reason \"x\"\n") == Messages{});
  CHECK(errors_of(paid_80 + "2026-06-30 writeoff INV-1 amount 0 reason \"x\"\n")
        == Messages{"journal/2026.dues:5:1: write-off of INV-1 on 2026-06-30 for 0.00 EUR, but "
                    "20.00 EUR is open"});
  CHECK(errors_of(k_two
                  + "2026-01-07 void INV-2 reason \"x\"\n"
                    "2026-06-30 writeoff INV-2 amount 1.00 reason \"x\"\n")
        == Messages{"journal/2026.dues:4:1: write-off of INV-2 on 2026-06-30, when the invoice is "
                    "void"});
  CHECK(errors_of(k_two + "2026-01-01 writeoff INV-2 amount 1.00 reason \"x\"\n")
        == Messages{"journal/2026.dues:3:1: write-off of INV-2 on 2026-01-01, when the invoice is "
                    "not yet issued"});
  // Money applied after a write-off meets the smaller open amount.
  CHECK(errors_of(k_two
                  + "2026-06-30 writeoff INV-2 amount 40.00 reason \"x\"\n"
                    "2026-07-01 payment PAY-1 customer acme amount 20.00 EUR\n"
                    "  apply INV-2 20.00\n")
        == Messages{"journal/2026.dues:5:9: PAY-1 applies 20.00 EUR to INV-2, but only 10.00 EUR "
                    "is open on 2026-07-01"});
}

TEST_CASE("rules: refunds pay back unapplied credit only") {
  const std::string credit_50 = k_two
                                + "2026-02-01 payment PAY-1 customer acme amount 150.00 EUR\n"
                                  "  apply INV-1 100.00\n";
  CHECK(errors_of(credit_50 + "2026-03-01 refund RFD-1 customer acme amount 60.00 EUR\n")
        == Messages{"journal/2026.dues:5:1: refund RFD-1 of 60.00 EUR exceeds the unapplied credit "
                    "of customer 'acme': 50.00 EUR on 2026-03-01"});
  CHECK(errors_of(credit_50 + "2026-03-01 refund RFD-1 customer acme amount 50.00 EUR\n")
        == Messages{});
  CHECK(errors_of(credit_50 + "2026-01-31 refund RFD-1 customer acme amount 1.00 EUR\n")
        == Messages{"journal/2026.dues:5:1: refund RFD-1 of 1.00 EUR exceeds the unapplied credit "
                    "of customer 'acme': 0.00 EUR on 2026-01-31"});
  CHECK(errors_of(credit_50 + "2026-03-01 refund RFD-1 customer acme amount 1.00 USD\n")
        == Messages{"journal/2026.dues:5:1: refund RFD-1 of 1.00 USD exceeds the unapplied credit "
                    "of customer 'acme': 0.00 USD on 2026-03-01"});
  CHECK(errors_of(credit_50 + "2026-03-01 refund RFD-1 customer globex amount 1.00 EUR\n")
        == Messages{"journal/2026.dues:5:1: refund RFD-1 of 1.00 EUR exceeds the unapplied credit "
                    "of customer 'globex': 0.00 EUR on 2026-03-01"});
  // Credit notes are credit too; a voided one is not.
  CHECK(errors_of(k_two
                  + "2026-01-07 credit CN-1 customer acme total 10.00 EUR\n"
                    "2026-01-08 refund RFD-1 customer acme amount 10.00 EUR\n")
        == Messages{});
  CHECK(errors_of(k_two
                  + "2026-01-07 credit CN-1 customer acme total 10.00 EUR\n"
                    "2026-01-08 void CN-1 reason \"x\"\n"
                    "2026-01-09 refund RFD-1 customer acme amount 10.00 EUR\n")
        == Messages{"journal/2026.dues:5:1: refund RFD-1 of 10.00 EUR exceeds the unapplied credit "
                    "of customer 'acme': 0.00 EUR on 2026-01-09"});
}

TEST_CASE("rules: refunded credit cannot be applied or voided as well") {
  // PAY-1's 100.00 was refunded; applying it afterwards would spend it twice.
  CHECK(errors_of(k_two
                  + "2026-02-01 payment PAY-1 customer acme amount 100.00 EUR\n"
                    "2026-02-02 refund RFD-1 customer acme amount 100.00 EUR\n"
                    "2026-02-03 allocate PAY-1\n"
                    "  apply INV-1 100.00\n")
        == Messages{"journal/2026.dues:6:9: PAY-1 applies 100.00 EUR to INV-1, but customer "
                    "'acme' has only 0.00 EUR of unapplied credit on 2026-02-03 (refunds paid "
                    "the rest back)"});
  CHECK(errors_of(k_two
                  + "2026-02-01 payment PAY-1 customer acme amount 100.00 EUR\n"
                    "2026-02-02 refund RFD-1 customer acme amount 60.00 EUR\n"
                    "2026-02-03 allocate PAY-1\n"
                    "  apply INV-1 40.00\n")
        == Messages{});
  CHECK(errors_of(k_two
                  + "2026-01-07 credit CN-1 customer acme total 30.00 EUR\n"
                    "2026-01-08 refund RFD-1 customer acme amount 20.00 EUR\n"
                    "2026-01-09 void CN-1 reason \"x\"\n")
        == Messages{"journal/2026.dues:5:1: CN-1 cannot be voided: customer 'acme' has only 10.00 "
                    "EUR of unapplied credit on 2026-01-09, less than its 30.00 EUR (the rest was "
                    "refunded)"});
}

TEST_CASE("rules: disputes, resolutions and reminders") {
  CHECK(errors_of(k_two + "2026-02-01 resolve INV-1\n")
        == Messages{"journal/2026.dues:3:1: INV-1 is not disputed, so there is nothing to "
                    "resolve"});
  CHECK(errors_of(k_two
                  + "2026-02-01 dispute INV-1 reason \"x\"\n"
                    "2026-02-02 dispute INV-1 reason \"y\"\n")
        == Messages{"journal/2026.dues:4:1: INV-1 is already disputed"});
  CHECK(errors_of(k_two
                  + "2026-02-01 dispute INV-1 reason \"x\"\n"
                    "2026-02-02 resolve INV-1\n"
                    "2026-02-03 dispute INV-1 reason \"y\"\n"
                    "2026-02-04 resolve INV-1 reason \"z\"\n")
        == Messages{});
  CHECK(errors_of(k_two + "2026-02-01 remind INV-1 level 0\n")
        == Messages{"journal/2026.dues:3:1: a reminder's level starts at 1"});
}

TEST_CASE("rules: stored totals are checked against the items") {
  const std::string header =
      "2026-01-05 invoice INV-1 customer acme due 2026-02-04 subtotal 1200.00 total 1440.00 EUR\n";
  const std::string item = "  item \"A\" qty 10 price 120.00 tax standard amount 1200.00\n";
  const std::string tax = "  tax standard rate 20% base 1200.00 amount 240.00\n";
  CHECK(errors_of(header + item + tax) == Messages{});
  CHECK(errors_of(header + "  item \"A\" qty 10 price 120.00 tax standard amount 1200.01\n" + tax)
        == Messages{"journal/2026.dues:2:3: item amount 1200.01 EUR does not match quantity x "
                    "price: 1200.00 EUR"});
  CHECK(errors_of("2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 1296.00 EUR\n"
                  "  item \"A\" qty 10 price 120.00 tax standard discount 10% amount 1080.01\n"
                  "  tax standard rate 20% base 1080.00 amount 216.00\n")
        == Messages{"journal/2026.dues:2:3: item amount 1080.01 EUR does not match quantity x "
                    "price less discount: 1080.00 EUR"});
  CHECK(errors_of(header + item + "  tax standard rate 20% base 1200.00 amount 240.01\n")
        == Messages{"journal/2026.dues:3:3: stored tax standard base 1200.00 EUR amount 240.01 EUR "
                    "does not match the items: base 1200.00 EUR amount 240.00 EUR"});
  CHECK(errors_of("2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 1440.01 EUR\n" + item
                  + tax)
        == Messages{"journal/2026.dues:1:1: INV-1: stored total 1440.01 EUR does not match the "
                    "items: 1440.00 EUR"});
  CHECK(errors_of("2026-01-05 invoice INV-1 customer acme due 2026-02-04 subtotal 1200.10 total "
                  "1440.00 EUR\n"
                  + item + tax)
        == Messages{"journal/2026.dues:1:1: INV-1: stored subtotal 1200.10 EUR does not match the "
                    "items: 1200.00 EUR"});
  CHECK(errors_of(header + item + tax + "  tax reduced rate 7% base 0.00 amount 0.00\n")
        == Messages{"journal/2026.dues:4:3: tax line reduced is not used by any item"});
  CHECK(errors_of(header + "  item \"A\" qty 10 price 120.00 tax reduced amount 1200.00\n" + tax)
        == Messages{"journal/2026.dues:2:3: INV-1: unknown tax code 'reduced' (each tax code used "
                    "by an item needs a tax line)"});
  CHECK(errors_of("2026-01-05 invoice INV-1 customer acme total 100.00 EUR\n"
                  "  instalment 2026-02-01 40.00\n"
                  "  instalment 2026-03-01 50.00\n")
        == Messages{"journal/2026.dues:2:3: instalments of INV-1 add up to 90.00 EUR, but its "
                    "total is 100.00 EUR"});
  CHECK(errors_of("2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 121.00 EUR\n"
                  "  tax standard rate 20% base 100.00 amount 20.00\n")
        == Messages{"journal/2026.dues:1:1: INV-1: tax lines add up to 120.00 EUR, but the stored "
                    "total is 121.00 EUR"});
  // The pricing written on the invoice decides: 3 x 1.05 at 7% is 0.21 per line, 0.22 at once.
  const std::string lines = "  item \"A\" price 1.05 tax reduced amount 1.05\n"
                            "  item \"B\" price 1.05 tax reduced amount 1.05\n"
                            "  item \"C\" price 1.05 tax reduced amount 1.05\n";
  CHECK(errors_of("2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 3.37 EUR "
                  "tax-rounding invoice\n"
                  + lines + "  tax reduced rate 7% base 3.15 amount 0.22\n")
        == Messages{});
  CHECK(errors_of("2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 3.36 EUR\n" + lines
                  + "  tax reduced rate 7% base 3.15 amount 0.21\n")
        == Messages{});
  CHECK(errors_of("2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 3.37 EUR\n" + lines
                  + "  tax reduced rate 7% base 3.15 amount 0.22\n")
        == Messages{"journal/2026.dues:1:1: INV-1: stored total 3.37 EUR does not match the items: "
                    "3.36 EUR",
                    "journal/2026.dues:5:3: stored tax reduced base 3.15 EUR amount 0.22 EUR does "
                    "not match the items: base 3.15 EUR amount 0.21 EUR"});
}
