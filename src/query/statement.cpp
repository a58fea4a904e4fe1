#include "query/statement.hpp"
#include "base/sealed.hpp" // privacy

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

namespace dues::query {

std::string_view movement_name(MovementKind kind) {
  switch (kind) {
  case MovementKind::invoice:
    return "invoice";
  case MovementKind::credit_note:
    return "credit-note";
  case MovementKind::payment:
    return "payment";
  case MovementKind::fee:
    return "fee";
  case MovementKind::refund:
    return "refund";
  case MovementKind::writeoff:
    return "write-off";
  case MovementKind::void_invoice:
  case MovementKind::void_credit_note:
    return "void";
  }
  return "invoice";
}

namespace {

// A movement with the keys that order it: day, the phase of the day in which money
// moves (as `dues check` walks it), then journal position.
struct Dated {
  int day = 0;
  int phase = 0;
  syntax::Pos pos;
  int sequence = 0; // a payment before its fee
  Movement movement;
};

std::string joined(std::initializer_list<std::string> parts) {
  std::string text;
  for (const std::string& part : parts) {
    if (part.empty()) {
      continue;
    }
    text += text.empty() ? "" : ", ";
    text += part;
  }
  return text;
}

std::string receipt_detail(const std::string& method, const std::string& reference) {
  return joined({method, reference.empty() ? std::string{} : "ref " + reference});
}

std::string document_detail(const Document& document) {
  const DocumentDetails& info = document.info();
  if (document.is_invoice()) {
    const std::string due = info.instalments.empty()
                                ? "due " + format_date(document.due)
                                : fmt::format("{} instalments", info.instalments.size());
    return joined({due, document.reference.empty() ? std::string{} : "ref " + document.reference});
  }
  return joined(
      {info.related_invoice.empty() ? std::string{} : "for " + info.related_invoice, info.reason});
}

// Collects the movements of one customer dated in [first, last].
class MovementList {
public:
  MovementList(const Ledger& ledger, std::uint32_t customer, int first, int last)
      : m_ledger(ledger), m_customer(customer), m_first(first), m_last(last) {}

  void add_documents() {
    for (const Document& document : m_ledger.documents) {
      const bool invoice = document.is_invoice();
      add(document.customer, document.date, 0, document.pos, 0,
          invoice ? MovementKind::invoice : MovementKind::credit_note, document.id,
          document_detail(document), invoice ? document.total : -document.total);
    }
  }

  void add_receipts() {
    for (const Payment& payment : m_ledger.payments) {
      add(payment.customer, payment.date, 1, payment.pos, 0, MovementKind::payment, payment.id,
          receipt_detail(payment.method, payment.reference), -payment.amount);
      if (!payment.fee.is_zero()) {
        add(payment.customer, payment.date, 1, payment.pos, 1, MovementKind::fee, payment.id,
            "bank charges", -payment.fee);
      }
    }
    for (const Refund& refund : m_ledger.refunds) {
      add(refund.customer, refund.date, 4, refund.pos, 0, MovementKind::refund, refund.id,
          receipt_detail(refund.method, refund.reference), refund.amount);
    }
    // sepa: the bank took a payment back; shown as a refund of the payment ("return").
    for (const PaymentReturn& ret : m_ledger.payment_returns) {
      const Payment& payment = m_ledger.payments[ret.payment];
      add(payment.customer, ret.date, 4, ret.pos, 1, MovementKind::refund, payment.id,
          "return " + ret.reason, payment.amount + payment.fee);
    }
  }

  void add_events() {
    for (const WriteOff& writeoff : m_ledger.writeoffs) {
      const Document& invoice = m_ledger.documents[writeoff.document];
      add(invoice.customer, writeoff.date, 3, writeoff.pos, 0, MovementKind::writeoff, invoice.id,
          writeoff.reason, -writeoff.amount);
    }
    for (const StatusEvent& event : m_ledger.status_events) {
      const Document& document = m_ledger.documents[event.document];
      if (event.kind != StatusKind::voided) {
        continue;
      }
      const bool invoice = document.is_invoice();
      add(document.customer, event.date, 5, event.pos, 0,
          invoice ? MovementKind::void_invoice : MovementKind::void_credit_note, document.id,
          event.reason, invoice ? -document.total : document.total);
    }
  }

  // The movements in the order money moves.
  std::vector<Dated> sorted() && {
    std::stable_sort(m_found.begin(), m_found.end(), [](const Dated& a, const Dated& b) {
      return std::tie(a.day, a.phase, a.pos.file, a.pos.line, a.sequence)
             < std::tie(b.day, b.phase, b.pos.file, b.pos.line, b.sequence);
    });
    return std::move(m_found);
  }

private:
  void add(std::uint32_t customer, const Date& date, int phase, const syntax::Pos& pos,
           int sequence, MovementKind kind, const std::string& id, std::string detail,
           const Money& amount) {
    const int day = day_number(date);
    if (customer == m_customer && day >= m_first && day <= m_last) {
      m_found.push_back(
          {day, phase, pos, sequence, Movement{date, kind, id, std::move(detail), amount, amount}});
    }
  }

  const Ledger& m_ledger;
  std::uint32_t m_customer;
  int m_first;
  int m_last;
  std::vector<Dated> m_found;
};

// Every movement of one customer dated in [first, last], in order.
std::vector<Dated> movements_of(const Ledger& ledger, std::uint32_t customer, int first, int last) {
  MovementList list(ledger, customer, first, last);
  list.add_documents();
  list.add_receipts();
  list.add_events();
  return std::move(list).sorted();
}

// The codes of every currency the customer has a document or receipt in by day `last`.
std::vector<const Currency*> currencies_of(const Ledger& ledger, std::uint32_t customer, int last) {
  std::map<std::string_view, const Currency*> found;
  const auto add = [&](std::uint32_t who, const Date& date, const Money& amount) {
    if (who == customer && day_number(date) <= last) {
      found.emplace(amount.currency().code, &amount.currency());
    }
  };
  for (const Document& document : ledger.documents) {
    add(document.customer, document.date, document.total);
  }
  for (const Payment& payment : ledger.payments) {
    add(payment.customer, payment.date, payment.amount);
  }
  for (const Refund& refund : ledger.refunds) {
    add(refund.customer, refund.date, refund.amount);
  }
  std::vector<const Currency*> currencies;
  currencies.reserve(found.size());
  for (const auto& [code, currency] : found) {
    currencies.push_back(currency);
  }
  return currencies;
}

bool has_amounts(const AgingRow& row) {
  return !row.unapplied.is_zero()
         || std::any_of(row.columns.begin(), row.columns.end(),
                        [](const Money& amount) { return !amount.is_zero(); });
}

} // namespace

Statement statement(const Ledger& ledger, const StatementRequest& request) {
  const Customer& customer = ledger.customers[request.customer];
  Statement result;
  result.company = ledger.settings.company.name;
  result.customer_id = customer.id;
  result.customer_name = customer.name;
  result.customer_address = shown_value(customer.address); // privacy: masked unless revealed
  result.customer_tax_id = shown_value(customer.tax_id);
  result.from = request.from;
  result.to = request.to;
  result.aging_labels = aging_labels(request.basis, request.buckets);
  const int first = request.from ? day_number(*request.from) : std::numeric_limits<int>::min();
  const int last = day_number(request.to);
  AgingRequest aging_request;
  aging_request.as_of = request.to;
  aging_request.basis = request.basis;
  aging_request.buckets = request.buckets;
  aging_request.customer = customer.id;
  aging_request.currency = request.currency;
  const AgingReport aging_report = aging(ledger, aging_request);
  const std::vector<Dated> movements = movements_of(ledger, request.customer, first, last);
  for (const Currency* currency : currencies_of(ledger, request.customer, last)) {
    if (request.currency && currency->code != *request.currency) {
      continue;
    }
    StatementBlock block;
    block.currency = currency;
    block.opening = request.from ? balance_from_events(ledger, request.customer, *currency,
                                                       add_days(*request.from, -1))
                                 : Money::zero(*currency);
    Money balance = block.opening;
    for (const Dated& dated : movements) {
      if (dated.movement.amount.currency() == *currency) {
        balance += dated.movement.amount;
        block.movements.push_back(dated.movement);
        block.movements.back().balance = balance;
      }
    }
    block.closing = balance;
    block.aging.columns.assign(result.aging_labels.size(), Money::zero(*currency));
    block.aging.unapplied = Money::zero(*currency);
    block.aging.total = Money::zero(*currency);
    for (const AgingBlock& aging_block : aging_report.blocks) {
      if (*aging_block.currency == *currency && !aging_block.rows.empty()) {
        block.aging = aging_block.rows.front();
      }
    }
    block.aging.customer_id = customer.id;
    block.aging.customer_name = customer.name;
    if (!block.opening.is_zero() || !block.movements.empty() || has_amounts(block.aging)) {
      result.blocks.push_back(std::move(block));
    }
  }
  return result;
}

} // namespace dues::query
