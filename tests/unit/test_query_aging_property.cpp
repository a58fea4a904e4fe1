// Randomised property test: random histories (invoices with instalments, payments with
// fees, credit notes, allocations, write-offs, refunds, voids, disputes) in EUR, USD,
// JPY and KWD are written as journal text, read back through the real build_ledger,
// and checked on many days against the generator's own bookkeeping and against each
// other: aging columns + unapplied credit == balance_from_events == statement closing.
#include "query/aging.hpp"
#include "query/statement.hpp"
#include "random_history.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <random>

using namespace dues;
using namespace dues::random_history;

namespace {

// Which documents are void at the end of `last`.
std::vector<bool> voided_by(const Ledger& ledger, int last) {
  std::vector<bool> voided(ledger.documents.size(), false);
  for (const StatusEvent& event : ledger.status_events) {
    if (event.kind == StatusKind::voided && day_number(event.date) <= last) {
      voided[event.document] = true;
    }
  }
  return voided;
}

// Sum over invoices of open == invoices - applied credit notes - allocated payments -
// write-offs, per currency, as of `day`.
void check_open_sums(const Ledger& ledger, const Balances& balances, const Date& day) {
  const int last = day_number(day);
  const std::vector<bool> voided = voided_by(ledger, last);
  std::map<std::string_view, std::int64_t> open;
  std::map<std::string_view, std::int64_t> expected;
  for (std::size_t i = 0; i < ledger.documents.size(); ++i) {
    const Document& document = ledger.documents[i];
    const bool counts = document.is_invoice() && day_number(document.date) <= last && !voided[i];
    if (document.is_invoice()) {
      open[document.total.currency().code] += balances.open[i].minor_units();
    }
    if (counts) {
      expected[document.total.currency().code] += document.total.minor_units();
    }
  }
  std::map<SourceKind, std::int64_t> applied; // credit notes and payments, apart
  for (const Allocation& allocation : ledger.allocations) {
    if (day_number(allocation.date) <= last) {
      expected[allocation.amount.currency().code] -= allocation.amount.minor_units();
      applied[allocation.source_kind] += allocation.amount.minor_units();
    }
  }
  for (const WriteOff& writeoff : ledger.writeoffs) {
    if (day_number(writeoff.date) <= last) {
      expected[writeoff.amount.currency().code] -= writeoff.amount.minor_units();
    }
  }
  for (const auto& [code, amount] : expected) {
    CHECK(open[code] == amount);
  }
  CHECK(applied[SourceKind::credit_note] >= 0);
  CHECK(applied[SourceKind::payment] >= 0);
}

// Open amounts, states and unapplied credit as the generator booked them.
void check_bookkeeping(const Ledger& ledger, const Balances& balances, const Snapshot& expected) {
  for (const auto& [id, open] : expected.open) {
    const IdRef* ref = ledger.find_id(id);
    REQUIRE(ref != nullptr);
    CHECK(balances.open[ref->index] == open);
    const DocumentState state = state_of(ledger, balances, ref->index);
    const bool settled = state == DocumentState::paid || state == DocumentState::written_off
                         || state == DocumentState::void_doc;
    CHECK(open.is_zero() == settled);
  }
  for (const auto& [key, credit] : expected.credit) {
    CHECK(balances.unapplied.get(static_cast<std::uint32_t>(key.first), credit.currency())
          == credit);
  }
}

using AgedBalances = std::map<std::pair<std::string, std::string_view>, Money>;

// Every aging row adds up; returns columns + unapplied per customer and currency.
AgedBalances aged_balances(const Ledger& ledger, const Date& day) {
  query::AgingRequest request;
  request.as_of = day;
  const query::AgingReport report = query::aging(ledger, request);
  AgedBalances aged;
  for (const query::AgingBlock& block : report.blocks) {
    Money block_total = Money::zero(*block.currency);
    for (const query::AgingRow& row : block.rows) {
      Money sum = row.unapplied;
      for (const Money& column : row.columns) {
        sum += column;
      }
      CHECK(sum == row.total);
      block_total += row.total;
      aged.emplace(std::make_pair(row.customer_id, block.currency->code), sum);
    }
    CHECK(block_total == block.totals.total);
  }
  return aged;
}

// The statement of one customer in one currency agrees with balance_from_events.
void check_statement_block(const Ledger& ledger, const query::Statement& statement,
                           const query::StatementRequest& request, const Currency& currency,
                           const Money& balance) {
  const auto block =
      std::find_if(statement.blocks.begin(), statement.blocks.end(),
                   [&](const query::StatementBlock& b) { return *b.currency == currency; });
  if (block == statement.blocks.end()) {
    CHECK(balance.is_zero());
    return;
  }
  CHECK(block->closing == balance);
  CHECK(block->aging.total == balance);
  if (request.from) {
    CHECK(block->opening
          == query::balance_from_events(ledger, request.customer, currency,
                                        add_days(*request.from, -1)));
  }
}

void check_day(const Ledger& ledger, const History& history, int d, std::mt19937_64& random) {
  const Date day = add_days(k_first_day, d);
  INFO("as of ", format_date(day));
  const Balances balances = balances_as_of(ledger, day);
  check_bookkeeping(ledger, balances, history.on(d));
  check_open_sums(ledger, balances, day);
  // Aging columns + unapplied == balance_from_events == statement closing.
  const AgedBalances aged = aged_balances(ledger, day);
  for (std::uint32_t customer = 0; customer < ledger.customers.size(); ++customer) {
    query::StatementRequest request;
    request.customer = customer;
    request.to = day;
    if (random() % 3 != 0) {
      request.from = add_days(day, -static_cast<int>(random() % 60));
    }
    const query::Statement statement = query::statement(ledger, request);
    for (const std::string_view code : k_codes) {
      const Currency& currency = *find_currency(code);
      const Money balance = query::balance_from_events(ledger, customer, currency, day);
      const auto it = aged.find({ledger.customers[customer].id, code});
      CHECK((it == aged.end() ? Money::zero(currency) : it->second) == balance);
      check_statement_block(ledger, statement, request, currency, balance);
    }
  }
}

} // namespace

TEST_CASE("property: aging, balances and statements agree on random histories") {
  for (const std::uint64_t seed : {1U, 2U, 3U, 5U, 8U, 13U, 21U, 34U, 55U, 89U}) {
    INFO("seed ", seed);
    History history(seed);
    history.generate();
    CHECK(history.entry_count() > 100);
    const Ledger ledger = build(history.journals());
    std::mt19937_64 random(seed);
    for (int d = 0; d < k_days; d += 1 + static_cast<int>(random() % 4)) {
      check_day(ledger, history, d, random);
    }
    check_day(ledger, history, k_days - 1, random);
  }
}
