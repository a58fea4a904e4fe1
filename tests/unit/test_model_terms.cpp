#include "model/terms.hpp"

#include <doctest/doctest.h>

namespace {

using dues::Date;
using dues::parse_date;

Date day(const char* text) {
  return *parse_date(text);
}

dues::Money eur(std::int64_t cents) {
  return {*dues::find_currency("EUR"), cents};
}

dues::syntax::TermsSetting net(int days) {
  dues::syntax::TermsSetting terms;
  terms.code = "net";
  terms.days = days;
  return terms;
}

} // namespace

TEST_CASE("net N counts days from the invoice date, across month ends and leap days") {
  CHECK(dues::apply_terms(net(30), day("2026-01-05"), eur(100)).due == day("2026-02-04"));
  CHECK(dues::apply_terms(net(30), day("2024-01-31"), eur(100)).due == day("2024-03-01"));
  CHECK(dues::apply_terms(net(30), day("2026-01-31"), eur(100)).due == day("2026-03-02"));
  CHECK(dues::apply_terms(net(1), day("2024-02-28"), eur(100)).due == day("2024-02-29"));
  CHECK(dues::apply_terms(net(14), day("2026-12-25"), eur(100)).due == day("2027-01-08"));
  CHECK(dues::apply_terms(net(0), day("2026-03-10"), eur(100)).due == day("2026-03-10"));
  const auto plain = dues::apply_terms(net(30), day("2026-01-05"), eur(100));
  CHECK_FALSE(plain.cash_discount.has_value());
  CHECK(plain.instalments.empty());
}

TEST_CASE("end of month + N counts from the last day of the invoice's month") {
  auto terms = net(30);
  terms.end_of_month = true;
  CHECK(dues::terms_start(terms, day("2024-02-10")) == day("2024-02-29"));
  CHECK(dues::apply_terms(terms, day("2024-02-10"), eur(1)).due == day("2024-03-30"));
  CHECK(dues::apply_terms(terms, day("2023-02-10"), eur(1)).due == day("2023-03-30"));
  CHECK(dues::apply_terms(terms, day("2026-12-01"), eur(1)).due == day("2027-01-30"));
  terms.days = 0;
  CHECK(dues::apply_terms(terms, day("2026-04-01"), eur(1)).due == day("2026-04-30"));
}

TEST_CASE("2/10 net 30 stores the cash discount and its last day") {
  auto terms = net(30);
  terms.cash_discount = dues::Decimal(2, 0);
  terms.cash_discount_days = 10;
  const auto schedule = dues::apply_terms(terms, day("2026-02-25"), eur(100000));
  CHECK(schedule.due == day("2026-03-27"));
  REQUIRE(schedule.cash_discount.has_value());
  CHECK(*schedule.cash_discount == dues::Decimal(2, 0));
  CHECK(schedule.cash_discount_until == day("2026-03-07"));
  terms.end_of_month = true;
  CHECK(dues::apply_terms(terms, day("2026-02-25"), eur(1)).cash_discount_until
        == day("2026-03-10"));
  terms.cash_discount = dues::Decimal(0, 0);
  CHECK_FALSE(dues::apply_terms(terms, day("2026-02-25"), eur(1)).cash_discount.has_value());
}

TEST_CASE("instalments get their own due dates and add up to the total exactly") {
  auto terms = net(0);
  terms.instalments = {
      {60, dues::Decimal(3333, 2)}, {30, dues::Decimal(3333, 2)}, {90, dues::Decimal(3334, 2)}};
  const auto schedule = dues::apply_terms(terms, day("2024-01-31"), eur(100));
  REQUIRE(schedule.instalments.size() == 3);
  CHECK(schedule.instalments[0].due == day("2024-03-01"));
  CHECK(schedule.instalments[1].due == day("2024-03-31"));
  CHECK(schedule.instalments[2].due == day("2024-04-30"));
  CHECK(schedule.due == day("2024-04-30"));
  CHECK(schedule.instalments[0].amount == eur(33));
  CHECK(schedule.instalments[1].amount == eur(33));
  CHECK(schedule.instalments[2].amount == eur(34));

  terms.instalments = {{0, dues::Decimal(50, 0)}, {30, dues::Decimal(50, 0)}};
  const auto halves = dues::apply_terms(terms, day("2026-01-10"), eur(1001));
  REQUIRE(halves.instalments.size() == 2);
  CHECK(halves.instalments[0].amount + halves.instalments[1].amount == eur(1001));
  CHECK(halves.instalments[0].amount == eur(501)); // the remainder goes to the earlier part
  CHECK(halves.instalments[0].due == day("2026-01-10"));
  CHECK(dues::apply_terms(terms, day("2026-01-10"), eur(0)).instalments.empty());
}
