#include "query/payments.hpp"

#include <algorithm>
#include <map>

namespace dues::query {
namespace {

PaymentsRow empty_row(std::string label, const Currency& currency) {
  PaymentsRow row;
  row.label = std::move(label);
  row.amount = row.fees = Money::zero(currency);
  return row;
}

// Days to pay and on-time share of some settlements.
void add_habits(PaymentsRow& row, const std::vector<const PaidInvoice*>& settled) {
  Int128 days = 0;
  int on_time = 0;
  for (const PaidInvoice* settlement : settled) {
    days += settlement->days_to_pay;
    on_time += settlement->days_late <= 0 ? 1 : 0;
  }
  row.paid = static_cast<int>(settled.size());
  row.days_to_pay = ratio_of(days, row.paid);
  row.on_time = ratio_of(Int128{on_time} * 100, row.paid);
}

struct Accumulator {
  PaymentsBlock block;
  std::map<std::uint32_t, PaymentsRow> customers;
  std::vector<PaymentsRow*> customer_rows; // by customer index: its row in `customers`
  std::map<std::string, PaymentsRow, std::less<>> methods;
  std::map<std::uint32_t, std::vector<const PaidInvoice*>> customer_settled;
  std::vector<std::vector<const PaidInvoice*>> period_settled;
  std::vector<const PaidInvoice*> all_settled;
};

} // namespace

PaymentsReport payments_report(const Ledger& ledger, const PaymentsRequest& request) {
  PaymentsReport report;
  report.as_of = request.as_of;
  report.unit = request.unit;
  const std::vector<Period> periods =
      periods_back(request.unit, request.as_of, std::max(1, request.periods));
  report.from = periods.front().start;
  const int first = day_number(periods.front().start);
  const int last = day_number(request.as_of);
  const auto period_index = [&](int day) {
    return static_cast<std::size_t>(
        std::find_if(periods.begin(), periods.end(),
                     [&](const Period& p) { return day <= day_number(p.end); })
        - periods.begin());
  };
  std::map<std::string_view, Accumulator> blocks;
  const auto block_of = [&](const Currency& currency) -> Accumulator& {
    Accumulator& acc = blocks[currency.code];
    if (acc.block.currency == nullptr) {
      acc.block.currency = &currency;
      for (const Period& period : periods) {
        acc.block.periods.push_back(empty_row(period.label, currency));
      }
      acc.block.total = empty_row("total", currency);
      acc.period_settled.resize(periods.size());
    }
    return acc;
  };
  const auto customer_row = [&](Accumulator& acc, std::uint32_t customer) -> PaymentsRow& {
    if (acc.customer_rows.empty()) {
      acc.customer_rows.resize(ledger.customers.size(), nullptr);
    }
    PaymentsRow*& cached = acc.customer_rows[customer];
    if (cached == nullptr) {
      PaymentsRow row = empty_row(ledger.customers[customer].id, *acc.block.currency);
      row.name = ledger.customers[customer].name;
      cached = &acc.customers.emplace(customer, std::move(row)).first->second;
    }
    return *cached;
  };
  for (const Payment& payment : ledger.payments) {
    const int day = day_number(payment.date);
    if (day < first || day > last
        || !request.filter.wants(ledger, payment.customer, payment.amount.currency())) {
      continue;
    }
    Accumulator& acc = block_of(payment.amount.currency());
    const std::string_view label =
        payment.method.empty() ? std::string_view("(none)") : std::string_view(payment.method);
    auto method = acc.methods.find(label);
    if (method == acc.methods.end()) {
      method = acc.methods.emplace(label, empty_row(std::string(label), *acc.block.currency)).first;
    }
    for (PaymentsRow* row : {&acc.block.periods[period_index(day)], &acc.block.total,
                             &customer_row(acc, payment.customer), &method->second}) {
      ++row->receipts;
      row->amount += payment.amount;
      row->fees += payment.fee;
    }
  }
  const Balances now = balances_as_of(ledger, request.as_of);
  const std::vector<PaidInvoice> settled = paid_invoices(ledger, now);
  for (const PaidInvoice& settlement : settled) {
    const int day = day_number(settlement.paid);
    if (day < first || day > last
        || !request.filter.wants(ledger, settlement.customer, settlement.total.currency())) {
      continue;
    }
    Accumulator& acc = block_of(settlement.total.currency());
    customer_row(acc, settlement.customer);
    acc.period_settled[period_index(day)].push_back(&settlement);
    acc.customer_settled[settlement.customer].push_back(&settlement);
    acc.all_settled.push_back(&settlement);
  }
  // Unapplied credit at the end of each period and, per customer, at as_of.
  for (std::size_t p = 0; p < periods.size(); ++p) {
    const Balances balances =
        p + 1 == periods.size() ? Balances{} : balances_as_of(ledger, periods[p].end);
    const Balances& at = p + 1 == periods.size() ? now : balances;
    for (auto& [code, acc] : blocks) {
      Money credit = Money::zero(*acc.block.currency);
      at.unapplied.for_each([&](std::uint32_t customer, const Money& amount) {
        if (&amount.currency() == acc.block.currency
            && request.filter.wants(ledger, customer, amount.currency())) {
          credit += amount;
          if (p + 1 == periods.size() && !amount.is_zero()) {
            customer_row(acc, customer).unapplied = amount;
          }
        }
      });
      acc.block.periods[p].unapplied = credit;
      if (p + 1 == periods.size()) {
        acc.block.total.unapplied = credit;
      }
    }
  }
  for (auto& [code, acc] : blocks) {
    for (std::size_t p = 0; p < periods.size(); ++p) {
      add_habits(acc.block.periods[p], acc.period_settled[p]);
    }
    add_habits(acc.block.total, acc.all_settled);
    for (auto& [customer, row] : acc.customers) {
      add_habits(row, acc.customer_settled[customer]);
      if (!row.unapplied) {
        row.unapplied = Money::zero(*acc.block.currency);
      }
      acc.block.customers.push_back(std::move(row));
    }
    std::sort(acc.block.customers.begin(), acc.block.customers.end(),
              [](const PaymentsRow& a, const PaymentsRow& b) { return a.label < b.label; });
    for (auto& [method, row] : acc.methods) {
      acc.block.methods.push_back(std::move(row));
    }
    report.blocks.push_back(std::move(acc.block));
  }
  return report;
}

} // namespace dues::query
