#pragma once

#include "model/balance.hpp"
#include "model/ledger.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dues::query {

// Money that moved against a document: a payment or credit note applied to an invoice
// (or, for a credit note, the invoices it was applied to), or a write-off.
struct Settlement {
  std::string kind; // payment | credit | write-off | applied-to | return (sepa: negative)
  std::string id;   // the payment, credit note or invoice; empty for a write-off
  Date date;
  Money amount;
};

struct InstalmentState {
  Date due;
  Money amount;
  Money open;
};

struct TaxSummaryLine {
  TaxAmount tax;
  std::string name; // [taxes.CODE] name, or the code
  bool reduced = false; // [taxes.CODE] reduced = true: its items are marked ※
};

// sepa: the pre-notification of a SEPA direct debit: the invoice's pending collection,
// or, for an open EUR invoice of a customer with a mandate, the one planned on its due
// date (the day after `as_of` when that has passed).
struct DirectDebitNotice {
  std::string mandate;
  std::string creditor_id;
  Date debit_date;
  Money amount;
  bool pending = false; // a `collection` entry; false: planned
};

// Everything shown about one invoice or credit note on a day.
struct InvoiceDetail {
  const Document* document = nullptr;
  const Customer* customer = nullptr;
  Date as_of;
  DocumentState state = DocumentState::open;
  Money subtotal;
  Money tax_total;
  Money open;
  std::vector<TaxSummaryLine> taxes;
  std::vector<Settlement> settlements; // in date order
  std::vector<InstalmentState> instalments;
  std::vector<std::string> credit_notes; // credit notes issued against the invoice
  std::string payment_reference;         // the invoice's ref, else its id
  std::optional<DirectDebitNotice> direct_debit; // sepa
  std::vector<Sending> sent; // sending: the sent-log by the day, journal order
};

// The detail of document `index` as of the balances' day (needs item lines read).
InvoiceDetail invoice_detail(const Ledger& ledger, const Balances& balances, std::uint32_t index);

// One row of `dues invoice list`.
struct InvoiceRow {
  std::uint32_t index = 0;
  DocumentState state = DocumentState::open;
  Money open;
};

// The invoices issued by the balances' day, in journal order, optionally of one customer
// and in one state (a state name as state_name writes it).
std::vector<InvoiceRow> invoice_rows(const Ledger& ledger, const Balances& balances,
                                     const std::optional<std::uint32_t>& customer,
                                     const std::optional<std::string>& state);

} // namespace dues::query
