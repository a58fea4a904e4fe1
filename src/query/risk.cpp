#include "query/risk.hpp"

#include "query/promises.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace dues::query {

bool RiskReport::has_warnings() const {
  return std::any_of(blocks.begin(), blocks.end(), [](const RiskBlock& block) {
    return std::any_of(block.rows.begin(), block.rows.end(),
                       [](const RiskRow& row) { return !row.warnings.empty(); });
  });
}

namespace {

Ratio share(const Money& part, const Money& whole) {
  return whole.is_positive() ? ratio_of(Int128{part.minor_units()} * 100, whole.minor_units())
                             : undefined_ratio();
}

using Key = std::pair<std::string_view, std::uint32_t>; // currency, customer

// A customer's row in one currency and its settlements.
struct Slot {
  RiskRow* row = nullptr; // in the rows map, once made
  std::vector<const PaidInvoice*> all;
  std::vector<const PaidInvoice*> recent;
};

// The slots by currency and customer index: 100,000s of open items and settlements at
// 1M invoices find their row without a map lookup.
class Slots {
public:
  explicit Slots(std::size_t customers) : m_customers(customers) {}

  Slot& at(std::uint32_t customer, const Currency& currency) {
    std::size_t c = 0;
    while (c < m_currencies.size() && !(*m_currencies[c] == currency)) {
      ++c;
    }
    if (c == m_currencies.size()) {
      m_currencies.push_back(&currency);
      m_slots.emplace_back(m_customers);
    }
    return m_slots[c][customer];
  }

private:
  std::size_t m_customers;
  std::vector<const Currency*> m_currencies;
  std::vector<std::vector<Slot>> m_slots;
};

// Promises broken by `day` whose promised day is within the recent days (the same window
// as recent days late), per the invoice's customer and currency.
template <typename RowOf>
void count_broken_promises(const Ledger& ledger, const RiskRequest& request, const Date& day,
                           const RowOf& row_of) {
  const std::vector<std::optional<PromiseOutcome>> promises = promise_outcomes(ledger, day);
  for (std::size_t i = 0; i < promises.size(); ++i) {
    const Contact& promise = ledger.contacts[i];
    if (!promises[i] || promises[i]->state != PromiseState::broken
        || days_between(promise.promised, day) >= request.recent_days) {
      continue;
    }
    const Document& invoice = ledger.documents[promise.document];
    if (request.filter.wants(ledger, invoice.customer, invoice.total.currency())) {
      ++row_of(invoice.customer, invoice.total.currency()).broken_promises;
    }
  }
}

std::map<Key, RiskRow> inputs_at(const Ledger& ledger, const RiskRequest& request,
                                 const Date& day) {
  std::map<Key, RiskRow> rows;
  Slots slots(ledger.customers.size());
  const Balances balances = balances_as_of(ledger, day);
  const auto row_of = [&](std::uint32_t customer, const Currency& currency) -> RiskRow& {
    Slot& slot = slots.at(customer, currency);
    if (slot.row != nullptr) {
      return *slot.row;
    }
    RiskRow& row = rows[{currency.code, customer}];
    slot.row = &row;
    if (row.customer_id.empty()) {
      const Customer& record = ledger.customers[customer];
      row.customer_id = record.id;
      row.customer_name = record.name;
      const Money zero = Money::zero(currency);
      row.balance = row.open = row.overdue = row.overdue_60 = row.new_60 = zero;
      const std::string_view own =
          record.currency.empty() ? ledger.settings.company.currency : record.currency;
      if (record.credit_limit && own == currency.code) {
        row.limit = money_from_decimal(*record.credit_limit, currency);
      }
    }
    return row;
  };
  for (const OpenItem& item : open_items(ledger, balances)) {
    const Document& document = ledger.documents[item.document];
    if (!request.filter.wants(ledger, document.customer, item.open.currency())) {
      continue;
    }
    RiskRow& row = row_of(document.customer, item.open.currency());
    row.open += item.open;
    row.balance += item.open;
    const int late = days_between(item.due, day);
    if (late > 0) {
      row.overdue += item.open;
    }
    if (late > 60) {
      row.overdue_60 += item.open;
    }
    if (late > 60 && late - request.new_days <= 60) {
      row.new_60 += item.open;
    }
    if (item.disputed && item.instalment <= 1) {
      ++row.disputes;
    }
  }
  balances.unapplied.for_each([&](std::uint32_t customer, const Money& credit) {
    if (!credit.is_zero() && request.filter.wants(ledger, customer, credit.currency())) {
      row_of(customer, credit.currency()).balance -= credit;
    }
  });
  const std::vector<PaidInvoice> settled = paid_invoices(ledger, balances);
  for (const PaidInvoice& settlement : settled) {
    if (!request.filter.wants(ledger, settlement.customer, settlement.total.currency())) {
      continue;
    }
    row_of(settlement.customer, settlement.total.currency());
    Slot& slot = slots.at(settlement.customer, settlement.total.currency());
    slot.all.push_back(&settlement);
    if (days_between(settlement.paid, day) < request.recent_days) {
      slot.recent.push_back(&settlement);
    }
  }
  count_broken_promises(ledger, request, day, row_of);
  for (auto& [key, row] : rows) {
    const Slot& slot = slots.at(key.second, row.open.currency());
    const PaymentHabit habit = habit_of(slot.all);
    row.days_late = habit.days_late;
    row.settled = habit.settled;
    row.share_late = ratio_of(Int128{habit.late} * 100, habit.settled);
    row.recent_days_late = habit_of(slot.recent).days_late;
    row.share_overdue = share(row.overdue, row.open);
    if (row.limit && row.limit->is_positive()) {
      row.limit_use = share(row.balance, *row.limit);
    }
    row.score = risk_score(row);
  }
  return rows;
}

} // namespace

int risk_score(const RiskRow& row) {
  // Each term in millionths of a point, so that the sum is rounded once and no
  // denominator grows past 128 bits.
  constexpr Int128 k_micro = 1000000;
  const auto points = [&](Int128 weight, Int128 num, Int128 den) {
    return den == 0 ? Int128{0} : divide_rounded(weight * num * k_micro, den, RoundingMode::half_up);
  };
  Int128 score = 0;
  if (row.open.is_positive()) {
    score += points(40, row.overdue.minor_units(), row.open.minor_units());
    score += points(20, row.overdue_60.minor_units(), row.open.minor_units());
  }
  const Ratio& late = row.recent_days_late.defined() ? row.recent_days_late : row.days_late;
  if (late.defined()) {
    const Ratio capped = late.num > late.den * 60 ? Ratio{60, 1} : late;
    score += points(20, capped.num, capped.den * 60);
  }
  if (row.share_late.defined()) {
    score += points(10, row.share_late.num, row.share_late.den * 100);
  }
  if (row.limit && row.balance > *row.limit) {
    score += 10 * k_micro;
  }
  score += 10 * std::min(row.broken_promises, 2) * k_micro;
  return std::min(100, static_cast<int>(divide_rounded(score, k_micro, RoundingMode::half_up)));
}

RiskReport risk(const Ledger& ledger, const RiskRequest& request) {
  RiskReport report;
  report.as_of = request.as_of;
  report.previous = add_days(request.as_of, -request.trend_days);
  std::map<Key, RiskRow> now = inputs_at(ledger, request, request.as_of);
  const std::map<Key, RiskRow> before = inputs_at(ledger, request, report.previous);
  for (auto& [key, row] : now) {
    const auto it = before.find(key);
    if (it != before.end()) {
      row.previous_score = it->second.score;
    }
    if (row.limit && row.balance > *row.limit) {
      row.warnings.push_back(fmt::format("over credit limit: {} of {}", format_amount(row.balance),
                                         format_amount(*row.limit)));
    }
    if (row.new_60.is_positive()) {
      row.warnings.push_back(fmt::format("new 60+ days overdue: {} (in the last {} days)",
                                         format_amount(row.new_60), request.new_days));
    }
    if (row.previous_score && row.score - *row.previous_score >= 10) {
      row.warnings.push_back(fmt::format("worsening: score {} -> {} since {}",
                                         *row.previous_score, row.score,
                                         format_date(report.previous)));
    }
    if (report.blocks.empty() || report.blocks.back().currency->code != key.first) {
      report.blocks.push_back({&row.open.currency(), {}});
    }
    report.blocks.back().rows.push_back(std::move(row));
  }
  for (RiskBlock& block : report.blocks) {
    std::sort(block.rows.begin(), block.rows.end(),
              [](const RiskRow& a, const RiskRow& b) { return a.customer_id < b.customer_id; });
  }
  return report;
}

} // namespace dues::query
