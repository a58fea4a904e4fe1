#include "render/invoice_view.hpp"
#include "base/sealed.hpp" // privacy

#include "base/text.hpp"
#include "render/csv.hpp"
#include "render/document_labels.hpp"
#include "render/json.hpp"
#include "render/table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

namespace dues::render {
namespace {

std::string_view document_word(const Document& document) {
  return document.is_invoice() ? "invoice" : "credit note";
}

// "label:   value" lines with the values in one column.
class Fields {
public:
  void add(std::string label, std::string value) {
    if (!value.empty()) {
      m_rows.emplace_back(std::move(label), std::move(value));
    }
  }
  void print(std::ostream& out) const {
    std::size_t width = 0;
    for (const auto& [label, value] : m_rows) {
      width = std::max(width, display_width(label) + 2);
    }
    for (const auto& [label, value] : m_rows) {
      out << pad_right(label + ":", width) << printable(value) << '\n';
    }
  }

private:
  std::vector<std::pair<std::string, std::string>> m_rows;
};

std::string amount_or_blank(const std::optional<Money>& amount) {
  return amount ? format_amount(*amount) : "";
}

void items_table(std::ostream& out, const query::InvoiceDetail& detail) {
  const Document& document = *detail.document;
  const Currency& currency = document.total.currency();
  const auto& items = document.info().items;
  // Unit, tax and discount columns only when some item has one.
  const auto any = [&](auto has) {
    return std::any_of(items.begin(), items.end(), has);
  };
  const bool units = any([](const LineItem& item) { return !item.unit.empty(); });
  const bool taxes = any([](const LineItem& item) { return !item.tax_code.empty(); });
  const bool discounts = any([](const LineItem& item) { return item.discount.has_value(); });
  std::vector<Column> columns = {{"DESCRIPTION", Align::left, 48}, {"QTY", Align::right}};
  if (units) {
    columns.push_back({"UNIT"});
  }
  columns.push_back({"PRICE", Align::right});
  if (taxes) {
    columns.push_back({"TAX"});
  }
  if (discounts) {
    columns.push_back({"DISCOUNT", Align::right});
  }
  columns.push_back({"AMOUNT", Align::right});
  Table table(std::move(columns));
  for (const LineItem& item : items) {
    std::vector<std::string> cells = {item_description(detail, item), quantity_text(item)};
    if (units) {
      cells.push_back(item.unit);
    }
    cells.push_back(price_text(item.unit_price, currency));
    if (taxes) {
      cells.push_back(item.tax_code);
    }
    if (discounts) {
      cells.push_back(discount_text(item.discount, currency));
    }
    cells.push_back(amount_or_blank(item.amount));
    table.add_row(std::move(cells));
  }
  table.print(out, false);
}

// Label and amount lines aligned to the right edge at `width` display columns.
void right_line(std::ostream& out, std::string_view label, std::string_view amount,
                std::size_t width) {
  const std::size_t used = display_width(label) + display_width(amount);
  out << label << std::string(width > used + 2 ? width - used : 2, ' ') << amount << '\n';
}

void totals_lines(std::ostream& out, const query::InvoiceDetail& detail, std::size_t width) {
  const Document& document = *detail.document;
  const DocumentDetails& details = document.info();
  const std::string code(document.total.currency().code);
  if (details.discount) {
    right_line(out, "Discount", discount_text(details.discount, document.total.currency()), width);
  }
  right_line(out, "Subtotal", format_amount(detail.subtotal), width);
  for (const query::TaxSummaryLine& line : detail.taxes) {
    right_line(out, fmt::format("{} on {}", tax_label(line), format_amount(line.tax.base)),
               format_amount(line.tax.amount), width);
  }
  right_line(out, fmt::format("Total {}", code), format_amount(document.total), width);
}

std::size_t widest_line(const std::string& text) {
  std::size_t width = 0;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    width = std::max(width, display_width(line));
  }
  return width;
}

void json_money(JsonWriter& json, std::string_view key, const Money& amount) {
  json.key(key).value(format_amount(amount));
}

} // namespace

std::string tax_label(const query::TaxSummaryLine& line) {
  if (line.name != line.tax.code) {
    return line.name;
  }
  return fmt::format("Tax {} {}%", line.tax.code, format_decimal(line.tax.rate.normalized()));
}

namespace {
bool is_reduced_rate(const query::InvoiceDetail& detail, const std::string& tax_code) {
  return !tax_code.empty()
         && std::any_of(detail.taxes.begin(), detail.taxes.end(),
                        [&](const query::TaxSummaryLine& line) {
                          return line.reduced && line.tax.code == tax_code;
                        });
}
} // namespace

std::string item_description(const query::InvoiceDetail& detail, const LineItem& item) {
  return is_reduced_rate(detail, item.tax_code) ? item.description + " ※" : item.description;
}

bool has_reduced_rate_items(const query::InvoiceDetail& detail) {
  const auto& items = detail.document->info().items;
  return std::any_of(items.begin(), items.end(), [&](const LineItem& item) {
    return is_reduced_rate(detail, item.tax_code);
  });
}

std::string quantity_text(const LineItem& item) {
  return format_decimal(item.quantity.normalized());
}

std::string price_text(const Decimal& price, const Currency& currency) {
  if (const auto money = money_from_decimal(price, currency)) {
    return format_amount(*money);
  }
  return format_decimal(price.normalized());
}

std::string discount_text(const std::optional<syntax::Discount>& discount,
                          const Currency& currency) {
  if (!discount) {
    return "";
  }
  if (discount->is_percent) {
    return format_decimal(discount->value.normalized()) + "%";
  }
  return price_text(discount->value, currency);
}

void invoice_show_text(std::ostream& out, const query::InvoiceDetail& detail, bool colour) {
  const Document& document = *detail.document;
  const DocumentDetails& details = document.info();
  out << fmt::format("{} {}  {}\n\n", document_word(document), document.id,
                     state_name(detail.state));
  Fields fields;
  fields.add("customer", fmt::format("{}  {}", detail.customer->id, detail.customer->name));
  fields.add("date", format_date(document.date));
  if (document.is_invoice()) {
    fields.add("due", format_date(document.due));
  }
  fields.add("terms", details.terms);
  if (details.cash_discount && details.cash_discount_until) {
    fields.add("cash discount",
               fmt::format("{}% if paid by {}", format_decimal(details.cash_discount->normalized()),
                           format_date(*details.cash_discount_until)));
  }
  fields.add("invoice", details.related_invoice);
  fields.add("reason", details.reason);
  fields.add("series", details.series);
  fields.add("reference", document.reference);
  fields.add("purchase order", details.purchase_order);
  fields.add("note", details.note);
  fields.add("origin", details.origin);
  fields.add("opening", details.opening); // import: taken over from another system
  fields.print(out);
  out << '\n';
  std::ostringstream items;
  items_table(items, detail);
  out << items.str() << '\n';
  const std::size_t width = widest_line(items.str());
  totals_lines(out, detail, width);
  right_line(out, fmt::format("Open on {}", format_date(detail.as_of)), format_amount(detail.open),
             width);
  if (has_reduced_rate_items(detail)) {
    out << document_labels("en").reduced_rate << '\n';
  }
  if (!detail.instalments.empty()) {
    out << "\ninstalments:\n";
    Table table({{"DUE"}, {"AMOUNT", Align::right}, {"OPEN", Align::right}});
    for (const query::InstalmentState& instalment : detail.instalments) {
      table.add_row({format_date(instalment.due), format_amount(instalment.amount),
                     format_amount(instalment.open)});
    }
    table.print(out, colour);
  }
  if (!detail.settlements.empty()) {
    out << (document.is_invoice() ? "\nsettled by:\n" : "\napplied:\n");
    Table table({{"DATE"}, {"KIND"}, {"ID"}, {"AMOUNT", Align::right}});
    for (const query::Settlement& settlement : detail.settlements) {
      table.add_row({format_date(settlement.date), settlement.kind, settlement.id,
                     format_amount(settlement.amount)});
    }
    table.print(out, colour);
  }
  if (!detail.credit_notes.empty()) {
    std::string ids;
    for (const std::string& id : detail.credit_notes) {
      ids += (ids.empty() ? "" : ", ") + id;
    }
    out << fmt::format("\ncredit notes: {}\n", ids);
  }
  if (detail.direct_debit) { // sepa
    const query::DirectDebitNotice& debit = *detail.direct_debit;
    out << fmt::format("\ndirect debit: {} on {}, mandate {} ({})\n", debit.amount,
                       format_date(debit.debit_date), debit.mandate,
                       debit.pending ? "pending" : "planned");
  }
  if (!detail.sent.empty()) { // sending: the sent-log
    out << "\nsent:\n";
    Table table({{"DATE"}, {"VIA"}, {"TO"}, {"CC"}});
    for (const Sending& sending : detail.sent) {
      table.add_row({format_date(sending.date), sending.via, sending.to, sending.cc});
    }
    table.print(out, colour);
  }
}

namespace {

// A text value, or null when empty.
void json_text(JsonWriter& json, std::string_view key, const std::string& value) {
  value.empty() ? json.key(key).null() : json.key(key).value(value);
}

void json_header(JsonWriter& json, const query::InvoiceDetail& detail) {
  const Document& document = *detail.document;
  const DocumentDetails& details = document.info();
  json.key("id").value(document.id);
  json.key("kind").value(document.is_invoice() ? "invoice" : "credit");
  json.key("customer").value(detail.customer->id);
  json.key("customer_name").value(detail.customer->name);
  json.key("date").value(format_date(document.date));
  json_text(json, "due", document.is_invoice() ? format_date(document.due) : "");
  json.key("currency").value(document.total.currency().code);
  json_text(json, "terms", details.terms);
  json_text(json, "invoice", details.related_invoice);
  json_text(json, "reason", details.reason);
  json_text(json, "reference", document.reference);
  json_text(json, "purchase_order", details.purchase_order);
  json_text(json, "note", details.note);
  json_text(json, "origin", details.origin);
  json_text(json, "opening", details.opening); // import
  json.key("prices").value(details.pricing.inclusive ? "inclusive" : "exclusive");
  if (details.cash_discount && details.cash_discount_until) {
    json.key("cash_discount").value(format_decimal(details.cash_discount->normalized()) + "%");
    json.key("cash_discount_until").value(format_date(*details.cash_discount_until));
  }
  json_text(json, "discount", discount_text(details.discount, document.total.currency()));
}

void json_amounts(JsonWriter& json, const query::InvoiceDetail& detail) {
  const Document& document = *detail.document;
  const Currency& currency = document.total.currency();
  json.key("items").begin_array();
  for (const LineItem& item : document.info().items) {
    json.begin_object();
    json.key("description").value(item.description);
    json.key("quantity").value(quantity_text(item));
    json_text(json, "unit", item.unit);
    json.key("price").value(price_text(item.unit_price, currency));
    json_text(json, "tax", item.tax_code);
    json_text(json, "discount", discount_text(item.discount, currency));
    json_text(json, "amount", amount_or_blank(item.amount));
    json.end_object();
  }
  json.end_array();
  json.key("taxes").begin_array();
  for (const query::TaxSummaryLine& line : detail.taxes) {
    json.begin_object();
    json.key("code").value(line.tax.code);
    json.key("name").value(line.name);
    json.key("rate").value(format_decimal(line.tax.rate.normalized()) + "%");
    json_money(json, "base", line.tax.base);
    json_money(json, "amount", line.tax.amount);
    json.end_object();
  }
  json.end_array();
  json_money(json, "subtotal", detail.subtotal);
  json_money(json, "tax", detail.tax_total);
  json_money(json, "total", document.total);
}

// The state on the detail's day and what settled it.
void json_progress(JsonWriter& json, const query::InvoiceDetail& detail) {
  json.key("as_of").value(format_date(detail.as_of));
  json.key("state").value(state_name(detail.state));
  json_money(json, "open", detail.open);
  json.key("instalments").begin_array();
  for (const query::InstalmentState& instalment : detail.instalments) {
    json.begin_object();
    json.key("due").value(format_date(instalment.due));
    json_money(json, "amount", instalment.amount);
    json_money(json, "open", instalment.open);
    json.end_object();
  }
  json.end_array();
  json.key("settlements").begin_array();
  for (const query::Settlement& settlement : detail.settlements) {
    json.begin_object();
    json.key("kind").value(settlement.kind);
    json_text(json, "id", settlement.id);
    json.key("date").value(format_date(settlement.date));
    json_money(json, "amount", settlement.amount);
    json.end_object();
  }
  json.end_array();
  json.key("credit_notes").begin_array();
  for (const std::string& id : detail.credit_notes) {
    json.value(id);
  }
  json.end_array();
  json.key("direct_debit"); // sepa
  if (detail.direct_debit) {
    json.begin_object();
    json_money(json, "amount", detail.direct_debit->amount);
    json.key("date").value(format_date(detail.direct_debit->debit_date));
    json.key("mandate").value(detail.direct_debit->mandate);
    json.key("pending").value(detail.direct_debit->pending);
    json.end_object();
  } else {
    json.null();
  }
  json.key("sent").begin_array(); // sending: the sent-log
  for (const Sending& sending : detail.sent) {
    json.begin_object();
    json.key("date").value(format_date(sending.date));
    json.key("to").value(sending.to);
    json_text(json, "cc", sending.cc);
    json.key("via").value(sending.via);
    json_text(json, "message_id", sending.message_id);
    json.end_object();
  }
  json.end_array();
}

} // namespace

void invoice_show_json(std::ostream& out, const query::InvoiceDetail& detail) {
  JsonWriter json(out);
  json.begin_object();
  json_header(json, detail);
  json_amounts(json, detail);
  json_progress(json, detail);
  json.end_object();
  json.finish();
}

namespace {

// sending: the day each document was last sent ("" when never), by document index.
std::vector<std::string> last_sent(const Ledger& ledger) {
  std::vector<std::string> days(ledger.documents.size());
  for (const Sending& sending : ledger.sendings) {
    days[sending.document] = format_date(sending.date);
  }
  return days;
}

// One row of `invoice list`: id, dates, customer, total, open, currency, state.
std::vector<std::string> list_cells(const Ledger& ledger, const query::InvoiceRow& row) {
  const Document& document = ledger.documents[row.index];
  return {document.id,
          format_date(document.date),
          format_date(document.due),
          ledger.customers[document.customer].id,
          format_amount(document.total),
          format_amount(row.open),
          std::string(document.total.currency().code),
          std::string(state_name(row.state))};
}

} // namespace

void invoice_list_table(std::ostream& out, const Ledger& ledger,
                        const std::vector<query::InvoiceRow>& rows, bool colour) {
  // The SENT column appears once the ledger has a sent-log.
  const bool sent_column = !ledger.sendings.empty();
  const std::vector<std::string> sent = last_sent(ledger);
  std::vector<Column> columns = {{"ID"},
                                 {"DATE"},
                                 {"DUE"},
                                 {"CUSTOMER"},
                                 {"TOTAL", Align::right},
                                 {"OPEN", Align::right},
                                 {"CCY"},
                                 {"STATE"}};
  if (sent_column) {
    columns.push_back({"SENT"});
  }
  Table table(columns);
  for (const query::InvoiceRow& row : rows) {
    std::vector<std::string> cells = list_cells(ledger, row);
    if (sent_column) {
      cells.push_back(sent[row.index].empty() ? "-" : sent[row.index]);
    }
    table.add_row(cells,
                  row.state == DocumentState::overdue ? RowStyle::alert : RowStyle::normal);
  }
  table.print(out, colour);
}

void invoice_list_csv(std::ostream& out, const Ledger& ledger,
                      const std::vector<query::InvoiceRow>& rows) {
  const bool sent_column = !ledger.sendings.empty();
  const std::vector<std::string> sent = last_sent(ledger);
  std::vector<std::string> header = {"id",    "date", "due",      "customer",
                                     "total", "open", "currency", "state"};
  if (sent_column) {
    header.emplace_back("sent");
  }
  write_csv_row(out, header);
  for (const query::InvoiceRow& row : rows) {
    std::vector<std::string> cells = list_cells(ledger, row);
    if (sent_column) {
      cells.push_back(sent[row.index]);
    }
    write_csv_row(out, cells);
  }
}

void invoice_list_json(std::ostream& out, const Ledger& ledger,
                       const std::vector<query::InvoiceRow>& rows) {
  const std::vector<std::string> sent = last_sent(ledger);
  JsonWriter json(out);
  json.begin_array();
  for (const query::InvoiceRow& row : rows) {
    const Document& document = ledger.documents[row.index];
    json.begin_object();
    json.key("id").value(document.id);
    json.key("date").value(format_date(document.date));
    json.key("due").value(format_date(document.due));
    json.key("customer").value(ledger.customers[document.customer].id);
    json_money(json, "total", document.total);
    json_money(json, "open", row.open);
    json.key("currency").value(document.total.currency().code);
    json.key("state").value(state_name(row.state));
    json_text(json, "sent", sent[row.index]); // sending: last sent, or null
    json.end_object();
  }
  json.end_array();
  json.finish();
}

void invoice_document_text(std::ostream& out, const query::InvoiceDetail& detail,
                           const syntax::Settings& settings) {
  const syntax::CompanySettings& company = settings.company;
  const Document& document = *detail.document;
  const DocumentDetails& details = document.info();
  const Customer& customer = *detail.customer;
  const auto block = [&](const std::vector<std::string>& lines) {
    for (const std::string& line : lines) {
      if (!line.empty()) {
        out << printable(line, true) << '\n';
      }
    }
  };
  block({company.name, company.address, company.tax_id.empty() ? "" : "Tax id: " + company.tax_id,
         company.email, company.phone});
  out << '\n';
  out << (document.is_invoice() ? "INVOICE " : "CREDIT NOTE ") << document.id << "\n\n";
  block({customer.name, std::string(shown_value(customer.address)), // privacy: masked
         customer.tax_id.empty() ? "" : "Tax id: " + std::string(shown_value(customer.tax_id))});
  out << '\n';
  Fields fields;
  fields.add("Date", format_date(document.date));
  if (document.is_invoice() && details.instalments.empty()) {
    fields.add("Due", format_date(document.due));
  }
  fields.add("Invoice", details.related_invoice);
  fields.add("Reason", details.reason);
  fields.add("Your order", details.purchase_order);
  fields.print(out);
  out << '\n';
  std::ostringstream items;
  items_table(items, detail);
  out << items.str() << '\n';
  totals_lines(out, detail, widest_line(items.str()));
  if (has_reduced_rate_items(detail)) {
    out << document_labels(settings.documents.language).reduced_rate << '\n';
  }
  if (!detail.instalments.empty()) {
    out << "\nInstalments:\n";
    for (const query::InstalmentState& instalment : detail.instalments) {
      out << fmt::format("  {}  {}\n", format_date(instalment.due), instalment.amount);
    }
  }
  if (details.cash_discount && details.cash_discount_until) {
    out << fmt::format("\n{}% discount if paid by {}.\n",
                       format_decimal(details.cash_discount->normalized()),
                       format_date(*details.cash_discount_until));
  }
  if (document.is_invoice()) {
    out << "\nPayment:\n";
    Fields payment;
    payment.add("  IBAN", company.iban);
    payment.add("  BIC", company.bic);
    payment.add("  Bank", company.bank_name);
    payment.add("  Reference", detail.payment_reference);
    payment.print(out);
  }
  if (!details.note.empty()) {
    out << '\n' << printable(details.note, true) << '\n';
  }
}

} // namespace dues::render
