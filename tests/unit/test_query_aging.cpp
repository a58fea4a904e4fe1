#include "query/aging.hpp"
#include "testutil.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

using dues::Money;
using dues::query::aging;
using dues::query::aging_column;
using dues::query::aging_labels;
using dues::query::AgingBasis;
using dues::query::AgingReport;
using dues::query::AgingRequest;
using dues::query::AgingRow;
using dues::query::balance_from_events;
using dues::test::build_clean;
using dues::test::day;
using dues::test::eur;
using dues::test::money;
using Labels = std::vector<std::string>;

namespace {

// As of 2026-03-31, acme's invoices are 0, 1, 30, 31, 60, 61, 90 and 91 days past due.
constexpr std::string_view k_edges =
    R"(2025-12-01 invoice INV-1 customer acme due 2026-03-31 total 1.00 EUR
2025-12-01 invoice INV-2 customer acme due 2026-03-30 total 2.00 EUR
2025-12-01 invoice INV-3 customer acme due 2026-03-01 total 4.00 EUR
2025-12-01 invoice INV-4 customer acme due 2026-02-28 total 8.00 EUR
2025-12-01 invoice INV-5 customer acme due 2026-01-30 total 16.00 EUR
2025-12-01 invoice INV-6 customer acme due 2026-01-29 total 32.00 EUR
2025-12-01 invoice INV-7 customer acme due 2025-12-31 total 64.00 EUR
2025-12-01 invoice INV-8 customer acme due 2025-12-30 total 128.00 EUR
2026-04-01 invoice INV-9 customer acme due 2026-04-30 total 256.00 EUR
2026-03-15 payment PAY-1 customer globex amount 50.00 EUR
2026-01-10 invoice INV-10 customer nippon due 2026-02-09 total 1500 JPY
2026-03-01 invoice INV-11 customer globex due 2026-04-01 total 10.00 EUR
2026-03-02 dispute INV-11 reason "wrong address"
)";

AgingRequest request(std::string_view as_of, AgingBasis basis = AgingBasis::due) {
  AgingRequest result;
  result.as_of = day(as_of);
  result.basis = basis;
  return result;
}

std::vector<Money> amounts(std::initializer_list<const char*> values, const char* code = "EUR") {
  std::vector<Money> out;
  for (const char* value : values) {
    out.push_back(money(value, code));
  }
  return out;
}

const AgingRow& row_of(const AgingReport& report, std::string_view code,
                       std::string_view customer) {
  for (const auto& block : report.blocks) {
    if (block.currency->code != code) {
      continue;
    }
    for (const auto& row : block.rows) {
      if (row.customer_id == customer) {
        return row;
      }
    }
  }
  FAIL("no row for " << customer << " in " << code);
  throw; // not reached
}

} // namespace

TEST_CASE("aging labels and columns: day 0 is not due, day 1 is") {
  const std::vector<int> buckets{30, 60, 90};
  CHECK(aging_labels(AgingBasis::due, buckets)
        == Labels{"not due", "1-30", "31-60", "61-90", "90+"});
  CHECK(aging_labels(AgingBasis::invoice, buckets) == Labels{"0-30", "31-60", "61-90", "90+"});
  CHECK(aging_labels(AgingBasis::due, {15}) == Labels{"not due", "1-15", "15+"});
  const std::pair<int, std::size_t> due[] = {{-10, 0}, {0, 0},  {1, 1},  {30, 1}, {31, 2},
                                             {60, 2},  {61, 3}, {90, 3}, {91, 4}, {1000, 4}};
  for (const auto& [days, column] : due) {
    CAPTURE(days);
    CHECK(aging_column(AgingBasis::due, buckets, days) == column);
  }
  const std::pair<int, std::size_t> invoice[] = {{0, 0},  {30, 0}, {31, 1}, {60, 1},
                                                 {61, 2}, {90, 2}, {91, 3}};
  for (const auto& [days, column] : invoice) {
    CAPTURE(days);
    CHECK(aging_column(AgingBasis::invoice, buckets, days) == column);
  }
}

TEST_CASE("aging by due date: bucket edges, unapplied credit, currencies") {
  const auto built = build_clean(k_edges);
  const AgingReport report = aging(built.ledger, request("2026-03-31"));
  CHECK(report.labels == Labels{"not due", "1-30", "31-60", "61-90", "90+"});
  REQUIRE(report.blocks.size() == 2);
  CHECK(report.blocks[0].currency->code == "EUR");
  CHECK(report.blocks[1].currency->code == "JPY");
  const AgingRow& acme = row_of(report, "EUR", "acme");
  CHECK(acme.customer_name == "ACME Corporation");
  CHECK(acme.columns == amounts({"1.00", "6.00", "24.00", "96.00", "128.00"}));
  CHECK(acme.unapplied == eur("0.00"));
  CHECK(acme.total == eur("255.00")); // INV-9 is dated after the report
  const AgingRow& globex = row_of(report, "EUR", "globex");
  CHECK(globex.columns == amounts({"10.00", "0", "0", "0", "0"}));
  CHECK(globex.unapplied == eur("-50.00"));
  CHECK(globex.total == eur("-40.00"));
  const AgingRow& nippon = row_of(report, "JPY", "nippon");
  CHECK(nippon.columns == amounts({"0", "0", "1500", "0", "0"}, "JPY"));
  const AgingRow& totals = report.blocks[0].totals;
  CHECK(totals.customer_id == "total");
  CHECK(totals.columns == amounts({"11.00", "6.00", "24.00", "96.00", "128.00"}));
  CHECK(totals.unapplied == eur("-50.00"));
  CHECK(totals.total == eur("215.00"));
  CHECK(acme.lines.empty()); // no detail asked for
}

TEST_CASE("aging detail: one line per open item, oldest due first") {
  const auto built = build_clean(k_edges);
  AgingRequest asked = request("2026-03-31");
  asked.detail = true;
  const AgingReport report = aging(built.ledger, asked);
  std::vector<std::string> lines;
  for (const auto& line : row_of(report, "EUR", "acme").lines) {
    lines.push_back(fmt::format("{} {} {}d col{} {}", line.document_id, line.due, line.days,
                                line.column, line.open));
  }
  CHECK(lines
        == std::vector<std::string>{
            "INV-8 2025-12-30 91d col4 128.00 EUR", "INV-7 2025-12-31 90d col3 64.00 EUR",
            "INV-6 2026-01-29 61d col3 32.00 EUR", "INV-5 2026-01-30 60d col2 16.00 EUR",
            "INV-4 2026-02-28 31d col2 8.00 EUR", "INV-3 2026-03-01 30d col1 4.00 EUR",
            "INV-2 2026-03-30 1d col1 2.00 EUR", "INV-1 2026-03-31 0d col0 1.00 EUR"});
  const auto& globex = row_of(report, "EUR", "globex").lines;
  REQUIRE(globex.size() == 1);
  CHECK(globex[0].disputed);
  CHECK(globex[0].days == -1);
}

TEST_CASE("aging by invoice date") {
  const auto built =
      build_clean(R"(2026-03-31 invoice INV-1 customer acme due 2026-12-31 total 1.00 EUR
2026-03-01 invoice INV-2 customer acme due 2026-12-31 total 2.00 EUR
2026-02-28 invoice INV-3 customer acme due 2026-12-31 total 4.00 EUR
2026-01-30 invoice INV-4 customer acme due 2026-12-31 total 8.00 EUR
2026-01-29 invoice INV-5 customer acme due 2026-12-31 total 16.00 EUR
2025-12-31 invoice INV-6 customer acme due 2026-12-31 total 32.00 EUR
2025-12-30 invoice INV-7 customer acme due 2026-12-31 total 64.00 EUR
)");
  const AgingReport report = aging(built.ledger, request("2026-03-31", AgingBasis::invoice));
  CHECK(report.labels == Labels{"0-30", "31-60", "61-90", "90+"});
  CHECK(row_of(report, "EUR", "acme").columns == amounts({"3.00", "12.00", "48.00", "64.00"}));
  // The same ledger by due date: nothing is due yet.
  CHECK(row_of(aging(built.ledger, request("2026-03-31")), "EUR", "acme").columns
        == amounts({"127.00", "0", "0", "0", "0"}));
}

TEST_CASE("aging filters by customer and currency") {
  const auto built = build_clean(k_edges);
  AgingRequest only_acme = request("2026-03-31");
  only_acme.customer = "acme";
  const auto acme = aging(built.ledger, only_acme);
  REQUIRE(acme.blocks.size() == 1);
  REQUIRE(acme.blocks[0].rows.size() == 1);
  CHECK(acme.blocks[0].rows[0].customer_id == "acme");
  CHECK(acme.blocks[0].totals.total == eur("255.00"));
  AgingRequest only_yen = request("2026-03-31");
  only_yen.currency = "JPY";
  const auto yen = aging(built.ledger, only_yen);
  REQUIRE(yen.blocks.size() == 1);
  CHECK(yen.blocks[0].currency->code == "JPY");
  AgingRequest globex_yen = request("2026-03-31");
  globex_yen.customer = "globex";
  globex_yen.currency = "JPY";
  CHECK(aging(built.ledger, globex_yen).blocks.empty());
  AgingRequest only_globex = request("2026-03-31");
  only_globex.customer = "globex";
  CHECK(aging(built.ledger, only_globex).blocks.at(0).totals.unapplied == eur("-50.00"));
  // Before anything happened there is nothing to report.
  CHECK(aging(built.ledger, request("2025-11-30")).blocks.empty());
}

namespace {

// A random but valid journal: invoices (some with instalments), payments (with fees,
// partly applied), allocations, credit notes, write-offs, refunds, voids and disputes,
// for customers in EUR, USD and JPY. Every amount is chosen so that the rules hold.
class JournalGenerator {
public:
  explicit JournalGenerator(unsigned seed) : m_random(seed) {}

  std::string run(int days) {
    for (int d = 0; d < days; ++d) {
      m_today = dues::add_days(day("2026-01-01"), d);
      const long long events = between(0, 3);
      for (long long e = 0; e < events; ++e) {
        event();
      }
    }
    return m_text;
  }

private:
  struct Account {
    std::string customer;
    std::string currency;
  };
  struct Invoice {
    std::string id;
    std::size_t account = 0;
    long long open = 0;
    bool touched = false;
    bool voided = false;
    bool disputed = false;
  };
  struct Source {
    std::string id;
    std::size_t account = 0;
    long long left = 0;
    bool is_credit_note = false;
    bool voided = false;
  };

  long long between(long long low, long long high) {
    return std::uniform_int_distribution<long long>(low, high)(m_random);
  }
  std::size_t pick(std::size_t count) {
    return std::uniform_int_distribution<std::size_t>(0, count - 1)(m_random);
  }
  int days(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }

  std::string amount(std::size_t account, long long units) const {
    const dues::Currency& currency = *dues::find_currency(k_accounts[account].currency);
    return dues::format_amount(Money(currency, units));
  }

  std::string date() const { return dues::format_date(m_today); }

  void event() {
    switch (between(0, 11)) {
    case 0:
    case 1:
    case 2:
      issue();
      break;
    case 3:
    case 4:
      pay();
      break;
    case 5:
      credit();
      break;
    case 6:
      write_off();
      break;
    case 7:
      refund();
      break;
    case 8:
      void_invoice();
      break;
    case 9:
      dispute();
      break;
    default:
      allocate();
      break;
    }
  }

  void issue() {
    const std::size_t account = pick(k_accounts.size());
    const long long total = between(3, 200000);
    const std::string id = fmt::format("INV-{}", ++m_count);
    m_invoices.push_back({id, account, total});
    const auto& who = k_accounts[account];
    if (between(0, 4) == 0) {
      const long long first = total / 3;
      m_text += fmt::format("{} invoice {} customer {} total {} {}\n", date(), id, who.customer,
                            amount(account, total), who.currency);
      m_text += fmt::format("  instalment {} {}\n", dues::format_date(dues::add_days(m_today, 10)),
                            amount(account, first));
      m_text += fmt::format("  instalment {} {}\n", dues::format_date(dues::add_days(m_today, 40)),
                            amount(account, total - first));
      return;
    }
    m_text += fmt::format("{} invoice {} customer {} due {} total {} {}\n", date(), id,
                          who.customer, dues::format_date(dues::add_days(m_today, days(0, 60))),
                          amount(account, total), who.currency);
  }

  // Applies up to `budget` of a source to open invoices of its account; returns the lines.
  std::string apply(Source& source, long long budget) {
    std::string lines;
    for (Invoice& invoice : m_invoices) {
      if (budget == 0 || invoice.account != source.account || invoice.voided || invoice.open == 0
          || between(0, 2) == 0) {
        continue;
      }
      const long long part = std::min(budget, between(1, invoice.open));
      invoice.open -= part;
      invoice.touched = true;
      source.left -= part;
      budget -= part;
      m_credit[source.account] -= part;
      lines += fmt::format("  apply {} {}\n", invoice.id, amount(source.account, part));
    }
    return lines;
  }

  void pay() {
    const std::size_t account = pick(k_accounts.size());
    const long long received = between(1, 150000);
    const long long fee = between(0, 3) == 0 ? between(1, 500) : 0;
    Source source{fmt::format("PAY-{}", ++m_count), account, received + fee};
    m_credit[account] += received + fee;
    const std::string lines = apply(source, source.left);
    const auto& who = k_accounts[account];
    m_text += fmt::format("{} payment {} customer {} amount {} {}{}\n{}", date(), source.id,
                          who.customer, amount(account, received), who.currency,
                          fee == 0 ? "" : " fee " + amount(account, fee), lines);
    m_sources.push_back(source);
  }

  void credit() {
    const std::size_t account = pick(k_accounts.size());
    Source source{fmt::format("CN-{}", ++m_count), account, between(1, 20000), true};
    m_credit[account] += source.left;
    const long long total = source.left;
    const std::string lines = apply(source, between(0, 1) == 0 ? total : 0);
    const auto& who = k_accounts[account];
    m_text += fmt::format("{} credit {} customer {} total {} {}\n{}", date(), source.id,
                          who.customer, amount(account, total), who.currency, lines);
    m_sources.push_back(source);
  }

  void allocate() {
    for (Source& source : m_sources) {
      if (source.left > 0 && !source.voided && between(0, 1) == 0) {
        const std::string lines = apply(source, source.left);
        if (!lines.empty()) {
          m_text += fmt::format("{} allocate {}\n{}", date(), source.id, lines);
        }
        return;
      }
    }
  }

  Invoice* pick_invoice(bool untouched) {
    std::vector<Invoice*> candidates;
    for (Invoice& invoice : m_invoices) {
      if (!invoice.voided && invoice.open > 0 && (!untouched || !invoice.touched)) {
        candidates.push_back(&invoice);
      }
    }
    if (candidates.empty()) {
      return nullptr;
    }
    return candidates[pick(candidates.size())];
  }

  void write_off() {
    if (Invoice* invoice = pick_invoice(false)) {
      const long long part = between(1, invoice->open);
      invoice->open -= part;
      invoice->touched = true;
      m_text += fmt::format("{} writeoff {} amount {} reason \"test\"\n", date(), invoice->id,
                            amount(invoice->account, part));
    }
  }

  void void_invoice() {
    if (Invoice* invoice = pick_invoice(true)) {
      invoice->voided = true;
      m_text += fmt::format("{} void {} reason \"test\"\n", date(), invoice->id);
    }
  }

  void dispute() {
    if (Invoice* invoice = pick_invoice(false)) {
      m_text += fmt::format("{} {} {} reason \"test\"\n", date(),
                            invoice->disputed ? "resolve" : "dispute", invoice->id);
      invoice->disputed = !invoice->disputed;
    }
  }

  // Refunds draw on the oldest sources first, so what is left of them stays applicable.
  void refund() {
    const std::size_t account = pick(k_accounts.size());
    if (m_credit[account] <= 0) {
      return;
    }
    long long rest = between(1, m_credit[account]);
    m_credit[account] -= rest;
    const auto& who = k_accounts[account];
    m_text += fmt::format("{} refund RFD-{} customer {} amount {} {}\n", date(), ++m_count,
                          who.customer, amount(account, rest), who.currency);
    for (Source& source : m_sources) {
      if (source.account == account) {
        const long long part = std::min(rest, source.left);
        source.left -= part;
        rest -= part;
      }
    }
  }

  inline static const std::vector<Account> k_accounts = {
      {"acme", "EUR"}, {"acme", "USD"}, {"globex", "EUR"}, {"nippon", "JPY"}, {"gulf", "KWD"}};
  std::mt19937 m_random;
  dues::Date m_today;
  std::string m_text;
  int m_count = 0;
  std::vector<Invoice> m_invoices;
  std::vector<Source> m_sources;
  std::map<std::size_t, long long> m_credit;
};

} // namespace

TEST_CASE("aging invariant: columns plus unapplied credit equal the balance from events") {
  for (const unsigned seed : {1U, 2U, 3U, 20260105U}) {
    CAPTURE(seed);
    const std::string journal = JournalGenerator(seed).run(200);
    const auto built = build_clean(journal);
    const auto& ledger = built.ledger;
    // The generator made every kind of event.
    CHECK(ledger.documents.size() > 50);
    CHECK(ledger.payments.size() > 20);
    CHECK_FALSE(ledger.refunds.empty());
    CHECK_FALSE(ledger.writeoffs.empty());
    CHECK(ledger.allocations.size() > ledger.payments.size());
    CHECK(std::any_of(ledger.status_events.begin(), ledger.status_events.end(),
                      [](const auto& event) { return event.kind == dues::StatusKind::voided; }));
    CHECK(std::any_of(ledger.status_events.begin(), ledger.status_events.end(),
                      [](const auto& event) { return event.kind == dues::StatusKind::resolved; }));
    int rows_seen = 0;
    for (int offset = 0; offset <= 230; offset += 7) {
      const dues::Date as_of = dues::add_days(day("2025-12-31"), offset);
      for (const AgingBasis basis : {AgingBasis::due, AgingBasis::invoice}) {
        AgingRequest asked;
        asked.as_of = as_of;
        asked.basis = basis;
        const AgingReport report = aging(ledger, asked);
        std::map<std::pair<std::string, std::string>, Money> reported;
        for (const auto& block : report.blocks) {
          Money block_total = Money::zero(*block.currency);
          for (const AgingRow& row : block.rows) {
            CAPTURE(row.customer_id);
            CAPTURE(dues::format_date(as_of));
            Money sum = row.unapplied;
            for (const Money& column : row.columns) {
              sum += column;
            }
            CHECK(sum == row.total);
            CHECK(row.unapplied <= Money::zero(*block.currency)); // credit never turns negative
            CHECK(row.total
                  == balance_from_events(ledger, built.customer(row.customer_id), *block.currency,
                                         as_of));
            reported.emplace(std::make_pair(row.customer_id, std::string(block.currency->code)),
                             row.total);
            block_total += row.total;
            ++rows_seen;
          }
          CHECK(block.totals.total == block_total);
        }
        // Every customer whose balance is not zero has a row.
        for (const auto& [customer, currency] :
             std::vector<std::pair<std::string, std::string>>{{"acme", "EUR"},
                                                              {"acme", "USD"},
                                                              {"globex", "EUR"},
                                                              {"nippon", "JPY"},
                                                              {"gulf", "KWD"}}) {
          const Money balance = balance_from_events(ledger, built.customer(customer),
                                                    *dues::find_currency(currency), as_of);
          if (!balance.is_zero()) {
            CHECK(reported.count({customer, currency}) == 1);
          }
        }
      }
    }
    CHECK(rows_seen > 100);
  }
}

TEST_CASE("balance_from_events leaves voided documents out") {
  const auto built =
      build_clean("2026-01-05 invoice INV-1 customer acme due 2026-02-04 total "
                  "100.00 EUR\n"
                  "2026-01-06 invoice INV-2 customer acme due 2026-02-04 total "
                  "50.00 EUR\n"
                  "2026-01-07 void INV-2 reason \"x\"\n"
                  "2026-01-08 payment PAY-1 customer acme amount 30.00 EUR fee 1.00\n"
                  "2026-01-09 refund RFD-1 customer acme amount 11.00 EUR\n"
                  "2026-01-10 writeoff INV-1 amount 5.00 reason \"x\"\n");
  const auto& eur_code = *dues::find_currency("EUR");
  const auto acme = built.customer("acme");
  CHECK(balance_from_events(built.ledger, acme, eur_code, day("2026-01-06")) == eur("150.00"));
  CHECK(balance_from_events(built.ledger, acme, eur_code, day("2026-01-07")) == eur("100.00"));
  CHECK(balance_from_events(built.ledger, acme, eur_code, day("2026-01-08")) == eur("69.00"));
  CHECK(balance_from_events(built.ledger, acme, eur_code, day("2026-01-09")) == eur("80.00"));
  CHECK(balance_from_events(built.ledger, acme, eur_code, day("2026-01-10")) == eur("75.00"));
  CHECK(balance_from_events(built.ledger, acme, *dues::find_currency("USD"), day("2026-01-10"))
        == money("0", "USD"));
}
