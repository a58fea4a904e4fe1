#pragma once

#include "base/error.hpp"
#include "model/document.hpp"
#include "model/id_index.hpp"
#include "syntax/settings.hpp"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dues {

using Customer = syntax::CustomerRecord;

// Money received from a customer. Allocations live in Ledger::allocations.
struct Payment {
  std::string id;
  std::uint32_t customer = 0;
  Date date;
  Money amount; // what arrived
  Money fee;    // bank charges the customer did not pay; settles invoices like money
  std::string method;
  std::string reference;
  std::string bank; // identity of the bank line it came from (reconcile)
  std::string note;
  syntax::Pos pos;
};

// Where allocated or refunded money comes from.
enum class SourceKind { payment, credit_note };

// Money paid back to a customer out of their unapplied credit.
struct Refund {
  std::string id;
  std::uint32_t customer = 0;
  Date date;
  Money amount;
  std::string method;
  std::string reference;
  std::string bank;
  std::string note;
  syntax::Pos pos;
  // `from`: the payment or credit note it pays back. Without it (journals written before
  // `from` existed, or a refund larger than any one source) it draws on the customer's
  // oldest unapplied credit first (balances_as_of).
  bool has_source = false;
  SourceKind source_kind = SourceKind::payment;
  std::uint32_t source = 0; // index into payments or documents
};

// Part of a payment or credit note applied to an invoice on a day.
struct Allocation {
  SourceKind source_kind = SourceKind::payment;
  std::uint32_t source = 0;   // index into payments or documents
  std::uint32_t document = 0; // the invoice (index into documents)
  Money amount;
  Date date;
  syntax::Pos pos;
};

struct WriteOff {
  std::uint32_t document = 0;
  Date date;
  Money amount;
  std::string reason;
  syntax::Pos pos;
};

enum class StatusKind { voided, disputed, resolved, reminded };

// A dated change of a document's status: void, dispute, resolve, remind.
struct StatusEvent {
  StatusKind kind = StatusKind::disputed;
  std::uint32_t document = 0;
  Date date;
  std::string reason;
  int level = 0; // reminders
  syntax::Pos pos;
};

// collections: a note about a customer or an invoice, or a promise to pay an invoice.
enum class ContactKind : std::uint8_t { note, promise };
constexpr std::uint32_t k_no_document = 0xffffffffU;
struct Contact {
  ContactKind kind = ContactKind::note;
  std::uint32_t customer = 0;
  std::uint32_t document = k_no_document; // the invoice, or k_no_document
  Date date;
  std::string text;
  Date promised;                 // a promise: paid by the end of this day
  std::optional<Money> amount;   // a promise: how much; unset: everything open
  syntax::Pos pos;
};

// sending: a document was handed to a transport that accepted it (a `sent` entry).
struct Sending {
  std::uint32_t document = 0;
  Date date;
  std::string to; // the recipients, comma-separated, as the entry wrote them
  std::string cc;
  std::string via; // smtp | sendmail | outbox | command
  std::string message_id;
  syntax::Pos pos;
};

// sepa: a SEPA direct debit collection of an invoice (a `collection` entry): written to a
// pain.008 file by `dues collect`, pending until a payment or a return settles it.
struct DirectDebit {
  std::uint32_t document = 0; // the invoice
  Date date;                  // the day the collection file was written
  Date debit_date;            // the requested collection date (ReqdColltnDt)
  Money amount;
  std::string mandate;   // the mandate id
  std::string sequence;  // FRST | RCUR | FNAL | OOFF
  std::string reference; // the EndToEndId
  std::string message;   // the pain.008 MsgId
  syntax::Pos pos;
};

// sepa: a payment the bank took back (a `return` entry: an R-transaction). From its date
// on, the payment holds nothing and what it paid is open again.
struct PaymentReturn {
  std::uint32_t payment = 0;
  Date date;
  std::string reason; // the ISO return reason code: AM04, MD01, ...
  std::string bank;   // the statement line it was read from
  syntax::Pos pos;
};

// The validated in-memory ledger: settings, customers and every journal event.
// Vectors keep file order; indices are stable.
struct Ledger {
  syntax::Settings settings;
  std::vector<Customer> customers;
  FlatIndex<std::uint32_t> customer_index; // customer id -> index into customers
  std::vector<std::string> customer_keys;   // customers' ids, compact, for the index
  std::vector<Document> documents;
  std::vector<Payment> payments;
  std::vector<Refund> refunds;
  std::vector<Allocation> allocations;
  std::vector<WriteOff> writeoffs;
  std::vector<StatusEvent> status_events;
  std::vector<Contact> contacts; // collections: notes and promises, file order
  std::vector<Sending> sendings; // sending: in journal order
  std::vector<DirectDebit> direct_debits;     // sepa: collections, journal order
  std::vector<PaymentReturn> payment_returns; // sepa: returned payments, journal order
  IdIndex ids;                    // every own id of documents, payments and refunds
  std::vector<std::string> files; // journal paths, indexed by syntax::Pos::file
  bool has_details = true;        // false when item details were checked, then dropped
  // Ids named by entries that are written but did not parse or build (their error is
  // reported): checks treat them as present, so one broken line gives one error and no
  // "numbering gap" or "unknown invoice" after it. Empty in a ledger that validates.
  std::set<std::string, std::less<>> unparsed_ids;

  // The place of a journal position, for messages.
  SourceLoc where(const syntax::Pos& pos) const;
  // The customer with this id, or nullptr.
  const Customer* find_customer(std::string_view id) const;
  // The index of the customer with this id, or nullptr.
  const std::uint32_t* find_customer_index(std::string_view id) const;
  // Registers customers[index] under its id; false when the id is taken.
  bool add_customer_index(std::uint32_t index);
  // What an id names, or nullptr.
  const IdRef* find_id(std::string_view id) const;
  // Registers an id; returns what already has it (and changes nothing), or nullptr.
  const IdRef* add_id(std::string_view id, IdRef ref);
  // The id text of what an IdRef names.
  std::string_view id_of(const IdRef& ref) const;
  // True when an entry naming this id was written but did not parse (see unparsed_ids).
  bool is_unparsed(std::string_view id) const { return unparsed_ids.contains(id); }
  // The document with this id (invoice or credit note), or nullptr.
  const Document* find_document(std::string_view id) const;
};

} // namespace dues
