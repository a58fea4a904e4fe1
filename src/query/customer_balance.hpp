#pragma once

#include "model/balance.hpp"
#include "model/ledger.hpp"

#include <cstdint>
#include <vector>

namespace dues::query {

// What one customer owes in one currency on the balances' day.
struct CustomerBalance {
  const Currency* currency = nullptr;
  Money open;      // open amounts of issued invoices
  Money overdue;   // the part of `open` past its due date
  Money unapplied; // payments and credit notes not yet applied, less refunds
  Money balance;   // open - unapplied
  int open_invoices = 0;
  int overdue_invoices = 0;
};

// The customer's balances per currency, in currency-code order; currencies with nothing
// open and no credit are left out.
std::vector<CustomerBalance> customer_balances(const Ledger& ledger, const Balances& balances,
                                               std::uint32_t customer);

// The customer's balance in one currency (zero when there is none).
Money customer_balance_in(const Ledger& ledger, const Balances& balances, std::uint32_t customer,
                          const Currency& currency);

} // namespace dues::query
