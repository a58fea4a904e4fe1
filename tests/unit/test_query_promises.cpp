// collections: the one definition of a kept, broken or open promise to pay
// (query/promises.hpp), shared by remind, report collections and report risk.
#include "query/promises.hpp"
#include "query/risk.hpp"
#include "testutil.hpp"

#include <fmt/format.h>

using namespace dues;
using dues::test::build_clean;
using dues::test::day;
using dues::test::eur;
using query::PromiseState;

namespace {

// A kept (P1, paid in full before its day), a broken (P2, nothing paid), a partly kept
// one (P3: 300.00 of 500.00 by the day, the rest later), one without an amount kept by a
// payment on its day (P4), and a voided invoice's promise (P5: nothing open, kept).
constexpr std::string_view k_promises =
    R"(2026-01-01 invoice A customer acme due 2026-01-31 total 1000.00 EUR
2026-01-02 invoice B customer acme due 2026-02-01 total 500.00 EUR
2026-01-03 invoice C customer acme due 2026-02-02 total 200.00 EUR
2026-01-04 invoice D customer acme due 2026-02-03 total 100.00 EUR
2026-02-05 promise A due 2026-02-20 amount 400.00 EUR
2026-02-05 promise B due 2026-02-20
2026-02-06 promise B due 2026-03-01 amount 500.00 EUR
2026-02-06 promise C due 2026-02-25
2026-02-06 promise D due 2026-02-25
2026-02-10 payment P1 customer acme amount 400.00 EUR
  apply A 400.00
2026-02-27 payment P2 customer acme amount 300.00 EUR
  apply B 300.00
2026-02-25 payment P3 customer acme amount 200.00 EUR
  apply C 200.00
2026-02-20 void D reason "sent twice"
2026-03-10 payment P4 customer acme amount 200.00 EUR
  apply B 200.00
)";

std::string states(const Ledger& ledger, const Date& as_of) {
  std::string out;
  const auto outcomes = query::promise_outcomes(ledger, as_of);
  REQUIRE(outcomes.size() == ledger.contacts.size());
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    if (!outcomes[i]) {
      out += "- ";
      continue;
    }
    // The batch and the one-promise function agree.
    CHECK(outcomes[i]->state == query::promise_state(ledger, ledger.contacts[i], as_of));
    out += fmt::format("{} ", query::promise_state_name(outcomes[i]->state));
  }
  return out;
}

} // namespace

TEST_CASE("promises: kept, broken, partly paid by the day is broken, later pay does not mend") {
  const auto built = build_clean(k_promises);
  const Ledger& ledger = built.ledger;
  REQUIRE(ledger.contacts.size() == 5);
  CHECK(states(ledger, day("2026-02-04")) == "- - - - - "); // none recorded yet
  CHECK(states(ledger, day("2026-02-05")) == "open open - - - ");
  CHECK(states(ledger, day("2026-02-21")) == "kept broken open open kept ");
  CHECK(states(ledger, day("2026-02-26")) == "kept broken open kept kept ");
  // B's second promise: 300.00 of 500.00 by 1 March is broken; paying the rest on
  // 10 March does not mend it.
  CHECK(states(ledger, day("2026-03-02")) == "kept broken broken kept kept ");
  CHECK(states(ledger, day("2026-03-31")) == "kept broken broken kept kept ");
  const query::PromiseOutcome partly =
      query::promise_outcome(ledger, ledger.contacts[2], day("2026-03-31"));
  CHECK(partly.wanted == eur("500.00"));
  CHECK(partly.paid == eur("300.00"));
  // Without an amount, the promise is for what was open the day before it was made.
  CHECK(query::promise_outcome(ledger, ledger.contacts[1], day("2026-02-21")).wanted
        == eur("500.00"));
}

TEST_CASE("risk: 10 points per broken promise, at most 2 counted, the score at most 100") {
  query::RiskRow row;
  row.open = row.overdue = row.overdue_60 = eur("100.00");
  row.balance = eur("100.00");
  CHECK(query::risk_score(row) == 60);
  row.broken_promises = 1;
  CHECK(query::risk_score(row) == 70);
  row.broken_promises = 5;
  CHECK(query::risk_score(row) == 80);
  row.days_late = {90, 1};
  row.share_late = {100, 1};
  row.limit = eur("50.00");
  CHECK(query::risk_score(row) == 100); // 60 + 20 + 10 + 10 + 20, capped
}

TEST_CASE("risk counts broken promises in the recent window, per customer") {
  const auto built = build_clean(k_promises);
  query::RiskRequest request;
  request.as_of = day("2026-03-31");
  const query::RiskReport report = query::risk(built.ledger, request);
  REQUIRE(report.blocks.size() == 1);
  CHECK(report.blocks[0].rows.at(0).broken_promises == 2);
  request.as_of = day("2026-05-30"); // 2026-03-01 is 90 days back: out; 2026-02-20 too
  CHECK(query::risk(built.ledger, request).blocks[0].rows.at(0).broken_promises == 0);
  request.as_of = day("2026-05-29"); // 89 days after 2026-03-01
  CHECK(query::risk(built.ledger, request).blocks[0].rows.at(0).broken_promises == 1);
}
