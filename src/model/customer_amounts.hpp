#pragma once

#include "base/money.hpp"

#include <cstdint>
#include <vector>

namespace dues {

// An amount per customer and currency, such as unapplied credit. Most customers deal
// in one currency, so each customer holds a tiny list: no map lookups in hot loops.
class CustomerAmounts {
public:
  CustomerAmounts() = default;
  explicit CustomerAmounts(std::size_t customers) : m_amounts(customers) {}

  // The amount of a customer in a currency, created as zero on first use.
  Money& at(std::uint32_t customer, const Currency& currency) {
    if (customer >= m_amounts.size()) {
      m_amounts.resize(customer + 1);
    }
    for (Money& amount : m_amounts[customer]) {
      if (&amount.currency() == &currency) {
        return amount;
      }
    }
    return m_amounts[customer].emplace_back(Money::zero(currency));
  }

  // The amount of a customer in a currency; zero when there is none.
  Money get(std::uint32_t customer, const Currency& currency) const {
    if (customer < m_amounts.size()) {
      for (const Money& amount : m_amounts[customer]) {
        if (&amount.currency() == &currency) {
          return amount;
        }
      }
    }
    return Money::zero(currency);
  }

  // Calls each(customer, amount) for every amount kept, by customer index.
  template <typename Each>
  void for_each(Each each) const {
    for (std::size_t customer = 0; customer < m_amounts.size(); ++customer) {
      for (const Money& amount : m_amounts[customer]) {
        each(static_cast<std::uint32_t>(customer), amount);
      }
    }
  }

private:
  std::vector<std::vector<Money>> m_amounts;
};

} // namespace dues
