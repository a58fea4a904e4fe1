#pragma once

#include "model/ledger.hpp"
#include "query/aging.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dues::query {

// What changed a customer's balance.
enum class MovementKind {
  invoice,
  credit_note,
  payment,
  fee, // bank charges of a payment: they settle like money
  refund,
  writeoff,
  void_invoice,     // takes a voided invoice off the balance
  void_credit_note, // puts a voided credit note's credit back
};

// The name used in output: "invoice", "credit-note", "payment", "fee", "refund",
// "write-off", "void".
std::string_view movement_name(MovementKind kind);

// One line of a statement.
struct Movement {
  Date date;
  MovementKind kind = MovementKind::invoice;
  std::string document; // the id of the invoice, credit note, payment or refund
  std::string detail;   // due date, method and reference, reason
  Money amount;         // positive raises what the customer owes, negative lowers it
  Money balance;        // the running balance after this line
};

// A statement's lines in one currency.
struct StatementBlock {
  const Currency* currency = nullptr;
  Money opening; // the balance at the end of the day before `from` (zero without `from`)
  std::vector<Movement> movements;
  Money closing;  // the balance at the end of `to`: opening plus every movement
  AgingRow aging; // the customer's aging as of `to`: columns + unapplied = closing
};

struct StatementRequest {
  std::uint32_t customer = 0;
  std::optional<Date> from; // first day; without it the statement starts at the beginning
  Date to;                  // last day
  std::optional<std::string> currency; // only this currency code
  AgingBasis basis = AgingBasis::due;
  std::vector<int> buckets{30, 60, 90};
};

struct Statement {
  std::string company; // who sends the statement: [company] name
  std::string customer_id;
  std::string customer_name;
  std::string customer_address; // documents: the printed statement's recipient block
  std::string customer_tax_id;
  std::optional<Date> from;
  Date to;
  std::vector<std::string> aging_labels;
  std::vector<StatementBlock> blocks; // by currency code; only currencies with a balance
                                      // or a movement in the period
};

// The customer's statement of account: opening balance, every movement dated in the
// period in the order money moves (issues, payments and fees, write-offs, refunds,
// voids; then journal order), running and closing balances, and aging as of `to`.
// The closing balance equals balance_from_events at `to`.
Statement statement(const Ledger& ledger, const StatementRequest& request);

} // namespace dues::query
