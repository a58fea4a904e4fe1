#include "model/snapshot.hpp"

#include "base/hash.hpp"

#include <cstring>
#include <type_traits>

namespace dues {
namespace {

// Changes whenever the layout below or the model structs change (the build stamp covers
// rebuilt binaries whose version number stayed the same).
constexpr std::string_view k_magic = "dues-snapshot-7\n"; // 6: opening items; 7: sepa collections and returns
constexpr std::string_view k_build = __DATE__ " " __TIME__;

class Writer {
public:
  template <typename T>
  void pod(const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    m_out.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  void text(std::string_view value) {
    pod(static_cast<std::uint32_t>(value.size()));
    m_out.append(value);
  }
  void date(const Date& day) { pod(day_number(day)); }
  void decimal(const Decimal& value) {
    pod(value.mantissa());
    pod(value.scale());
  }
  void money(const Money& amount) {
    text(amount.currency().code);
    pod(amount.minor_units());
  }
  void pos(const syntax::Pos& at) { pod(at); }
  std::string take() { return std::move(m_out); }
  std::string& bytes() { return m_out; }

private:
  std::string m_out;
};

// Reads what Writer wrote; any overrun or nonsense makes ok() false and reads zeros.
class Reader {
public:
  explicit Reader(std::string_view bytes) : m_bytes(bytes) {}
  bool ok() const { return m_ok; }
  template <typename T>
  T pod() {
    T value{};
    if (!take(sizeof value)) {
      return value;
    }
    std::memcpy(&value, m_bytes.data() + m_at - sizeof value, sizeof value);
    return value;
  }
  std::string_view text() {
    const auto size = pod<std::uint32_t>();
    if (!take(size)) {
      return {};
    }
    return m_bytes.substr(m_at - size, size);
  }
  Date date() { return Date{date::sys_days{date::days{pod<int>()}}}; }
  Decimal decimal() {
    const auto mantissa = pod<std::int64_t>();
    const auto scale = pod<int>();
    return {mantissa, scale};
  }
  Money money() {
    const std::string_view code = text();
    const auto units = pod<std::int64_t>();
    // Nearly every amount of a ledger is in one or two currencies: remember the last.
    if (m_currency == nullptr || m_currency->code != code) {
      m_currency = find_currency(code);
    }
    if (m_currency == nullptr) {
      m_ok = false;
      return {};
    }
    return {*m_currency, units};
  }
  syntax::Pos pos() { return pod<syntax::Pos>(); }
  // Reads a count and checks it is not absurd for the bytes left.
  std::size_t count(std::size_t smallest_item) {
    const auto n = pod<std::uint64_t>();
    if (n > (m_bytes.size() - m_at) / std::max<std::size_t>(smallest_item, 1)) {
      m_ok = false;
      return 0;
    }
    return static_cast<std::size_t>(n);
  }
  bool at_end() const { return m_at == m_bytes.size(); }

private:
  bool take(std::size_t size) {
    if (!m_ok || size > m_bytes.size() - m_at) {
      m_ok = false;
      return false;
    }
    m_at += size;
    return true;
  }
  std::string_view m_bytes;
  std::size_t m_at = 0;
  bool m_ok = true;
  const Currency* m_currency = nullptr; // of the last amount read
};

void write_details(Writer& out, const DocumentDetails& details) {
  out.pod(static_cast<std::uint64_t>(details.items.size()));
  for (const LineItem& item : details.items) {
    out.text(item.description);
    out.decimal(item.quantity);
    out.text(item.unit);
    out.decimal(item.unit_price);
    out.text(item.tax_code);
    out.pod(static_cast<std::uint8_t>(item.discount ? 1 + (item.discount->is_percent ? 1 : 0) : 0));
    if (item.discount) {
      out.decimal(item.discount->value);
    }
    out.pod(static_cast<std::uint8_t>(item.amount ? 1 : 0));
    if (item.amount) {
      out.money(*item.amount);
    }
    out.pos(item.pos);
  }
  out.pod(static_cast<std::uint64_t>(details.taxes.size()));
  for (const TaxAmount& tax : details.taxes) {
    out.text(tax.code);
    out.decimal(tax.rate);
    out.money(tax.base);
    out.money(tax.amount);
    out.pos(tax.pos);
  }
  out.pod(static_cast<std::uint64_t>(details.instalments.size()));
  for (const Instalment& instalment : details.instalments) {
    out.date(instalment.due);
    out.money(instalment.amount);
    out.pos(instalment.pos);
  }
  out.pod(
      static_cast<std::uint8_t>(details.discount ? 1 + (details.discount->is_percent ? 1 : 0) : 0));
  if (details.discount) {
    out.decimal(details.discount->value);
  }
  out.pod(static_cast<std::uint8_t>(details.cash_discount ? 1 : 0));
  if (details.cash_discount) {
    out.decimal(*details.cash_discount);
  }
  out.pod(static_cast<std::uint8_t>(details.cash_discount_until ? 1 : 0));
  if (details.cash_discount_until) {
    out.date(*details.cash_discount_until);
  }
  out.pod(static_cast<std::uint8_t>(details.subtotal ? 1 : 0));
  if (details.subtotal) {
    out.money(*details.subtotal);
  }
  for (const std::string* text :
       {&details.terms, &details.purchase_order, &details.note, &details.reason,
        &details.related_invoice, &details.series, &details.origin, &details.opening}) {
    out.text(*text);
  }
  out.pod(details.pricing);
}

std::optional<syntax::Discount> read_discount(Reader& in) {
  const auto flag = in.pod<std::uint8_t>();
  if (flag == 0) {
    return std::nullopt;
  }
  return syntax::Discount{in.decimal(), flag == 2};
}

void read_details(Reader& in, DocumentDetails& details) {
  const std::size_t items = in.count(16);
  details.items.resize(items);
  for (LineItem& item : details.items) {
    item.description = in.text();
    item.quantity = in.decimal();
    item.unit = in.text();
    item.unit_price = in.decimal();
    item.tax_code = in.text();
    item.discount = read_discount(in);
    if (in.pod<std::uint8_t>() != 0) {
      item.amount = in.money();
    }
    item.pos = in.pos();
  }
  const std::size_t taxes = in.count(16);
  details.taxes.resize(taxes);
  for (TaxAmount& tax : details.taxes) {
    tax.code = in.text();
    tax.rate = in.decimal();
    tax.base = in.money();
    tax.amount = in.money();
    tax.pos = in.pos();
  }
  const std::size_t instalments = in.count(16);
  details.instalments.resize(instalments);
  for (Instalment& instalment : details.instalments) {
    instalment.due = in.date();
    instalment.amount = in.money();
    instalment.pos = in.pos();
  }
  details.discount = read_discount(in);
  if (in.pod<std::uint8_t>() != 0) {
    details.cash_discount = in.decimal();
  }
  if (in.pod<std::uint8_t>() != 0) {
    details.cash_discount_until = in.date();
  }
  if (in.pod<std::uint8_t>() != 0) {
    details.subtotal = in.money();
  }
  for (std::string* text :
       {&details.terms, &details.purchase_order, &details.note, &details.reason,
        &details.related_invoice, &details.series, &details.origin, &details.opening}) {
    *text = in.text();
  }
  details.pricing = in.pod<Pricing>();
}

void write_receipt_texts(Writer& out, const std::string& method, const std::string& reference,
                         const std::string& bank, const std::string& note) {
  out.text(method);
  out.text(reference);
  out.text(bank);
  out.text(note);
}

} // namespace

std::string snapshot_ledger(const Ledger& ledger, std::string_view key) {
  Writer out;
  out.bytes().append(k_magic);
  out.text(k_build);
  out.text(key);
  out.pod(static_cast<std::uint8_t>(ledger.has_details ? 1 : 0));
  out.pod(static_cast<std::uint64_t>(ledger.files.size()));
  for (const std::string& file : ledger.files) {
    out.text(file);
  }
  out.pod(static_cast<std::uint64_t>(ledger.documents.size()));
  for (const Document& document : ledger.documents) {
    out.pod(document.kind);
    out.text(document.id);
    out.text(document.reference);
    out.pod(document.customer);
    out.date(document.date);
    out.date(document.due);
    out.money(document.total);
    out.pos(document.pos);
    out.pod(static_cast<std::uint8_t>(document.details ? 1 : 0));
    if (document.details) {
      write_details(out, *document.details);
    }
  }
  out.pod(static_cast<std::uint64_t>(ledger.payments.size()));
  for (const Payment& payment : ledger.payments) {
    out.text(payment.id);
    out.pod(payment.customer);
    out.date(payment.date);
    out.money(payment.amount);
    out.pod(payment.fee.minor_units());
    write_receipt_texts(out, payment.method, payment.reference, payment.bank, payment.note);
    out.pos(payment.pos);
  }
  out.pod(static_cast<std::uint64_t>(ledger.refunds.size()));
  for (const Refund& refund : ledger.refunds) {
    out.text(refund.id);
    out.pod(refund.customer);
    out.date(refund.date);
    out.money(refund.amount);
    write_receipt_texts(out, refund.method, refund.reference, refund.bank, refund.note);
    out.pos(refund.pos);
    out.pod(static_cast<std::uint8_t>(refund.has_source));
    out.pod(refund.source_kind);
    out.pod(refund.source);
  }
  out.pod(static_cast<std::uint64_t>(ledger.allocations.size()));
  for (const Allocation& allocation : ledger.allocations) {
    out.pod(allocation.source_kind);
    out.pod(allocation.source);
    out.pod(allocation.document);
    out.pod(allocation.amount.minor_units());
    out.date(allocation.date);
    out.pos(allocation.pos);
  }
  out.pod(static_cast<std::uint64_t>(ledger.writeoffs.size()));
  for (const WriteOff& writeoff : ledger.writeoffs) {
    out.pod(writeoff.document);
    out.date(writeoff.date);
    out.pod(writeoff.amount.minor_units());
    out.text(writeoff.reason);
    out.pos(writeoff.pos);
  }
  out.pod(static_cast<std::uint64_t>(ledger.status_events.size()));
  for (const StatusEvent& event : ledger.status_events) {
    out.pod(event.kind);
    out.pod(event.document);
    out.date(event.date);
    out.text(event.reason);
    out.pod(event.level);
    out.pos(event.pos);
  }
  out.pod(static_cast<std::uint64_t>(ledger.contacts.size())); // collections
  for (const Contact& contact : ledger.contacts) {
    out.pod(contact.kind);
    out.pod(contact.customer);
    out.pod(contact.document);
    out.date(contact.date);
    out.text(contact.text);
    out.date(contact.promised);
    out.pod(static_cast<std::uint8_t>(contact.amount ? 1 : 0));
    out.money(contact.amount.value_or(Money{}));
    out.pos(contact.pos);
  }
  out.pod(static_cast<std::uint64_t>(ledger.sendings.size())); // sending
  for (const Sending& sending : ledger.sendings) {
    out.pod(sending.document);
    out.date(sending.date);
    out.text(sending.to);
    out.text(sending.cc);
    out.text(sending.via);
    out.text(sending.message_id);
    out.pos(sending.pos);
  }
  out.pod(static_cast<std::uint64_t>(ledger.direct_debits.size())); // sepa
  for (const DirectDebit& debit : ledger.direct_debits) {
    out.pod(debit.document);
    out.date(debit.date);
    out.date(debit.debit_date);
    out.money(debit.amount);
    out.text(debit.mandate);
    out.text(debit.sequence);
    out.text(debit.reference);
    out.text(debit.message);
    out.pos(debit.pos);
  }
  out.pod(static_cast<std::uint64_t>(ledger.payment_returns.size())); // sepa
  for (const PaymentReturn& ret : ledger.payment_returns) {
    out.pod(ret.payment);
    out.date(ret.date);
    out.text(ret.reason);
    out.text(ret.bank);
    out.pos(ret.pos);
  }
  const auto& slots = ledger.ids.slots();
  out.pod(static_cast<std::uint64_t>(ledger.ids.size()));
  out.pod(static_cast<std::uint64_t>(slots.size()));
  out.bytes().append(reinterpret_cast<const char*>(slots.data()),
                     slots.size() * sizeof(slots.front()));
  // A hash of everything above, so a torn or corrupted file is never believed.
  const std::string check = hash_hex(out.bytes());
  out.bytes().append(check);
  return out.take();
}

namespace {

// Sizes a vector to `count` elements with room for an eighth more: entries appended to
// the journal since the snapshot are added without moving everything first.
template <typename T>
void resize_with_room(std::vector<T>& items, std::size_t count) {
  items.reserve(count + count / 8 + 16);
  items.resize(count);
}

// Reads the journal part; false on any inconsistency.
bool read_journal_part(Reader& in, Ledger& ledger) {
  ledger.has_details = in.pod<std::uint8_t>() != 0;
  ledger.files.resize(in.count(4));
  for (std::string& file : ledger.files) {
    file = in.text();
  }
  const auto customers = static_cast<std::uint32_t>(ledger.customers.size());
  resize_with_room(ledger.documents, in.count(32));
  for (Document& document : ledger.documents) {
    document.kind = in.pod<DocumentKind>();
    document.id = in.text();
    document.reference = in.text();
    document.customer = in.pod<std::uint32_t>();
    document.date = in.date();
    document.due = in.date();
    document.total = in.money();
    document.pos = in.pos();
    if (in.pod<std::uint8_t>() != 0) {
      read_details(in, document.edit());
    }
    if (document.customer >= customers || !in.ok()) {
      return false;
    }
  }
  resize_with_room(ledger.payments, in.count(32));
  for (Payment& payment : ledger.payments) {
    payment.id = in.text();
    payment.customer = in.pod<std::uint32_t>();
    payment.date = in.date();
    payment.amount = in.money();
    payment.fee = Money(payment.amount.currency(), in.pod<std::int64_t>());
    payment.method = in.text();
    payment.reference = in.text();
    payment.bank = in.text();
    payment.note = in.text();
    payment.pos = in.pos();
    if (payment.customer >= customers || !in.ok()) {
      return false;
    }
  }
  resize_with_room(ledger.refunds, in.count(32));
  for (Refund& refund : ledger.refunds) {
    refund.id = in.text();
    refund.customer = in.pod<std::uint32_t>();
    refund.date = in.date();
    refund.amount = in.money();
    refund.method = in.text();
    refund.reference = in.text();
    refund.bank = in.text();
    refund.note = in.text();
    refund.pos = in.pos();
    refund.has_source = in.pod<std::uint8_t>() != 0;
    refund.source_kind = in.pod<SourceKind>();
    refund.source = in.pod<std::uint32_t>();
    const std::size_t sources = refund.source_kind == SourceKind::payment
                                    ? ledger.payments.size()
                                    : ledger.documents.size();
    if (refund.customer >= customers || (refund.has_source && refund.source >= sources)
        || !in.ok()) {
      return false;
    }
  }
  resize_with_room(ledger.allocations, in.count(24));
  for (Allocation& allocation : ledger.allocations) {
    allocation.source_kind = in.pod<SourceKind>();
    allocation.source = in.pod<std::uint32_t>();
    allocation.document = in.pod<std::uint32_t>();
    const auto units = in.pod<std::int64_t>();
    allocation.date = in.date();
    allocation.pos = in.pos();
    const std::size_t sources = allocation.source_kind == SourceKind::payment
                                    ? ledger.payments.size()
                                    : ledger.documents.size();
    if (allocation.source >= sources || allocation.document >= ledger.documents.size()
        || !in.ok()) {
      return false;
    }
    allocation.amount = Money(ledger.documents[allocation.document].total.currency(), units);
  }
  resize_with_room(ledger.writeoffs, in.count(16));
  for (WriteOff& writeoff : ledger.writeoffs) {
    writeoff.document = in.pod<std::uint32_t>();
    writeoff.date = in.date();
    const auto units = in.pod<std::int64_t>();
    writeoff.reason = in.text();
    writeoff.pos = in.pos();
    if (writeoff.document >= ledger.documents.size() || !in.ok()) {
      return false;
    }
    writeoff.amount = Money(ledger.documents[writeoff.document].total.currency(), units);
  }
  resize_with_room(ledger.status_events, in.count(16));
  for (StatusEvent& event : ledger.status_events) {
    event.kind = in.pod<StatusKind>();
    event.document = in.pod<std::uint32_t>();
    event.date = in.date();
    event.reason = in.text();
    event.level = in.pod<int>();
    event.pos = in.pos();
    if (event.document >= ledger.documents.size() || !in.ok()) {
      return false;
    }
  }
  resize_with_room(ledger.contacts, in.count(16)); // collections
  for (Contact& contact : ledger.contacts) {
    contact.kind = in.pod<ContactKind>();
    contact.customer = in.pod<std::uint32_t>();
    contact.document = in.pod<std::uint32_t>();
    contact.date = in.date();
    contact.text = in.text();
    contact.promised = in.date();
    const bool has_amount = in.pod<std::uint8_t>() != 0;
    const Money amount = in.money();
    contact.amount = has_amount ? std::optional(amount) : std::nullopt;
    contact.pos = in.pos();
    if (contact.customer >= ledger.customers.size() || !in.ok()) {
      return false;
    }
  }
  resize_with_room(ledger.sendings, in.count(16)); // sending
  for (Sending& sending : ledger.sendings) {
    sending.document = in.pod<std::uint32_t>();
    sending.date = in.date();
    sending.to = in.text();
    sending.cc = in.text();
    sending.via = in.text();
    sending.message_id = in.text();
    sending.pos = in.pos();
    if (sending.document >= ledger.documents.size() || !in.ok()) {
      return false;
    }
  }
  resize_with_room(ledger.direct_debits, in.count(16)); // sepa
  for (DirectDebit& debit : ledger.direct_debits) {
    debit.document = in.pod<std::uint32_t>();
    debit.date = in.date();
    debit.debit_date = in.date();
    debit.amount = in.money();
    debit.mandate = in.text();
    debit.sequence = in.text();
    debit.reference = in.text();
    debit.message = in.text();
    debit.pos = in.pos();
    if (debit.document >= ledger.documents.size() || !in.ok()) {
      return false;
    }
  }
  resize_with_room(ledger.payment_returns, in.count(16)); // sepa
  for (PaymentReturn& ret : ledger.payment_returns) {
    ret.payment = in.pod<std::uint32_t>();
    ret.date = in.date();
    ret.reason = in.text();
    ret.bank = in.text();
    ret.pos = in.pos();
    if (ret.payment >= ledger.payments.size() || !in.ok()) {
      return false;
    }
  }
  const auto ids = in.pod<std::uint64_t>();
  const std::size_t slot_count = in.count(sizeof(IdIndex::Slot));
  if (!in.ok() || (slot_count & (slot_count - 1)) != 0) {
    return false;
  }
  std::vector<IdIndex::Slot> slots(slot_count);
  for (IdIndex::Slot& slot : slots) {
    slot = in.pod<IdIndex::Slot>();
  }
  ledger.ids.assign(std::move(slots), static_cast<std::size_t>(ids));
  return in.ok();
}

} // namespace

std::optional<std::string> snapshot_key(std::string_view bytes) {
  if (!bytes.starts_with(k_magic)) {
    return std::nullopt;
  }
  Reader in(bytes.substr(k_magic.size()));
  if (in.text() != k_build) {
    return std::nullopt;
  }
  const std::string_view key = in.text();
  if (!in.ok()) {
    return std::nullopt;
  }
  return std::string(key);
}

bool restore_ledger(std::string_view bytes, std::string_view key, Ledger& ledger) {
  constexpr std::size_t k_check = 32;
  if (bytes.size() < k_magic.size() + k_check || !bytes.starts_with(k_magic)) {
    return false;
  }
  const std::string_view body = bytes.substr(0, bytes.size() - k_check);
  Reader in(body.substr(k_magic.size()));
  if (in.text() != k_build || in.text() != key) {
    return false;
  }
  if (hash_hex(body) != bytes.substr(bytes.size() - k_check)) {
    return false;
  }
  if (!read_journal_part(in, ledger) || !in.at_end()) {
    ledger.documents.clear();
    ledger.payments.clear();
    ledger.refunds.clear();
    ledger.allocations.clear();
    ledger.writeoffs.clear();
    ledger.status_events.clear();
    ledger.contacts.clear();
    ledger.sendings.clear();
    ledger.direct_debits.clear();
    ledger.payment_returns.clear();
    ledger.ids = IdIndex{};
    ledger.files.clear();
    return false;
  }
  return true;
}

} // namespace dues
