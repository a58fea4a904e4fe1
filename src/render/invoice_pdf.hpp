#pragma once

#include "query/invoice_detail.hpp"
#include "query/statement.hpp"
#include "syntax/settings.hpp"

#include <cstdint>
#include <optional>
#include <ostream>

// Printed documents as PDF (cairo + pango; docs/settings.md: [documents]). The bytes
// depend only on the arguments: the same ledger and day give the same PDF.
namespace dues::render {

// An invoice or credit note as sent to the customer: company and customer blocks, the
// items (breaking across pages with the header repeated, "page N of M"), the tax
// summary per rate, totals, and for invoices how to pay (bank details, RF reference,
// EPC QR code for EUR with a company IBAN, payment link, Alipay / WeChat Pay codes).
// settings.documents.logo_png holds the logo's bytes when there is one (the command
// reads the file). Throws Error(environment) when a font is missing.
// `made` (SOURCE_DATE_EPOCH, seconds since 1970) is the PDF's CreationDate and ModDate;
// without it the document's date at 00:00:00 UTC, never the clock.
void invoice_document_pdf(std::ostream& out, const query::InvoiceDetail& detail,
                          const syntax::Settings& settings,
                          std::optional<std::int64_t> made = std::nullopt);

// A customer's statement of account: per currency the opening balance, each
// movement with the running balance, the closing balance and the aging summary.
// `made` as for invoices; without it the statement's last day.
void statement_pdf(std::ostream& out, const query::Statement& statement,
                   const syntax::Settings& settings,
                   std::optional<std::int64_t> made = std::nullopt);

} // namespace dues::render
