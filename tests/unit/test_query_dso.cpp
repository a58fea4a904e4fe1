// report dso against balances_as_of: the receivables at each period's start and end,
// their not-yet-due part and the invoices paid in each period, computed here from
// balances_as_of on each of those days, equal the report's (which sweeps the ledger once,
// issue 15). On random histories with payment returns and voids, and on a hand-made
// ledger whose return, void and refund fall on the periods' boundaries.
#include "query/dso.hpp"
#include "random_history.hpp"
#include "testutil.hpp"

#include <doctest/doctest.h>

#include <map>

using namespace dues;

namespace {

using Key = std::pair<std::string, std::string_view>; // customer id ("" for all), currency

struct Expected {
  std::int64_t ar = 0;
  std::int64_t current = 0;
  bool has_items = false;
};

// Open invoices and their not-yet-due part at the end of `day`, per key.
std::map<Key, Expected> receivables(const Ledger& ledger, const query::ReportFilter& filter,
                                    const Date& day) {
  std::map<Key, Expected> result;
  const Balances balances = balances_as_of(ledger, day);
  for (const OpenItem& item : open_items(ledger, balances)) {
    const std::uint32_t customer = ledger.documents[item.document].customer;
    if (!filter.wants(ledger, customer, item.open.currency())) {
      continue;
    }
    for (const std::string& id : {std::string(), ledger.customers[customer].id}) {
      Expected& expected = result[{id, item.open.currency().code}];
      expected.ar += item.open.minor_units();
      expected.current += day_number(item.due) > day_number(day) ? item.open.minor_units() : 0;
      expected.has_items = true;
    }
  }
  return result;
}

Expected find(const std::map<Key, Expected>& map, const Key& key) {
  const auto it = map.find(key);
  return it == map.end() ? Expected{} : it->second;
}

// Checks a report's receivables and payments against balances_as_of on each period end.
void check_against_balances(const Ledger& ledger, const query::DsoRequest& request) {
  const query::DsoReport report = query::dso(ledger, request);
  const std::vector<query::Period> periods =
      query::periods_back(request.unit, request.as_of, request.periods);
  std::vector<std::map<Key, Expected>> on_day{
      receivables(ledger, request.filter, add_days(periods.front().start, -1))};
  for (const query::Period& period : periods) {
    on_day.push_back(receivables(ledger, request.filter, period.end));
  }
  // Invoices paid in full by as_of, per period and key: how many, and their days.
  std::map<std::pair<std::string, Key>, std::pair<int, std::int64_t>> paid;
  for (const query::PaidInvoice& settled :
       query::paid_invoices(ledger, balances_as_of(ledger, request.as_of))) {
    if (!request.filter.wants(ledger, settled.customer, settled.total.currency())) {
      continue;
    }
    for (const query::Period& period : periods) {
      if (settled.paid >= period.start && settled.paid <= period.end) {
        for (const std::string& id : {std::string(), ledger.customers[settled.customer].id}) {
          auto& [count, days] = paid[{period.label, {id, settled.total.currency().code}}];
          ++count;
          days += settled.days_to_pay;
        }
      }
    }
  }
  const auto check_row = [&](const query::DsoRow& row, std::size_t p, const Key& key) {
    INFO(row.period.label, " ", key.first, " ", key.second);
    CHECK(row.begin_ar.minor_units() == find(on_day[p], key).ar);
    CHECK(row.ar.minor_units() == find(on_day[p + 1], key).ar);
    CHECK(row.current.minor_units() == find(on_day[p + 1], key).current);
    const auto it = paid.find({row.period.label, key});
    const auto [count, days] = it == paid.end() ? std::pair<int, std::int64_t>{} : it->second;
    CHECK(row.paid == count);
    CHECK(query::format_ratio(row.days_to_pay, 3)
          == query::format_ratio(query::ratio_of(days, count), 3));
  };
  for (const query::DsoBlock& block : report.blocks) {
    REQUIRE(block.trend.size() == periods.size());
    for (std::size_t p = 0; p < periods.size(); ++p) {
      check_row(block.trend[p], p, {"", block.currency->code});
    }
    for (const query::DsoRow& row : block.customers) {
      check_row(row, periods.size() - 1, {row.customer_id, block.currency->code});
    }
  }
  // Every customer with open items at the last period's start or end has a row.
  for (const std::size_t p : {periods.size() - 1, periods.size()}) {
    for (const auto& [key, expected] : on_day[p]) {
      if (key.first.empty()) {
        continue;
      }
      bool found = false;
      for (const query::DsoBlock& block : report.blocks) {
        for (const query::DsoRow& row : block.customers) {
          found = found || (block.currency->code == key.second && row.customer_id == key.first);
        }
      }
      CHECK_MESSAGE(found, key.first, " ", key.second);
    }
  }
}

} // namespace

TEST_CASE("property: report dso equals balances_as_of at every period end") {
  using namespace dues::random_history;
  for (const std::uint64_t seed : {2U, 3U, 6U, 10U, 17U, 29U}) {
    INFO("seed ", seed);
    History history(seed);
    history.generate();
    Ledger ledger = build(history.journals());
    add_returns_and_voids(ledger, seed);
    std::mt19937_64 random(seed);
    for (int d = 5; d < k_days + 60; d += 3 + static_cast<int>(random() % 12)) {
      query::DsoRequest request;
      request.as_of = add_days(k_first_day, d);
      INFO("as of ", format_date(request.as_of));
      request.unit = std::array{query::PeriodUnit::week, query::PeriodUnit::month,
                                query::PeriodUnit::quarter}[random() % 3];
      request.periods = 1 + static_cast<int>(random() % 8);
      if (random() % 4 == 0) {
        request.filter.customer = fmt::format("c{}", random() % k_customers);
      }
      if (random() % 4 == 0) {
        request.filter.currency = std::string(k_codes[random() % k_codes.size()]);
      }
      check_against_balances(ledger, request);
    }
  }
}

TEST_CASE("issue 15: report dso with a return, a void and a refund on period ends") {
  // P1 pays A in January; the bank takes it back on 2026-02-28, the last day of
  // February: A is open again at February's end. B is voided on 2026-03-31, March's end.
  // P2 is paid on 2026-01-31 and R1 refunds part of it on 2026-02-28 (customer credit,
  // never receivables).
  const auto built = dues::test::build_clean(
      R"(2026-01-05 invoice A customer acme due 2026-02-04 total 500.00 EUR
2026-01-20 payment P1 customer acme amount 500.00 EUR
  apply A 500.00
2026-01-31 payment P2 customer globex amount 80.00 EUR
2026-02-10 invoice B customer globex due 2026-04-30 total 200.00 EUR
2026-02-28 return P1 reason "AM04"
2026-02-28 refund R1 customer globex amount 30.00 EUR from P2
2026-03-31 void B reason "Wrong"
)");
  query::DsoRequest request;
  request.as_of = dues::test::day("2026-03-31");
  request.periods = 3;
  const query::DsoReport report = query::dso(built.ledger, request);
  REQUIRE(report.blocks.size() == 1);
  const auto& trend = report.blocks[0].trend;
  REQUIRE(trend.size() == 3);
  CHECK(trend[0].ar == dues::test::eur("0.00")); // January: A paid by P1
  CHECK(trend[0].paid == 0); // A was paid in January, but is open again by as_of
  CHECK(trend[1].begin_ar == dues::test::eur("0.00"));
  CHECK(trend[1].ar == dues::test::eur("700.00"));      // A open again, and B
  CHECK(trend[1].current == dues::test::eur("200.00")); // B is not due before 2026-04-30
  CHECK(trend[2].ar == dues::test::eur("500.00"));      // B void on 2026-03-31
  CHECK(trend[2].current == dues::test::eur("0.00"));
  CHECK(trend[2].sales == dues::test::eur("0.00"));
  check_against_balances(built.ledger, request);
  request.periods = 2;
  request.as_of = dues::test::day("2026-02-28");
  check_against_balances(built.ledger, request);
}
