#include "model/balance.hpp"
#include "testutil.hpp"

#include <string>
#include <vector>

using dues::balances_as_of;
using dues::DocumentState;
using dues::open_items;
using dues::open_items_of;
using dues::state_name;
using dues::state_of;
using dues::test::build_clean;
using dues::test::day;
using dues::test::eur;

namespace {

// acme: INV-1 (plain), INV-2 (three instalments), INV-3 (voided);
// globex: INV-4 (disputed, resolved, written off), INV-5 (credit note, payment, write-off).
constexpr std::string_view k_journal =
    R"(2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 100.00 EUR
2026-01-06 invoice INV-2 customer acme total 900.00 EUR
  instalment 2026-02-01 300.00
  instalment 2026-03-01 300.00
  instalment 2026-04-01 300.00
2026-01-07 invoice INV-3 customer acme due 2026-02-06 total 50.00 EUR
2026-01-08 void INV-3 reason "wrong customer"
2026-01-09 invoice INV-4 customer globex due 2026-02-08 total 200.00 EUR
2026-01-10 dispute INV-4 reason "damaged"
2026-01-11 invoice INV-5 customer globex due 2026-02-10 total 100.00 EUR
2026-01-20 credit CN-1 customer globex total 30.00 EUR
2026-02-12 allocate CN-1
  apply INV-5 30.00
2026-02-15 payment PAY-1 customer acme amount 400.00 EUR
  apply INV-2 400.00
2026-02-20 payment PAY-2 customer acme amount 145.00 EUR fee 5.00
  apply INV-1 100.00
2026-03-01 payment PAY-3 customer globex amount 60.00 EUR
  apply INV-5 60.00
2026-03-10 resolve INV-4
2026-06-30 writeoff INV-4 amount 200.00 reason "gone"
2026-06-30 writeoff INV-5 amount 10.00 reason "short"
)";

struct Fixture {
  dues::test::Built built = build_clean(k_journal);

  DocumentState state(std::string_view id, std::string_view when) const {
    const auto balances = balances_as_of(built.ledger, day(when));
    return state_of(built.ledger, balances, built.document(id));
  }
  dues::Money open(std::string_view id, std::string_view when) const {
    return balances_as_of(built.ledger, day(when)).open.at(built.document(id));
  }
  dues::Money unapplied(std::string_view customer, std::string_view when) const {
    const auto balances = balances_as_of(built.ledger, day(when));
    return balances.unapplied.get(built.customer(customer), *dues::find_currency("EUR"));
  }
};

std::string describe(const dues::Ledger& ledger, const dues::OpenItem& item) {
  return ledger.documents[item.document].id + "#" + std::to_string(item.instalment) + " "
         + dues::format_date(item.due) + " " + dues::format_amount(item.open)
         + (item.disputed ? " disputed" : "");
}

std::vector<std::string> describe_all(const dues::Ledger& ledger,
                                      const std::vector<dues::OpenItem>& items) {
  std::vector<std::string> out;
  for (const auto& item : items) {
    out.push_back(describe(ledger, item));
  }
  return out;
}

} // namespace

TEST_CASE("state names") {
  CHECK(state_name(DocumentState::not_issued) == "not-issued");
  CHECK(state_name(DocumentState::open) == "open");
  CHECK(state_name(DocumentState::partially_paid) == "partially-paid");
  CHECK(state_name(DocumentState::overdue) == "overdue");
  CHECK(state_name(DocumentState::disputed) == "disputed");
  CHECK(state_name(DocumentState::paid) == "paid");
  CHECK(state_name(DocumentState::written_off) == "written-off");
  CHECK(state_name(DocumentState::void_doc) == "void");
  CHECK(state_name(DocumentState::applied) == "applied");
}

TEST_CASE("state_of follows an invoice through its life") {
  const Fixture f;
  CHECK(f.state("INV-1", "2026-01-04") == DocumentState::not_issued);
  CHECK(f.state("INV-1", "2026-01-05") == DocumentState::open);
  CHECK(f.state("INV-1", "2026-02-04") == DocumentState::open); // due today is not overdue
  CHECK(f.state("INV-1", "2026-02-05") == DocumentState::overdue);
  CHECK(f.state("INV-1", "2026-02-19") == DocumentState::overdue); // as of before the payment
  CHECK(f.state("INV-1", "2026-02-20") == DocumentState::paid);
  CHECK(f.open("INV-1", "2026-02-19") == eur("100.00"));
  CHECK(f.open("INV-1", "2026-02-20") == eur("0.00"));
  CHECK(f.state("INV-3", "2026-01-07") == DocumentState::open);
  CHECK(f.state("INV-3", "2026-01-08") == DocumentState::void_doc);
  CHECK(f.open("INV-3", "2026-01-08") == eur("0.00"));
  CHECK(f.state("INV-4", "2026-01-09") == DocumentState::open);
  CHECK(f.state("INV-4", "2026-01-10") == DocumentState::disputed);
  CHECK(f.state("INV-4", "2026-03-09") == DocumentState::disputed); // overdue, but disputed
  CHECK(f.state("INV-4", "2026-03-10") == DocumentState::overdue);
  CHECK(f.state("INV-4", "2026-06-30") == DocumentState::written_off);
  CHECK(f.state("INV-5", "2026-02-10") == DocumentState::open);
  CHECK(f.state("INV-5", "2026-02-11") == DocumentState::overdue);
  CHECK(f.open("INV-5", "2026-02-12") == eur("70.00"));
  CHECK(f.state("INV-5", "2026-06-30") == DocumentState::written_off); // 90 paid, 10 written off
}

TEST_CASE("instalments: the oldest unpaid one decides, money pays them oldest first") {
  const Fixture f;
  CHECK(f.state("INV-2", "2026-01-31") == DocumentState::open);
  CHECK(f.state("INV-2", "2026-02-01") == DocumentState::open);
  CHECK(f.state("INV-2", "2026-02-02") == DocumentState::overdue); // first instalment late
  CHECK(f.state("INV-2", "2026-02-14") == DocumentState::overdue);
  // 400 paid: the first instalment in full, 100 of the second, which is not due yet.
  CHECK(f.state("INV-2", "2026-02-15") == DocumentState::partially_paid);
  CHECK(f.open("INV-2", "2026-02-15") == eur("500.00"));
  CHECK(f.state("INV-2", "2026-03-01") == DocumentState::partially_paid);
  CHECK(f.state("INV-2", "2026-03-02") == DocumentState::overdue);
  const auto& ledger = f.built.ledger;
  CHECK(describe_all(ledger, open_items(ledger, balances_as_of(ledger, day("2026-02-14"))))
        == std::vector<std::string>{"INV-1#0 2026-02-04 100.00", "INV-2#1 2026-02-01 300.00",
                                    "INV-2#2 2026-03-01 300.00", "INV-2#3 2026-04-01 300.00",
                                    "INV-4#0 2026-02-08 200.00 disputed",
                                    "INV-5#0 2026-02-10 70.00"});
  CHECK(describe_all(ledger, open_items(ledger, balances_as_of(ledger, day("2026-02-15"))))
        == std::vector<std::string>{
            "INV-1#0 2026-02-04 100.00", "INV-2#2 2026-03-01 200.00", "INV-2#3 2026-04-01 300.00",
            "INV-4#0 2026-02-08 200.00 disputed", "INV-5#0 2026-02-10 70.00"});
  CHECK(describe_all(ledger, open_items(ledger, balances_as_of(ledger, day("2026-06-30"))))
        == std::vector<std::string>{"INV-2#2 2026-03-01 200.00", "INV-2#3 2026-04-01 300.00"});
}

TEST_CASE("credit notes and unapplied credit") {
  const Fixture f;
  CHECK(f.state("CN-1", "2026-01-19") == DocumentState::not_issued);
  CHECK(f.state("CN-1", "2026-01-20") == DocumentState::open);
  CHECK(f.open("CN-1", "2026-01-20") == eur("30.00"));
  CHECK(f.unapplied("globex", "2026-01-20") == eur("30.00"));
  CHECK(f.state("CN-1", "2026-02-12") == DocumentState::applied);
  CHECK(f.unapplied("globex", "2026-02-12") == eur("0.00"));
  CHECK(f.unapplied("acme", "2026-02-15") == eur("0.00"));
  CHECK(f.unapplied("acme", "2026-02-20") == eur("50.00")); // 145 + 5 fee - 100 applied
  const auto balances = balances_as_of(f.built.ledger, day("2026-02-20"));
  CHECK(balances.payment_unapplied.at(f.built.payment("PAY-1")) == eur("0.00"));
  CHECK(balances.payment_unapplied.at(f.built.payment("PAY-2")) == eur("50.00"));
  CHECK(balances.payment_unapplied.at(f.built.payment("PAY-3")) == eur("0.00")); // not yet
  CHECK(balances.settled.at(f.built.document("INV-1")) == eur("100.00"));
  CHECK(balances.as_of == day("2026-02-20"));
  const auto later = balances_as_of(f.built.ledger, day("2026-06-30"));
  CHECK(later.written_off.at(f.built.document("INV-4")) == eur("200.00"));
  CHECK(later.written_off.at(f.built.document("INV-5")) == eur("10.00"));
  CHECK(later.settled.at(f.built.document("INV-5")) == eur("90.00"));
}

TEST_CASE("a voided credit note holds no credit from its void day on") {
  const auto built = build_clean("2026-01-05 credit CN-1 customer acme total 30.00 EUR\n"
                                 "2026-01-10 void CN-1 reason \"x\"\n");
  const auto acme = built.customer("acme");
  const auto& euro = *dues::find_currency("EUR");
  CHECK(balances_as_of(built.ledger, day("2026-01-09")).unapplied.get(acme, euro) == eur("30.00"));
  CHECK(balances_as_of(built.ledger, day("2026-01-10")).unapplied.get(acme, euro) == eur("0.00"));
  CHECK(state_of(built.ledger, balances_as_of(built.ledger, day("2026-01-10")), 0)
        == DocumentState::void_doc);
}

TEST_CASE("open_items_of: one customer and currency, oldest due date first") {
  const auto built =
      build_clean("2026-01-05 invoice INV-1 customer acme due 2026-03-01 total 1.00 EUR\n"
                  "2026-01-04 invoice INV-2 customer acme due 2026-02-01 total 2.00 EUR\n"
                  "2026-01-03 invoice INV-4 customer acme due 2026-02-01 total 3.00 EUR\n"
                  "2026-01-03 invoice INV-3 customer acme due 2026-02-01 total 4.00 EUR\n"
                  "2026-01-01 invoice INV-5 customer acme due 2026-02-01 total 5.00 USD\n"
                  "2026-01-01 invoice INV-6 customer globex due 2026-01-15 total 6.00 EUR\n"
                  "2026-01-02 invoice INV-7 customer acme total 10.00 EUR\n"
                  "  instalment 2026-01-20 5.00\n"
                  "  instalment 2026-04-01 5.00\n");
  const auto& ledger = built.ledger;
  const auto balances = balances_as_of(ledger, day("2026-01-31"));
  // Same due date: older invoice first, then by id.
  CHECK(describe_all(ledger, open_items_of(ledger, balances, built.customer("acme"),
                                           *dues::find_currency("EUR")))
        == std::vector<std::string>{"INV-7#1 2026-01-20 5.00", "INV-3#0 2026-02-01 4.00",
                                    "INV-4#0 2026-02-01 3.00", "INV-2#0 2026-02-01 2.00",
                                    "INV-1#0 2026-03-01 1.00", "INV-7#2 2026-04-01 5.00"});
  CHECK(describe_all(ledger, open_items_of(ledger, balances, built.customer("acme"),
                                           *dues::find_currency("USD")))
        == std::vector<std::string>{"INV-5#0 2026-02-01 5.00"});
  CHECK(open_items_of(ledger, balances, built.customer("globex"), *dues::find_currency("USD"))
            .empty());
}
