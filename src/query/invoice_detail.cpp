#include "query/invoice_detail.hpp"

#include "model/direct_debit.hpp" // sepa

#include <algorithm>

namespace dues::query {
namespace {

bool counts(const Date& day, const Balances& balances) {
  return day_number(day) <= day_number(balances.as_of);
}

// Money applied to the document (or, for a credit note, from it) and write-offs, by date.
std::vector<Settlement> settlements_of(const Ledger& ledger, const Balances& balances,
                                       std::uint32_t index) {
  std::vector<Settlement> settlements;
  for (const Allocation& allocation : ledger.allocations) {
    if (!counts(allocation.date, balances)) {
      continue;
    }
    const bool from_credit = allocation.source_kind == SourceKind::credit_note;
    if (allocation.document == index) {
      const std::string& source = from_credit ? ledger.documents[allocation.source].id
                                              : ledger.payments[allocation.source].id;
      settlements.push_back(
          {from_credit ? "credit" : "payment", source, allocation.date, allocation.amount});
    } else if (from_credit && allocation.source == index) {
      settlements.push_back({"applied-to", ledger.documents[allocation.document].id,
                             allocation.date, allocation.amount});
    }
  }
  for (const WriteOff& writeoff : ledger.writeoffs) {
    if (writeoff.document == index && counts(writeoff.date, balances)) {
      settlements.push_back({"write-off", "", writeoff.date, writeoff.amount});
    }
  }
  // sepa: a returned payment takes back what it paid ("return", negative).
  for (const PaymentReturn& ret : ledger.payment_returns) {
    if (!counts(ret.date, balances)) {
      continue;
    }
    for (const Allocation& allocation : ledger.allocations) {
      if (allocation.source_kind == SourceKind::payment && allocation.source == ret.payment
          && allocation.document == index && counts(allocation.date, balances)) {
        settlements.push_back({"return", ledger.payments[ret.payment].id + " " + ret.reason,
                               ret.date, -allocation.amount});
      }
    }
  }
  std::stable_sort(settlements.begin(), settlements.end(),
                   [](const Settlement& a, const Settlement& b) {
                     return day_number(a.date) < day_number(b.date);
                   });
  return settlements;
}

// sepa: the collection that pays the invoice, pending or planned (DirectDebitNotice).
std::optional<DirectDebitNotice> direct_debit_notice(const Ledger& ledger,
                                                     const Balances& balances,
                                                     std::uint32_t index) {
  const Document& document = ledger.documents[index];
  const Customer& customer = ledger.customers[document.customer];
  if (!document.is_invoice() || !balances.open[index].is_positive()
      || balances.disputed[index] != 0 || document.total.currency().code != "EUR") {
    return std::nullopt;
  }
  DirectDebitNotice notice;
  notice.creditor_id = ledger.settings.company.creditor_id;
  if (const DirectDebit* debit = PendingCollections(ledger, balances).latest(index)) {
    notice.mandate = debit->mandate;
    notice.debit_date = debit->debit_date;
    notice.amount = debit->amount;
    notice.pending = true;
    return notice;
  }
  if (!customer.mandate || notice.creditor_id.empty()) {
    return std::nullopt;
  }
  notice.mandate = customer.mandate->id;
  const Date earliest = add_days(balances.as_of, 1);
  notice.debit_date = day_number(document.due) < day_number(earliest) ? earliest : document.due;
  notice.amount = balances.open[index];
  return notice;
}

} // namespace

InvoiceDetail invoice_detail(const Ledger& ledger, const Balances& balances, std::uint32_t index) {
  const Document& document = ledger.documents[index];
  const DocumentDetails& details = document.info();
  const Currency& currency = document.total.currency();
  InvoiceDetail detail;
  detail.document = &document;
  detail.customer = &ledger.customers[document.customer];
  detail.as_of = balances.as_of;
  detail.state = state_of(ledger, balances, index);
  detail.open = balances.open[index];
  detail.tax_total = Money::zero(currency);
  for (const TaxAmount& tax : details.taxes) {
    const auto setting = ledger.settings.taxes.find(tax.code);
    const bool named = setting != ledger.settings.taxes.end() && !setting->second.name.empty();
    const bool reduced = setting != ledger.settings.taxes.end() && setting->second.reduced;
    detail.taxes.push_back({tax, named ? setting->second.name : tax.code, reduced});
    detail.tax_total += tax.amount;
  }
  detail.subtotal = details.subtotal.value_or(document.total - detail.tax_total);
  detail.settlements = settlements_of(ledger, balances, index);
  Money paid = document.total - detail.open;
  for (const Instalment& instalment : details.instalments) {
    const Money covered = min(paid, instalment.amount);
    paid -= covered;
    detail.instalments.push_back({instalment.due, instalment.amount, instalment.amount - covered});
  }
  for (const Document& other : ledger.documents) {
    if (!other.is_invoice() && other.info().related_invoice == document.id
        && counts(other.date, balances)) {
      detail.credit_notes.push_back(other.id);
    }
  }
  detail.payment_reference = document.reference.empty() ? document.id : document.reference;
  detail.direct_debit = direct_debit_notice(ledger, balances, index); // sepa
  for (const Sending& sending : ledger.sendings) {
    if (sending.document == index && counts(sending.date, balances)) {
      detail.sent.push_back(sending);
    }
  }
  return detail;
}

std::vector<InvoiceRow> invoice_rows(const Ledger& ledger, const Balances& balances,
                                     const std::optional<std::uint32_t>& customer,
                                     const std::optional<std::string>& state) {
  std::vector<InvoiceRow> rows;
  for (std::uint32_t i = 0; i < ledger.documents.size(); ++i) {
    const Document& document = ledger.documents[i];
    if (!document.is_invoice() || balances.issued[i] == 0
        || (customer && document.customer != *customer)) {
      continue;
    }
    const DocumentState current = state_of(ledger, balances, i);
    if (state) {
      const bool wanted =
          state_name(current) == *state
          // "open" asks for everything still owed
          || (*state == "open"
              && (current == DocumentState::partially_paid || current == DocumentState::overdue
                  || current == DocumentState::disputed));
      if (!wanted) {
        continue;
      }
    }
    rows.push_back({i, current, balances.open[i]});
  }
  return rows;
}

} // namespace dues::query
