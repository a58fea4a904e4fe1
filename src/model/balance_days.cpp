#include "model/balance_days.hpp"

#include <algorithm>

namespace dues {

OpenOnDays::OpenOnDays(const Ledger& ledger, const std::vector<Date>& days)
    : m_open(ledger.documents.size(), 0), m_state(ledger.documents.size(), 0),
      m_later(days.size()) {
  m_days.reserve(days.size());
  for (const Date& day : days) {
    m_days.push_back(day_number(day));
  }
  for (std::uint32_t i = 0; i < ledger.documents.size(); ++i) {
    const Document& document = ledger.documents[i];
    add(first_day(document.date), {i, k_issued, document.total.minor_units()});
  }
  for (const StatusEvent& event : ledger.status_events) {
    if (event.kind == StatusKind::voided) {
      add(first_day(event.date), {event.document, k_voided, 0});
    }
  }
  // sepa: from the first day a return of it counts, a payment's allocations count no more.
  std::vector<std::size_t> returned(ledger.payment_returns.empty() ? 0 : ledger.payments.size(),
                                    days.size());
  for (const PaymentReturn& ret : ledger.payment_returns) {
    returned[ret.payment] = std::min(returned[ret.payment], first_day(ret.date));
  }
  for (const Allocation& allocation : ledger.allocations) {
    const std::int64_t amount = allocation.amount.minor_units();
    const std::size_t day = first_day(allocation.date);
    const bool from_payment = allocation.source_kind == SourceKind::payment;
    const std::size_t undone =
        returned.empty() || !from_payment ? days.size() : returned[allocation.source];
    if (undone <= day) {
      continue; // returned before it counts: it never does
    }
    add(day, {allocation.document, 0, -amount});
    if (from_payment) {
      add(undone, {allocation.document, 0, amount});
    } else {
      add(day, {allocation.source, 0, -amount});
    }
  }
  for (const WriteOff& writeoff : ledger.writeoffs) {
    add(first_day(writeoff.date), {writeoff.document, 0, -writeoff.amount.minor_units()});
  }
}

std::size_t OpenOnDays::first_day(const Date& date) const {
  return static_cast<std::size_t>(std::lower_bound(m_days.begin(), m_days.end(), day_number(date))
                                  - m_days.begin());
}

void OpenOnDays::add(std::size_t day, const Change& change) {
  if (day == 0) {
    apply(change);
  } else if (day < m_later.size()) {
    m_later[day].push_back(change);
  }
}

void OpenOnDays::apply(const Change& change) {
  m_state[change.document] |= change.state;
  m_open[change.document] += change.amount;
}

bool OpenOnDays::next() {
  if (!m_started) {
    m_started = true;
    return !m_days.empty();
  }
  if (m_day + 1 >= m_days.size()) {
    return false;
  }
  ++m_day;
  for (const Change& change : m_later[m_day]) {
    apply(change);
  }
  m_later[m_day] = {};
  return true;
}

} // namespace dues
