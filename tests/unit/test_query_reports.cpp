// The decision reports (dso, forecast, risk, tax, payments): a hand-computed DSO ledger,
// periods and ratios, and properties over random ledgers written as journal text.
#include "query/dso.hpp"
#include "query/forecast.hpp"
#include "query/payments.hpp"
#include "query/risk.hpp"
#include "query/tax.hpp"
#include "render/report_grids.hpp"
#include "testutil.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <random>
#include <sstream>

using namespace dues;
using dues::test::build_clean;
using dues::test::day;
using dues::test::eur;

namespace {

std::string text_of(const query::Ratio& ratio, int decimals = 1) {
  return query::format_ratio(ratio, decimals);
}

// Hand-computed: see the figures in the test below.
constexpr std::string_view k_dso_ledger =
    R"(2026-01-10 invoice A customer acme due 2026-02-09 total 1000.00 EUR
2026-02-05 invoice B customer acme due 2026-03-07 total 600.00 EUR
2026-02-20 payment P1 customer acme amount 1000.00 EUR
  apply A 1000.00
2026-03-15 invoice C customer acme due 2026-04-14 total 300.00 EUR
)";

} // namespace

TEST_CASE("report ratios round once, half up, with integer arithmetic") {
  CHECK(text_of({1, 3}, 1) == "0.3");
  CHECK(text_of({2, 3}, 1) == "0.7");
  CHECK(text_of({-1, 20}, 1) == "-0.1"); // -0.05 rounds away from zero
  CHECK(text_of({5, 2}, 0) == "3");
  CHECK(text_of(query::undefined_ratio()).empty());
  CHECK(query::round_ratio({199, 2}) == 100);
}

TEST_CASE("report periods: months, quarters, ISO weeks and --period values") {
  const auto q3 = query::parse_period("2026-Q3");
  REQUIRE(q3);
  CHECK(q3->start == day("2026-07-01"));
  CHECK(q3->end == day("2026-09-30"));
  const auto september = query::parse_period("2026-09");
  REQUIRE(september);
  CHECK(september->label == "2026-09");
  CHECK(september->days() == 30);
  CHECK(query::parse_period("2026")->end == day("2026-12-31"));
  CHECK_FALSE(query::parse_period("2026-13"));
  CHECK_FALSE(query::parse_period("2026-Q5"));
  CHECK_FALSE(query::parse_period("26-01"));
  const query::Period week = query::period_of(query::PeriodUnit::week, day("2026-01-01"));
  CHECK(week.label == "2026-W01"); // Thursday 2026-01-01 is in week 1
  CHECK(week.start == day("2025-12-29"));
  const auto back = query::periods_back(query::PeriodUnit::month, day("2026-03-15"), 3);
  REQUIRE(back.size() == 3);
  CHECK(back[0].label == "2026-01");
  CHECK(back[2].end == day("2026-03-15")); // the month so far
  const auto ahead = query::periods_ahead(query::PeriodUnit::month, day("2026-04-01"), 2);
  CHECK(ahead[1].label == "2026-05");
}

TEST_CASE("DSO, countback, CEI and days to pay on a hand-computed ledger") {
  const auto built = build_clean(k_dso_ledger);
  query::DsoRequest request;
  request.as_of = day("2026-03-31");
  request.periods = 2;
  const query::DsoReport report = query::dso(built.ledger, request);
  REQUIRE(report.blocks.size() == 1);
  const auto& trend = report.blocks[0].trend;
  REQUIRE(trend.size() == 2);
  // February: AR 1000 at the start, sales 600, AR 600 at the end, all not yet due.
  CHECK(trend[0].period.label == "2026-02");
  CHECK(trend[0].begin_ar == eur("1000.00"));
  CHECK(trend[0].sales == eur("600.00"));
  CHECK(trend[0].ar == eur("600.00"));
  CHECK(trend[0].current == eur("600.00"));
  CHECK(text_of(trend[0].standard) == "28.0");  // 600 / 600 x 28
  CHECK(text_of(trend[0].countback) == "28.0"); // February's sales cover it all
  CHECK(text_of(trend[0].cei) == "100.0");      // (1000 + 600 - 600) / (1000 + 600 - 600)
  CHECK(text_of(trend[0].days_to_pay) == "41.0"); // A: 2026-01-10 -> 2026-02-20
  CHECK(trend[0].paid == 1);
  // March: AR 600 + 300 = 900, of which C (300) not yet due.
  CHECK(trend[1].ar == eur("900.00"));
  CHECK(trend[1].current == eur("300.00"));
  CHECK(text_of(trend[1].standard) == "93.0");  // 900 / 300 x 31
  CHECK(text_of(trend[1].countback) == "59.0"); // 31 days of March + 600/600 of February's 28
  CHECK(text_of(trend[1].cei) == "0.0");        // (600 + 300 - 900) / (600 + 300 - 300)
  CHECK(text_of(trend[1].days_to_pay).empty());
  REQUIRE(report.blocks[0].customers.size() == 1);
  CHECK(report.blocks[0].customers[0].customer_id == "acme");
}

TEST_CASE("forecast shifts open items by the customer's delay and honours cash discounts") {
  // acme paid three invoices 10, 20 and 30 days late: mean 20 days.
  const auto built = build_clean(R"(2026-01-01 invoice H1 customer acme due 2026-01-10 total 10.00 EUR
2026-01-01 invoice H2 customer acme due 2026-01-10 total 10.00 EUR
2026-01-01 invoice H3 customer acme due 2026-01-10 total 10.00 EUR
2026-01-20 payment P1 customer acme amount 10.00 EUR
  apply H1 10.00
2026-01-30 payment P2 customer acme amount 10.00 EUR
  apply H2 10.00
2026-02-09 payment P3 customer acme amount 10.00 EUR
  apply H3 10.00
2026-03-20 invoice O1 customer acme due 2026-04-20 total 100.00 EUR
2026-03-25 invoice O2 customer globex due 2026-04-05 total 200.00 EUR
)");
  query::ForecastRequest request;
  request.as_of = day("2026-03-31");
  const query::ForecastReport report = query::forecast(built.ledger, request);
  REQUIRE(report.blocks.size() == 1);
  const auto& rows = report.blocks[0].rows;
  REQUIRE(rows.size() == 5); // overdue, 2026-04, 2026-05, 2026-06, later
  CHECK(rows[1].due == eur("300.00"));
  CHECK(rows[1].expected == eur("200.00")); // globex has no history: the ledger's 20 days
  CHECK(rows[2].expected == eur("100.00")); // acme: 2026-04-20 + 20 days = 2026-05-10
  const auto& customers = report.blocks[0].customers;
  REQUIRE(customers.size() == 2);
  CHECK(customers[0].source == query::DelaySource::own);
  CHECK(customers[0].delay == 20);
  CHECK(customers[1].source == query::DelaySource::ledger);
}

TEST_CASE("risk warns about a credit limit and exits through has_warnings") {
  test::LedgerText text;
  text.customers = "[acme]\nname = \"ACME\"\ncredit-limit = \"100.00\"\n";
  text.journals.emplace_back(
      std::string(test::k_journal_path),
      "2026-01-01 invoice R1 customer acme due 2026-01-10 total 150.00 EUR\n");
  const auto built = test::build(text);
  REQUIRE(built.errors().empty());
  query::RiskRequest request;
  request.as_of = day("2026-03-31");
  const query::RiskReport report = query::risk(built.ledger, request);
  REQUIRE(report.blocks.size() == 1);
  const query::RiskRow& row = report.blocks[0].rows.at(0);
  CHECK(row.limit == eur("100.00"));
  CHECK(text_of(row.limit_use) == "150.0");
  CHECK(row.overdue_60 == eur("150.00")); // 80 days past due
  CHECK(row.new_60 == eur("150.00"));     // passed 60 days on 2026-03-11
  // 40 (all overdue) + 20 (all 60+) + 10 (over the limit); no payment history.
  CHECK(row.score == 70);
  CHECK(row.warnings.size() == 2);
  CHECK(report.has_warnings());
}

namespace {

// A random ledger: invoices with stored tax lines in EUR and JPY, credit notes, and
// payments applied to invoices, written as journal text. The generator keeps its own
// totals to check the reports against.
class RandomLedger {
public:
  explicit RandomLedger(std::uint64_t seed) : m_random(seed) {}

  void generate(int days) {
    for (int d = 0; d < days; ++d) {
      const Date today = add_days(day("2026-01-01"), d);
      if (chance(50)) {
        invoice(today);
      }
      if (chance(10)) {
        credit(today);
      }
      if (chance(40)) {
        pay(today);
      }
    }
  }

  // The journal, its entries in a shuffled order (dues sorts by date itself).
  std::string journal(std::uint64_t shuffle_seed) const {
    std::vector<std::string> entries = m_entries;
    std::mt19937_64 shuffle(shuffle_seed);
    std::shuffle(entries.begin(), entries.end(), shuffle);
    std::string text;
    for (const std::string& entry : entries) {
      text += entry;
    }
    return text;
  }

  // Invoice totals - credit note totals dated in [from, to], per currency code.
  std::map<std::string, std::int64_t> documents(const Date& from, const Date& to) const {
    std::map<std::string, std::int64_t> totals;
    for (const auto& [when, code, amount] : m_documents) {
      if (day_number(when) >= day_number(from) && day_number(when) <= day_number(to)) {
        totals[code] += amount;
      }
    }
    return totals;
  }

  // Money received in [from, to] per currency code.
  std::map<std::string, std::int64_t> received(const Date& from, const Date& to) const {
    std::map<std::string, std::int64_t> totals;
    for (const auto& [when, code, amount] : m_payments) {
      if (day_number(when) >= day_number(from) && day_number(when) <= day_number(to)) {
        totals[code] += amount;
      }
    }
    return totals;
  }

private:
  struct Open {
    std::string id;
    std::string customer;
    const Currency* currency = nullptr;
    std::int64_t open = 0;
  };

  bool chance(int percent) { return std::uniform_int_distribution<int>(1, 100)(m_random) <= percent; }
  int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }

  std::string amount(const Currency& currency, std::int64_t minor) const {
    return format_amount(Money(currency, minor));
  }

  // Items and tax lines for one document; returns the total.
  std::int64_t body(const Currency& currency, std::string& text) {
    static const std::array<std::pair<std::string_view, int>, 3> k_codes{
        {{"standard", 20}, {"reduced", 7}, {"zero", 0}}};
    std::int64_t subtotal = 0;
    std::int64_t tax_total = 0;
    std::string taxes;
    const int first = pick(0, 2);
    const int count = pick(1, 2);
    for (int i = 0; i < count; ++i) {
      const auto& [code, rate] = k_codes[static_cast<std::size_t>((first + i) % 3)];
      const std::int64_t base = pick(100, 200000);
      const std::int64_t tax = (base * rate * 2 + 100) / 200; // half up
      text += fmt::format("  item \"Work {}\" price {} tax {} amount {}\n", i,
                          amount(currency, base), code, amount(currency, base));
      taxes += fmt::format("  tax {} rate {}% base {} amount {}\n", code, rate,
                           amount(currency, base), amount(currency, tax));
      subtotal += base;
      tax_total += tax;
    }
    text += taxes;
    m_subtotal = subtotal;
    return subtotal + tax_total;
  }

  void invoice(const Date& today) {
    const bool yen = chance(25);
    const Currency& currency = *find_currency(yen ? "JPY" : "EUR");
    const std::string customer = yen ? "nippon" : (chance(50) ? "acme" : "globex");
    const std::string id = fmt::format("INV-{}", ++m_count);
    std::string lines;
    const std::int64_t total = body(currency, lines);
    m_entries.push_back(fmt::format("{} invoice {} customer {} due {} subtotal {} total {} {}\n{}\n",
                                    format_date(today), id, customer,
                                    format_date(add_days(today, pick(0, 45))),
                                    amount(currency, m_subtotal), amount(currency, total),
                                    currency.code, lines));
    m_open.push_back({id, customer, &currency, total});
    m_documents.emplace_back(today, std::string(currency.code), total);
  }

  void credit(const Date& today) {
    if (m_open.empty()) {
      return;
    }
    const Open& invoice = m_open[static_cast<std::size_t>(pick(0, static_cast<int>(m_open.size()) - 1))];
    std::string lines;
    const std::int64_t total = body(*invoice.currency, lines);
    m_entries.push_back(fmt::format(
        "{} credit CN-{} customer {} invoice {} subtotal {} total {} {} reason \"test\"\n{}\n",
        format_date(today), ++m_count, invoice.customer, invoice.id,
        amount(*invoice.currency, m_subtotal), amount(*invoice.currency, total),
        invoice.currency->code, lines));
    m_documents.emplace_back(today, std::string(invoice.currency->code), -total);
  }

  void pay(const Date& today) {
    if (m_open.empty()) {
      return;
    }
    const std::size_t index = static_cast<std::size_t>(pick(0, static_cast<int>(m_open.size()) - 1));
    Open& invoice = m_open[index];
    const std::int64_t paid = chance(70) ? invoice.open : pick(1, static_cast<int>(std::min<std::int64_t>(invoice.open, 1000000)));
    m_entries.push_back(fmt::format("{} payment PAY-{} customer {} amount {} {} method {}\n  apply {} {}\n\n",
                                    format_date(today), ++m_count, invoice.customer,
                                    amount(*invoice.currency, paid), invoice.currency->code,
                                    chance(50) ? "bank" : "card", invoice.id,
                                    amount(*invoice.currency, paid)));
    m_payments.emplace_back(today, std::string(invoice.currency->code), paid);
    invoice.open -= paid;
    if (invoice.open == 0) {
      m_open.erase(m_open.begin() + static_cast<std::ptrdiff_t>(index));
    }
  }

  std::mt19937_64 m_random;
  std::vector<std::string> m_entries;
  std::vector<Open> m_open;
  std::vector<std::tuple<Date, std::string, std::int64_t>> m_documents;
  std::vector<std::tuple<Date, std::string, std::int64_t>> m_payments;
  std::int64_t m_subtotal = 0;
  int m_count = 0;
};

Ledger random_ledger(const RandomLedger& generator, std::uint64_t shuffle_seed) {
  test::LedgerText text;
  text.journals.emplace_back(std::string(test::k_journal_path), generator.journal(shuffle_seed));
  auto built = test::build(text);
  const auto errors = built.errors();
  REQUIRE_MESSAGE(errors.empty(), "the random ledger has errors, the first: " << errors.front());
  return std::move(built.ledger);
}

std::string json_of(const render::Grid& grid) {
  std::ostringstream out;
  render::grid_json(out, grid);
  return out.str();
}

} // namespace

TEST_CASE("report properties over random ledgers") {
  for (std::uint64_t seed = 1; seed <= 12; ++seed) {
    CAPTURE(seed);
    RandomLedger generator(seed);
    generator.generate(120);
    const Ledger ledger = random_ledger(generator, seed);
    for (const std::string as_of_text : {"2026-02-14", "2026-03-31", "2026-05-10"}) {
      CAPTURE(as_of_text);
      const Date as_of = day(as_of_text);
      const Balances balances = balances_as_of(ledger, as_of);
      std::map<std::string_view, std::int64_t> open;
      for (const OpenItem& item : open_items(ledger, balances)) {
        open[item.open.currency().code] += item.open.minor_units();
      }

      // The forecast's totals equal the open items, however they are spread.
      query::ForecastRequest forecast;
      forecast.as_of = as_of;
      forecast.unit = seed % 2 == 0 ? query::PeriodUnit::week : query::PeriodUnit::month;
      for (const query::ForecastBlock& block : query::forecast(ledger, forecast).blocks) {
        std::int64_t due = 0;
        std::int64_t arriving = 0;
        for (const query::ForecastRow& row : block.rows) {
          due += row.due.minor_units();
          arriving += (row.expected + row.discount + row.held).minor_units();
        }
        CHECK(due == open[block.currency->code]);
        CHECK(arriving == open[block.currency->code]);
        CHECK(block.total.due.minor_units() == open[block.currency->code]);
      }

      // The tax summary equals the documents, per month and per quarter.
      for (const query::PeriodUnit unit : {query::PeriodUnit::month, query::PeriodUnit::quarter}) {
        query::TaxRequest tax;
        tax.period = query::period_of(unit, as_of);
        tax.as_of = add_days(tax.period.end, 400);
        const auto documents = generator.documents(tax.period.start, tax.period.end);
        const auto received = generator.received(tax.period.start, tax.period.end);
        for (const query::TaxBlock& block : query::tax_summary(ledger, tax).blocks) {
          const std::string code(block.currency->code);
          CHECK(block.documents.minor_units() == (documents.count(code) != 0 ? documents.at(code) : 0));
          CHECK((block.total.base + block.total.tax) == block.documents);
          // Cash basis: what was received, give or take a rounding per payment and line.
          const std::int64_t cash = (block.total.cash_base + block.total.cash_tax).minor_units();
          const std::int64_t money = received.count(code) != 0 ? received.at(code) : 0;
          CHECK(std::abs(cash - money) <= 4 * static_cast<std::int64_t>(ledger.payments.size()));
        }
      }

      // Payments: the periods add up to the total and to what the generator received.
      query::PaymentsRequest payments;
      payments.as_of = as_of;
      payments.periods = 4;
      const query::PaymentsReport receipts = query::payments_report(ledger, payments);
      const auto received = generator.received(receipts.from, as_of);
      for (const query::PaymentsBlock& block : receipts.blocks) {
        std::int64_t sum = 0;
        for (const query::PaymentsRow& row : block.periods) {
          sum += row.amount.minor_units();
        }
        CHECK(sum == block.total.amount.minor_units());
        CHECK(sum == (received.count(std::string(block.currency->code)) != 0
                          ? received.at(std::string(block.currency->code))
                          : 0));
      }

      // DSO: each period's closing AR opens the next, and the last equals the open items.
      query::DsoRequest dso;
      dso.as_of = as_of;
      dso.periods = 3;
      for (const query::DsoBlock& block : query::dso(ledger, dso).blocks) {
        for (std::size_t p = 1; p < block.trend.size(); ++p) {
          CHECK(block.trend[p].begin_ar == block.trend[p - 1].ar);
        }
        CHECK(block.trend.back().ar.minor_units() == open[block.currency->code]);
      }

      // Risk inputs are reproducible: the same ledger written in another order gives the
      // same report, and every score is within 0..100.
      query::RiskRequest risk;
      risk.as_of = as_of;
      const query::RiskReport first = query::risk(ledger, risk);
      const Ledger reordered = random_ledger(generator, seed + 1000);
      CHECK(json_of(render::risk_grid(first, false))
            == json_of(render::risk_grid(query::risk(reordered, risk), false)));
      for (const query::RiskBlock& block : first.blocks) {
        for (const query::RiskRow& row : block.rows) {
          CHECK(row.score >= 0);
          CHECK(row.score <= 100);
        }
      }
    }
  }
}
