#include "query/report_common.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace dues::query {

Ratio ratio_of(Int128 num, Int128 den) {
  if (den == 0) {
    return undefined_ratio();
  }
  if (den < 0) {
    return {-num, -den};
  }
  return {num, den};
}

std::string format_ratio(const Ratio& value, int decimals) {
  if (!value.defined()) {
    return "";
  }
  Int128 scale = 1;
  for (int i = 0; i < decimals; ++i) {
    scale *= 10;
  }
  const Int128 rounded = divide_rounded(value.num * scale, value.den, RoundingMode::half_up);
  const bool negative = rounded < 0;
  const Int128 magnitude = negative ? -rounded : rounded;
  const auto whole = static_cast<std::int64_t>(magnitude / scale);
  std::string text = (negative ? "-" : "") + std::to_string(whole);
  if (decimals > 0) {
    const auto fraction = static_cast<std::int64_t>(magnitude % scale);
    text += fmt::format(".{:0{}}", fraction, decimals);
  }
  return text;
}

std::int64_t round_ratio(const Ratio& value) {
  if (!value.defined()) {
    return 0;
  }
  return static_cast<std::int64_t>(divide_rounded(value.num, value.den, RoundingMode::half_up));
}

std::optional<PeriodUnit> parse_period_unit(std::string_view text) {
  if (text == "week") {
    return PeriodUnit::week;
  }
  if (text == "month") {
    return PeriodUnit::month;
  }
  if (text == "quarter") {
    return PeriodUnit::quarter;
  }
  if (text == "year") {
    return PeriodUnit::year;
  }
  return std::nullopt;
}

namespace {

Date first_of(int year, unsigned month) {
  return Date{date::year{year}, date::month{month}, date::day{1}};
}

// The Monday of the ISO week that holds `day`.
Date monday_of(const Date& day) {
  const date::weekday weekday{date::sys_days{day}};
  return add_days(day, -static_cast<int>(weekday.iso_encoding() - 1));
}

std::string week_label(const Date& monday) {
  const Date thursday = add_days(monday, 3);
  const int year = static_cast<int>(thursday.year());
  const int week = days_between(first_of(year, 1), thursday) / 7 + 1;
  return fmt::format("{}-W{:02}", year, week);
}

} // namespace

Period period_of(PeriodUnit unit, const Date& day) {
  const int year = static_cast<int>(day.year());
  const auto month = static_cast<unsigned>(day.month());
  switch (unit) {
  case PeriodUnit::week: {
    const Date monday = monday_of(day);
    return {week_label(monday), monday, add_days(monday, 6)};
  }
  case PeriodUnit::month: {
    const Date start = first_of(year, month);
    return {fmt::format("{}-{:02}", year, month), start, end_of_month(start)};
  }
  case PeriodUnit::quarter: {
    const unsigned quarter = (month - 1) / 3 + 1;
    const Date start = first_of(year, quarter * 3 - 2);
    return {fmt::format("{}-Q{}", year, quarter), start, end_of_month(add_months(start, 2))};
  }
  case PeriodUnit::year:
    break;
  }
  return {fmt::format("{}", year), first_of(year, 1), end_of_month(first_of(year, 12))};
}

std::vector<Period> periods_back(PeriodUnit unit, const Date& last, int count) {
  std::vector<Period> periods;
  Date day = last;
  for (int i = 0; i < count; ++i) {
    Period period = period_of(unit, day);
    if (i == 0) {
      period.end = last;
    }
    day = add_days(period.start, -1);
    periods.push_back(std::move(period));
  }
  std::reverse(periods.begin(), periods.end());
  return periods;
}

std::vector<Period> periods_ahead(PeriodUnit unit, const Date& first, int count) {
  std::vector<Period> periods;
  Date day = first;
  for (int i = 0; i < count; ++i) {
    Period period = period_of(unit, day);
    if (i == 0) {
      period.start = first;
    }
    day = add_days(period.end, 1);
    periods.push_back(std::move(period));
  }
  return periods;
}

std::optional<Period> parse_period(std::string_view text) {
  const auto digits = [](std::string_view part) {
    return !part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (text.size() < 4 || !digits(text.substr(0, 4))) {
    return std::nullopt;
  }
  const int year = std::stoi(std::string(text.substr(0, 4)));
  if (year < 1900 || year > 9999) {
    return std::nullopt;
  }
  const Date january = first_of(year, 1);
  if (text.size() == 4) {
    return period_of(PeriodUnit::year, january);
  }
  if (text.size() == 7 && text[4] == '-' && (text[5] == 'Q' || text[5] == 'q')
      && text[6] >= '1' && text[6] <= '4') {
    return period_of(PeriodUnit::quarter, add_months(january, (text[6] - '1') * 3));
  }
  if (text.size() == 7 && text[4] == '-' && digits(text.substr(5))) {
    const int month = std::stoi(std::string(text.substr(5)));
    if (month >= 1 && month <= 12) {
      return period_of(PeriodUnit::month, add_months(january, month - 1));
    }
  }
  return std::nullopt;
}

bool ReportFilter::wants(const Ledger& ledger, std::uint32_t customer_index,
                         const Currency& currency_) const {
  return (!customer || ledger.customers[customer_index].id == *customer)
         && (!currency || currency_.code == *currency);
}

std::vector<PaidInvoice> paid_invoices(const Ledger& ledger, const Balances& balances) {
  std::vector<std::uint8_t> cleared(ledger.documents.size(), 0);
  for (std::size_t i = 0; i < cleared.size(); ++i) {
    cleared[i] = balances.issued[i] != 0 && balances.voided[i] == 0 && balances.open[i].is_zero()
                 && balances.written_off[i].is_zero();
  }
  return paid_invoices(ledger, balances.as_of, cleared);
}

std::vector<PaidInvoice> paid_invoices(const Ledger& ledger, const Date& day,
                                       const std::vector<std::uint8_t>& cleared) {
  const int last = day_number(day);
  std::vector<int> paid(ledger.documents.size(), -1);
  for (const Allocation& allocation : ledger.allocations) {
    if (day_number(allocation.date) > last) {
      continue;
    }
    const Date& source = allocation.source_kind == SourceKind::payment
                             ? ledger.payments[allocation.source].date
                             : ledger.documents[allocation.source].date;
    paid[allocation.document] = std::max(paid[allocation.document], day_number(source));
  }
  std::vector<PaidInvoice> result;
  result.reserve(ledger.documents.size()); // pages never written cost nothing
  for (std::uint32_t i = 0; i < ledger.documents.size(); ++i) {
    const Document& document = ledger.documents[i];
    if (!document.is_invoice() || cleared[i] == 0 || paid[i] < 0) {
      continue;
    }
    const int paid_day = std::max(paid[i], day_number(document.date));
    const Date paid_date = add_days(document.date, paid_day - day_number(document.date));
    result.push_back({i, document.customer, paid_date, paid_day - day_number(document.date),
                      paid_day - day_number(document.due), document.total});
  }
  return result;
}

PaymentHabit habit_of(const std::vector<const PaidInvoice*>& settled) {
  PaymentHabit habit;
  Int128 days = 0;
  for (const PaidInvoice* settlement : settled) {
    ++habit.settled;
    if (settlement->days_late > 0) {
      ++habit.late;
      days += settlement->days_late;
    }
  }
  habit.days_late = ratio_of(days, habit.settled);
  return habit;
}

} // namespace dues::query
