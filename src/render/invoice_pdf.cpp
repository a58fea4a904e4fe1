// Invoices and credit notes as PDF: the letterhead, the items, the tax summary per
// rate, the totals and how to pay.
#include "render/invoice_pdf.hpp"
#include "base/sealed.hpp" // privacy

#include "base/creditor_reference.hpp"
#include "render/invoice_view.hpp"
#include "render/payment_codes.hpp"
#include "render/pdf_parts.hpp"

#include <fmt/format.h>

namespace dues::render {
namespace {

using pdf::Align;
using pdf::Column;
using pdf::Fact;

pdf::LetterheadText letterhead_text(const query::InvoiceDetail& detail,
                                    const DocumentLabels& labels) {
  const Document& document = *detail.document;
  const DocumentDetails& details = document.info();
  pdf::LetterheadText text;
  text.title = std::string(document.is_invoice() ? labels.invoice : labels.credit_note);
  text.facts.push_back({std::string(labels.number), document.id});
  text.facts.push_back({std::string(labels.date), format_date(document.date)});
  if (document.is_invoice() && details.instalments.empty()) {
    text.facts.push_back({std::string(labels.due), format_date(document.due)});
  }
  if (!details.terms.empty()) {
    text.facts.push_back({std::string(labels.terms), details.terms});
  }
  if (!details.purchase_order.empty()) {
    text.facts.push_back({std::string(labels.purchase_order), details.purchase_order});
  }
  if (!details.related_invoice.empty()) {
    text.facts.push_back({std::string(labels.corrects), details.related_invoice});
  }
  text.facts.push_back({std::string(labels.customer), detail.customer->id});
  text.recipient = detail.customer->name;
  text.address = shown_value(detail.customer->address); // privacy: masked unless revealed
  text.tax_id = shown_value(detail.customer->tax_id);
  text.running_head = fmt::format("{} {} · {}", text.title, document.id, labels.continued);
  return text;
}

// An item's tax as its rate ("19%"), which the customer reads, not the ledger's code.
std::string rate_text(const query::InvoiceDetail& detail, const std::string& code) {
  for (const query::TaxSummaryLine& line : detail.taxes) {
    if (line.tax.code == code) {
      return format_decimal(line.tax.rate.normalized()) + "%";
    }
  }
  return code;
}

// The item table: description, quantity, unit, price, tax, discount, amount; the
// optional columns only when an item uses them.
void add_items(pdf::Flow& flow, pdf::Canvas& canvas, const pdf::Frame& frame,
               const query::InvoiceDetail& detail, const DocumentLabels& labels) {
  const DocumentDetails& details = detail.document->info();
  const Currency& currency = detail.document->total.currency();
  bool has_unit = false;
  bool has_tax = false;
  bool has_discount = false;
  for (const LineItem& item : details.items) {
    has_unit = has_unit || !item.unit.empty();
    has_tax = has_tax || !item.tax_code.empty();
    has_discount = has_discount || item.discount.has_value();
  }
  std::vector<Column> columns{{0, Align::left}, {pdf::mm(16), Align::right}};
  std::vector<std::string> header{std::string(labels.description), std::string(labels.quantity)};
  if (has_unit) {
    columns.push_back({pdf::mm(14), Align::left});
    header.emplace_back(labels.unit);
  }
  columns.push_back({pdf::mm(24), Align::right});
  header.emplace_back(labels.price);
  if (has_tax) {
    columns.push_back({pdf::mm(16), Align::right});
    header.emplace_back(labels.tax);
  }
  if (has_discount) {
    columns.push_back({pdf::mm(20), Align::right});
    header.emplace_back(labels.discount);
  }
  columns.push_back({pdf::mm(28), Align::right});
  header.emplace_back(labels.amount);
  int rest = frame.width;
  for (std::size_t i = 1; i < columns.size(); ++i) {
    rest -= columns[i].width;
  }
  columns[0].width = rest;
  flow.start_table(pdf::table_row(canvas, frame, columns, header, true));
  for (const LineItem& item : details.items) {
    std::vector<std::string> cells{item_description(detail, item), quantity_text(item)};
    if (has_unit) {
      cells.push_back(item.unit);
    }
    cells.push_back(price_text(item.unit_price, currency));
    if (has_tax) {
      cells.push_back(rate_text(detail, item.tax_code));
    }
    if (has_discount) {
      cells.push_back(discount_text(item.discount, currency));
    }
    cells.push_back(item.amount ? format_amount(*item.amount) : "");
    flow.add(pdf::table_row(canvas, frame, columns, cells));
  }
  flow.end_table();
}

// Subtotal, the invoice discount, tax and total; then the tax summary per rate.
void add_totals(pdf::Flow& flow, pdf::Canvas& canvas, const pdf::Frame& frame,
                const query::InvoiceDetail& detail, const DocumentLabels& labels) {
  const Document& document = *detail.document;
  const std::string code(document.total.currency().code);
  std::vector<Fact> lines;
  const std::string discount = discount_text(document.info().discount, document.total.currency());
  if (!discount.empty()) {
    lines.push_back({std::string(labels.discount), discount});
  }
  lines.push_back({std::string(labels.subtotal), format_amount(detail.subtotal)});
  if (!detail.taxes.empty()) {
    lines.push_back({std::string(labels.tax), format_amount(detail.tax_total)});
  }
  lines.push_back({fmt::format("{} {}", labels.total, code), format_amount(document.total)});
  flow.add(pdf::amount_lines(canvas, frame, lines, true));
  if (detail.taxes.empty()) {
    return;
  }
  flow.add(pdf::heading(canvas, frame, labels.tax_summary));
  const std::vector<Column> columns{{frame.width - pdf::mm(100), Align::left},
                                    {pdf::mm(20), Align::right},
                                    {pdf::mm(40), Align::right},
                                    {pdf::mm(40), Align::right}};
  flow.start_table(pdf::table_row(canvas, frame, columns,
                                  {std::string(labels.tax), std::string(labels.rate),
                                   std::string(labels.base), std::string(labels.amount)},
                                  true));
  for (const query::TaxSummaryLine& line : detail.taxes) {
    flow.add(pdf::table_row(canvas, frame, columns,
                            {tax_label(line), rate_text(detail, line.tax.code),
                             format_amount(line.tax.base), format_amount(line.tax.amount)}));
  }
  flow.end_table();
  if (has_reduced_rate_items(detail)) {
    flow.add(pdf::paragraph(canvas, frame, labels.reduced_rate));
  }
}

// Instalments, the cash discount and the payment section of an invoice.
void add_payment(pdf::Flow& flow, pdf::Canvas& canvas, const pdf::Frame& frame,
                 const query::InvoiceDetail& detail, const syntax::Settings& settings,
                 const DocumentLabels& labels) {
  const Document& document = *detail.document;
  const DocumentDetails& details = document.info();
  const std::string code(document.total.currency().code);
  if (!detail.instalments.empty()) {
    flow.add(pdf::heading(canvas, frame, labels.instalments));
    const std::vector<Column> columns{{frame.width - pdf::mm(40), Align::left},
                                      {pdf::mm(40), Align::right}};
    flow.start_table(pdf::table_row(canvas, frame, columns,
                                    {std::string(labels.due), std::string(labels.amount)}, true));
    for (const query::InstalmentState& instalment : detail.instalments) {
      flow.add(pdf::table_row(canvas, frame, columns,
                              {format_date(instalment.due), format_amount(instalment.amount)}));
    }
    flow.end_table();
  }
  if (details.cash_discount && details.cash_discount_until) {
    flow.add(pdf::gap(pdf::mm(2)));
    const std::string percent = format_decimal(details.cash_discount->normalized()) + "%";
    const std::string until = format_date(*details.cash_discount_until);
    flow.add(pdf::paragraph(
        canvas, frame, fill_labels(labels.cash_discount, {{"percent", percent}, {"date", until}})));
  }
  if (!document.is_invoice() || !detail.open.is_positive()) {
    return;
  }
  const std::string amount = fmt::format("{} {}", format_amount(detail.open), code);
  const std::string due = format_date(document.due);
  pdf::PaymentRequest request;
  request.reference = is_valid_rf_reference(detail.payment_reference)
                          ? format_rf_reference(detail.payment_reference)
                          : detail.payment_reference;
  request.sentence = fill_labels(
      labels.please_pay, {{"amount", amount}, {"due", due}, {"reference", request.reference}});
  if (detail.direct_debit) { // sepa: the pre-notification; no transfer asked, no QR code
    const query::DirectDebitNotice& debit = *detail.direct_debit;
    request.sentence = fill_labels(
        labels.direct_debit,
        {{"amount", fmt::format("{} {}", format_amount(debit.amount), code)},
         {"date", format_date(debit.debit_date)},
         {"mandate", debit.mandate},
         {"creditor", debit.creditor_id}});
  } else if (settings.documents.epc_qr && !settings.company.iban.empty()) {
    request.epc_payload =
        epc_qr_payload(EpcTransfer{settings.company.bic, settings.company.name,
                                   settings.company.iban, detail.open, detail.payment_reference});
  }
  if (!settings.documents.pay_url.empty()) {
    const std::string total = format_amount(document.total);
    const std::string open = format_amount(detail.open);
    request.pay_link =
        pay_link(settings.documents.pay_url, PayLinkFields{document.id, detail.customer->id, total,
                                                           open, code, detail.payment_reference});
  }
  flow.add(pdf::heading(canvas, frame, labels.payment));
  flow.add(pdf::payment_block(canvas, frame, settings, labels, request));
}

} // namespace

void invoice_document_pdf(std::ostream& out, const query::InvoiceDetail& detail,
                          const syntax::Settings& company_settings,
                          std::optional<std::int64_t> made) {
  // The customer's `language` (customers.toml) wins over [documents] language.
  std::optional<syntax::Settings> own;
  if (!detail.customer->language.empty()
      && detail.customer->language != company_settings.documents.language) {
    own = company_settings;
    own->documents.language = detail.customer->language;
  }
  const syntax::Settings& settings = own ? *own : company_settings;
  const Document& document = *detail.document;
  const DocumentDetails& details = document.info();
  const DocumentLabels& labels = document_labels(settings.documents.language);
  const pdf::LetterheadText head = letterhead_text(detail, labels);
  pdf::Canvas canvas(pdf::paper_of(settings),
                     pdf::metadata_of(settings, fmt::format("{} {}", head.title, document.id),
                                      format_date(document.date), made));
  const pdf::Frame frame = pdf::page_frame(canvas);
  const pdf::Letterhead letterhead(canvas, settings, labels, head);
  pdf::Flow flow;
  if (!details.reason.empty()) {
    flow.add(pdf::paragraph(canvas, frame, fmt::format("{}: {}", labels.reason, details.reason)));
  }
  add_items(flow, canvas, frame, detail, labels);
  add_totals(flow, canvas, frame, detail, labels);
  add_payment(flow, canvas, frame, detail, settings, labels);
  for (const std::string& note : {details.note, settings.documents.note}) {
    if (!note.empty()) {
      flow.add(pdf::gap(pdf::mm(3)));
      flow.add(pdf::paragraph(canvas, frame, note));
    }
  }
  pdf::finish_document(canvas, flow, letterhead, out);
}

} // namespace dues::render
