#include "base/date.hpp"

namespace dues {
namespace {

bool all_digits(std::string_view text) {
  for (const char c : text) {
    if (c < '0' || c > '9') {
      return false;
    }
  }
  return true;
}

int to_int(std::string_view digits) {
  int value = 0;
  for (const char c : digits) {
    value = value * 10 + (c - '0');
  }
  return value;
}

} // namespace

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !all_digits(text.substr(0, 4))
      || !all_digits(text.substr(5, 2)) || !all_digits(text.substr(8, 2))) {
    return std::nullopt;
  }
  const Date day{date::year{to_int(text.substr(0, 4))},
                 date::month{static_cast<unsigned>(to_int(text.substr(5, 2)))},
                 date::day{static_cast<unsigned>(to_int(text.substr(8, 2)))}};
  if (!day.ok()) {
    return std::nullopt;
  }
  return day;
}

std::string format_date(const Date& day) {
  const int year = static_cast<int>(day.year());
  const auto month = static_cast<unsigned>(day.month());
  const auto dom = static_cast<unsigned>(day.day());
  return fmt::format("{:04}-{:02}-{:02}", year, month, dom);
}

Date add_days(const Date& day, int n) {
  return Date{date::sys_days{day} + date::days{n}};
}

int days_between(const Date& from, const Date& to) {
  return static_cast<int>((date::sys_days{to} - date::sys_days{from}).count());
}

Date add_months(const Date& day, int n) {
  const date::year_month month = date::year_month{day.year(), day.month()} + date::months{n};
  const date::year_month_day_last last{month.year(), date::month_day_last{month.month()}};
  const date::day dom = day.day() > last.day() ? last.day() : day.day();
  return Date{month.year(), month.month(), dom};
}

Date end_of_month(const Date& day) {
  return Date{date::year_month_day_last{day.year(), date::month_day_last{day.month()}}};
}

int day_number(const Date& day) {
  return static_cast<int>(date::sys_days{day}.time_since_epoch().count());
}

} // namespace dues
