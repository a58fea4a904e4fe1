// sepa: `collection` and `return` entries: a returned payment reopens what it paid, a
// pending collection ends with payment or return, the sequence type follows the history.
#include "model/balance.hpp"
#include "model/direct_debit.hpp"
#include "testutil.hpp"

#include <string>

using dues::balances_as_of;
using dues::next_sequence;
using dues::pending_direct_debits;
using dues::test::build;
using dues::test::build_clean;
using dues::test::day;
using dues::test::eur;

namespace {

constexpr std::string_view k_cycle =
    R"(2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 100.00 EUR
2026-01-06 invoice INV-2 customer acme due 2026-02-05 total 50.00 EUR
2026-02-01 collection INV-1 amount 100.00 EUR ref "INV-1" mandate "M-1" sequence FRST debit 2026-02-04
2026-02-04 payment PAY-1 customer acme amount 130.00 EUR
  apply INV-1 100.00
  apply INV-2 30.00
2026-02-09 return PAY-1 reason "AM04" bank "camt:RT-1"
)";

} // namespace

TEST_CASE("a returned payment reopens what it paid and holds nothing") {
  const auto built = build_clean(k_cycle);
  const auto inv1 = built.document("INV-1");
  const auto inv2 = built.document("INV-2");
  const auto pay = built.payment("PAY-1");
  const auto acme = built.customer("acme");
  const auto before = balances_as_of(built.ledger, day("2026-02-08"));
  CHECK(before.open[inv1] == eur("0.00"));
  CHECK(before.open[inv2] == eur("20.00"));
  const auto after = balances_as_of(built.ledger, day("2026-02-09"));
  CHECK(after.open[inv1] == eur("100.00"));
  CHECK(after.open[inv2] == eur("50.00"));
  CHECK(after.settled[inv1] == eur("0.00"));
  CHECK(after.payment_unapplied[pay] == eur("0.00"));
  CHECK(after.unapplied.get(acme, *dues::find_currency("EUR")) == eur("0.00"));
}

TEST_CASE("a collection is pending until paid, and again pending-free after a return") {
  const auto built = build_clean(k_cycle);
  const auto inv1 = built.document("INV-1");
  CHECK(pending_direct_debits(built.ledger, balances_as_of(built.ledger, day("2026-01-31")))[inv1]
        == nullptr);
  CHECK(pending_direct_debits(built.ledger, balances_as_of(built.ledger, day("2026-02-01")))[inv1]
        != nullptr);
  CHECK(pending_direct_debits(built.ledger, balances_as_of(built.ledger, day("2026-02-04")))[inv1]
        == nullptr);
  CHECK(pending_direct_debits(built.ledger, balances_as_of(built.ledger, day("2026-02-09")))[inv1]
        == nullptr);
}

// Issue 18: a collection of one instalment holds that instalment only.
constexpr std::string_view k_instalments =
    R"(2026-01-05 invoice INV-3 customer acme due 2026-03-05 total 300.00 EUR
  instalment 2026-02-05 100.00
  instalment 2026-03-05 200.00
2026-02-01 collection INV-3 amount 100.00 EUR ref "INV-3-1" mandate "M-1" sequence FRST debit 2026-02-05
2026-02-05 payment PAY-2 customer acme amount 100.00 EUR
  apply INV-3 100.00
2026-02-06 collection INV-3 amount 300.00 EUR ref "INV-3" mandate "M-1" sequence RCUR debit 2026-02-10
)";

TEST_CASE("a collection of an instalment holds that instalment, not the invoice") {
  const auto built = build_clean(k_instalments);
  const auto inv3 = built.document("INV-3");
  const auto& ledger = built.ledger;
  CHECK(dues::collected_instalment(ledger, ledger.direct_debits[0]) == 1);
  CHECK(dues::collected_instalment(ledger, ledger.direct_debits[1]) == 0);
  const dues::PendingCollections pending(ledger, balances_as_of(ledger, day("2026-02-01")));
  REQUIRE(pending.holding(inv3, 1) != nullptr);
  CHECK(pending.holding(inv3, 1)->reference == "INV-3-1");
  CHECK(pending.holding(inv3, 2) == nullptr);
  CHECK(pending.latest(inv3) == pending.holding(inv3, 1));
  // Paid: instalment 1 is no longer open, so its collection is over.
  const dues::PendingCollections paid(ledger, balances_as_of(ledger, day("2026-02-05")));
  CHECK(paid.holding(inv3, 1) == nullptr);
  CHECK(paid.empty());
  // A collection of the whole invoice (EndToEndId without "-N") holds every instalment.
  const dues::PendingCollections whole(ledger, balances_as_of(ledger, day("2026-02-06")));
  CHECK(whole.holding(inv3, 2) != nullptr);
  CHECK(whole.holding(inv3, 2) == whole.latest(inv3));
}

TEST_CASE("the sequence type: FRST until one went through, FRST again after a return") {
  const auto built = build_clean(k_cycle);
  dues::syntax::MandateRecord mandate;
  mandate.id = "M-1";
  mandate.sequence = "FRST";
  CHECK(next_sequence(built.ledger, mandate, day("2026-01-31")) == "FRST");
  CHECK(next_sequence(built.ledger, mandate, day("2026-02-08")) == "RCUR");
  CHECK(next_sequence(built.ledger, mandate, day("2026-02-09")) == "FRST");
  mandate.sequence = "OOFF";
  CHECK(next_sequence(built.ledger, mandate, day("2026-02-08")) == "OOFF");
}

TEST_CASE("check: a returned payment is not applied again, and returned once") {
  const auto applied_after = build(std::string(k_cycle) + R"(2026-02-10 allocate PAY-1
  apply INV-1 10.00
)");
  REQUIRE(applied_after.errors().size() == 1);
  CHECK(applied_after.errors()[0].find("after the payment was returned") != std::string::npos);
  const auto twice = build(std::string(k_cycle) + "2026-02-11 return PAY-1 reason \"MD01\"\n");
  REQUIRE(!twice.errors().empty());
  CHECK(twice.errors()[0].find("returned twice") != std::string::npos);
  const auto not_payment = build(std::string(k_cycle) + "2026-02-11 return INV-1 reason \"MD01\"\n");
  REQUIRE(not_payment.errors().size() == 1);
  CHECK(not_payment.errors()[0].find("is not a payment") != std::string::npos);
  const auto bad = build(std::string(k_cycle)
                         + "2026-02-11 collection INV-2 amount 60.00 EUR mandate \"M-1\" "
                           "sequence XXXX debit 2026-02-10\n");
  CHECK(bad.errors().size() == 3);
}

TEST_CASE("collection and return entries are written back as they were read") {
  CHECK(dues::test::rewrite(k_cycle).find(
            "2026-02-01 collection INV-1 amount 100.00 EUR ref \"INV-1\" mandate \"M-1\" "
            "sequence FRST debit 2026-02-04")
        != std::string::npos);
  CHECK(dues::test::rewrite(k_cycle).find("2026-02-09 return PAY-1 bank \"camt:RT-1\" "
                                          "reason \"AM04\"")
        != std::string::npos);
}
