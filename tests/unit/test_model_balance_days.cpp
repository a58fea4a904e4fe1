// OpenOnDays against balances_as_of: the open amount of every invoice on every day of
// random histories (with payment returns and voids added) is the same either way.
#include "model/balance.hpp"
#include "model/balance_days.hpp"
#include "random_history.hpp"

#include <doctest/doctest.h>

using namespace dues;
using namespace dues::random_history;

TEST_CASE("property: OpenOnDays gives balances_as_of's open amounts on every day") {
  for (const std::uint64_t seed : {1U, 4U, 7U, 11U, 19U}) {
    INFO("seed ", seed);
    History history(seed);
    history.generate();
    Ledger ledger = build(history.journals());
    add_returns_and_voids(ledger, seed);
    REQUIRE_FALSE(ledger.payment_returns.empty());
    std::mt19937_64 random(seed);
    // Days before, within and after the history, with gaps of 1 to 10 days.
    std::vector<Date> days;
    for (int d = -3; d < k_days + 45; d += 1 + static_cast<int>(random() % 10)) {
      days.push_back(add_days(k_first_day, d));
    }
    OpenOnDays open(ledger, days);
    std::size_t seen = 0;
    while (open.next()) {
      const Date& day = days[open.day()];
      INFO("as of ", format_date(day));
      CHECK(open.day() == seen++);
      const Balances balances = balances_as_of(ledger, day);
      for (std::size_t i = 0; i < ledger.documents.size(); ++i) {
        if (!ledger.documents[i].is_invoice()) {
          continue;
        }
        const bool counts = balances.issued[i] != 0 && balances.voided[i] == 0;
        CHECK(open.open(i) == (counts ? balances.open[i].minor_units() : 0));
      }
    }
    CHECK(seen == days.size());
  }
}

TEST_CASE("OpenOnDays with no days has nothing to show") {
  Ledger ledger;
  OpenOnDays open(ledger, {});
  CHECK_FALSE(open.next());
}
