#pragma once

#include "model/balance.hpp"
#include "model/ledger.hpp"

#include <optional>
#include <string>
#include <vector>

namespace dues::query {

enum class AgingBasis {
  due,     // days past the due date; items not yet due get their own column
  invoice, // days since the invoice date
};

struct AgingRequest {
  Date as_of;
  AgingBasis basis = AgingBasis::due;
  std::vector<int> buckets{30, 60, 90}; // upper day limits; the last column is "more than"
  std::optional<std::string> customer;  // only this customer id
  std::optional<std::string> currency;  // only this currency code
  bool detail = false;                  // keep one line per open item
};

// One open item in a detail report.
struct AgingLine {
  std::string document_id;
  int instalment = 0;
  Date date;
  Date due;
  int days = 0; // days overdue (due basis) or days since the invoice (invoice basis)
  std::size_t column = 0;
  Money open;
  bool disputed = false;
};

// One customer in one currency. columns[i] matches AgingReport::labels[i].
struct AgingRow {
  std::string customer_id;
  std::string customer_name;
  std::vector<Money> columns;
  Money unapplied; // unapplied credit, as a negative amount (it lowers the balance)
  Money total;     // sum of columns + unapplied: the customer's balance
  Money disputed;  // the part of the columns that is disputed (kept out of dunning)
  std::vector<AgingLine> lines;
};

struct AgingBlock {
  const Currency* currency = nullptr;
  std::vector<AgingRow> rows; // by customer id
  AgingRow totals;
};

struct AgingReport {
  Date as_of;
  AgingBasis basis = AgingBasis::due;
  std::vector<std::string> labels; // "not due", "1-30", ..., "90+"
  std::vector<AgingBlock> blocks;  // one per currency, by code
};

// The column labels for a basis and bucket limits.
std::vector<std::string> aging_labels(AgingBasis basis, const std::vector<int>& buckets);

// Which column an item falls in, given its age in days.
std::size_t aging_column(AgingBasis basis, const std::vector<int>& buckets, int days);

// The aging report: open items by age, unapplied credit, and totals per customer and
// currency, as of request.as_of. For every row, the columns plus unapplied credit add
// up to the customer's balance on that day.
AgingReport aging(const Ledger& ledger, const AgingRequest& request);

// A customer's balance on a day computed from the events alone: invoices - credit
// notes - payments (with fees) + refunds - write-offs, leaving out voided documents.
// The aging report must agree with it (the invariant the tests check).
Money balance_from_events(const Ledger& ledger, std::uint32_t customer, const Currency& currency,
                          const Date& as_of);

} // namespace dues::query
