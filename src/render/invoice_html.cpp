// The printable HTML invoice, from a mustache template (Debian libkainjow-mustache-dev).
// {{name}} escapes & < > " '; {{{name}}} is used only for text this file escaped itself
// (multi-line blocks whose line breaks become <br>).
#include "render/invoice_view.hpp"
#include "base/sealed.hpp" // privacy

#include "render/document_labels.hpp"
#include "render/payment_codes.hpp"

#include <fmt/format.h>

// At -O2 GCC 12 sees a "potential null pointer dereference" inside mustache's context
// stack (std::vector::insert of a pointer) and -Werror makes the release build fail.
// The code is the library's, not ours.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnull-dereference"
#include <kainjow/mustache.hpp>
#include <qrencode.h>
#pragma GCC diagnostic pop

namespace dues::render {
namespace {

using Data = kainjow::mustache::data;

constexpr std::string_view k_template = R"(<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} {{id}}</title>
<style>
@page { size: A4; margin: 18mm 16mm; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 180mm; color: #111; font-size: 10.5pt; line-height: 1.4;
  font-family: "Helvetica Neue", Arial, "Noto Sans CJK SC", "Noto Sans CJK JP",
  "Source Han Sans", "PingFang SC", "Hiragino Sans", "Microsoft YaHei", sans-serif; }
header { display: flex; justify-content: space-between; gap: 12mm; margin-bottom: 10mm; }
h1 { font-size: 20pt; margin: 0 0 2mm 0; letter-spacing: 0.05em; }
.muted { color: #555; }
.parties { display: flex; justify-content: space-between; gap: 12mm; margin-bottom: 8mm; }
.party { flex: 1; overflow-wrap: anywhere; }
.label { font-size: 8.5pt; text-transform: uppercase; color: #666; margin-bottom: 1mm; }
dl.facts { display: grid; grid-template-columns: max-content auto; gap: 0.5mm 4mm; margin: 0; }
dl.facts dt { color: #555; } dl.facts dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: 4mm 0; }
th { text-align: left; font-size: 8.5pt; text-transform: uppercase; color: #555;
  border-bottom: 1px solid #999; padding: 1.5mm 2mm; }
td { padding: 1.5mm 2mm; border-bottom: 1px solid #e3e3e3; vertical-align: top;
  overflow-wrap: anywhere; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.totals { width: auto; margin-left: auto; }
table.totals td { border: none; padding: 0.8mm 2mm; }
table.totals tr.total td { border-top: 1px solid #111; font-weight: bold; font-size: 12pt; }
section { margin-top: 6mm; page-break-inside: avoid; }
footer { margin-top: 10mm; font-size: 8.5pt; color: #666; }
</style>
</head>
<body>
<header>
  <div class="company">
    <strong>{{company_name}}</strong><br>
    {{{company_address}}}
    {{#company_tax_id}}<div class="muted">Tax id: {{company_tax_id}}</div>{{/company_tax_id}}
    {{#company_email}}<div class="muted">{{company_email}}</div>{{/company_email}}
    {{#company_phone}}<div class="muted">{{company_phone}}</div>{{/company_phone}}
  </div>
  <div class="document">
    <h1>{{title}}</h1>
    <dl class="facts">
      <dt>Number</dt><dd>{{id}}</dd>
      <dt>Date</dt><dd>{{date}}</dd>
      {{#due}}<dt>Due</dt><dd>{{due}}</dd>{{/due}}
      {{#related_invoice}}<dt>Invoice</dt><dd>{{related_invoice}}</dd>{{/related_invoice}}
      {{#purchase_order}}<dt>Your order</dt><dd>{{purchase_order}}</dd>{{/purchase_order}}
    </dl>
  </div>
</header>
<div class="parties">
  <div class="party">
    <div class="label">Bill to</div>
    <strong>{{customer_name}}</strong><br>
    {{{customer_address}}}
    {{#customer_tax_id}}<div class="muted">Tax id: {{customer_tax_id}}</div>{{/customer_tax_id}}
  </div>
</div>
{{#reason}}<p>Reason: {{reason}}</p>{{/reason}}
<table class="items">
  <thead><tr><th>Description</th><th class="num">Qty</th>{{#has_unit}}<th>Unit</th>{{/has_unit}}<th class="num">Price</th>{{#has_tax}}<th>Tax</th>{{/has_tax}}{{#has_discount}}<th class="num">Discount</th>{{/has_discount}}<th class="num">Amount</th></tr></thead>
  <tbody>
{{#items}}
    <tr><td>{{description}}</td><td class="num">{{quantity}}</td>{{#has_unit}}<td>{{unit}}</td>{{/has_unit}}<td class="num">{{price}}</td>{{#has_tax}}<td>{{tax}}</td>{{/has_tax}}{{#has_discount}}<td class="num">{{discount}}</td>{{/has_discount}}<td class="num">{{amount}}</td></tr>
{{/items}}
  </tbody>
</table>
<table class="totals">
{{#invoice_discount}}
  <tr><td>Discount</td><td class="num">{{invoice_discount}}</td></tr>
{{/invoice_discount}}
  <tr><td>Subtotal</td><td class="num">{{subtotal}}</td></tr>
{{#taxes}}
  <tr><td>{{name}} on {{base}}</td><td class="num">{{amount}}</td></tr>
{{/taxes}}
  <tr class="total"><td>Total {{currency}}</td><td class="num">{{total}}</td></tr>
</table>{{#reduced_rate}}
<p class="legend">{{reduced_rate}}</p>{{/reduced_rate}}
{{#has_instalments}}
<section>
  <div class="label">Instalments</div>
  <table>
    <thead><tr><th>Due</th><th class="num">Amount</th></tr></thead>
    <tbody>
{{#instalments}}
      <tr><td>{{due}}</td><td class="num">{{amount}}</td></tr>
{{/instalments}}
    </tbody>
  </table>
</section>
{{/has_instalments}}
{{#cash_discount}}
<p>{{cash_discount}} discount if paid by {{cash_discount_until}}.</p>
{{/cash_discount}}
{{#is_invoice}}
<section class="payment">
  <div class="label">Payment</div>
  {{^direct_debit}}<p>Please pay {{total}} {{currency}}{{#due}} by {{due}}{{/due}} quoting the reference <strong>{{reference}}</strong>.</p>{{/direct_debit}}
  {{#direct_debit}}<p class="direct-debit">{{direct_debit}}</p>{{/direct_debit}}
  <dl class="facts">
    {{#iban}}<dt>IBAN</dt><dd>{{iban}}</dd>{{/iban}}
    {{#bic}}<dt>BIC</dt><dd>{{bic}}</dd>{{/bic}}
    {{#bank}}<dt>Bank</dt><dd>{{bank}}</dd>{{/bank}}
    {{#account}}<dt>Account</dt><dd>{{account}}</dd>{{/account}}
    {{#routing}}<dt>Routing number</dt><dd>{{routing}}</dd>{{/routing}}
    <dt>Reference</dt><dd>{{reference}}</dd>
  </dl>
  {{#pay_link}}<p>{{pay_label}}: <a href="{{pay_link}}">{{pay_link}}</a></p>{{/pay_link}}
  {{#has_codes}}<div class="codes">{{#codes}}<figure>{{{svg}}}<figcaption>{{label}}</figcaption></figure>{{/codes}}</div>{{/has_codes}}
</section>
{{/is_invoice}}
{{#note}}<section><p>{{note}}</p></section>{{/note}}
<footer>{{company_name}}{{#company_tax_id}} · Tax id {{company_tax_id}}{{/company_tax_id}}</footer>
</body>
</html>
)";

// Escaped text with its line breaks as <br>, for addresses.
std::string lines_html(const std::string& text) {
  std::string out;
  for (const char c : kainjow::mustache::html_escape<std::string>(text)) {
    if (c == '\n') {
      out += "<br>\n";
    } else {
      out += c;
    }
  }
  return out.empty() ? out : out + "<br>";
}

// A value for a {{#section}}: absent (false) when empty.
void set_optional(Data& data, const std::string& name, const std::string& value) {
  if (value.empty()) {
    data.set(name, Data(Data::type::bool_false));
  } else {
    data.set(name, value);
  }
}

void set_flag(Data& data, const std::string& name, bool flag) {
  data.set(name, Data(flag ? Data::type::bool_true : Data::type::bool_false));
}

Data items_data(const query::InvoiceDetail& detail, bool& has_unit, bool& has_tax,
                bool& has_discount) {
  const Currency& currency = detail.document->total.currency();
  Data items(Data::type::list);
  for (const LineItem& item : detail.document->info().items) {
    has_unit = has_unit || !item.unit.empty();
    has_tax = has_tax || !item.tax_code.empty();
    has_discount = has_discount || item.discount.has_value();
  }
  for (const LineItem& item : detail.document->info().items) {
    Data row;
    row.set("description", item_description(detail, item));
    row.set("quantity", quantity_text(item));
    row.set("unit", item.unit);
    row.set("price", price_text(item.unit_price, currency));
    row.set("tax", item.tax_code);
    row.set("discount", discount_text(item.discount, currency));
    row.set("amount", item.amount ? format_amount(*item.amount) : "");
    set_flag(row, "has_unit", has_unit);
    set_flag(row, "has_tax", has_tax);
    set_flag(row, "has_discount", has_discount);
    items.push_back(row);
  }
  return items;
}

// The document's own facts and the two parties.
void set_header(Data& data, const query::InvoiceDetail& detail,
                const syntax::CompanySettings& company) {
  const Document& document = *detail.document;
  const DocumentDetails& details = document.info();
  const Customer& customer = *detail.customer;
  data.set("lang", customer.country == "CN" ? "zh" : "en");
  data.set("title", document.is_invoice() ? "Invoice" : "Credit note");
  set_flag(data, "is_invoice", document.is_invoice());
  data.set("id", document.id);
  data.set("date", format_date(document.date));
  set_optional(data, "due",
               document.is_invoice() && details.instalments.empty() ? format_date(document.due)
                                                                    : "");
  set_optional(data, "related_invoice", details.related_invoice);
  set_optional(data, "purchase_order", details.purchase_order);
  set_optional(data, "reason", details.reason);
  set_optional(data, "note", details.note);
  data.set("company_name", company.name);
  data.set("company_address", lines_html(company.address));
  set_optional(data, "company_tax_id", company.tax_id);
  set_optional(data, "company_email", company.email);
  set_optional(data, "company_phone", company.phone);
  data.set("customer_name", customer.name);
  data.set("customer_address", lines_html(std::string(shown_value(customer.address))));
  set_optional(data, "customer_tax_id", std::string(shown_value(customer.tax_id))); // privacy
}

// Items, the tax summary per rate and the totals; the legend of ※ (reduced rates) in the
// documents' language.
void set_amounts(Data& data, const query::InvoiceDetail& detail, std::string_view language) {
  const Document& document = *detail.document;
  bool has_unit = false;
  bool has_tax = false;
  bool has_discount = false;
  data.set("items", items_data(detail, has_unit, has_tax, has_discount));
  set_flag(data, "has_unit", has_unit);
  set_flag(data, "has_tax", has_tax);
  set_flag(data, "has_discount", has_discount);
  set_optional(data, "invoice_discount",
               discount_text(document.info().discount, document.total.currency()));
  data.set("subtotal", format_amount(detail.subtotal));
  Data taxes(Data::type::list);
  for (const query::TaxSummaryLine& line : detail.taxes) {
    Data row;
    row.set("name", tax_label(line));
    row.set("base", format_amount(line.tax.base));
    row.set("amount", format_amount(line.tax.amount));
    taxes.push_back(row);
  }
  data.set("taxes", taxes);
  set_optional(data, "reduced_rate", has_reduced_rate_items(detail)
                                         ? std::string(document_labels(language).reduced_rate)
                                         : "");
  data.set("total", format_amount(document.total));
  data.set("currency", std::string(document.total.currency().code));
}

// Instalments, the cash discount and how to pay.
void set_payment(Data& data, const query::InvoiceDetail& detail,
                 const syntax::CompanySettings& company) {
  const DocumentDetails& details = detail.document->info();
  Data instalments(Data::type::list);
  for (const query::InstalmentState& instalment : detail.instalments) {
    Data row;
    row.set("due", format_date(instalment.due));
    row.set("amount", format_amount(instalment.amount));
    instalments.push_back(row);
  }
  set_flag(data, "has_instalments", !detail.instalments.empty());
  data.set("instalments", instalments);
  if (details.cash_discount && details.cash_discount_until) {
    data.set("cash_discount", format_decimal(details.cash_discount->normalized()) + "%");
    data.set("cash_discount_until", format_date(*details.cash_discount_until));
  } else {
    set_flag(data, "cash_discount", false);
  }
  set_optional(data, "iban", company.iban);
  set_optional(data, "bic", company.bic);
  set_optional(data, "bank", company.bank_name);
  data.set("reference", detail.payment_reference);
}

// A QR code (libqrencode, error correction M, as on the PDF) as an inline SVG, with a
// quiet zone of four modules; "" when the payload does not fit.
std::string qr_svg(std::string_view payload) {
  const std::string text(payload);
  QRcode* code = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  if (code == nullptr) {
    return {};
  }
  const int modules = code->width;
  std::string svg = fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {0} {0}" width="128" height="128" )"
      R"(shape-rendering="crispEdges"><rect width="{0}" height="{0}" fill="#fff"/><path d=")",
      modules + 8);
  for (int row = 0; row < modules; ++row) {
    for (int column = 0; column < modules; ++column) {
      if ((code->data[row * modules + column] & 1) != 0) {
        svg += fmt::format("M{} {}h1v1h-1z", column + 4, row + 4);
      }
    }
  }
  QRcode_free(code);
  return svg + R"(" fill="#000"/></svg>)";
}

// The ways to pay besides the bank details, as on the PDF: account and routing number,
// the payment link, the EPC QR code (EUR with an IBAN) and the Alipay / WeChat Pay codes,
// or (sepa) the direct debit pre-notification instead of a transfer.
void set_ways_to_pay(Data& data, const query::InvoiceDetail& detail,
                     const syntax::Settings& settings) {
  const Document& document = *detail.document;
  const syntax::DocumentSettings& documents = settings.documents;
  const DocumentLabels& labels = document_labels("en");
  set_optional(data, "account", documents.account_number);
  set_optional(data, "routing", documents.routing_number);
  const std::string code(document.total.currency().code);
  if (detail.direct_debit) {
    const query::DirectDebitNotice& debit = *detail.direct_debit;
    data.set("direct_debit",
             fill_labels(labels.direct_debit,
                         {{"amount", fmt::format("{} {}", format_amount(debit.amount), code)},
                          {"date", format_date(debit.debit_date)},
                          {"mandate", debit.mandate},
                          {"creditor", debit.creditor_id}}));
  } else {
    set_flag(data, "direct_debit", false);
  }
  std::string link;
  if (!documents.pay_url.empty() && detail.open.is_positive()) {
    const std::string total = format_amount(document.total);
    const std::string open = format_amount(detail.open);
    link = pay_link(documents.pay_url, PayLinkFields{document.id, detail.customer->id, total,
                                                     open, code, detail.payment_reference});
  }
  set_optional(data, "pay_link", link);
  data.set("pay_label", documents.pay_url_label.empty() ? std::string(labels.pay_online)
                                                       : documents.pay_url_label);
  Data codes(Data::type::list);
  const auto add_code = [&](const std::string& payload, const std::string& label) {
    if (const std::string svg = qr_svg(payload); !payload.empty() && !svg.empty()) {
      Data entry;
      entry.set("svg", svg);
      entry.set("label", label);
      codes.push_back(entry);
    }
  };
  if (!detail.direct_debit && documents.epc_qr && !settings.company.iban.empty()
      && detail.open.is_positive()) {
    const auto epc = epc_qr_payload(EpcTransfer{settings.company.bic, settings.company.name,
                                                settings.company.iban, detail.open,
                                                detail.payment_reference});
    add_code(epc.value_or(""), fmt::format("{} (EPC / GiroCode)", labels.scan_to_pay));
  }
  add_code(documents.alipay, std::string(labels.alipay));
  add_code(documents.wechat, std::string(labels.wechat));
  set_flag(data, "has_codes", !codes.is_empty_list());
  data.set("codes", codes);
}

} // namespace

void invoice_document_html(std::ostream& out, const query::InvoiceDetail& detail,
                           const syntax::Settings& settings) {
  const syntax::CompanySettings& company = settings.company;
  kainjow::mustache::mustache page{std::string(k_template)};
  if (!page.is_valid()) {
    throw Error(ErrorKind::internal,
                fmt::format("the invoice HTML template is broken: {}", page.error_message()));
  }
  Data data;
  set_header(data, detail, company);
  set_amounts(data, detail, settings.documents.language);
  set_payment(data, detail, company);
  set_ways_to_pay(data, detail, settings);
  out << page.render(data);
}

} // namespace dues::render
