// extend_ledger: a ledger that was checked, plus entries appended to its last journal,
// must be judged exactly as a full build of the whole text judges it. Writes validate
// what they append this way, and snapshot loads check what was appended since.
#include "model/build.hpp"
#include "testutil.hpp"

#include <algorithm>
#include <string>
#include <vector>

using dues::test::build;
using dues::test::k_journal_path;
using Messages = std::vector<std::string>;

namespace {

// Two customers, each with invoices, payments, credit, refunds and events.
constexpr std::string_view k_base =
    "2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 100.00 EUR\n"
    "2026-01-06 invoice INV-2 customer acme due 2026-02-05 total 50.00 EUR\n"
    "2026-01-07 invoice INV-3 customer globex due 2026-02-06 total 80.00 EUR\n"
    "2026-01-20 payment PAY-1 customer acme amount 100.00 EUR\n"
    "  apply INV-1 100.00\n"
    "2026-01-21 payment PAY-2 customer globex amount 100.00 EUR\n"
    "  apply INV-3 80.00\n"
    "2026-01-22 refund RFD-1 customer globex amount 10.00 EUR\n"
    "2026-01-23 dispute INV-2 reason \"quality\"\n";

// The errors of the base with `added` appended: by a full build, and by building the
// base and extending it with `added`.
struct Judged {
  Messages full;
  Messages extended;
};

Judged judge(std::string_view added) {
  Judged judged;
  judged.full = build(std::string(k_base) + std::string(added)).errors();
  auto base = build(k_base);
  REQUIRE(base.errors().empty());
  const auto lines = static_cast<std::uint32_t>(std::count(k_base.begin(), k_base.end(), '\n'));
  dues::Diagnostics after;
  dues::extend_ledger(base.ledger, {{std::string(k_journal_path), added, lines + 1}}, after);
  judged.extended = dues::test::messages(after);
  return judged;
}

} // namespace

TEST_CASE("extend_ledger: an appended entry that is fine is fine") {
  const auto judged = judge("2026-02-01 payment PAY-3 customer acme amount 50.00 EUR\n"
                            "  apply INV-2 50.00\n");
  CHECK(judged.full.empty());
  CHECK(judged.extended.empty());
}

TEST_CASE("extend_ledger: a backdated payment can break an allocation written before it") {
  // PAY-0, dated before PAY-1, takes all of INV-1: PAY-1's allocation, an old line that
  // was fine, now applies more than is open. Only a walk of acme's events again sees it.
  const auto judged = judge("2026-01-10 payment PAY-0 customer acme amount 100.00 EUR\n"
                            "  apply INV-1 100.00\n");
  REQUIRE(judged.full.size() == 1);
  CHECK(judged.full.front().find(":5:") != std::string::npos); // PAY-1's apply line
  CHECK(judged.extended == judged.full);
}

TEST_CASE("extend_ledger: a refund is checked against all of the customer's credit") {
  // globex holds 100 - 80 - 10 = 10 of credit; a backdated refund of 15 exceeds it.
  const auto judged = judge("2026-01-21 refund RFD-2 customer globex amount 15.00 EUR\n");
  CHECK_FALSE(judged.full.empty());
  CHECK(judged.extended == judged.full);
  const auto fits = judge("2026-01-25 refund RFD-2 customer globex amount 10.00 EUR\n");
  CHECK(fits.full.empty());
  CHECK(fits.extended.empty());
}

TEST_CASE("extend_ledger: events on old documents, numbering and ids are checked") {
  for (const std::string_view added : {
           "2026-02-01 void INV-1 reason \"wrong\"\n",           // money was applied to it
           "2026-02-01 dispute INV-2 reason \"again\"\n",        // already disputed
           "2026-02-01 writeoff INV-3 amount 5.00 EUR reason \"x\"\n", // nothing open
           "2026-02-01 allocate PAY-2\n  apply INV-1 5.00\n",    // another customer's invoice
           "2026-02-01 invoice INV-5 customer acme due 2026-03-01 total 1.00 EUR\n", // gap
           "2026-02-01 invoice INV-2 customer acme due 2026-03-01 total 1.00 EUR\n", // twice
           "2026-02-01 resolve INV-2\n",                         // fine
       }) {
    CAPTURE(added);
    const auto judged = judge(added);
    CHECK(judged.extended == judged.full);
  }
}
