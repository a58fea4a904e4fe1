#include "model/allocation.hpp"
#include "query/aging.hpp"
#include "receipts_fixture.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <random>

using namespace dues;
using namespace dues::testing;

namespace {

std::string text(const Money& amount) {
  return fmt::format("{}", amount);
}

// "INV-1 100.00, INV-2 50.00": a plan's lines as text.
std::string lines_of(const Ledger& ledger, const AllocationPlan& plan) {
  std::string out;
  for (const AllocationLine& line : plan.lines) {
    out += fmt::format("{}{} {}", out.empty() ? "" : ", ", ledger.documents[line.document].id,
                       format_amount(line.amount));
  }
  return out;
}

constexpr std::string_view k_three_invoices = R"(
2026-01-10 invoice INV-2 customer acme due 2026-02-20 total 200.00 EUR
2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 100.00 EUR
2026-01-20 invoice INV-3 customer acme due 2026-02-04 total 300.00 EUR
2026-01-06 invoice INV-9 customer beta due 2026-01-10 total 999.00 EUR
)";

} // namespace

TEST_CASE("oldest due date first, then invoice date, then id; other customers untouched") {
  const Ledger ledger = ledger_from(k_three_invoices);
  AllocationPlanner planner(ledger, customer_of(ledger, "acme"), *find_currency("EUR"),
                            day("2026-03-01"));
  const AllocationPlan plan = planner.oldest_due(eur("1000.00"));
  CHECK(lines_of(ledger, plan) == "INV-1 100.00, INV-3 300.00, INV-2 200.00");
  CHECK(text(plan.unapplied) == "400.00 EUR"); // over-payment stays as credit
  CHECK(planner.open_items().empty());
}

TEST_CASE("a partial payment pays the oldest item part") {
  const Ledger ledger = ledger_from(k_three_invoices);
  AllocationPlanner planner(ledger, customer_of(ledger, "acme"), *find_currency("EUR"),
                            day("2026-03-01"));
  const AllocationPlan first = planner.oldest_due(eur("150.00"));
  CHECK(lines_of(ledger, first) == "INV-1 100.00, INV-3 50.00");
  CHECK(first.unapplied.is_zero());
  // A second plan on the same planner continues where the first stopped.
  const AllocationPlan second = planner.oldest_due(eur("260.00"));
  CHECK(lines_of(ledger, second) == "INV-3 250.00, INV-2 10.00");
}

TEST_CASE("invoices issued after the day are not paid by money dated that day") {
  const Ledger ledger = ledger_from(k_three_invoices);
  AllocationPlanner planner(ledger, customer_of(ledger, "acme"), *find_currency("EUR"),
                            day("2026-01-12"));
  const AllocationPlan plan = planner.oldest_due(eur("1000.00"));
  CHECK(lines_of(ledger, plan) == "INV-1 100.00, INV-2 200.00");
  CHECK(text(plan.unapplied) == "700.00 EUR");
}

TEST_CASE("a fee settles like money: amount + fee pays the invoice in full") {
  const std::string journal = std::string(k_three_invoices) + R"(
2026-02-01 payment PAY-1 customer acme amount 97.50 EUR fee 2.50
  apply INV-1 100.00
)";
  const Ledger ledger = ledger_from(journal);
  const Balances balances = balances_as_of(ledger, day("2026-02-01"));
  CHECK(state_name(state_of(ledger, balances, document_of(ledger, "INV-1"))) == "paid");
  CHECK(text(balances.payment_unapplied[0]) == "0.00 EUR");
  CHECK(text(query::balance_from_events(ledger, customer_of(ledger, "acme"), *find_currency("EUR"),
                                        day("2026-02-01")))
        == "500.00 EUR");
  // Without the fee line the same allocation over-applies the payment.
  CHECK(errors_in(std::string(k_three_invoices) + R"(
2026-02-01 payment PAY-1 customer acme amount 97.50 EUR
  apply INV-1 100.00
)") == 1);
}

TEST_CASE("disputed invoices are skipped by automatic allocation but may be named") {
  const std::string journal = std::string(k_three_invoices) + R"(
2026-02-10 dispute INV-1 reason "Goods damaged"
)";
  const Ledger ledger = ledger_from(journal);
  const std::uint32_t acme = customer_of(ledger, "acme");
  AllocationPlanner after_dispute(ledger, acme, *find_currency("EUR"), day("2026-03-01"));
  CHECK(lines_of(ledger, after_dispute.oldest_due(eur("150.00"))) == "INV-3 150.00");
  // Before the dispute was raised the invoice is paid as usual.
  AllocationPlanner before(ledger, acme, *find_currency("EUR"), day("2026-02-09"));
  CHECK(lines_of(ledger, before.oldest_due(eur("150.00"))) == "INV-1 100.00, INV-3 50.00");
  AllocationPlanner named(ledger, acme, *find_currency("EUR"), day("2026-03-01"));
  CHECK(lines_of(ledger, named.requested(eur("150.00"), {{"INV-1", std::nullopt}}))
        == "INV-1 100.00");
}

TEST_CASE("a resolved dispute no longer keeps the invoice from automatic allocation") {
  const std::string journal = std::string(k_three_invoices) + R"(
2026-02-10 dispute INV-1 reason "Goods damaged"
2026-02-20 resolve INV-1
)";
  const Ledger ledger = ledger_from(journal);
  const std::uint32_t acme = customer_of(ledger, "acme");
  AllocationPlanner during(ledger, acme, *find_currency("EUR"), day("2026-02-15"));
  CHECK(lines_of(ledger, during.oldest_due(eur("150.00"))) == "INV-3 150.00");
  AllocationPlanner resolved(ledger, acme, *find_currency("EUR"), day("2026-03-01"));
  CHECK(lines_of(ledger, resolved.oldest_due(eur("150.00"))) == "INV-1 100.00, INV-3 50.00");
}

TEST_CASE("zero-decimal currency: JPY amounts are whole yen") {
  const Ledger ledger = ledger_from(R"(
2026-01-05 invoice J-1 customer sato due 2026-02-04 total 150000 JPY
2026-01-06 invoice J-2 customer sato due 2026-02-05 total 1 JPY
)");
  AllocationPlanner planner(ledger, customer_of(ledger, "sato"), *find_currency("JPY"),
                            day("2026-03-01"));
  const AllocationPlan plan = planner.oldest_due(money("150000", "JPY"));
  CHECK(lines_of(ledger, plan) == "J-1 150000");
  CHECK(text(plan.unapplied) == "0 JPY");
  CHECK(text(planner.open_items().front().open) == "1 JPY");
  CHECK_FALSE(parse_money("1.5", *find_currency("JPY")).has_value());
}

TEST_CASE("explicit requests: what is open, what is left, or exactly an amount") {
  const Ledger ledger = ledger_from(k_three_invoices);
  const std::uint32_t acme = customer_of(ledger, "acme");
  const Currency& euro = *find_currency("EUR");
  AllocationPlanner planner(ledger, acme, euro, day("2026-03-01"));
  const AllocationPlan plan =
      planner.requested(eur("260.00"), {{"INV-2", eur("50.00")}, {"INV-3", std::nullopt}});
  CHECK(lines_of(ledger, plan) == "INV-2 50.00, INV-3 210.00"); // INV-3 gets what is left
  CHECK(plan.unapplied.is_zero());

  const auto refused = [&](const std::vector<ApplyRequest>& requests, std::string_view money_text,
                           const std::string& message) {
    AllocationPlanner fresh(ledger, acme, euro, day("2026-03-01"));
    CHECK_THROWS_WITH_AS(fresh.requested(eur(money_text), requests), message.c_str(), Error);
  };
  refused({{"INV-1", eur("100.01")}}, "500.00",
          "--apply: 100.01 EUR is more than the 100.00 EUR open on INV-1");
  refused({{"INV-1", eur("100.00")}, {"INV-2", eur("100.00")}}, "150.00",
          "--apply: the amounts applied add up to more than the 150.00 EUR available");
  refused({{"INV-9", std::nullopt}}, "10.00",
          "--apply: INV-9 is an invoice of 'beta', not of 'acme'");
  refused({{"NOPE", std::nullopt}}, "10.00", "--apply: no invoice 'NOPE' in this ledger");
  refused({{"INV-1", std::nullopt}, {"INV-1", std::nullopt}}, "500.00",
          "--apply: INV-1 is named twice");
  refused({{"INV-1", std::nullopt}, {"INV-2", std::nullopt}}, "100.00",
          "--apply: nothing of the 100.00 EUR is left for INV-2");
  AllocationPlanner early(ledger, acme, euro, day("2026-01-12"));
  CHECK_THROWS_WITH_AS(early.requested(eur("10.00"), {{"INV-3", std::nullopt}}),
                       "--apply: INV-3 is dated 2026-01-20, after 2026-01-12", Error);
}

TEST_CASE("requests are usage errors; nothing open, void and other currencies are refused") {
  const Ledger ledger = ledger_from(R"(
2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 100.00 EUR
2026-01-05 invoice INV-2 customer acme due 2026-02-04 total 100.00 EUR
2026-01-05 invoice INV-3 customer acme due 2026-02-04 total 100.00 USD
2026-01-06 void INV-2 reason "Twice"
2026-01-07 payment PAY-1 customer acme amount 100.00 EUR
  apply INV-1 100.00
)");
  AllocationPlanner planner(ledger, customer_of(ledger, "acme"), *find_currency("EUR"),
                            day("2026-03-01"));
  try {
    planner.requested(eur("10.00"), {{"INV-1", std::nullopt}});
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::usage);
    CHECK(error.message() == "--apply: nothing is open on INV-1");
  }
  CHECK_THROWS_WITH_AS(planner.requested(eur("10.00"), {{"INV-2", std::nullopt}}),
                       "--apply: INV-2 is void", Error);
  CHECK_THROWS_WITH_AS(planner.requested(eur("10.00"), {{"INV-3", std::nullopt}}),
                       "--apply: INV-3 is in USD, but the money applied is in EUR", Error);
}

TEST_CASE("a back-dated payment sees what is left after later allocations") {
  const Ledger ledger = ledger_from(R"(
2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 100.00 EUR
2026-03-01 payment PAY-1 customer acme amount 60.00 EUR
  apply INV-1 60.00
)");
  // On 2026-02-01 all 100.00 were open, but 60.00 of it is paid on 2026-03-01: a payment
  // dated 2026-02-01 may only take 40.00, or the later allocation would over-apply.
  AllocationPlanner planner(ledger, customer_of(ledger, "acme"), *find_currency("EUR"),
                            day("2026-02-01"));
  const AllocationPlan plan = planner.oldest_due(eur("100.00"));
  CHECK(lines_of(ledger, plan) == "INV-1 40.00");
  CHECK(text(plan.unapplied) == "60.00 EUR");
  CHECK(text(open_after_all(ledger, document_of(ledger, "INV-1"))) == "40.00 EUR");
}

TEST_CASE("a partial payment of an instalment invoice pays instalments oldest first") {
  const std::string journal = R"(
2026-01-05 invoice INV-1 customer acme total 900.00 EUR
  instalment 2026-02-01 300.00
  instalment 2026-03-01 300.00
  instalment 2026-04-01 300.00
2026-01-06 invoice INV-2 customer acme due 2026-02-15 total 100.00 EUR
)";
  const Ledger ledger = ledger_from(journal);
  AllocationPlanner planner(ledger, customer_of(ledger, "acme"), *find_currency("EUR"),
                            day("2026-03-10"));
  // Instalment 1 (due 02-01), then INV-2 (02-15), then half of instalment 2 (03-01).
  CHECK(lines_of(ledger, planner.oldest_due(eur("550.00"))) == "INV-1 450.00, INV-2 100.00");
  const Ledger paid = ledger_from(journal + R"(
2026-03-10 payment PAY-1 customer acme amount 550.00 EUR
  apply INV-1 450.00
  apply INV-2 100.00
)");
  query::AgingRequest request;
  request.as_of = day("2026-03-10");
  request.detail = true;
  const query::AgingReport report = query::aging(paid, request);
  REQUIRE(report.blocks.size() == 1);
  const query::AgingRow& row = report.blocks[0].rows.at(0);
  REQUIRE(row.lines.size() == 2);
  CHECK(row.lines[0].instalment == 2);
  CHECK(text(row.lines[0].open) == "150.00 EUR");
  CHECK(row.lines[0].column == 1); // 9 days past due
  CHECK(row.lines[1].instalment == 3);
  CHECK(row.lines[1].column == 0); // not yet due
  const Balances balances = balances_as_of(paid, day("2026-03-10"));
  CHECK(state_name(state_of(paid, balances, document_of(paid, "INV-1"))) == "overdue");
}

TEST_CASE("paid after the as-of day: reports as of earlier days still see it open") {
  const Ledger ledger = ledger_from(R"(
2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 100.00 EUR
2026-03-01 payment PAY-1 customer acme amount 100.00 EUR
  apply INV-1 100.00
)");
  const std::uint32_t invoice = document_of(ledger, "INV-1");
  CHECK(state_name(state_of(ledger, balances_as_of(ledger, day("2026-01-31")), invoice)) == "open");
  CHECK(state_name(state_of(ledger, balances_as_of(ledger, day("2026-02-28")), invoice))
        == "overdue");
  CHECK(state_name(state_of(ledger, balances_as_of(ledger, day("2026-03-01")), invoice)) == "paid");
  query::AgingRequest request;
  request.as_of = day("2026-02-28");
  const query::AgingReport report = query::aging(ledger, request);
  REQUIRE(report.blocks.size() == 1);
  CHECK(text(report.blocks[0].rows.at(0).columns[1]) == "100.00 EUR");
}

TEST_CASE("credit before the invoice: a credit note dated earlier pays a later invoice") {
  const Ledger ledger = ledger_from(R"(
2026-01-05 credit CN-1 customer acme total 80.00 EUR reason "Goodwill"
2026-01-20 invoice INV-1 customer acme due 2026-02-19 total 100.00 EUR
)");
  const std::uint32_t acme = customer_of(ledger, "acme");
  const Currency& euro = *find_currency("EUR");
  const auto sources = credit_sources(ledger, acme, euro, day("2026-01-20"));
  REQUIRE(sources.size() == 1);
  CHECK(sources[0].id == "CN-1");
  CHECK(text(sources[0].available) == "80.00 EUR");
  // Dated before the invoice, the credit has nothing to pay.
  AllocationPlanner early(ledger, acme, euro, day("2026-01-10"));
  CHECK(early.oldest_due(eur("80.00")).lines.empty());
  AllocationPlanner planner(ledger, acme, euro, day("2026-01-20"));
  const AllocationPlan plan = planner.oldest_due(sources[0].available);
  CHECK(lines_of(ledger, plan) == "INV-1 80.00");
  const auto parts = split_over(plan.lines, sources);
  REQUIRE(parts.size() == 1);
  CHECK(parts[0].size() == 1);
}

TEST_CASE("credit sources: oldest first, what each holds after later events, capped by credit") {
  const Ledger ledger = ledger_from(R"(
2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 100.00 EUR
2026-01-10 payment PAY-1 customer acme amount 150.00 EUR
2026-01-03 credit CN-1 customer acme total 30.00 EUR
2026-02-01 allocate PAY-1
  apply INV-1 100.00
2026-03-01 refund RFD-1 customer acme amount 60.00 EUR
)");
  const std::uint32_t acme = customer_of(ledger, "acme");
  const Currency& euro = *find_currency("EUR");
  // On 2026-01-15 PAY-1 still holds 150.00, but 100.00 of it is applied on 2026-02-01 and
  // 60.00 of the customer's credit is refunded on 2026-03-01: only 20.00 may be used.
  CHECK(text(credit_available(ledger, acme, euro, day("2026-01-15"))) == "20.00 EUR");
  CHECK(text(credit_available(ledger, acme, euro, day("2026-03-01"))) == "20.00 EUR");
  CHECK(text(credit_available(ledger, acme, euro, day("2026-01-04"))) == "20.00 EUR");
  CHECK(text(credit_available(ledger, acme, euro, day("2026-01-02"))) == "0.00 EUR");
  const auto sources = credit_sources(ledger, acme, euro, day("2026-01-15"));
  REQUIRE(sources.size() == 1);
  // The refund (without `from`) drew on the oldest credit first: all of CN-1's 30.00,
  // then 30.00 of the 50.00 PAY-1 holds after its allocation (issue 19.1).
  CHECK(sources[0].id == "PAY-1");
  CHECK(text(sources[0].available) == "20.00 EUR");
  const CreditSource payment = credit_source(ledger, "PAY-1", day("2026-01-15"));
  CHECK(text(payment.available) == "20.00 EUR");
  CHECK(credit_source(ledger, "CN-1", day("2026-01-15")).available.is_zero());
  CHECK_THROWS_WITH_AS(credit_source(ledger, "PAY-1", day("2026-01-09")),
                       "PAY-1 is dated 2026-01-10, after 2026-01-09", Error);
  CHECK_THROWS_WITH_AS(credit_source(ledger, "INV-1", day("2026-01-09")),
                       "no customer, payment or credit note 'INV-1' in this ledger", Error);
}

TEST_CASE("split_over gives the first lines to the first source") {
  const Ledger ledger = ledger_from(k_three_invoices);
  const std::vector<AllocationLine> lines{{document_of(ledger, "INV-1"), eur("100.00")},
                                          {document_of(ledger, "INV-3"), eur("50.00")}};
  const std::vector<CreditSource> sources{
      {SourceKind::payment, 0, "A", day("2026-01-01"), eur("70.00")},
      {SourceKind::payment, 1, "B", day("2026-01-02"), eur("10.00")},
      {SourceKind::credit_note, 2, "C", day("2026-01-03"), eur("500.00")}};
  const auto parts = split_over(lines, sources);
  REQUIRE(parts.size() == 3);
  REQUIRE(parts[0].size() == 1);
  CHECK(text(parts[0][0].amount) == "70.00 EUR");
  REQUIRE(parts[1].size() == 1);
  CHECK(text(parts[1][0].amount) == "10.00 EUR");
  REQUIRE(parts[2].size() == 2);
  CHECK(text(parts[2][0].amount) == "20.00 EUR");
  CHECK(text(parts[2][1].amount) == "50.00 EUR");
  CHECK_THROWS_AS(split_over(lines, {sources[0]}), Error);
}

TEST_CASE("allocation policy: the customer's, else the ledger default") {
  const Ledger ledger = ledger_from("");
  CHECK(allocation_policy(ledger, customer_of(ledger, "acme")) == AllocationPolicy::oldest_due);
  CHECK(allocation_policy(ledger, customer_of(ledger, "manual")) == AllocationPolicy::manual);
  const Ledger manual =
      ledger_from("", std::string(k_settings) + "[defaults]\nallocation = \"manual\"\n");
  CHECK(allocation_policy(manual, customer_of(manual, "acme")) == AllocationPolicy::manual);
}

namespace {

// Random receipts, each dated any day (back-dated ones included), planned with the
// allocation functions against the ledger as it stands, then appended: the ledger must
// still validate after every one.
class PlannedHistory {
public:
  explicit PlannedHistory(std::uint64_t seed) : m_random(seed) {
    for (int i = 1; i <= 12; ++i) {
      const bool yen = pick(3) == 0;
      const int issued = pick(60);
      const std::string total = yen ? fmt::format("{}", 1000 + pick(90000))
                                    : fmt::format("{}.{:02}", 10 + pick(900), pick(100));
      if (!yen && pick(3) == 0) {
        const Money money_total = eur(total);
        const std::vector<Money> shares = allocate(money_total, std::vector<std::int64_t>{1, 1});
        m_journal +=
            fmt::format("{} invoice I{} customer {} total {} EUR\n  instalment {} {}\n"
                        "  instalment {} {}\n",
                        date_text(issued), i, yen ? "sato" : "acme", total, date_text(issued + 20),
                        format_amount(shares[0]), date_text(issued + 50), format_amount(shares[1]));
      } else {
        m_journal +=
            fmt::format("{} invoice I{} customer {} due {} total {} {}\n", date_text(issued), i,
                        yen ? "sato" : "acme", date_text(issued + 30), total, yen ? "JPY" : "EUR");
      }
    }
  }

  void step() {
    const Ledger ledger = ledger_from(m_journal);
    const bool yen = pick(3) == 0;
    const std::uint32_t customer = customer_of(ledger, yen ? "sato" : "acme");
    const Currency& currency = *find_currency(yen ? "JPY" : "EUR");
    const Date on = add_days(day("2026-01-01"), pick(120));
    switch (pick(4)) {
    case 0:
      pay(ledger, customer, currency, on);
      break;
    case 1:
      apply_credit(ledger, customer, currency, on);
      break;
    case 2: {
      const Money credit = credit_available(ledger, customer, currency, on);
      if (credit.is_positive()) {
        const Money amount(currency, 1 + pick(static_cast<int>(credit.minor_units())));
        add(fmt::format("{} refund R{} customer {} amount {} {}\n", format_date(on), ++m_number,
                        ledger.customers[customer].id, format_amount(amount), currency.code));
      }
      break;
    }
    default:
      write_off(ledger, customer, currency, on);
      break;
    }
  }

  std::size_t entries() const { return m_entries; }

private:
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
  static std::string date_text(int offset) {
    return format_date(add_days(day("2026-01-01"), offset));
  }

  void add(const std::string& text) {
    m_journal += text;
    ++m_entries;
    INFO(m_journal);
    CHECK(errors_in(m_journal) == 0);
  }

  static std::string apply_text(const Ledger& ledger, const std::vector<AllocationLine>& lines) {
    std::string text;
    for (const AllocationLine& line : lines) {
      text += fmt::format("  apply {} {}\n", ledger.documents[line.document].id,
                          format_amount(line.amount));
    }
    return text;
  }

  void pay(const Ledger& ledger, std::uint32_t customer, const Currency& currency, const Date& on) {
    const Money amount(currency, 1 + pick(100000));
    AllocationPlanner planner(ledger, customer, currency, on);
    AllocationPlan plan{{}, amount};
    if (pick(2) == 0 || planner.open_items().empty()) {
      plan = planner.oldest_due(amount);
    } else {
      const OpenItem& item = planner.open_items()[static_cast<std::size_t>(
          pick(static_cast<int>(planner.open_items().size())))];
      const Money wanted(currency, 1
                                       + pick(static_cast<int>(std::min<std::int64_t>(
                                           item.open.minor_units(), amount.minor_units()))));
      plan = planner.requested(amount, {{ledger.documents[item.document].id, wanted}});
    }
    add(fmt::format("{} payment P{} customer {} amount {} {}\n{}", format_date(on), ++m_number,
                    ledger.customers[customer].id, format_amount(amount), currency.code,
                    apply_text(ledger, plan.lines)));
  }

  void apply_credit(const Ledger& ledger, std::uint32_t customer, const Currency& currency,
                    const Date& on) {
    const std::vector<CreditSource> sources = credit_sources(ledger, customer, currency, on);
    Money total = Money::zero(currency);
    for (const CreditSource& source : sources) {
      total += source.available;
    }
    AllocationPlanner planner(ledger, customer, currency, on);
    const auto parts = split_over(planner.oldest_due(total).lines, sources);
    for (std::size_t i = 0; i < sources.size(); ++i) {
      if (!parts[i].empty()) {
        add(fmt::format("{} allocate {}\n{}", format_date(on), sources[i].id,
                        apply_text(ledger, parts[i])));
      }
    }
  }

  void write_off(const Ledger& ledger, std::uint32_t customer, const Currency& currency,
                 const Date& on) {
    AllocationPlanner planner(ledger, customer, currency, on);
    if (planner.open_items().empty()) {
      return;
    }
    const std::uint32_t invoice = planner.open_items().front().document;
    const Money open = open_after_all(ledger, invoice);
    const Money amount(currency, 1 + pick(static_cast<int>(open.minor_units())));
    add(fmt::format("{} writeoff {} amount {} {} reason \"Loss\"\n", format_date(on),
                    ledger.documents[invoice].id, format_amount(amount), currency.code));
  }

  std::mt19937_64 m_random;
  std::string m_journal;
  std::size_t m_entries = 0;
  int m_number = 0;
};

} // namespace

TEST_CASE("property: receipts planned on any day, back-dated or not, keep the ledger valid") {
  for (const std::uint64_t seed : {7U, 11U, 19U, 42U, 97U}) {
    INFO("seed ", seed);
    PlannedHistory history(seed);
    for (int i = 0; i < 60; ++i) {
      history.step();
    }
    CHECK(history.entries() > 20);
  }
}
