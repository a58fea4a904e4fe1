#pragma once

#include "query/report_common.hpp"

#include <cstdint>
#include <vector>

namespace dues::query {

struct TaxRequest {
  Period period;          // documents dated and payments received in it
  Date as_of;             // documents void by this day are left out
  ReportFilter filter;
};

// One tax code and rate: what the stored tax lines of the period's documents add up to.
struct TaxRow {
  std::string code; // "(none)" for the untaxed part of documents
  std::string name; // [taxes.CODE] name
  Decimal rate;
  bool zero_rate = false; // exempt, reverse charge, export: listed with their base
  Money invoice_base;
  Money invoice_tax;
  Money credit_base; // credit notes, as positive amounts
  Money credit_tax;
  Money base; // invoice - credit
  Money tax;
  Money cash_base; // cash basis: the share of payments received in the period
  Money cash_tax;
  int invoices = 0;
  int credit_notes = 0;
};

struct TaxBlock {
  const Currency* currency = nullptr;
  std::vector<TaxRow> rows; // by code, then rate; "(none)" last
  TaxRow total;
  Money documents; // the period's invoice totals - credit note totals, as stored
};

struct TaxReport {
  Period period;
  Date as_of;
  std::vector<TaxBlock> blocks;
};

// Output tax per code and rate for a period, on the invoice (accrual) basis and on the
// cash basis (each payment received in the period carries the tax of the invoices it
// paid, pro rata). For every block, total.base + total.tax == documents.
TaxReport tax_summary(const Ledger& ledger, const TaxRequest& request);

// The documents whose stored tax lines tax_summary reads (indexes into documents, in
// order): a ledger loaded without item details needs only theirs.
std::vector<std::uint32_t> tax_documents(const Ledger& ledger, const TaxRequest& request);

} // namespace dues::query
