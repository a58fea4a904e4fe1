// collections: dunning level selection, fees, skipped invoices and promises.
#include "query/dunning.hpp"
#include "testutil.hpp"

#include <fmt/format.h>

using dues::Ledger;
using dues::query::plan_reminders;
using dues::query::promise_state;
using dues::query::PromiseState;
using dues::query::ReminderAction;
using dues::query::ReminderPlan;
using dues::test::build;
using dues::test::day;
using dues::test::eur;
using dues::test::LedgerText;

namespace {

constexpr std::string_view k_dunning = R"(
[dunning]
min-open = { EUR = "1.00" }

[dunning.interest]
rate = "9%"

[[dunning.levels]]
days = 7
template = "first"

[[dunning.levels]]
days = 21
min-days-since-previous = 7
template = "second"
fee = { EUR = "5.00" }
interest = true

[dunning.templates.first]
en = "Reminder\n\nDear {customer},\n{invoices}"

[dunning.templates.second]
en = "Second reminder\n\n{invoices}Total {total}"
)";

Ledger ledger_with(std::string_view journal, std::string_view customers = {}) {
  LedgerText text;
  text.settings = dues::test::settings_toml(k_dunning);
  if (!customers.empty()) {
    text.customers = std::string(customers);
  }
  text.journals = {{std::string(dues::test::k_journal_path), std::string(journal)}};
  auto built = build(text);
  REQUIRE(built.errors() == std::vector<std::string>{});
  return std::move(built.ledger);
}

constexpr std::string_view k_invoice =
    "2026-01-01 invoice INV-1 customer acme due 2026-01-31 total 1000.00 EUR\n";

// "INV level action why" of each line.
std::vector<std::string> lines(const Ledger& ledger, const ReminderPlan& plan) {
  std::vector<std::string> out;
  for (const auto& customer : plan.customers) {
    for (const auto& line : customer.lines) {
      const char* action = line.action == ReminderAction::send      ? "send"
                           : line.action == ReminderAction::waiting ? "wait"
                                                                    : "skip";
      out.push_back(fmt::format("{} {} {} {}", ledger.documents[line.document].id, line.level,
                                action, line.why));
    }
  }
  return out;
}

} // namespace

TEST_CASE("query::plan_reminders levels by days after due and since the previous one") {
  const Ledger fresh = ledger_with(k_invoice);
  CHECK(plan_reminders(fresh, day("2026-02-06")).customers.empty());
  const auto first = plan_reminders(fresh, day("2026-02-07"));
  CHECK(lines(fresh, first) == std::vector<std::string>{"INV-1 1 send 7 days after due, level 1 at 7"});
  CHECK(first.to_send == 1);
  CHECK(first.customers[0].template_name == "first");
  CHECK(first.customers[0].lines[0].fee == eur("0.00"));

  // level 1 sent on 7 Feb: level 2 is due 21 days after due, on 21 Feb
  const Ledger one = ledger_with(std::string(k_invoice) + "2026-02-07 remind INV-1 level 1\n");
  CHECK(lines(one, plan_reminders(one, day("2026-02-20")))
        == std::vector<std::string>{"INV-1 0 wait level 2 on 2026-02-21"});
  const auto second = plan_reminders(one, day("2026-02-21"));
  CHECK(lines(one, second)
        == std::vector<std::string>{
            "INV-1 2 send 21 days after due, level 2 at 21; level 1 sent 2026-02-07"});
  CHECK(second.customers[0].lines[0].fee == eur("5.00"));
  // 1..21 Feb on 1000.00 at 9%: 100000 x 9 x 21 / 36500 = 517.8 cents
  CHECK(second.customers[0].lines[0].interest == eur("5.18"));

  // level 1 sent late (on 20 Feb): level 2 waits 7 days since it, never the same day
  const Ledger late = ledger_with(std::string(k_invoice) + "2026-02-20 remind INV-1 level 1\n");
  CHECK(lines(late, plan_reminders(late, day("2026-02-21")))
        == std::vector<std::string>{"INV-1 0 wait level 2 on 2026-02-27"});

  // after the last level: nothing more to send
  const Ledger done = ledger_with(std::string(k_invoice)
                                  + "2026-02-07 remind INV-1 level 1\n"
                                    "2026-02-21 remind INV-1 level 2\n");
  CHECK(lines(done, plan_reminders(done, day("2026-06-01")))
        == std::vector<std::string>{"INV-1 0 wait last level (2) sent 2026-02-21"});
}

TEST_CASE("query::plan_reminders never skips a level") {
  // 100 days overdue and never reminded: level 1 first, even though level 2's day passed
  const Ledger ledger = ledger_with(k_invoice);
  const auto plan = plan_reminders(ledger, day("2026-05-11"));
  REQUIRE(plan.to_send == 1);
  CHECK(plan.customers[0].lines[0].level == 1);
}

TEST_CASE("query::plan_reminders leaves out paid invoices and skips with a reason") {
  const Ledger paid = ledger_with(std::string(k_invoice)
                                  + "2026-02-05 payment PAY-1 customer acme amount 1000.00 EUR\n"
                                    "  apply INV-1 1000.00\n");
  CHECK(plan_reminders(paid, day("2026-03-01")).customers.empty());

  const Ledger disputed = ledger_with(std::string(k_invoice)
                                      + "2026-02-03 dispute INV-1 reason \"wrong goods\"\n");
  CHECK(lines(disputed, plan_reminders(disputed, day("2026-02-07")))
        == std::vector<std::string>{"INV-1 0 skip disputed"});

  const Ledger small = ledger_with(std::string(k_invoice)
                                   + "2026-02-05 payment PAY-1 customer acme amount 999.50 EUR\n"
                                     "  apply INV-1 999.50\n");
  CHECK(lines(small, plan_reminders(small, day("2026-02-07")))
        == std::vector<std::string>{"INV-1 0 skip open 0.50 is below min-open 1.00"});
}

TEST_CASE("query::plan_reminders waits for an open promise; a broken one ends the wait") {
  const Ledger ledger =
      ledger_with(std::string(k_invoice)
                  + "2026-02-03 promise INV-1 due 2026-02-15 amount 500.00 EUR text \"on the phone\"\n");
  CHECK(lines(ledger, plan_reminders(ledger, day("2026-02-10")))
        == std::vector<std::string>{"INV-1 0 skip promised to pay by 2026-02-15"});
  CHECK(lines(ledger, plan_reminders(ledger, day("2026-02-16")))
        == std::vector<std::string>{"INV-1 1 send 16 days after due, level 1 at 7"});
  REQUIRE(ledger.contacts.size() == 1);
  CHECK(promise_state(ledger, ledger.contacts[0], day("2026-02-10")) == PromiseState::open);
  CHECK(promise_state(ledger, ledger.contacts[0], day("2026-02-16")) == PromiseState::broken);

  const Ledger kept =
      ledger_with(std::string(k_invoice)
                  + "2026-02-03 promise INV-1 due 2026-02-15 amount 500.00 EUR\n"
                    "2026-02-15 payment PAY-1 customer acme amount 500.00 EUR\n"
                    "  apply INV-1 500.00\n");
  CHECK(promise_state(kept, kept.contacts[0], day("2026-02-20")) == PromiseState::kept);
}

TEST_CASE("query::plan_reminders per-customer opt-out") {
  std::string customers(dues::test::customers_toml());
  const auto at = customers.find("[acme]");
  REQUIRE(at != std::string::npos);
  customers.insert(customers.find('\n', at) + 1, "dunning = \"off\"\n");
  const Ledger ledger = ledger_with(k_invoice, customers);
  CHECK(lines(ledger, plan_reminders(ledger, day("2026-02-07")))
        == std::vector<std::string>{"INV-1 0 skip customer opted out (dunning = \"off\")"});
}
