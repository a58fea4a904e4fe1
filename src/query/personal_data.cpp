#include "query/personal_data.hpp"

#include "base/sealed.hpp"
#include "model/customer_fields.hpp"

#include <algorithm>

namespace dues::query {

DataNode& DataNode::add(std::string_view member_key, Type member_type) {
  DataNode& child = children.emplace_back();
  child.key = std::string(member_key);
  child.type = member_type;
  return child;
}

void DataNode::add_text(std::string_view member_key, std::string_view value) {
  DataNode& child = add(member_key, value.empty() ? Type::null : Type::text);
  child.text = std::string(value);
}

const DataNode* DataNode::find(std::string_view member_key) const {
  const auto it = std::find_if(children.begin(), children.end(),
                               [&](const DataNode& child) { return child.key == member_key; });
  return it == children.end() ? nullptr : &*it;
}

namespace {

using Type = DataNode::Type;

void add_money(DataNode& node, std::string_view key, const Money& money) {
  node.add_text(key, format_amount(money));
}

void add_date(DataNode& node, std::string_view key, const Date& day) {
  node.add_text(key, format_date(day));
}

// A value of customers.toml as it may be shown: encrypted values masked unless the
// caller decrypted them, bank accounts through the mask.
std::string shown(const PersonalDataView& view, std::string_view text, bool account) {
  if (is_sealed(text)) {
    return std::string(k_sealed_mask);
  }
  return account ? view.mask.account(text) : std::string(text);
}

void master_data(DataNode& root, const Customer& customer, const PersonalDataView& view) {
  DataNode& node = root.add("master-data", Type::object);
  node.add_text("id", customer.id);
  for (const CustomerField& field : customer_fields()) {
    const bool account = field.key == "bank-accounts";
    switch (field.type) {
    case CustomerFieldType::list: {
      DataNode& list = node.add(field.key, Type::array);
      for (const std::string& value : customer_list(customer, field)) {
        list.add_text({}, shown(view, value, account));
      }
      break;
    }
    case CustomerFieldType::amount:
      node.add_text(field.key,
                    customer.credit_limit ? decimal_as_written(*customer.credit_limit) : "");
      break;
    case CustomerFieldType::text:
    case CustomerFieldType::choice:
      node.add_text(field.key, shown(view, customer_text(customer, field), false));
      break;
    }
  }
  if (!customer.mandate) {
    node.add("mandate", Type::null);
    return;
  }
  const syntax::MandateRecord& mandate = *customer.mandate;
  DataNode& out = node.add("mandate", Type::object);
  out.add_text("id", mandate.id);
  out.add_text("signed", mandate.signed_on);
  out.add_text("iban", shown(view, mandate.iban, true));
  out.add_text("bic", shown(view, mandate.bic, false)); // privacy: encrypted with the IBAN
  out.add_text("scheme", mandate.scheme);
  out.add_text("sequence", mandate.sequence);
}

// Where money from a payment (kind payment) or credit note went.
void allocations_from(DataNode& node, const Ledger& ledger, SourceKind kind, std::uint32_t source) {
  DataNode& list = node.add("allocations", Type::array);
  for (const Allocation& allocation : ledger.allocations) {
    if (allocation.source_kind == kind && allocation.source == source) {
      DataNode& row = list.add({}, Type::object);
      row.add_text("invoice", ledger.documents[allocation.document].id);
      add_date(row, "date", allocation.date);
      add_money(row, "amount", allocation.amount);
    }
  }
}

void document_lines(DataNode& node, const Document& document) {
  const DocumentDetails& info = document.info();
  DataNode& items = node.add("items", Type::array);
  for (const LineItem& item : info.items) {
    DataNode& row = items.add({}, Type::object);
    row.add_text("description", item.description);
    row.add_text("quantity", format_decimal(item.quantity.normalized()));
    row.add_text("unit", item.unit);
    row.add_text("price", decimal_as_written(item.unit_price));
    row.add_text("tax", item.tax_code);
    item.amount ? add_money(row, "amount", *item.amount) : row.add_text("amount", "");
  }
  DataNode& taxes = node.add("taxes", Type::array);
  for (const TaxAmount& tax : info.taxes) {
    DataNode& row = taxes.add({}, Type::object);
    row.add_text("code", tax.code);
    row.add_text("rate", format_decimal(tax.rate.normalized()));
    add_money(row, "base", tax.base);
    add_money(row, "amount", tax.amount);
  }
  DataNode& instalments = node.add("instalments", Type::array);
  for (const Instalment& instalment : info.instalments) {
    DataNode& row = instalments.add({}, Type::object);
    add_date(row, "due", instalment.due);
    add_money(row, "amount", instalment.amount);
  }
}

void documents(DataNode& root, const Ledger& ledger, std::uint32_t customer) {
  DataNode& list = root.add("documents", Type::array);
  for (std::uint32_t d = 0; d < ledger.documents.size(); ++d) {
    const Document& document = ledger.documents[d];
    if (document.customer != customer) {
      continue;
    }
    const DocumentDetails& info = document.info();
    DataNode& node = list.add({}, Type::object);
    node.add_text("id", document.id);
    node.add_text("kind", document.is_invoice() ? "invoice" : "credit-note");
    add_date(node, "date", document.date);
    node.add_text("due", document.is_invoice() ? format_date(document.due) : "");
    node.add_text("currency", document.total.currency().code);
    node.add_text("subtotal", info.subtotal ? format_amount(*info.subtotal) : "");
    add_money(node, "total", document.total);
    node.add_text("reference", document.reference);
    node.add_text("purchase-order", info.purchase_order);
    node.add_text("terms", info.terms);
    node.add_text("invoice", info.related_invoice);
    node.add_text("reason", info.reason);
    node.add_text("note", info.note);
    node.add_text("origin", info.origin);
    node.add_text("opening", info.opening);
    const auto voided = std::find_if(
        ledger.status_events.begin(), ledger.status_events.end(), [&](const StatusEvent& event) {
          return event.kind == StatusKind::voided && event.document == d;
        });
    if (voided == ledger.status_events.end()) {
      node.add("void", Type::null);
    } else {
      DataNode& out = node.add("void", Type::object);
      add_date(out, "date", voided->date);
      out.add_text("reason", voided->reason);
    }
    document_lines(node, document);
    if (!document.is_invoice()) {
      allocations_from(node, ledger, SourceKind::credit_note, d);
    }
  }
}

void payments(DataNode& root, const Ledger& ledger, std::uint32_t customer) {
  DataNode& list = root.add("payments", Type::array);
  for (std::uint32_t p = 0; p < ledger.payments.size(); ++p) {
    const Payment& payment = ledger.payments[p];
    if (payment.customer != customer) {
      continue;
    }
    DataNode& node = list.add({}, Type::object);
    node.add_text("id", payment.id);
    add_date(node, "date", payment.date);
    add_money(node, "amount", payment.amount);
    node.add_text("currency", payment.amount.currency().code);
    add_money(node, "fee", payment.fee);
    node.add_text("method", payment.method);
    node.add_text("reference", payment.reference);
    node.add_text("bank", payment.bank);
    node.add_text("note", payment.note);
    allocations_from(node, ledger, SourceKind::payment, p);
  }
  DataNode& refunds = root.add("refunds", Type::array);
  for (const Refund& refund : ledger.refunds) {
    if (refund.customer != customer) {
      continue;
    }
    DataNode& node = refunds.add({}, Type::object);
    node.add_text("id", refund.id);
    add_date(node, "date", refund.date);
    add_money(node, "amount", refund.amount);
    node.add_text("currency", refund.amount.currency().code);
    node.add_text("method", refund.method);
    node.add_text("reference", refund.reference);
    node.add_text("bank", refund.bank);
    node.add_text("note", refund.note);
    node.add_text("from", !refund.has_source ? std::string()
                          : refund.source_kind == SourceKind::payment
                              ? ledger.payments[refund.source].id
                              : ledger.documents[refund.source].id);
  }
  DataNode& returns = root.add("payment-returns", Type::array);
  for (const PaymentReturn& back : ledger.payment_returns) {
    if (ledger.payments[back.payment].customer == customer) {
      DataNode& node = returns.add({}, Type::object);
      node.add_text("payment", ledger.payments[back.payment].id);
      add_date(node, "date", back.date);
      node.add_text("reason", back.reason);
      node.add_text("bank", back.bank);
    }
  }
}

void document_events(DataNode& root, const Ledger& ledger, std::uint32_t customer) {
  const auto mine = [&](std::uint32_t document) {
    return ledger.documents[document].customer == customer;
  };
  DataNode& writeoffs = root.add("write-offs", Type::array);
  for (const WriteOff& writeoff : ledger.writeoffs) {
    if (mine(writeoff.document)) {
      DataNode& node = writeoffs.add({}, Type::object);
      node.add_text("invoice", ledger.documents[writeoff.document].id);
      add_date(node, "date", writeoff.date);
      add_money(node, "amount", writeoff.amount);
      node.add_text("reason", writeoff.reason);
    }
  }
  DataNode& disputes = root.add("disputes", Type::array);
  DataNode* reminders_list = nullptr; // filled below, after the disputes are complete
  for (const StatusEvent& event : ledger.status_events) {
    if (mine(event.document)
        && (event.kind == StatusKind::disputed || event.kind == StatusKind::resolved)) {
      DataNode& node = disputes.add({}, Type::object);
      node.add_text("invoice", ledger.documents[event.document].id);
      add_date(node, "date", event.date);
      node.add_text("event", event.kind == StatusKind::disputed ? "dispute" : "resolve");
      node.add_text("reason", event.reason);
    }
  }
  reminders_list = &root.add("reminders", Type::array);
  for (const StatusEvent& event : ledger.status_events) {
    if (mine(event.document) && event.kind == StatusKind::reminded) {
      DataNode& node = reminders_list->add({}, Type::object);
      node.add_text("invoice", ledger.documents[event.document].id);
      add_date(node, "date", event.date);
      node.add_text("level", std::to_string(event.level));
    }
  }
  DataNode& sent = root.add("sent", Type::array);
  for (const Sending& sending : ledger.sendings) {
    if (mine(sending.document)) {
      DataNode& node = sent.add({}, Type::object);
      node.add_text("document", ledger.documents[sending.document].id);
      add_date(node, "date", sending.date);
      node.add_text("to", sending.to);
      node.add_text("cc", sending.cc);
      node.add_text("via", sending.via);
      node.add_text("message-id", sending.message_id);
    }
  }
  DataNode& debits = root.add("direct-debits", Type::array);
  for (const DirectDebit& debit : ledger.direct_debits) {
    if (mine(debit.document)) {
      DataNode& node = debits.add({}, Type::object);
      node.add_text("invoice", ledger.documents[debit.document].id);
      add_date(node, "date", debit.date);
      add_date(node, "debit-date", debit.debit_date);
      add_money(node, "amount", debit.amount);
      node.add_text("currency", debit.amount.currency().code);
      node.add_text("mandate", debit.mandate);
      node.add_text("sequence", debit.sequence);
      node.add_text("reference", debit.reference);
      node.add_text("message-id", debit.message);
    }
  }
}

void contacts(DataNode& root, const Ledger& ledger, std::uint32_t customer) {
  for (const ContactKind kind : {ContactKind::note, ContactKind::promise}) {
    DataNode& list = root.add(kind == ContactKind::note ? "notes" : "promises", Type::array);
    for (const Contact& contact : ledger.contacts) {
      if (contact.customer != customer || contact.kind != kind) {
        continue;
      }
      DataNode& node = list.add({}, Type::object);
      add_date(node, "date", contact.date);
      node.add_text(kind == ContactKind::note ? "about" : "invoice",
                    contact.document == k_no_document ? ledger.customers[customer].id
                                                      : ledger.documents[contact.document].id);
      if (kind == ContactKind::promise) {
        add_date(node, "due", contact.promised);
        node.add_text("amount", contact.amount ? format_amount(*contact.amount) : "");
      }
      node.add_text("text", contact.text);
    }
  }
}

} // namespace

DataNode personal_data(const Ledger& ledger, std::uint32_t customer, const PersonalDataView& view) {
  const Customer& record = ledger.customers[customer];
  DataNode root;
  root.type = Type::object;
  root.add_text("format", "dues-personal-data-1");
  root.add_text("customer", record.id);
  add_date(root, "as-of", view.as_of);
  root.add_text("master-data-shown", view.revealed ? "in clear" : "masked");
  root.add_text("notice",
                view.revealed
                    ? "encrypted fields were decrypted with the age identity"
                    : "encrypted fields are shown as (encrypted) and bank accounts masked; run "
                      "with --reveal and the age identity (DUES_IDENTITY) for clear values");
  master_data(root, record, view);
  documents(root, ledger, customer);
  payments(root, ledger, customer);
  document_events(root, ledger, customer);
  contacts(root, ledger, customer);
  return root;
}

} // namespace dues::query
