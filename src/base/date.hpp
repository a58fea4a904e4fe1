#pragma once

#include <date/date.h>
#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>

namespace dues {

// A calendar day with no time zone.
using Date = date::year_month_day;

// Parses exactly YYYY-MM-DD and refuses days that do not exist (2026-02-30),
// short forms (2026-1-5) and trailing text.
std::optional<Date> parse_date(std::string_view text);

// "2026-03-31".
std::string format_date(const Date& day);

// The day n days later (earlier when n < 0).
Date add_days(const Date& day, int n);

// The number of days from `from` to `to` (negative when to is earlier).
int days_between(const Date& from, const Date& to);

// The same day n months later, clamped to the month's last day (Jan 31 + 1 = Feb 28/29).
Date add_months(const Date& day, int n);

// The last day of the day's month.
Date end_of_month(const Date& day);

// A sortable integer for a day: days since 1970-01-01.
int day_number(const Date& day);

} // namespace dues

template <>
struct fmt::formatter<dues::Date> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const dues::Date& day, FormatContext& ctx) const {
    const std::string text = dues::format_date(day);
    return fmt::formatter<std::string_view>::format(text, ctx);
  }
};
