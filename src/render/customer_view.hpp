#pragma once

#include "model/ledger.hpp"
#include "query/customer_balance.hpp"

#include <ostream>
#include <vector>

namespace dues::render {

// `dues customer list`: one row per customer (id, name, currency, terms, credit limit, tags).
void customer_table(std::ostream& out, const std::vector<const Customer*>& customers, bool colour);
void customer_csv(std::ostream& out, const std::vector<const Customer*>& customers);
void customer_json(std::ostream& out, const std::vector<const Customer*>& customers);

// `dues customer show`: every field, then the balance per currency as of `as_of`.
void customer_text(std::ostream& out, const Customer& customer, const Date& as_of,
                   const std::vector<query::CustomerBalance>& balances, bool colour);
void customer_show_json(std::ostream& out, const Customer& customer, const Date& as_of,
                        const std::vector<query::CustomerBalance>& balances);

} // namespace dues::render
