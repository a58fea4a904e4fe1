#include "model/build.hpp"
#include "model/suggestions.hpp" // hardening: "did you mean"

#include "model/build_reserve.hpp"
#include "model/contacts.hpp" // collections
#include "model/customer.hpp"
#include "model/customer_fields.hpp" // decimal_as_written
#include "model/direct_debit.hpp"     // sepa
#include "model/entry_values.hpp"
#include "model/journal_pipeline.hpp"
#include "model/refunds.hpp"
#include "model/recurring.hpp"
#include "model/rules.hpp"
#include "model/sending.hpp"
#include "syntax/journal_grammar.hpp"
#include "syntax/journal_parser.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

namespace dues {
namespace {

using syntax::Entry;
using syntax::EntryKind;
using syntax::Field;

// A reference to another entry, resolved once every file has been read.
struct PendingApply {
  std::string source_id; // for allocate entries; empty when `source` is already known
  SourceKind source_kind = SourceKind::payment;
  std::uint32_t source = 0;
  std::string target;
  Decimal amount;
  Date date;
  syntax::Pos pos;
  syntax::Pos amount_pos;
};

struct PendingEvent {
  EntryKind kind = EntryKind::void_doc;
  std::string target;
  Date date;
  std::string reason;
  int level = 0;
  Decimal amount;
  std::string currency;
  syntax::Pos pos;
  syntax::Pos target_pos;
  syntax::Pos amount_pos;
  Sending sending;              // sending: a `sent` entry's fields
  DirectDebit direct_debit;     // sepa: a `collection` entry's fields
  PaymentReturn payment_return; // sepa: a `return` entry's fields
};

class Builder : public syntax::EntrySink {
public:
  Builder(Ledger& ledger, Diagnostics& diags) : m_ledger(ledger), m_diags(diags) {}

  void entry(const Entry& entry) override {
    try {
      switch (entry.kind) {
      case EntryKind::invoice:
      case EntryKind::credit:
        add_document(entry);
        break;
      case EntryKind::payment:
        add_payment(entry);
        break;
      case EntryKind::refund:
        add_refund(entry);
        break;
      case EntryKind::allocate:
        for (const syntax::Apply& apply : entry.applies) {
          apply_or_defer({entry.id.value, SourceKind::payment, 0, apply.document_id.value,
                          apply.amount.value, entry.date, apply.document_id.pos, apply.amount.pos});
        }
        if (entry.applies.empty()) {
          fail(entry.pos, "an allocation needs at least one 'apply' line");
        }
        break;
      case EntryKind::note: // collections
      case EntryKind::promise:
        m_contacts.push_back(pending_contact(entry));
        break;
      case EntryKind::forgotten: // privacy: names a customer; changes no balance
        if (m_ledger.find_customer(entry.id.value) == nullptr) {
          fail(entry.id.pos, unknown_customer(entry.id.value, m_ledger.customers));
        }
        break;
      default:
        m_events.push_back({entry.kind, entry.id.value, entry.date, entry.reason.value,
                            static_cast<int>(entry.level.value.mantissa()), entry.amount.value,
                            entry.currency.value, entry.pos, entry.id.pos, entry.amount.pos, {}, {}, {}});
        m_events.back().sending = sending_of(entry); // sending
        m_events.back().direct_debit = direct_debit_of(entry);     // sepa
        m_events.back().payment_return = payment_return_of(entry); // sepa
        break;
      }
    } catch (const Error& error) {
      m_diags.add(error);
      unparsed(entry.id.value); // written, but not in the ledger: no follow-on errors
    }
  }

  void unparsed(std::string_view id) override { m_ledger.unparsed_ids.emplace(id); }

  void resolve();

private:
  [[noreturn]] void fail(const syntax::Pos& pos, const std::string& message) const {
    throw Error(ErrorKind::invalid_input, m_ledger.where(pos), message);
  }

  const Currency& currency_of(const Entry& entry) const {
    return entry_currency(m_ledger, entry);
  }

  Money money(const Decimal& value, const syntax::Pos& pos, const Currency& currency,
              bool allow_negative = false) const {
    return entry_money(m_ledger, value, pos, currency, allow_negative);
  }

  Money money(const Field<Decimal>& field, const Currency& currency) const {
    return money(field.value, field.pos, currency);
  }

  std::uint32_t customer_of(const Entry& entry) const {
    const std::uint32_t* index = m_ledger.find_customer_index(entry.customer.value);
    if (index == nullptr) {
      fail(entry.customer.pos, unknown_customer(entry.customer.value, m_ledger.customers));
    }
    return *index;
  }

  void claim_id(const Entry& entry, IdKind kind, std::size_t index) {
    const IdRef* earlier =
        m_ledger.add_id(entry.id.value, IdRef{kind, static_cast<std::uint32_t>(index)});
    if (earlier != nullptr) {
      const syntax::Pos first = first_pos(*earlier);
      const SourceLoc at = m_ledger.where(first);
      fail(entry.pos,
           entry.kind == EntryKind::invoice
               ? fmt::format("invoice {} already issued at {}:{}", entry.id.value, at.path, at.line)
               : fmt::format("id {} already used at {}:{}", entry.id.value, at.path, at.line));
    }
  }

  syntax::Pos first_pos(const IdRef& ref) const {
    switch (ref.kind) {
    case IdKind::document:
      return m_ledger.documents[ref.index].pos;
    case IdKind::payment:
      return m_ledger.payments[ref.index].pos;
    case IdKind::refund:
      return m_ledger.refunds[ref.index].pos;
    }
    return {};
  }

  void add_document(const Entry& entry);
  void add_details(const Entry& entry, const Currency& currency, Document& document);
  void add_payment(const Entry& entry);
  void add_refund(const Entry& entry);
  // `target` is the invoice's id entry when the caller looked it up already.
  void resolve_apply(const PendingApply& apply, const IdRef* target = nullptr);

  // Resolves an apply line at once when everything it names is already known and no
  // earlier one waits (so allocations keep file order); otherwise after the last file.
  // Most journals name invoices before the money that pays them: this saves keeping
  // a million pending lines.
  void apply_or_defer(PendingApply apply) {
    const IdRef* target = m_applies.empty() ? m_ledger.find_id(apply.target) : nullptr;
    const bool known = target != nullptr
                       && (apply.source_id.empty() || m_ledger.find_id(apply.source_id) != nullptr);
    if (!known) {
      m_applies.push_back(std::move(apply));
      return;
    }
    try {
      resolve_apply(apply, target);
    } catch (const Error& error) {
      m_diags.add(error);
    }
  }
  void resolve_event(const PendingEvent& event);

  Ledger& m_ledger;
  Diagnostics& m_diags;
  std::vector<PendingApply> m_applies;
  std::vector<PendingEvent> m_events;
  std::vector<PendingContact> m_contacts; // collections
};

void Builder::add_document(const Entry& entry) {
  const Currency& currency = currency_of(entry);
  Document document;
  document.kind =
      entry.kind == EntryKind::invoice ? DocumentKind::invoice : DocumentKind::credit_note;
  document.id = entry.id.value;
  document.customer = customer_of(entry);
  document.date = entry.date;
  document.total = money(entry.total, currency);
  document.pos = entry.pos;
  document.reference = entry.reference.value;
  if (entry.opening.set && entry.opening.value.empty()) { // import
    fail(entry.opening.pos, "'opening' needs a text: where the opening item came from");
  }
  add_details(entry, currency, document);
  if (entry.due.set) {
    document.due = entry.due.value;
  } else if (!entry.instalments.empty()) {
    document.due = entry.instalments.back().due.value;
  } else if (document.is_invoice()) {
    fail(entry.pos, "missing 'due' for an invoice (or instalment lines)");
  } else {
    document.due = entry.date;
  }
  if (document.is_invoice() && days_between(document.date, document.due) < 0) {
    fail(entry.due.set ? entry.due.pos : entry.instalments.back().due.pos,
         fmt::format("due date {} is before the invoice date {}", document.due, document.date));
  }
  const std::size_t index = m_ledger.documents.size();
  claim_id(entry, IdKind::document, index);
  m_ledger.documents.push_back(std::move(document));
  for (const syntax::Apply& apply : entry.applies) {
    apply_or_defer({{},
                    SourceKind::credit_note,
                    static_cast<std::uint32_t>(index),
                    apply.document_id.value,
                    apply.amount.value,
                    entry.date,
                    apply.document_id.pos,
                    apply.amount.pos});
  }
}

void Builder::add_details(const Entry& entry, const Currency& currency, Document& document) {
  document.details = entry_details(m_ledger, entry, currency);
  if (document.details && !m_ledger.has_details) {
    // Balances only: checked as `dues check` does, then what no balance needs is let go
    // (else a million invoices with `terms` would each carry a details block); a command
    // that shows it reads it again (cli/details.cpp).
    check_stored_totals(m_ledger, document, m_diags);
    if (!details_needed(entry)) {
      document.details.reset();
    }
  }
}

void Builder::add_payment(const Entry& entry) {
  const Currency& currency = currency_of(entry);
  Payment payment;
  payment.id = entry.id.value;
  payment.customer = customer_of(entry);
  payment.date = entry.date;
  payment.amount = money(entry.amount, currency);
  payment.fee = entry.fee.set ? money(entry.fee, currency) : Money::zero(currency);
  payment.method = entry.method.value;
  payment.reference = entry.reference.value;
  payment.bank = entry.bank.value;
  payment.note = entry.note.value;
  payment.pos = entry.pos;
  const std::size_t index = m_ledger.payments.size();
  claim_id(entry, IdKind::payment, index);
  m_ledger.payments.push_back(std::move(payment));
  for (const syntax::Apply& apply : entry.applies) {
    apply_or_defer({{},
                    SourceKind::payment,
                    static_cast<std::uint32_t>(index),
                    apply.document_id.value,
                    apply.amount.value,
                    entry.date,
                    apply.document_id.pos,
                    apply.amount.pos});
  }
}

void Builder::add_refund(const Entry& entry) {
  const Currency& currency = currency_of(entry);
  Refund refund;
  refund.id = entry.id.value;
  refund.customer = customer_of(entry);
  refund.date = entry.date;
  refund.amount = money(entry.amount, currency);
  refund.method = entry.method.value;
  refund.reference = entry.reference.value;
  refund.bank = entry.bank.value;
  refund.note = entry.note.value;
  refund.pos = entry.pos;
  claim_id(entry, IdKind::refund, m_ledger.refunds.size());
  if (entry.from.set) { // resolved with the events: `level` carries the refund's index
    m_events.push_back({EntryKind::refund, entry.from.value, entry.date, {},
                        static_cast<int>(m_ledger.refunds.size()), {}, {}, entry.pos,
                        entry.from.pos, {}, {}, {}, {}});
  }
  m_ledger.refunds.push_back(std::move(refund));
}

void Builder::resolve_apply(const PendingApply& apply, const IdRef* target) {
  SourceKind kind = apply.source_kind;
  std::uint32_t source = apply.source;
  if (!apply.source_id.empty()) {
    const IdRef* ref = m_ledger.find_id(apply.source_id);
    const bool is_credit = ref != nullptr && ref->kind == IdKind::document
                           && !m_ledger.documents[ref->index].is_invoice();
    if (ref == nullptr && m_ledger.is_unparsed(apply.source_id)) {
      return; // its own line's error is reported
    }
    if (ref == nullptr || (ref->kind != IdKind::payment && !is_credit)) {
      fail(apply.pos,
           fmt::format("'{}' is not a payment or credit note in this ledger", apply.source_id));
    }
    kind = ref->kind == IdKind::payment ? SourceKind::payment : SourceKind::credit_note;
    source = ref->index;
  }
  const Currency& currency = kind == SourceKind::payment
                                 ? m_ledger.payments[source].amount.currency()
                                 : m_ledger.documents[source].total.currency();
  const std::uint32_t customer = kind == SourceKind::payment ? m_ledger.payments[source].customer
                                                             : m_ledger.documents[source].customer;
  if (target == nullptr) {
    target = m_ledger.find_id(apply.target);
  }
  if (target == nullptr && m_ledger.is_unparsed(apply.target)) {
    return; // the invoice's own line has the error
  }
  if (target == nullptr) {
    fail(apply.pos, fmt::format("unknown invoice '{}'", apply.target));
  }
  if (target->kind != IdKind::document || !m_ledger.documents[target->index].is_invoice()) {
    fail(apply.pos,
         fmt::format("'{}' is not an invoice; money is applied to invoices", apply.target));
  }
  const Document& invoice = m_ledger.documents[target->index];
  if (!(invoice.total.currency() == currency)) {
    fail(apply.pos, fmt::format("invoice {} is in {}, but the money applied is in {}", invoice.id,
                                invoice.total.currency().code, currency.code));
  }
  if (invoice.customer != customer) {
    fail(apply.pos,
         fmt::format("invoice {} belongs to customer '{}', not '{}'", invoice.id,
                     m_ledger.customers[invoice.customer].id, m_ledger.customers[customer].id));
  }
  const Money amount = money(apply.amount, apply.amount_pos, currency);
  if (amount.is_zero()) {
    fail(apply.amount_pos, "an applied amount must be more than zero");
  }
  m_ledger.allocations.push_back({kind, source, target->index, amount, apply.date, apply.pos});
}

void Builder::resolve_event(const PendingEvent& event) {
  if (m_ledger.find_id(event.target) == nullptr && m_ledger.is_unparsed(event.target)) {
    if (event.kind == EntryKind::refund) {
      // Its `from` did not read: what the walk finds wrong with the refund (more than
      // the credit left) is that entry's absence, not a second error (hardening 21.2).
      unparsed(m_ledger.refunds[static_cast<std::size_t>(event.level)].id);
    }
    return; // the document's own line has the error
  }
  if (event.kind == EntryKind::refund) {
    set_refund_source(m_ledger, static_cast<std::uint32_t>(event.level), event.target,
                      m_ledger.where(event.target_pos));
    return;
  }
  const IdRef* target = m_ledger.find_id(event.target);
  if (event.kind == EntryKind::debit_return) { // sepa: the payment the bank took back
    if (target == nullptr || target->kind != IdKind::payment) {
      fail(event.target_pos, fmt::format("'{}' is not a payment in this ledger", event.target));
    }
    m_ledger.payment_returns.push_back(event.payment_return);
    m_ledger.payment_returns.back().payment = target->index;
    return;
  }
  if (target == nullptr || target->kind != IdKind::document) {
    fail(event.target_pos,
         target == nullptr ? fmt::format("unknown document '{}'", event.target)
                           : fmt::format("'{}' is not an invoice or credit note", event.target));
  }
  const Document& document = m_ledger.documents[target->index];
  if (event.kind == EntryKind::sent) { // sending: invoices and credit notes alike
    return add_sending(m_ledger, event.sending, target->index);
  }
  if (event.kind != EntryKind::void_doc && !document.is_invoice()) {
    fail(event.target_pos, fmt::format("'{}' is a credit note; {} applies to invoices",
                                       event.target, syntax::keyword_of(event.kind)));
  }
  if (event.kind == EntryKind::writeoff || event.kind == EntryKind::collection) { // sepa
    const Currency& currency = document.total.currency();
    if (!event.currency.empty() && event.currency != currency.code) {
      fail(event.amount_pos,
           fmt::format("invoice {} is in {}, not {}", document.id, currency.code, event.currency));
    }
    const Money amount = money(event.amount, event.amount_pos, currency);
    if (event.kind == EntryKind::collection) { // sepa: a direct debit, pending
      m_ledger.direct_debits.push_back(event.direct_debit);
      m_ledger.direct_debits.back().document = target->index;
      m_ledger.direct_debits.back().amount = amount;
      return;
    }
    m_ledger.writeoffs.push_back({target->index, event.date, amount, event.reason, event.pos});
    return;
  }
  StatusKind kind = StatusKind::voided;
  switch (event.kind) {
  case EntryKind::dispute:
    kind = StatusKind::disputed;
    break;
  case EntryKind::resolve:
    kind = StatusKind::resolved;
    break;
  case EntryKind::remind:
    kind = StatusKind::reminded;
    break;
  default:
    break;
  }
  m_ledger.status_events.push_back(
      {kind, target->index, event.date, event.reason, event.level, event.pos});
}

void Builder::resolve() {
  for (const PendingApply& apply : m_applies) {
    try {
      resolve_apply(apply);
    } catch (const Error& error) {
      m_diags.add(error);
    }
  }
  for (const PendingEvent& event : m_events) {
    try {
      resolve_event(event);
    } catch (const Error& error) {
      m_diags.add(error);
    }
  }
  resolve_contacts(m_ledger, m_contacts, m_diags); // collections
}

} // namespace

Ledger build_ledger(syntax::Settings settings, std::vector<Customer> customers,
                    const std::vector<std::string>& paths, const JournalReader& read,
                    Diagnostics& diags, const BuildOptions& options) {
  Ledger ledger;
  ledger.settings = std::move(settings);
  ledger.customers = std::move(customers);
  ledger.has_details = !options.balances_only;
  check_settings(ledger.settings, diags);
  for (std::size_t i = 0; i < ledger.customers.size(); ++i) {
    if (!ledger.add_customer_index(static_cast<std::uint32_t>(i))) {
      diags.add(Error(ErrorKind::invalid_input, ledger.customers[i].loc,
                      fmt::format("customer '{}' is defined twice", ledger.customers[i].id)));
    }
    check_customer(ledger.customers[i], ledger.settings, diags);
  }
  ledger.files = paths;
  check_recurring(ledger, diags); // invoicing: [recurring.NAME] templates
  Builder builder(ledger, diags);
  if (options.parallel) { // the parser on a second thread, the builder here
    parse_journals_in_parallel(paths, read, builder, diags,
                               [&](std::size_t, std::size_t headers) {
                                 reserve_headers(ledger, headers);
                               });
  } else {
    for (std::size_t i = 0; i < paths.size(); ++i) {
      read(i, [&](std::string_view text) {
        reserve_for(ledger, text);
        syntax::parse_journal(text, paths[i], static_cast<std::uint32_t>(i), builder, diags, {});
      });
    }
  }
  builder.resolve();
  check_rules(ledger, diags);
  return ledger;
}

Ledger start_ledger(syntax::Settings settings, std::vector<Customer> customers) {
  Ledger ledger;
  ledger.settings = std::move(settings);
  ledger.customers = std::move(customers);
  for (std::size_t i = 0; i < ledger.customers.size(); ++i) {
    ledger.add_customer_index(static_cast<std::uint32_t>(i));
  }
  return ledger;
}

void extend_ledger(Ledger& ledger, const std::vector<JournalAddition>& additions,
                   Diagnostics& diags) {
  const LedgerMark before = mark_of(ledger);
  Builder builder(ledger, diags);
  syntax::ParseOptions parse;
  for (const JournalAddition& addition : additions) {
    auto known = std::find(ledger.files.begin(), ledger.files.end(), addition.path);
    if (known == ledger.files.end()) {
      ledger.files.push_back(addition.path);
      known = ledger.files.end() - 1;
    }
    parse.first_line = addition.first_line;
    reserve_for(ledger, addition.text);
    syntax::parse_journal(addition.text, addition.path,
                          static_cast<std::uint32_t>(known - ledger.files.begin()), builder, diags,
                          parse);
  }
  builder.resolve();
  check_rules(ledger, diags, before);
}

Ledger build_ledger(syntax::Settings settings, std::vector<Customer> customers,
                    const std::vector<JournalText>& journals, Diagnostics& diags,
                    const BuildOptions& options) {
  std::vector<std::string> paths;
  for (const JournalText& journal : journals) {
    paths.push_back(journal.path);
  }
  return build_ledger(
      std::move(settings), std::move(customers), paths,
      [&](std::size_t index, const std::function<void(std::string_view)>& parse) {
        parse(journals[index].text);
      },
      diags, options);
}

} // namespace dues
