#include "query/forecast.hpp"

#include <algorithm>
#include <map>

namespace dues::query {

std::string_view delay_source_name(DelaySource source) {
  switch (source) {
  case DelaySource::own:
    return "own";
  case DelaySource::ledger:
    return "ledger";
  case DelaySource::none:
    break;
  }
  return "none";
}

namespace {

ForecastRow empty_row(std::string label, const Currency& currency) {
  const Money zero = Money::zero(currency);
  return {std::move(label), std::nullopt, std::nullopt, zero, zero, zero, zero};
}

// The row an item dated `day` falls in: 0 = overdue (on or before as_of), then the
// periods, then "later".
std::size_t row_index(const std::vector<Period>& periods, const Date& as_of, const Date& day) {
  const int n = day_number(day);
  if (n <= day_number(as_of)) {
    return 0;
  }
  for (std::size_t p = 0; p < periods.size(); ++p) {
    if (n <= day_number(periods[p].end)) {
      return p + 1;
    }
  }
  return periods.size() + 1;
}

// The cash discount an item gets when its money arrives on `arrives`, or zero.
Money cash_discount(const Document& document, const OpenItem& item, const Money& settled,
                    const Date& arrives) {
  const Money zero = Money::zero(item.open.currency());
  if (!document.details || item.instalment != 0 || !settled.is_zero()) {
    return zero;
  }
  const DocumentDetails& details = *document.details;
  if (!details.cash_discount || !details.cash_discount_until
      || day_number(arrives) > day_number(*details.cash_discount_until)) {
    return zero;
  }
  return min(item.open, percent_of(document.total, *details.cash_discount, RoundingMode::half_up));
}

} // namespace

ForecastReport forecast(const Ledger& ledger, const ForecastRequest& request) {
  ForecastReport report;
  report.as_of = request.as_of;
  report.unit = request.unit;
  const Balances balances = balances_as_of(ledger, request.as_of);
  const std::vector<Period> periods =
      periods_ahead(request.unit, add_days(request.as_of, 1), std::max(1, request.periods));
  // Delays: each customer's own habit, else the whole ledger's.
  const std::vector<PaidInvoice> settled = paid_invoices(ledger, balances);
  std::vector<std::vector<const PaidInvoice*>> by_customer(ledger.customers.size());
  std::vector<const PaidInvoice*> everyone;
  for (const PaidInvoice& settlement : settled) {
    by_customer[settlement.customer].push_back(&settlement);
    everyone.push_back(&settlement);
  }
  const PaymentHabit ledger_habit = habit_of(everyone);
  std::map<std::string_view, ForecastBlock> blocks;
  std::map<std::pair<std::string_view, std::uint32_t>, ForecastCustomer> customers;
  for (const OpenItem& item : open_items(ledger, balances)) {
    const Document& document = ledger.documents[item.document];
    const Currency& currency = item.open.currency();
    if (!request.filter.wants(ledger, document.customer, currency)) {
      continue;
    }
    ForecastBlock& block = blocks[currency.code];
    if (block.currency == nullptr) {
      block.currency = &currency;
      block.rows.push_back(empty_row("overdue", currency));
      for (const Period& period : periods) {
        ForecastRow row = empty_row(period.label, currency);
        row.start = period.start;
        row.end = period.end;
        block.rows.push_back(std::move(row));
      }
      block.rows.push_back(empty_row("later", currency));
      block.total = empty_row("total", currency);
    }
    ForecastCustomer& customer = customers[{currency.code, document.customer}];
    if (customer.customer_id.empty()) {
      customer.customer_id = ledger.customers[document.customer].id;
      customer.customer_name = ledger.customers[document.customer].name;
      const PaymentHabit own = habit_of(by_customer[document.customer]);
      if (own.settled >= request.min_history) {
        customer.source = DelaySource::own;
        customer.delay = static_cast<int>(round_ratio(own.days_late));
        customer.settled = own.settled;
      } else if (ledger_habit.settled > 0) {
        customer.source = DelaySource::ledger;
        customer.delay = static_cast<int>(round_ratio(ledger_habit.days_late));
        customer.settled = ledger_habit.settled;
      }
      const Money zero = Money::zero(currency);
      customer.open = customer.expected_in_range = customer.later = customer.held = zero;
    }
    customer.open += item.open;
    ForecastRow& due_row = block.rows[row_index(periods, request.as_of, item.due)];
    due_row.due += item.open;
    block.total.due += item.open;
    if (item.disputed) {
      due_row.held += item.open;
      block.total.held += item.open;
      customer.held += item.open;
      continue;
    }
    Date arrives = add_days(item.due, customer.delay);
    if (day_number(arrives) <= day_number(request.as_of)) {
      arrives = add_days(request.as_of, 1);
    }
    const Money discount =
        cash_discount(document, item, balances.settled[item.document], arrives);
    const std::size_t index = row_index(periods, request.as_of, arrives);
    ForecastRow& row = block.rows[index];
    row.expected += item.open - discount;
    row.discount += discount;
    block.total.expected += item.open - discount;
    block.total.discount += discount;
    (index == periods.size() + 1 ? customer.later : customer.expected_in_range) +=
        item.open - discount;
  }
  for (auto& [key, customer] : customers) {
    blocks[key.first].customers.push_back(std::move(customer));
  }
  for (auto& [code, block] : blocks) {
    std::sort(block.customers.begin(), block.customers.end(),
              [](const ForecastCustomer& a, const ForecastCustomer& b) {
                return a.customer_id < b.customer_id;
              });
    report.blocks.push_back(std::move(block));
  }
  return report;
}

} // namespace dues::query
