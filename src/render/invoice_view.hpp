#pragma once

#include "model/ledger.hpp"
#include "query/invoice_detail.hpp"

#include <ostream>
#include <vector>

namespace dues::render {

// `dues invoice show`: the document, its state, what settled it (text for people).
void invoice_show_text(std::ostream& out, const query::InvoiceDetail& detail, bool colour);
// The same as JSON (amounts as strings).
void invoice_show_json(std::ostream& out, const query::InvoiceDetail& detail);

// `dues invoice list`.
void invoice_list_table(std::ostream& out, const Ledger& ledger,
                        const std::vector<query::InvoiceRow>& rows, bool colour);
void invoice_list_csv(std::ostream& out, const Ledger& ledger,
                      const std::vector<query::InvoiceRow>& rows);
void invoice_list_json(std::ostream& out, const Ledger& ledger,
                       const std::vector<query::InvoiceRow>& rows);

// `dues invoice render --format text`: the invoice as sent to the customer, columns
// aligned by display width (CJK text counts two columns per character).
// The ※ legend of reduced-rate items is in [documents] language.
void invoice_document_text(std::ostream& out, const query::InvoiceDetail& detail,
                           const syntax::Settings& settings);

// `dues invoice render --format html`: one self-contained printable page (inline CSS,
// UTF-8, every text escaped).
// With the ways to pay of the PDF (account and routing number, payment link, EPC,
// Alipay and WeChat Pay QR codes as inline SVG) or the direct debit pre-notification.
void invoice_document_html(std::ostream& out, const query::InvoiceDetail& detail,
                           const syntax::Settings& settings);

// Shared by the text and HTML forms.
std::string quantity_text(const LineItem& item);
std::string discount_text(const std::optional<syntax::Discount>& discount,
                          const Currency& currency);
std::string price_text(const Decimal& price, const Currency& currency);
// "VAT 20%" (the [taxes] name), or "Tax zero 0%" when the tax has no name.
std::string tax_label(const query::TaxSummaryLine& line);

// Reduced rates (JP 軽減税率, [taxes.CODE] reduced = true): an item taxed at one is
// described with a "※" after its text, and the document prints the legend
// (DocumentLabels::reduced_rate) near its tax summary when any item is.
std::string item_description(const query::InvoiceDetail& detail, const LineItem& item);
bool has_reduced_rate_items(const query::InvoiceDetail& detail);

} // namespace dues::render
