// The ledger snapshot (snapshot.hpp). Its bytes, after a header, are two parts, each with
// its own hash: the documents with the id index, and everything else. Both are read at
// once on two threads (each into its own members of the Ledger), so restoring a big
// ledger takes about half the time it would on one.
#include "model/snapshot.hpp"

#include "base/hash.hpp"
#include "base/parallel.hpp"
#include "model/snapshot_bytes.hpp"

namespace dues {
namespace {

using snapshot_bytes::Reader;
using Passed = std::function<void(std::string_view)>;
using snapshot_bytes::Writer;

// Changes whenever the layout below or the model structs change (the build stamp covers
// rebuilt binaries whose version number stayed the same).
// 6: opening items; 7: sepa collections and returns; 8: two parts read on two threads
constexpr std::string_view k_magic = "dues-snapshot-8\n";
constexpr std::string_view k_build = __DATE__ " " __TIME__;
constexpr std::size_t k_check = 32; // hash_hex's length

void write_receipt_texts(Writer& out, const std::string& method, const std::string& reference,
                         const std::string& bank, const std::string& note) {
  out.text(method);
  out.text(reference);
  out.text(bank);
  out.text(note);
}

// The first part: documents, then the id index's table as it is in memory.
std::string documents_part(const Ledger& ledger) {
  Writer out;
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
      snapshot_bytes::write_details(out, *document.details);
    }
  }
  const auto& slots = ledger.ids.slots();
  out.pod(static_cast<std::uint64_t>(ledger.ids.size()));
  out.pod(static_cast<std::uint64_t>(slots.size()));
  out.bytes().append(reinterpret_cast<const char*>(slots.data()),
                     slots.size() * sizeof(slots.front()));
  return out.take();
}

// The second part: the journal files and every other kind of entry.
std::string receipts_part(const Ledger& ledger) {
  Writer out;
  out.pod(static_cast<std::uint64_t>(ledger.files.size()));
  for (const std::string& file : ledger.files) {
    out.text(file);
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
    out.money(allocation.amount); // with its currency: parts are read apart
    out.date(allocation.date);
    out.pos(allocation.pos);
  }
  out.pod(static_cast<std::uint64_t>(ledger.writeoffs.size()));
  for (const WriteOff& writeoff : ledger.writeoffs) {
    out.pod(writeoff.document);
    out.date(writeoff.date);
    out.money(writeoff.amount);
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
  return out.take();
}

// Sizes a vector to `count` elements with room for an eighth more: entries appended to
// the journal since the snapshot are added without moving everything first.
template <typename T>
void resize_with_room(std::vector<T>& items, std::size_t count) {
  items.reserve(count + count / 8 + 16);
  items.resize(count);
}

// Reads the first part into ledger.documents and ledger.ids, hashing it as it goes;
// false on any inconsistency or when the hash is not `check`.
bool read_documents_part(std::string_view bytes, std::string_view check, const Passed& passed,
                         std::size_t documents, Ledger& ledger) {
  ContentHash hash;
  Reader in(bytes, {&hash, passed});
  const auto customers = static_cast<std::uint32_t>(ledger.customers.size());
  resize_with_room(ledger.documents, documents);
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
      snapshot_bytes::read_details(in, document.edit());
    }
    if (document.customer >= customers || !in.ok()) {
      return false;
    }
  }
  const auto ids = in.pod<std::uint64_t>();
  const std::size_t slot_count = in.count(sizeof(IdIndex::Slot));
  if (!in.ok() || (slot_count & (slot_count - 1)) != 0) {
    return false;
  }
  const std::string_view table = in.raw(slot_count * sizeof(IdIndex::Slot));
  if (!in.ok() || !in.at_end()) {
    return false;
  }
  std::vector<IdIndex::Slot> slots(slot_count);
  std::memcpy(slots.data(), table.data(), table.size());
  ledger.ids.assign(std::move(slots), static_cast<std::size_t>(ids));
  in.finish();
  return hash.hex() == check;
}

// Reads the second part into the ledger's other members (not documents or ids, which
// the other thread fills): false on any inconsistency. `documents` is how many the
// first part holds.
bool read_receipts_part(std::string_view bytes, std::string_view check, const Passed& passed,
                        std::size_t documents, std::size_t payments, Ledger& ledger) {
  ContentHash hash;
  Reader in(bytes, {&hash, passed});
  const auto customers = static_cast<std::uint32_t>(ledger.customers.size());
  ledger.files.resize(in.count(4));
  for (std::string& file : ledger.files) {
    file = in.text();
  }
  if (in.pod<std::uint64_t>() != payments) {
    return false;
  }
  resize_with_room(ledger.payments, payments);
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
    const std::size_t sources = refund.source_kind == SourceKind::payment ? payments : documents;
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
    allocation.amount = in.money();
    allocation.date = in.date();
    allocation.pos = in.pos();
    const std::size_t sources =
        allocation.source_kind == SourceKind::payment ? payments : documents;
    if (allocation.source >= sources || allocation.document >= documents || !in.ok()) {
      return false;
    }
  }
  resize_with_room(ledger.writeoffs, in.count(16));
  for (WriteOff& writeoff : ledger.writeoffs) {
    writeoff.document = in.pod<std::uint32_t>();
    writeoff.date = in.date();
    writeoff.amount = in.money();
    writeoff.reason = in.text();
    writeoff.pos = in.pos();
    if (writeoff.document >= documents || !in.ok()) {
      return false;
    }
  }
  resize_with_room(ledger.status_events, in.count(16));
  for (StatusEvent& event : ledger.status_events) {
    event.kind = in.pod<StatusKind>();
    event.document = in.pod<std::uint32_t>();
    event.date = in.date();
    event.reason = in.text();
    event.level = in.pod<int>();
    event.pos = in.pos();
    if (event.document >= documents || !in.ok()) {
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
    if (sending.document >= documents || !in.ok()) {
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
    if (debit.document >= documents || !in.ok()) {
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
    if (ret.payment >= payments || !in.ok()) {
      return false;
    }
  }
  if (!in.ok() || !in.at_end()) {
    return false;
  }
  in.finish();
  return hash.hex() == check;
}

void forget_journal_part(Ledger& ledger) {
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
}

} // namespace

std::string snapshot_ledger(const Ledger& ledger, std::string_view key) {
  std::string parts[2];
  run_both(
      true, [&] { parts[0] = documents_part(ledger); }, [&] { parts[1] = receipts_part(ledger); });
  Writer out;
  out.bytes().append(k_magic);
  out.text(k_build);
  out.text(key);
  out.pod(static_cast<std::uint8_t>(ledger.has_details ? 1 : 0));
  out.pod(static_cast<std::uint64_t>(ledger.documents.size()));
  out.pod(static_cast<std::uint64_t>(ledger.payments.size()));
  for (const std::string& part : parts) {
    out.pod(static_cast<std::uint64_t>(part.size()));
  }
  // A hash of the header and one of each part, so a torn or corrupted file is never
  // believed.
  out.bytes().append(hash_hex(out.bytes()));
  for (const std::string& part : parts) {
    out.bytes().append(part);
    out.bytes().append(hash_hex(part));
  }
  return out.take();
}

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

bool restore_ledger(std::string_view bytes, std::string_view key, Ledger& ledger, bool parallel,
                    const Passed& passed) {
  if (!bytes.starts_with(k_magic)) {
    return false;
  }
  Reader head(bytes.substr(k_magic.size()));
  if (head.text() != k_build || head.text() != key) {
    return false;
  }
  const bool has_details = head.pod<std::uint8_t>() != 0;
  const auto documents = head.pod<std::uint64_t>();
  const auto payments = head.pod<std::uint64_t>();
  std::uint64_t sizes[2] = {head.pod<std::uint64_t>(), head.pod<std::uint64_t>()};
  const std::size_t head_size = k_magic.size() + head.offset();
  std::size_t left = bytes.size() - std::min(bytes.size(), head_size);
  if (!head.ok() || left < k_check
      || hash_hex(bytes.substr(0, head_size)) != bytes.substr(head_size, k_check)) {
    return false;
  }
  left -= k_check;
  std::string_view parts[2];
  std::string_view checks[2];
  std::size_t at = head_size + k_check;
  for (std::size_t i = 0; i < 2; ++i) {
    if (sizes[i] > left || left - sizes[i] < k_check) {
      return false;
    }
    parts[i] = bytes.substr(at, sizes[i]);
    checks[i] = bytes.substr(at + sizes[i], k_check);
    at += sizes[i] + k_check;
    left -= sizes[i] + k_check;
  }
  if (left != 0 || documents > parts[0].size() || payments > parts[1].size()) {
    return false;
  }
  ledger.has_details = has_details;
  bool read[2] = {false, false};
  run_both(
      parallel,
      [&] { read[0] = read_documents_part(parts[0], checks[0], passed, documents, ledger); },
      [&] {
        read[1] = read_receipts_part(parts[1], checks[1], passed, documents, payments, ledger);
      });
  if (!read[0] || !read[1]) {
    forget_journal_part(ledger);
    return false;
  }
  return true;
}

} // namespace dues
