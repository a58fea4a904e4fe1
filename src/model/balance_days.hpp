#pragma once

#include "model/ledger.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dues {

// What invoices still owe at the end of several days, in one sweep over the ledger
// instead of one balances_as_of per day. Each event (issue, allocation, a payment return
// that undoes allocations, write-off, void) is put in the bucket of the first day it
// counts for; next() moves to the following day by applying that day's bucket. The
// amounts follow the rules of balances_as_of exactly (tests/unit/test_model_balance_days.cpp
// compares them day by day).
class OpenOnDays {
public:
  // `days` ascending, each later than the one before.
  OpenOnDays(const Ledger& ledger, const std::vector<Date>& days);

  // Moves to the first day, then to each next one; false after the last.
  bool next();

  // The index in `days` of the day at hand.
  std::size_t day() const { return m_day; }

  // What invoice `document` still owes at the end of the day at hand, in minor units,
  // as balances_as_of(...).open: zero when it is not issued yet or void.
  std::int64_t open(std::size_t document) const {
    return m_state[document] == k_issued ? m_open[document] : 0;
  }

private:
  static constexpr std::uint8_t k_issued = 1;
  static constexpr std::uint8_t k_voided = 2;

  // A change in the bucket of a day: money owed (+) or settled (-), or a state bit.
  struct Change {
    std::uint32_t document = 0;
    std::uint8_t state = 0; // k_issued or k_voided; 0 for an amount
    std::int64_t amount = 0;
  };

  // The first of the days that an event dated `date` counts for (days.size(): none).
  std::size_t first_day(const Date& date) const;
  void add(std::size_t day, const Change& change);
  void apply(const Change& change);

  std::vector<int> m_days;
  std::size_t m_day = 0;
  bool m_started = false;
  std::vector<std::int64_t> m_open;
  std::vector<std::uint8_t> m_state;
  std::vector<std::vector<Change>> m_later; // per day after the first: its changes
};

} // namespace dues
