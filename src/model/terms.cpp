#include "model/terms.hpp"

#include <algorithm>

namespace dues {

Date terms_start(const syntax::TermsSetting& terms, const Date& issued) {
  return terms.end_of_month ? end_of_month(issued) : issued;
}

DueSchedule apply_terms(const syntax::TermsSetting& terms, const Date& issued, const Money& total,
                        RoundingMode rounding) {
  const Date start = terms_start(terms, issued);
  DueSchedule schedule;
  schedule.due = add_days(start, terms.days);
  if (terms.cash_discount && !terms.cash_discount->is_zero()) {
    schedule.cash_discount = terms.cash_discount;
    schedule.cash_discount_until = add_days(start, terms.cash_discount_days);
  }
  if (terms.instalments.empty() || total.is_zero()) {
    return schedule;
  }
  std::vector<syntax::InstalmentShare> shares = terms.instalments;
  std::stable_sort(shares.begin(), shares.end(),
                   [](const auto& a, const auto& b) { return a.days < b.days; });
  std::vector<std::int64_t> weights;
  weights.reserve(shares.size());
  for (const auto& share : shares) {
    weights.push_back(share.percent.units_at_scale(Decimal::k_max_scale).value_or(0));
  }
  const std::vector<Money> amounts = split_rounded(total, weights, rounding);
  for (std::size_t i = 0; i < shares.size(); ++i) {
    if (amounts[i].is_zero()) {
      continue;
    }
    schedule.instalments.push_back({add_days(start, shares[i].days), amounts[i]});
  }
  if (!schedule.instalments.empty()) {
    schedule.due = schedule.instalments.back().due;
  }
  return schedule;
}

} // namespace dues
