#include "query/export_tables.hpp"

#include "model/balance.hpp"

#include <array>
#include <set>

namespace dues::query {
namespace {

using T = ColumnType;

Cell text(std::string_view value) {
  return {Cell::Type::text, 0, std::string(value)};
}
Cell optional_text(std::string_view value) {
  return value.empty() ? Cell{} : text(value);
}
Cell integer(std::int64_t value) {
  return {Cell::Type::integer, value, {}};
}
Cell day(const Date& value) {
  return text(format_date(value));
}
Cell minor(const Money& money) {
  return integer(money.minor_units());
}

const std::vector<TableSpec> k_tables = {
    {"currencies", {{"code", T::text}, {"exponent", T::integer}}, {}},
    {"customers",
     {{"id", T::text},
      {"name", T::text},
      {"currency", T::text, true, "currencies(code)"},
      {"terms", T::text, true},
      {"country", T::text, true},
      {"tax_id", T::text, true}},
     {}},
    {"documents",
     {{"id", T::text},
      {"kind", T::text},
      {"customer", T::text, false, "customers(id)"},
      {"date", T::text},
      {"due", T::text, true},
      {"currency", T::text, false, "currencies(code)"},
      {"total_minor", T::integer},
      {"subtotal_minor", T::integer, true},
      {"reference", T::text, true},
      {"related_invoice", T::text, true},
      {"opening", T::text, true}}, // import: where an opening item came from
     {"customer", "date"}},
    {"items",
     {{"document", T::text, false, "documents(id)"},
      {"line", T::integer},
      {"description", T::text},
      {"quantity", T::text},
      {"unit", T::text, true},
      {"unit_price", T::text},
      {"tax", T::text, true},
      {"amount_minor", T::integer, true}},
     {"document"}},
    {"tax_lines",
     {{"document", T::text, false, "documents(id)"},
      {"code", T::text},
      {"rate", T::text},
      {"base_minor", T::integer},
      {"amount_minor", T::integer}},
     {"document"}},
    {"payments",
     {{"id", T::text},
      {"kind", T::text},
      {"customer", T::text, false, "customers(id)"},
      {"date", T::text},
      {"currency", T::text, false, "currencies(code)"},
      {"amount_minor", T::integer},
      {"fee_minor", T::integer},
      {"method", T::text, true},
      {"reference", T::text, true}},
     {"customer", "date"}},
    {"allocations",
     {{"source", T::text},
      {"source_kind", T::text},
      {"document", T::text, false, "documents(id)"},
      {"date", T::text},
      {"currency", T::text, false, "currencies(code)"},
      {"amount_minor", T::integer}},
     {"source", "document"}},
    // sepa: a payment the bank took back (a `return` entry): from its date the payment
    // pays nothing and what it had applied is open again.
    {"returns",
     {{"payment", T::text, false, "payments(id)"},
      {"customer", T::text, false, "customers(id)"},
      {"date", T::text},
      {"currency", T::text, false, "currencies(code)"},
      {"amount_minor", T::integer},
      {"fee_minor", T::integer},
      {"reason", T::text, true}},
     {"payment"}},
    {"events",
     {{"document", T::text, false, "documents(id)"},
      {"date", T::text},
      {"kind", T::text},
      {"amount_minor", T::integer, true},
      {"level", T::integer, true},
      {"reason", T::text, true}},
     {"document"}},
    // import: what is open as of ExportPeriod::as_of, one row per open item (an
    // instalment on its own row) and per payment or credit note holding unapplied
    // credit (negative): what `dues import open-items` reads back.
    {"open_items",
     {{"document", T::text},
      {"kind", T::text},
      {"customer", T::text, false, "customers(id)"},
      {"currency", T::text, false, "currencies(code)"},
      {"date", T::text},
      {"due", T::text, true},
      {"open_minor", T::integer},
      {"reference", T::text, true},
      {"disputed", T::integer}},
     {},
     true},
};

const char* status_kind(StatusKind kind) {
  switch (kind) {
  case StatusKind::voided:
    return "void";
  case StatusKind::disputed:
    return "dispute";
  case StatusKind::resolved:
    return "resolve";
  case StatusKind::reminded:
    return "remind";
  }
  return "status";
}

// The rows of the document tables for which `sink` is given (documents, items,
// tax_lines), a document at a time, each document's details read once.
void document_rows(const Ledger& ledger, const ExportPeriod& period,
                   const std::array<const RowSink*, 3>& sinks, const DetailsFeed& feed) {
  std::vector<std::uint32_t> documents;
  for (std::size_t i = 0; i < ledger.documents.size(); ++i) {
    if (period.contains(ledger.documents[i].date)) {
      documents.push_back(static_cast<std::uint32_t>(i));
    }
  }
  in_chunks(documents, feed, [&](std::uint32_t index) {
    const Document& document = ledger.documents[index];
    const DocumentDetails& info = document.info();
    if (sinks[0] != nullptr) {
      const bool invoice = document.is_invoice();
      (*sinks[0])({text(document.id), text(invoice ? "invoice" : "credit"),
                   text(ledger.customers[document.customer].id), day(document.date),
                   invoice ? day(document.due) : Cell{}, text(document.total.currency().code),
                   minor(document.total), info.subtotal ? minor(*info.subtotal) : Cell{},
                   optional_text(document.reference), optional_text(info.related_invoice),
                   optional_text(info.opening)});
    }
    if (sinks[1] != nullptr) {
      std::int64_t line = 0;
      for (const LineItem& item : info.items) {
        (*sinks[1])({text(document.id), integer(++line), text(item.description),
                     text(format_decimal(item.quantity)), optional_text(item.unit),
                     text(format_decimal(item.unit_price)), optional_text(item.tax_code),
                     item.amount ? minor(*item.amount) : Cell{}});
      }
    }
    if (sinks[2] != nullptr) {
      for (const TaxAmount& tax : info.taxes) {
        (*sinks[2])({text(document.id), text(tax.code), text(format_decimal(tax.rate)),
                     minor(tax.base), minor(tax.amount)});
      }
    }
  });
}

// import: the open_items table (see k_tables).
void open_item_rows(const Ledger& ledger, const Date& as_of, const RowSink& sink) {
  const Balances balances = balances_as_of(ledger, as_of);
  for (const OpenItem& item : open_items(ledger, balances)) {
    const Document& document = ledger.documents[item.document];
    sink({text(document.id), text("invoice"), text(ledger.customers[document.customer].id),
          text(item.open.currency().code), day(item.date), day(item.due), minor(item.open),
          optional_text(document.reference), integer(item.disputed ? 1 : 0)});
  }
  for (std::size_t i = 0; i < ledger.documents.size(); ++i) {
    const Document& document = ledger.documents[i];
    if (!document.is_invoice() && balances.issued[i] != 0 && balances.voided[i] == 0
        && balances.open[i].is_positive()) {
      sink({text(document.id), text("credit"), text(ledger.customers[document.customer].id),
            text(document.total.currency().code), day(document.date), Cell{},
            integer(-balances.open[i].minor_units()), optional_text(document.reference),
            integer(0)});
    }
  }
  for (std::size_t i = 0; i < ledger.payments.size(); ++i) {
    const Payment& payment = ledger.payments[i];
    if (payment.date <= as_of && balances.payment_unapplied[i].is_positive()) {
      sink({text(payment.id), text("payment"), text(ledger.customers[payment.customer].id),
            text(payment.amount.currency().code), day(payment.date), Cell{},
            integer(-balances.payment_unapplied[i].minor_units()), optional_text(payment.reference),
            integer(0)});
    }
  }
}

} // namespace

const std::vector<TableSpec>& export_tables() {
  return k_tables;
}

const TableSpec* find_export_table(std::string_view name) {
  for (const TableSpec& table : k_tables) {
    if (table.name == name) {
      return &table;
    }
  }
  return nullptr;
}

void export_document_rows(const Ledger& ledger, const ExportPeriod& period,
                          const RowSink& documents, const RowSink& items, const RowSink& tax_lines,
                          const DetailsFeed& feed) {
  document_rows(ledger, period, {&documents, &items, &tax_lines}, feed);
}

void export_rows(const Ledger& ledger, const ExportPeriod& period, const TableSpec& table,
                 const RowSink& sink, const DetailsFeed& feed) {
  const std::string_view name = table.name;
  if (name == "currencies") {
    std::set<std::string_view> codes;
    const auto add = [&](std::string_view code) {
      if (!code.empty() && codes.insert(code).second) {
        if (const Currency* currency = find_currency(code)) {
          sink({text(currency->code), integer(currency->exponent)});
        }
      }
    };
    add(ledger.settings.company.currency);
    for (const Customer& customer : ledger.customers) {
      add(customer.currency);
    }
    for (const Document& document : ledger.documents) {
      add(document.total.currency().code);
    }
    for (const Payment& payment : ledger.payments) {
      add(payment.amount.currency().code);
    }
  } else if (name == "customers") {
    for (const Customer& c : ledger.customers) {
      sink({text(c.id), text(c.name), optional_text(c.currency), optional_text(c.terms),
            optional_text(c.country), optional_text(c.tax_id)});
    }
  } else if (name == "documents" || name == "items" || name == "tax_lines") {
    document_rows(ledger, period,
                  {name == "documents" ? &sink : nullptr, name == "items" ? &sink : nullptr,
                   name == "tax_lines" ? &sink : nullptr},
                  feed);
  } else if (name == "payments") {
    for (const Payment& p : ledger.payments) {
      if (period.contains(p.date)) {
        sink({text(p.id), text("payment"), text(ledger.customers[p.customer].id), day(p.date),
              text(p.amount.currency().code), minor(p.amount), minor(p.fee),
              optional_text(p.method), optional_text(p.reference)});
      }
    }
    for (const Refund& r : ledger.refunds) {
      if (period.contains(r.date)) {
        sink({text(r.id), text("refund"), text(ledger.customers[r.customer].id), day(r.date),
              text(r.amount.currency().code), minor(r.amount), integer(0), optional_text(r.method),
              optional_text(r.reference)});
      }
    }
  } else if (name == "allocations") {
    for (const Allocation& a : ledger.allocations) {
      if (period.contains(a.date)) {
        const bool payment = a.source_kind == SourceKind::payment;
        sink({text(payment ? ledger.payments[a.source].id : ledger.documents[a.source].id),
              text(payment ? "payment" : "credit"), text(ledger.documents[a.document].id),
              day(a.date), text(a.amount.currency().code), minor(a.amount)});
      }
    }
  } else if (name == "returns") { // sepa
    for (const PaymentReturn& r : ledger.payment_returns) {
      if (period.contains(r.date)) {
        const Payment& p = ledger.payments[r.payment];
        sink({text(p.id), text(ledger.customers[p.customer].id), day(r.date),
              text(p.amount.currency().code), minor(p.amount), minor(p.fee),
              optional_text(r.reason)});
      }
    }
  } else if (name == "open_items") {
    open_item_rows(ledger, period.as_of, sink);
  } else if (name == "events") {
    for (const WriteOff& w : ledger.writeoffs) {
      if (period.contains(w.date)) {
        sink({text(ledger.documents[w.document].id), day(w.date), text("writeoff"), minor(w.amount),
              Cell{}, optional_text(w.reason)});
      }
    }
    for (const StatusEvent& e : ledger.status_events) {
      if (period.contains(e.date)) {
        sink({text(ledger.documents[e.document].id), day(e.date), text(status_kind(e.kind)), Cell{},
              e.kind == StatusKind::reminded ? integer(e.level) : Cell{}, optional_text(e.reason)});
      }
    }
  }
}

} // namespace dues::query
