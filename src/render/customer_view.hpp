#pragma once

#include "base/account.hpp"
#include "model/ledger.hpp"
#include "query/contact_history.hpp"
#include "query/customer_balance.hpp"

#include <ostream>
#include <span>
#include <vector>

namespace dues::render {

// `dues customer list`: one row per customer (id, name, currency, terms, credit limit, tags).
void customer_table(std::ostream& out, const std::vector<const Customer*>& customers, bool colour);
void customer_csv(std::ostream& out, const std::vector<const Customer*>& customers);
// Bank accounts go through `mask` (masked unless --unmask).
void customer_json(std::ostream& out, const std::vector<const Customer*>& customers,
                   const AccountMask& mask);

// `dues customer show`: every field, then the balance per currency as of `as_of`. Bank
// accounts go through `mask`.
void customer_text(std::ostream& out, const Customer& customer, const Date& as_of,
                   const std::vector<query::CustomerBalance>& balances, const AccountMask& mask,
                   bool colour);
// history: the customer's reminders, notes and promises (query::contact_history).
void customer_show_json(std::ostream& out, const Customer& customer, const Date& as_of,
                        const std::vector<query::CustomerBalance>& balances,
                        const AccountMask& mask,
                        std::span<const query::ContactEvent> history = {});

} // namespace dues::render
