#include "query/export.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace dues::query {
namespace {

// Money applied by a payment or credit note on the day it was recorded.
bool on_source_day(const Ledger& ledger, const Allocation& allocation) {
  const Date& source_day = allocation.source_kind == SourceKind::payment
                               ? ledger.payments[allocation.source].date
                               : ledger.documents[allocation.source].date;
  return allocation.date == source_day;
}

} // namespace

void in_chunks(const std::vector<std::uint32_t>& documents, const DetailsFeed& feed,
               const std::function<void(std::uint32_t)>& use) {
  std::vector<std::uint32_t> chunk;
  for (std::size_t first = 0; first < documents.size(); first += k_details_chunk) {
    const std::size_t last = std::min(documents.size(), first + k_details_chunk);
    if (feed) {
      chunk.assign(documents.begin() + static_cast<std::ptrdiff_t>(first),
                   documents.begin() + static_cast<std::ptrdiff_t>(last));
      feed(chunk);
    }
    for (std::size_t i = first; i < last; ++i) {
      use(documents[i]);
    }
  }
  if (feed) {
    feed({}); // the last chunk's details may go
  }
}

std::vector<ExportEvent> export_events(const Ledger& ledger, const ExportPeriod& period) {
  std::vector<ExportEvent> out;
  const auto add = [&](const Date& date, ExportEventKind kind, std::size_t index) {
    if (period.contains(date)) {
      out.push_back({date, kind, static_cast<std::uint32_t>(index)});
    }
  };
  for (std::size_t i = 0; i < ledger.documents.size(); ++i) {
    add(ledger.documents[i].date, ExportEventKind::issue, i);
  }
  for (std::size_t i = 0; i < ledger.payments.size(); ++i) {
    add(ledger.payments[i].date, ExportEventKind::payment, i);
  }
  for (std::size_t i = 0; i < ledger.allocations.size(); ++i) {
    if (!on_source_day(ledger, ledger.allocations[i])) {
      add(ledger.allocations[i].date, ExportEventKind::allocation, i);
    }
  }
  for (std::size_t i = 0; i < ledger.writeoffs.size(); ++i) {
    add(ledger.writeoffs[i].date, ExportEventKind::writeoff, i);
  }
  for (std::size_t i = 0; i < ledger.refunds.size(); ++i) {
    add(ledger.refunds[i].date, ExportEventKind::refund, i);
  }
  for (std::size_t i = 0; i < ledger.payment_returns.size(); ++i) { // sepa
    add(ledger.payment_returns[i].date, ExportEventKind::returned, i);
  }
  for (std::size_t i = 0; i < ledger.status_events.size(); ++i) {
    add(ledger.status_events[i].date, ExportEventKind::status, i);
  }
  std::sort(out.begin(), out.end(), [](const ExportEvent& a, const ExportEvent& b) {
    return std::tie(a.date, a.kind, a.index) < std::tie(b.date, b.kind, b.index);
  });
  return out;
}

TransactionBuilder::TransactionBuilder(const Ledger& ledger, const AccountMap& accounts,
                                       const std::vector<ExportEvent>& movements,
                                       const DetailsFeed& feed)
    : m_ledger(ledger), m_accounts(accounts) {
  if (feed) {
    keep_taxes(movements, feed);
  }
  m_payment_applied.reserve(ledger.payments.size());
  for (const Payment& payment : ledger.payments) {
    m_payment_applied.push_back(Money::zero(payment.amount.currency()));
  }
  m_document_applied.reserve(ledger.documents.size());
  for (const Document& document : ledger.documents) {
    m_document_applied.push_back(Money::zero(document.total.currency()));
  }
  m_paid_start.assign(ledger.payments.size() + 1, 0);
  for (const Allocation& allocation : ledger.allocations) {
    if (on_source_day(ledger, allocation)) {
      (allocation.source_kind == SourceKind::payment ? m_payment_applied
                                                     : m_document_applied)[allocation.source] +=
          allocation.amount;
      if (allocation.source_kind == SourceKind::payment) {
        ++m_paid_start[allocation.source + 1];
      }
    }
  }
  for (std::size_t i = 1; i < m_paid_start.size(); ++i) {
    m_paid_start[i] += m_paid_start[i - 1];
  }
  m_paid.resize(m_paid_start.back());
  std::vector<std::uint32_t> next(m_paid_start.begin(), m_paid_start.end() - 1);
  for (const Allocation& allocation : ledger.allocations) {
    if (allocation.source_kind == SourceKind::payment && on_source_day(ledger, allocation)) {
      m_paid[next[allocation.source]++] = allocation.document;
    }
  }
  for (const PaymentReturn& ret : ledger.payment_returns) { // sepa
    m_returned[ret.payment].applied = Money::zero(ledger.payments[ret.payment].amount.currency());
  }
  if (!m_returned.empty()) { // `check` refuses allocations after a return: all count
    for (const Allocation& allocation : ledger.allocations) {
      const auto it = m_returned.find(allocation.source);
      if (allocation.source_kind == SourceKind::payment && it != m_returned.end()) {
        it->second.applied += allocation.amount;
        std::vector<std::uint32_t>& invoices = it->second.invoices;
        if (std::find(invoices.begin(), invoices.end(), allocation.document) == invoices.end()) {
          invoices.push_back(allocation.document);
        }
      }
    }
  }
}

void TransactionBuilder::keep_taxes(const std::vector<ExportEvent>& movements,
                                    const DetailsFeed& feed) {
  std::vector<std::uint8_t> issued(m_ledger.documents.size(), 0); // issued or voided
  for (const ExportEvent& movement : movements) {
    if (movement.kind == ExportEventKind::issue) {
      issued[movement.index] = 1;
    } else if (movement.kind == ExportEventKind::status) {
      issued[m_ledger.status_events[movement.index].document] = 1;
    }
  }
  std::vector<std::uint32_t> documents;
  for (std::size_t i = 0; i < issued.size(); ++i) {
    if (issued[i] != 0) {
      documents.push_back(static_cast<std::uint32_t>(i));
    }
  }
  std::vector<std::uint32_t> count(m_ledger.documents.size() + 1, 0);
  std::vector<TaxLine> lines; // in the order of `documents`, which is document order
  lines.reserve(documents.size() * 2);
  in_chunks(documents, feed, [&](std::uint32_t d) {
    for (const TaxAmount& tax : m_ledger.documents[d].info().taxes) {
      auto code = std::find(m_tax_codes.begin(), m_tax_codes.end(), tax.code);
      if (code == m_tax_codes.end()) {
        code = m_tax_codes.insert(code, tax.code);
      }
      lines.push_back({static_cast<std::uint32_t>(code - m_tax_codes.begin()),
                       tax.base.minor_units(), tax.amount.minor_units()});
      ++count[d + 1];
    }
  });
  for (std::size_t i = 1; i < count.size(); ++i) {
    count[i] += count[i - 1];
  }
  m_tax_start = std::move(count);
  m_taxes = std::move(lines);
}

void TransactionBuilder::head(Transaction& into, const Date& date, std::string_view code,
                              std::uint32_t customer, std::string narration) const {
  into.date = date;
  into.code = code;
  into.payee = m_ledger.customers[customer].name;
  into.narration = std::move(narration);
  into.postings.clear();
  into.meta.clear();
  into.links.clear();
  into.note_account = {};
  into.meta.emplace_back("customer", m_ledger.customers[customer].id);
}

void TransactionBuilder::post(Transaction& into, std::string_view account,
                              const Money& amount) const {
  if (amount.is_zero()) {
    return;
  }
  for (Posting& posting : into.postings) { // one line per account
    if (posting.account == account) {
      posting.amount += amount;
      return;
    }
  }
  into.postings.push_back({account, amount});
}

void TransactionBuilder::build(const ExportEvent& movement, Transaction& into) const {
  switch (movement.kind) {
  case ExportEventKind::issue:
    issue(m_ledger.documents[movement.index], false, into);
    break;
  case ExportEventKind::payment:
    payment(m_ledger.payments[movement.index], movement.index, into);
    break;
  case ExportEventKind::allocation:
    allocation(m_ledger.allocations[movement.index], into);
    break;
  case ExportEventKind::writeoff: {
    const WriteOff& writeoff = m_ledger.writeoffs[movement.index];
    const Document& invoice = m_ledger.documents[writeoff.document];
    head(into, writeoff.date, invoice.id, invoice.customer,
         writeoff.reason.empty() ? fmt::format("Write-off of {}", invoice.id)
                                 : fmt::format("Write-off of {}: {}", invoice.id, writeoff.reason));
    into.meta.emplace_back("document", invoice.id);
    into.links.push_back(invoice.id);
    post(into, m_accounts.bad_debt(), writeoff.amount);
    post(into, m_accounts.receivable(invoice.customer), -writeoff.amount);
    break;
  }
  case ExportEventKind::refund: {
    const Refund& refund = m_ledger.refunds[movement.index];
    head(into, refund.date, refund.id, refund.customer, fmt::format("Refund {}", refund.id));
    if (!refund.reference.empty()) {
      into.meta.emplace_back("ref", refund.reference);
    }
    post(into, m_accounts.customer_credit(refund.customer), refund.amount);
    post(into, m_accounts.bank(refund.method), -refund.amount);
    break;
  }
  case ExportEventKind::returned:
    payment_return(m_ledger.payment_returns[movement.index], into);
    break;
  case ExportEventKind::status:
    status(m_ledger.status_events[movement.index], into);
    break;
  }
}

// sepa: the bank took the payment back. The exact reverse of what the payment posted
// and of every later allocation of its money: what it had paid is owed again, and its
// unapplied credit is gone (model/balance.cpp, undo_returned_payments).
void TransactionBuilder::payment_return(const PaymentReturn& ret, Transaction& into) const {
  const Payment& payment = m_ledger.payments[ret.payment];
  head(into, ret.date, payment.id, payment.customer,
       ret.reason.empty() ? fmt::format("Return of payment {}", payment.id)
                          : fmt::format("Return of payment {}: {}", payment.id, ret.reason));
  if (!payment.reference.empty()) {
    into.meta.emplace_back("ref", payment.reference);
  }
  if (!payment.method.empty()) {
    into.meta.emplace_back("method", payment.method);
  }
  const Returned& returned = m_returned.at(ret.payment);
  for (const std::uint32_t invoice : returned.invoices) {
    into.links.push_back(m_ledger.documents[invoice].id);
  }
  const Money& applied = returned.applied;
  post(into, m_accounts.receivable(payment.customer), applied);
  post(into, m_accounts.customer_credit(payment.customer), payment.amount + payment.fee - applied);
  post(into, m_accounts.fees(), -payment.fee);
  post(into, m_accounts.bank(payment.method), -payment.amount);
}

void TransactionBuilder::issue(const Document& document, bool reverse, Transaction& into) const {
  const DocumentDetails& info = document.info();
  const bool invoice = document.is_invoice();
  const bool opening = !info.opening.empty(); // import: taken over from another system
  const std::string_view kind = invoice ? (opening ? "Opening invoice" : "Invoice")
                                        : (opening ? "Opening credit note" : "Credit note");
  std::string what = invoice || info.related_invoice.empty()
                         ? fmt::format("{} {}", kind, document.id)
                         : fmt::format("{} {} for {}", kind, document.id, info.related_invoice);
  head(into, document.date, document.id, document.customer,
       reverse ? fmt::format("Void of {}", what) : std::move(what));
  into.meta.emplace_back("document", document.id);
  if (invoice) {
    into.meta.emplace_back("due", format_date(document.due));
  }
  if (!document.reference.empty()) {
    into.meta.emplace_back("ref", document.reference);
  }
  if (opening) {
    into.meta.emplace_back("opening", info.opening);
  }
  into.links.push_back(document.id);
  if (!invoice && !info.related_invoice.empty()) {
    into.links.push_back(info.related_invoice);
  }
  // Seen from the invoice: the customer owes the total; income and tax are credited
  // (for an opening item, which another system booked as income before: equity).
  Money rest = document.total;
  const Money sign_total = invoice ? document.total : -document.total;
  const auto post_tax = [&](std::string_view code, const Money& base, const Money& amount) {
    post(into, m_accounts.income(code), invoice ? -base : base);
    post(into, m_accounts.tax(code), invoice ? -amount : amount);
    rest -= base;
    rest -= amount;
  };
  const std::size_t index = static_cast<std::size_t>(&document - m_ledger.documents.data());
  if (m_tax_start.empty()) {
    for (const TaxAmount& tax : info.taxes) {
      post_tax(tax.code, tax.base, tax.amount);
    }
  } else {
    const Currency& currency = document.total.currency();
    for (std::uint32_t i = m_tax_start[index]; i < m_tax_start[index + 1]; ++i) {
      const TaxLine& line = m_taxes[i];
      post_tax(m_tax_codes[line.code], Money(currency, line.base), Money(currency, line.amount));
    }
  }
  post(into, opening ? m_accounts.opening() : m_accounts.income(""), invoice ? -rest : rest);
  if (invoice) {
    post(into, m_accounts.receivable(document.customer), sign_total);
  } else {
    const Money& applied = m_document_applied[index];
    post(into, m_accounts.receivable(document.customer), -applied);
    post(into, m_accounts.customer_credit(document.customer), applied - document.total);
  }
  if (reverse) {
    for (Posting& posting : into.postings) {
      posting.amount = -posting.amount;
    }
  }
}

void TransactionBuilder::payment(const Payment& payment, std::uint32_t index,
                                 Transaction& into) const {
  head(into, payment.date, payment.id, payment.customer, fmt::format("Payment {}", payment.id));
  if (!payment.reference.empty()) {
    into.meta.emplace_back("ref", payment.reference);
  }
  if (!payment.method.empty()) {
    into.meta.emplace_back("method", payment.method);
  }
  for (std::uint32_t i = m_paid_start[index]; i < m_paid_start[index + 1]; ++i) {
    const std::string& invoice = m_ledger.documents[m_paid[i]].id;
    if (std::find(into.links.begin(), into.links.end(), invoice) == into.links.end()) {
      into.links.push_back(invoice);
    }
  }
  const Money& applied = m_payment_applied[index];
  post(into, m_accounts.bank(payment.method), payment.amount);
  post(into, m_accounts.fees(), payment.fee);
  post(into, m_accounts.receivable(payment.customer), -applied);
  post(into, m_accounts.customer_credit(payment.customer), applied - payment.amount - payment.fee);
}

void TransactionBuilder::allocation(const Allocation& allocation, Transaction& into) const {
  const Document& invoice = m_ledger.documents[allocation.document];
  const std::string& source = allocation.source_kind == SourceKind::payment
                                  ? m_ledger.payments[allocation.source].id
                                  : m_ledger.documents[allocation.source].id;
  head(into, allocation.date, source, invoice.customer,
       fmt::format("{} applied to {}", source, invoice.id));
  into.meta.emplace_back("document", invoice.id);
  into.links.push_back(invoice.id);
  if (allocation.source_kind == SourceKind::credit_note) {
    into.links.push_back(source);
  }
  post(into, m_accounts.customer_credit(invoice.customer), allocation.amount);
  post(into, m_accounts.receivable(invoice.customer), -allocation.amount);
}

void TransactionBuilder::status(const StatusEvent& event, Transaction& into) const {
  const Document& document = m_ledger.documents[event.document];
  if (event.kind == StatusKind::voided) {
    issue(document, true, into);
    into.date = event.date;
    if (!event.reason.empty()) {
      into.narration += ": " + event.reason;
    }
    return;
  }
  std::string what = event.kind == StatusKind::reminded
                         ? fmt::format("Reminder level {} for {}", event.level, document.id)
                     : event.kind == StatusKind::disputed
                         ? fmt::format("Dispute of {}", document.id)
                         : fmt::format("Dispute of {} resolved", document.id);
  if (!event.reason.empty()) {
    what += ": " + event.reason;
  }
  head(into, event.date, document.id, document.customer, std::move(what));
  into.meta.emplace_back("document", document.id);
  into.links.push_back(document.id);
  into.note_account = m_accounts.receivable(document.customer);
}

} // namespace dues::query
