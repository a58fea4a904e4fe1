#include "query/interest.hpp"

#include "base/error.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <vector>

namespace dues::query {
namespace {

// Rates are percent with up to 6 decimals, held as whole millionths of a percent.
constexpr int k_rate_scale = 6;
constexpr Int128 k_rate_unit = 1'000'000;

Int128 rate_units(const Decimal& percent) {
  const auto units = percent.normalized().units_at_scale(k_rate_scale);
  if (!units) {
    throw Error(ErrorKind::invalid_input,
                fmt::format("interest rate {}% has more than {} decimals",
                            format_decimal(percent), k_rate_scale));
  }
  return *units;
}

Decimal add_percent(const Decimal& a, const Decimal& b) {
  const Int128 sum = rate_units(a) + rate_units(b);
  return Decimal(static_cast<std::int64_t>(sum), k_rate_scale).normalized();
}

// The first day of the half-year after the one holding `day` (1 July or 1 January).
Date next_half_year(const Date& day) {
  const int year = static_cast<int>(day.year());
  return static_cast<unsigned>(day.month()) < 7
             ? Date{date::year{year}, date::month{7}, date::day{1}}
             : Date{date::year{year + 1}, date::month{1}, date::day{1}};
}

// What to add to [dunning.interest] so that `day` is covered: a base-rates row from the
// day after base-rates-until, one for each 1 January and 1 July after it through `day`
// (the days Germany's base rate and the EU reference rate are fixed for), and the new
// base-rates-until, the end of the half-year holding `day`.
std::string missing_base_rates(const Date& until, const Date& day) {
  std::vector<std::string> rows;
  Date from = add_days(until, 1);
  while (day_number(from) <= day_number(day)) {
    rows.push_back(fmt::format("`{{ from = {}, rate = \"R%\" }},`", format_date(from)));
    from = next_half_year(from);
  }
  const std::string each = rows.size() == 1 ? "R being the rate in force from that day"
                                             : "each R being the rate in force from its day";
  return fmt::format("add {} to base-rates, {}, and set "
                     "`base-rates-until = {}`; for Germany R is the Basiszinssatz (§ 247 BGB) "
                     "that the Deutsche Bundesbank fixes for each 1 January and 1 July and "
                     "publishes on bundesbank.de and in the Bundesanzeiger (docs/dunning.md, "
                     "\"Base rates\")",
                     fmt::join(rows, " "), each, format_date(add_days(from, -1)));
}

// annual_rate_on; an error past base-rates-until names the rows missing through `through`
// (the last day interest is computed for).
std::optional<Decimal> rate_on(const syntax::InterestSettings& interest, const Date& day,
                               const std::string& settings_path, const Date& through) {
  if (interest.rate) {
    return *interest.rate;
  }
  if (!interest.points) {
    return std::nullopt;
  }
  const syntax::BaseRate* base = nullptr;
  for (const syntax::BaseRate& row : interest.base_rates) {
    if (day_number(row.from) <= day_number(day)) {
      base = &row;
    }
  }
  const SourceLoc loc =
      interest.loc.path.empty() ? SourceLoc{settings_path, 1, 1} : interest.loc;
  if (interest.base_rates_until && day_number(day) > day_number(*interest.base_rates_until)) {
    throw Error(ErrorKind::invalid_input, loc,
                fmt::format("[dunning.interest] base-rates cover days through {} "
                            "(base-rates-until), not {}: {}",
                            format_date(*interest.base_rates_until), format_date(day),
                            missing_base_rates(*interest.base_rates_until, through)));
  }
  if (base == nullptr) {
    throw Error(ErrorKind::invalid_input, loc,
                fmt::format("[dunning.interest] has no base rate for {}: add a base-rates row "
                            "starting on or before it",
                            format_date(day)));
  }
  const Decimal rate = add_percent(base->rate, *interest.points);
  return rate.is_negative() ? Decimal{} : rate;
}

} // namespace

std::optional<Decimal> annual_rate_on(const syntax::InterestSettings& interest, const Date& day,
                                      const std::string& settings_path) {
  return rate_on(interest, day, settings_path, day);
}

Money accrued_interest(const syntax::InterestSettings& interest, std::span<const InterestPart> parts,
                       std::span<const SettledMoney> settled, const Date& to,
                       const std::string& settings_path) {
  if (parts.empty()) {
    throw Error(ErrorKind::internal, "accrued_interest needs at least one part");
  }
  const Currency& currency = parts.front().amount.currency();
  if (interest.mode == "none" || (!interest.rate && !interest.points)) {
    return Money::zero(currency);
  }
  const int last = day_number(to);
  // Days on which something changes: a part starts to earn, money arrives, a rate starts.
  std::vector<int> breaks;
  int first = last + 1;
  for (const InterestPart& part : parts) {
    const int start = day_number(part.due) + interest.start_days + 1;
    first = std::min(first, start);
    breaks.push_back(start);
  }
  for (const SettledMoney& money : settled) {
    breaks.push_back(day_number(money.date));
  }
  for (const syntax::BaseRate& row : interest.base_rates) {
    breaks.push_back(day_number(row.from));
  }
  if (interest.base_rates_until) { // the first day past the table is checked on its own
    breaks.push_back(day_number(*interest.base_rates_until) + 1);
  }
  breaks.push_back(last + 1);
  std::sort(breaks.begin(), breaks.end());
  breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
  Int128 numerator = 0;
  for (std::size_t i = 0; i + 1 < breaks.size(); ++i) {
    const int from = std::max(breaks[i], first);
    const int until = std::min(breaks[i + 1], last + 1); // exclusive
    if (from >= until) {
      continue;
    }
    // What is settled by the end of day `from` (constant until the next break).
    std::int64_t paid = 0;
    for (const SettledMoney& money : settled) {
      if (day_number(money.date) <= from) {
        paid += money.amount.minor_units();
      }
    }
    std::int64_t open = 0;
    std::int64_t before = 0; // the parts due earlier, which money pays first
    for (const InterestPart& part : parts) {
      const std::int64_t amount = part.amount.minor_units();
      const std::int64_t left = std::clamp<std::int64_t>(amount - (paid - before), 0, amount);
      before += amount;
      if (day_number(part.due) + interest.start_days + 1 <= from) {
        open += left;
      }
    }
    const Date day{date::sys_days{date::days{from}}};
    const Int128 rate = rate_units(*rate_on(interest, day, settings_path, to));
    numerator += static_cast<Int128>(open) * rate * (until - from);
  }
  const Int128 denominator = 100 * k_rate_unit * interest.days_in_year;
  return Money(currency,
               static_cast<std::int64_t>(divide_rounded(numerator, denominator,
                                                        RoundingMode::half_up)));
}

} // namespace dues::query
