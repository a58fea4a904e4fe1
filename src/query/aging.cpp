#include "query/aging.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace dues::query {

std::vector<std::string> aging_labels(AgingBasis basis, const std::vector<int>& buckets) {
  std::vector<std::string> labels;
  int start = 1;
  if (basis == AgingBasis::due) {
    labels.emplace_back("not due");
  } else {
    start = 0;
  }
  for (const int limit : buckets) {
    labels.push_back(fmt::format("{}-{}", start, limit));
    start = limit + 1;
  }
  labels.push_back(fmt::format("{}+", buckets.empty() ? 0 : buckets.back()));
  return labels;
}

std::size_t aging_column(AgingBasis basis, const std::vector<int>& buckets, int days) {
  std::size_t column = 0;
  if (basis == AgingBasis::due) {
    if (days <= 0) {
      return 0;
    }
    column = 1;
  }
  for (const int limit : buckets) {
    if (days <= limit) {
      return column;
    }
    ++column;
  }
  return column;
}

namespace {

AgingRow empty_row(const Currency& currency, std::size_t columns) {
  AgingRow row;
  row.columns.assign(columns, Money::zero(currency));
  row.unapplied = Money::zero(currency);
  row.total = Money::zero(currency);
  row.disputed = Money::zero(currency);
  return row;
}

// Adds a customer's row to the block of its currency; rows come ordered by currency.
void add_to_blocks(AgingReport& report, AgingRow row, std::size_t columns) {
  const Currency& currency = row.total.currency();
  if (report.blocks.empty() || !(*report.blocks.back().currency == currency)) {
    AgingBlock block;
    block.currency = &currency;
    block.totals = empty_row(currency, columns);
    block.totals.customer_id = "total";
    report.blocks.push_back(std::move(block));
  }
  AgingBlock& block = report.blocks.back();
  for (std::size_t c = 0; c < columns; ++c) {
    block.totals.columns[c] += row.columns[c];
  }
  block.totals.unapplied += row.unapplied;
  block.totals.total += row.total;
  block.totals.disputed += row.disputed;
  std::sort(row.lines.begin(), row.lines.end(), [](const AgingLine& a, const AgingLine& b) {
    return std::make_tuple(day_number(a.due), a.document_id, a.instalment)
           < std::make_tuple(day_number(b.due), b.document_id, b.instalment);
  });
  block.rows.push_back(std::move(row));
}

} // namespace

AgingReport aging(const Ledger& ledger, const AgingRequest& request) {
  AgingReport report;
  report.as_of = request.as_of;
  report.basis = request.basis;
  report.labels = aging_labels(request.basis, request.buckets);
  const std::size_t columns = report.labels.size();
  const Balances balances = balances_as_of(ledger, request.as_of);
  const auto wanted = [&](std::uint32_t customer, const Currency& currency) {
    return (!request.customer || ledger.customers[customer].id == *request.customer)
           && (!request.currency || currency.code == *request.currency);
  };
  // Rows per customer (most customers have one currency): no map lookups per item.
  std::vector<std::vector<AgingRow>> by_customer(ledger.customers.size());
  const auto row_of = [&](std::uint32_t customer, const Currency& currency) -> AgingRow& {
    for (AgingRow& row : by_customer[customer]) {
      if (&row.total.currency() == &currency) {
        return row;
      }
    }
    AgingRow& row = by_customer[customer].emplace_back(empty_row(currency, columns));
    row.customer_id = ledger.customers[customer].id;
    row.customer_name = ledger.customers[customer].name;
    return row;
  };
  for (const OpenItem& item : open_items(ledger, balances)) {
    const Document& document = ledger.documents[item.document];
    const Currency& currency = item.open.currency();
    if (!wanted(document.customer, currency)) {
      continue;
    }
    const int days = request.basis == AgingBasis::due ? days_between(item.due, request.as_of)
                                                      : days_between(item.date, request.as_of);
    const std::size_t column = aging_column(request.basis, request.buckets, days);
    AgingRow& row = row_of(document.customer, currency);
    row.columns[column] += item.open;
    row.total += item.open;
    if (item.disputed) {
      row.disputed += item.open;
    }
    if (request.detail) {
      row.lines.push_back({document.id, item.instalment, item.date, item.due, days, column,
                           item.open, item.disputed});
    }
  }
  balances.unapplied.for_each([&](std::uint32_t customer, const Money& credit) {
    if (credit.is_zero() || !wanted(customer, credit.currency())) {
      return;
    }
    AgingRow& row = row_of(customer, credit.currency());
    row.unapplied -= credit;
    row.total -= credit;
  });
  std::vector<AgingRow> rows;
  for (auto& list : by_customer) {
    for (AgingRow& row : list) {
      rows.push_back(std::move(row));
    }
  }
  std::sort(rows.begin(), rows.end(), [](const AgingRow& a, const AgingRow& b) {
    const std::string_view a_code = a.total.currency().code;
    const std::string_view b_code = b.total.currency().code;
    return a_code != b_code ? a_code < b_code : a.customer_id < b.customer_id;
  });
  for (AgingRow& row : rows) {
    add_to_blocks(report, std::move(row), columns);
  }
  return report;
}

Money balance_from_events(const Ledger& ledger, std::uint32_t customer, const Currency& currency,
                          const Date& as_of) {
  const int last = day_number(as_of);
  Money balance = Money::zero(currency);
  std::vector<std::uint8_t> voided(ledger.documents.size(), 0);
  for (const StatusEvent& event : ledger.status_events) {
    if (event.kind == StatusKind::voided && day_number(event.date) <= last) {
      voided[event.document] = 1;
    }
  }
  for (std::size_t i = 0; i < ledger.documents.size(); ++i) {
    const Document& document = ledger.documents[i];
    if (document.customer != customer || !(document.total.currency() == currency)
        || day_number(document.date) > last || voided[i] != 0) {
      continue;
    }
    balance += document.is_invoice() ? document.total : -document.total;
  }
  for (const Payment& payment : ledger.payments) {
    if (payment.customer == customer && payment.amount.currency() == currency
        && day_number(payment.date) <= last) {
      balance -= payment.amount + payment.fee;
    }
  }
  for (const Refund& refund : ledger.refunds) {
    if (refund.customer == customer && refund.amount.currency() == currency
        && day_number(refund.date) <= last) {
      balance += refund.amount;
    }
  }
  for (const WriteOff& writeoff : ledger.writeoffs) {
    const Document& document = ledger.documents[writeoff.document];
    if (document.customer == customer && writeoff.amount.currency() == currency
        && day_number(writeoff.date) <= last) {
      balance -= writeoff.amount;
    }
  }
  for (const PaymentReturn& ret : ledger.payment_returns) { // sepa: the money went back
    const Payment& payment = ledger.payments[ret.payment];
    if (payment.customer == customer && payment.amount.currency() == currency
        && day_number(ret.date) <= last) {
      balance += payment.amount + payment.fee;
    }
  }
  return balance;
}

} // namespace dues::query
