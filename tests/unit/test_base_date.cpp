#include "base/date.hpp"
#include "testutil.hpp"

#include <fmt/format.h>

using dues::add_days;
using dues::add_months;
using dues::day_number;
using dues::days_between;
using dues::end_of_month;
using dues::format_date;
using dues::parse_date;
using dues::test::day;

TEST_CASE("parse_date accepts exactly YYYY-MM-DD of a day that exists") {
  const auto leap = parse_date("2024-02-29");
  REQUIRE(leap.has_value());
  CHECK(static_cast<int>(leap->year()) == 2024);
  CHECK(static_cast<unsigned>(leap->month()) == 2);
  CHECK(static_cast<unsigned>(leap->day()) == 29);
  CHECK(parse_date("2026-12-31").has_value());
  CHECK(parse_date("2000-02-29").has_value()); // divisible by 400
  CHECK(parse_date("0999-01-01").has_value());
}

TEST_CASE("parse_date refuses impossible days, short forms and trailing junk") {
  for (const char* text :
       {"2026-02-30", "2026-02-29", "1900-02-29",  "2026-04-31",  "2026-13-01",
        "2026-00-10", "2026-01-00", "2026-01-32",  "2026-1-5",    "2026-01-5",
        "2026-1-05",  "26-01-05",   "2026-01-05x", "2026-01-05 ", " 2026-01-05",
        "2026/01/05", "2026.01.05", "20260105",    "2026-01-051", "",
        "+026-01-05", "-026-01-05", "2026-+1-05",  "2026-01--5",  "２０２６-01-05",
        "2026-01-0５"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_date(text).has_value());
  }
}

TEST_CASE("format_date pads every part") {
  CHECK(format_date(day("2026-03-31")) == "2026-03-31");
  CHECK(format_date(day("0999-01-02")) == "0999-01-02");
  CHECK(fmt::format("{}", day("2026-01-05")) == "2026-01-05");
  CHECK(fmt::format("[{:>12}]", day("2026-01-05")) == "[  2026-01-05]");
}

TEST_CASE("add_days and days_between cross months, years and leap days") {
  CHECK(add_days(day("2026-01-31"), 1) == day("2026-02-01"));
  CHECK(add_days(day("2024-02-28"), 1) == day("2024-02-29"));
  CHECK(add_days(day("2026-02-28"), 1) == day("2026-03-01"));
  CHECK(add_days(day("2026-01-01"), -1) == day("2025-12-31"));
  CHECK(add_days(day("2026-01-05"), 30) == day("2026-02-04"));
  CHECK(add_days(day("2026-01-05"), 0) == day("2026-01-05"));
  CHECK(days_between(day("2026-01-01"), day("2026-03-01")) == 59);
  CHECK(days_between(day("2024-01-01"), day("2024-03-01")) == 60);
  CHECK(days_between(day("2026-03-01"), day("2026-01-01")) == -59);
  CHECK(days_between(day("2026-01-05"), day("2026-01-05")) == 0);
  CHECK(days_between(day("2025-01-01"), day("2026-01-01")) == 365);
  CHECK(days_between(day("2024-01-01"), day("2025-01-01")) == 366);
}

TEST_CASE("add_months clamps to the last day of the month") {
  CHECK(add_months(day("2026-01-31"), 1) == day("2026-02-28"));
  CHECK(add_months(day("2024-01-31"), 1) == day("2024-02-29"));
  CHECK(add_months(day("2026-03-31"), -1) == day("2026-02-28"));
  CHECK(add_months(day("2026-05-31"), 1) == day("2026-06-30"));
  CHECK(add_months(day("2026-01-15"), 12) == day("2027-01-15"));
  CHECK(add_months(day("2026-12-31"), 2) == day("2027-02-28"));
  CHECK(add_months(day("2026-01-31"), -13) == day("2024-12-31"));
  CHECK(add_months(day("2024-02-29"), 12) == day("2025-02-28"));
  CHECK(add_months(day("2026-02-28"), 1) == day("2026-03-28")); // no snapping to month ends
  CHECK(add_months(day("2026-01-10"), 0) == day("2026-01-10"));
}

TEST_CASE("end_of_month") {
  CHECK(end_of_month(day("2024-02-10")) == day("2024-02-29"));
  CHECK(end_of_month(day("2026-02-01")) == day("2026-02-28"));
  CHECK(end_of_month(day("2026-12-05")) == day("2026-12-31"));
  CHECK(end_of_month(day("2026-04-30")) == day("2026-04-30"));
  CHECK(end_of_month(day("2026-09-01")) == day("2026-09-30"));
}

TEST_CASE("day_number counts days from 1970-01-01") {
  CHECK(day_number(day("1970-01-01")) == 0);
  CHECK(day_number(day("1970-01-02")) == 1);
  CHECK(day_number(day("1969-12-31")) == -1);
  CHECK(day_number(day("2026-01-05")) - day_number(day("2025-01-05")) == 365);
}
