// collections: late-payment interest, checked against figures computed by hand.
#include "query/interest.hpp"
#include "testutil.hpp"

using dues::Error;
using dues::query::accrued_interest;
using dues::query::InterestPart;
using dues::query::SettledMoney;
using dues::syntax::InterestSettings;
using dues::test::day;
using dues::test::dec;
using dues::test::eur;

namespace {

InterestSettings fixed(std::string_view rate, int days_in_year = 365) {
  InterestSettings interest;
  interest.mode = "fixed";
  interest.rate = dec(rate);
  interest.days_in_year = days_in_year;
  return interest;
}

} // namespace

TEST_CASE("query::accrued_interest act/365 and act/360") {
  const InterestPart part{day("2026-01-31"), eur("1000.00")};
  // 1 Feb .. 2 Mar is 30 days: 1000.00 x 9% x 30/365 = 7.3972 -> 7.40
  CHECK(accrued_interest(fixed("9"), {&part, 1}, {}, day("2026-03-02")) == eur("7.40"));
  // x 30/360 = 7.50 exactly
  CHECK(accrued_interest(fixed("9", 360), {&part, 1}, {}, day("2026-03-02")) == eur("7.50"));
  // nothing on the due date itself, one day after it: 1000 x 9% / 365 = 0.2466 -> 0.25
  CHECK(accrued_interest(fixed("9"), {&part, 1}, {}, day("2026-01-31")) == eur("0.00"));
  CHECK(accrued_interest(fixed("9"), {&part, 1}, {}, day("2026-02-01")) == eur("0.25"));
}

TEST_CASE("query::accrued_interest on the amount open each day") {
  const InterestPart part{day("2026-01-31"), eur("1000.00")};
  // 400.00 arrives on 10 Feb: 9 days on 1000.00, then 21 days on 600.00:
  // (100000 x 9 x 9 + 60000 x 9 x 21) / 36500 = 532.6 cents -> 5.33
  const SettledMoney paid{day("2026-02-10"), eur("400.00")};
  CHECK(accrued_interest(fixed("9"), {&part, 1}, {&paid, 1}, day("2026-03-02")) == eur("5.33"));
  // paid in full: interest stops on the day of payment
  const SettledMoney all{day("2026-02-10"), eur("1000.00")};
  CHECK(accrued_interest(fixed("9"), {&part, 1}, {&all, 1}, day("2026-12-31")) == eur("2.22"));
  // money before the due date lowers what earns interest from the start
  const SettledMoney early{day("2026-01-15"), eur("500.00")};
  CHECK(accrued_interest(fixed("9", 360), {&part, 1}, {&early, 1}, day("2026-03-02"))
        == eur("3.75"));
}

TEST_CASE("query::accrued_interest base rate plus points per period") {
  InterestSettings interest;
  interest.mode = "base-plus";
  interest.points = dec("9");
  interest.base_rates = {{day("2025-07-01"), dec("2.02"), {}}, {day("2026-01-01"), dec("1.27"), {}}};
  const InterestPart part{day("2025-12-21"), eur("1000.00")};
  // 22..31 Dec at 11.02%, 1..10 Jan at 10.27%:
  // (100000 x 11.02 x 10 + 100000 x 10.27 x 10) / 36500 = 583.29 cents -> 5.83
  CHECK(accrued_interest(interest, {&part, 1}, {}, day("2026-01-10")) == eur("5.83"));
  // a day before the first base rate has no rate: an error, never a guess
  const InterestPart early{day("2025-06-20"), eur("1000.00")};
  CHECK_THROWS_AS(accrued_interest(interest, {&early, 1}, {}, day("2025-07-10")), Error);
  // a negative base rate lowers the rate; the rate never goes below zero
  interest.base_rates = {{day("2020-01-01"), dec("-0.88"), {}}};
  interest.points = dec("5");
  // 4.12% for 30 days on 1000.00: 100000 x 4.12 x 30 / 36500 = 338.6 -> 3.39
  const InterestPart late{day("2026-01-31"), eur("1000.00")};
  CHECK(accrued_interest(interest, {&late, 1}, {}, day("2026-03-02")) == eur("3.39"));
}

TEST_CASE("query::accrued_interest stops at base-rates-until") {
  InterestSettings interest;
  interest.mode = "base-plus";
  interest.points = dec("9");
  interest.base_rates = {{day("2026-01-01"), dec("1.27"), {}}};
  interest.base_rates_until = day("2026-06-30");
  const InterestPart part{day("2026-06-20"), eur("1000.00")};
  // 21..30 Jun at 10.27%: 100000 x 10.27 x 10 / 36500 = 281.4 cents -> 2.81
  CHECK(accrued_interest(interest, {&part, 1}, {}, day("2026-06-30")) == eur("2.81"));
  // 1 Jul has no known base rate: an error naming the table's end, never the old rate
  CHECK_THROWS_WITH(accrued_interest(interest, {&part, 1}, {}, day("2026-07-10")),
                    doctest::Contains("base-rates cover days through 2026-06-30"));
  interest.base_rates_until.reset(); // without it the last row goes on (documented)
  CHECK(accrued_interest(interest, {&part, 1}, {}, day("2026-07-10")) == eur("5.63"));
}

TEST_CASE("query::accrued_interest on instalments, oldest paid first") {
  // 500 due 31 Jan, 500 due 28 Feb; 500 paid 5 Mar settles the first instalment.
  const InterestPart parts[] = {{day("2026-01-31"), eur("500.00")},
                                {day("2026-02-28"), eur("500.00")}};
  const SettledMoney paid{day("2026-03-05"), eur("500.00")};
  // first: 1 Feb .. 4 Mar = 32 days on 500; second: 1 Mar .. 10 Mar = 10 days on 500
  // 50000 x 10 x 42 / 36500 = 575.3 -> 5.75 (10%)
  CHECK(accrued_interest(fixed("10"), parts, {&paid, 1}, day("2026-03-10")) == eur("5.75"));
}

TEST_CASE("query::accrued_interest off") {
  const InterestPart part{day("2026-01-31"), eur("1000.00")};
  CHECK(accrued_interest(InterestSettings{}, {&part, 1}, {}, day("2026-12-31")) == eur("0.00"));
}
