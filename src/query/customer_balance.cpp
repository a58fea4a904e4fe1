#include "query/customer_balance.hpp"

#include <algorithm>
#include <map>

namespace dues::query {

std::vector<CustomerBalance> customer_balances(const Ledger& ledger, const Balances& balances,
                                               std::uint32_t customer) {
  std::map<std::string_view, CustomerBalance> by_code;
  const auto row = [&](const Currency& currency) -> CustomerBalance& {
    auto [it, is_new] = by_code.try_emplace(currency.code);
    if (is_new) {
      const Money zero = Money::zero(currency);
      it->second = {&currency, zero, zero, zero, zero, 0, 0};
    }
    return it->second;
  };
  const int today = day_number(balances.as_of);
  for (const OpenItem& item : open_items(ledger, balances)) {
    const Document& document = ledger.documents[item.document];
    if (document.customer != customer) {
      continue;
    }
    CustomerBalance& balance = row(item.open.currency());
    balance.open += item.open;
    if (day_number(item.due) < today) {
      balance.overdue += item.open;
    }
  }
  for (std::size_t i = 0; i < ledger.documents.size(); ++i) {
    const Document& document = ledger.documents[i];
    if (document.customer != customer || !document.is_invoice()) {
      continue;
    }
    const DocumentState state = state_of(ledger, balances, i);
    if (state == DocumentState::open || state == DocumentState::partially_paid
        || state == DocumentState::overdue || state == DocumentState::disputed) {
      CustomerBalance& balance = row(document.total.currency());
      ++balance.open_invoices;
      balance.overdue_invoices += state == DocumentState::overdue ? 1 : 0;
    }
  }
  balances.unapplied.for_each([&](std::uint32_t who, const Money& credit) {
    if (who == customer && !credit.is_zero()) {
      row(credit.currency()).unapplied += credit;
    }
  });
  std::vector<CustomerBalance> rows;
  for (auto& [code, balance] : by_code) {
    balance.balance = balance.open - balance.unapplied;
    rows.push_back(balance);
  }
  return rows;
}

Money customer_balance_in(const Ledger& ledger, const Balances& balances, std::uint32_t customer,
                          const Currency& currency) {
  for (const CustomerBalance& row : customer_balances(ledger, balances, customer)) {
    if (*row.currency == currency) {
      return row.balance;
    }
  }
  return Money::zero(currency);
}

} // namespace dues::query
