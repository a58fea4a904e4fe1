#pragma once

#include "base/date.hpp"
#include "base/decimal.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dues::syntax {

// A place in a journal file: which file (an index into the caller's file list), the
// 1-based line and the 1-based column in code points. Compact, because a big ledger
// has millions of them.
struct Pos {
  std::uint32_t file = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

// A value as written in a file, with where it was written. `set` is false when the
// attribute was absent.
template <typename T>
struct Field {
  T value{};
  Pos pos{};
  bool set = false;
};

// The entry keywords of journal format v1 (docs/journal-format.md).
enum class EntryKind {
  invoice,  // DATE invoice ID customer C due D total X CCY ...
  credit,   // DATE credit ID customer C total X CCY [invoice ID] ...   (a credit note)
  payment,  // DATE payment ID customer C amount X CCY ...
  refund,   // DATE refund ID customer C amount X CCY ...
  void_doc, // DATE void ID reason "..."
  writeoff, // DATE writeoff ID amount X reason "..."
  allocate, // DATE allocate SOURCE-ID   + apply lines
  dispute,  // DATE dispute ID reason "..."
  resolve,  // DATE resolve ID [reason "..."]
  remind,   // DATE remind ID level N
  note,     // DATE note CUSTOMER|INVOICE text "..."                (collections)
  promise,  // DATE promise INVOICE due D [amount X] [text "..."]  (collections)
  sent,     // DATE sent ID to "a@x, b@y" via smtp message-id "<...>"   (sending)
  collection,    // DATE collection INVOICE amount X EUR mandate "M" sequence S debit D (sepa)
  debit_return,  // DATE return PAYMENT reason "AM04" [bank "..."]                    (sepa)
  forgotten,     // DATE forgotten CUSTOMER: personal data replaced by a pseudonym (privacy)
};

// The keyword of an entry kind as written in the journal ("void" for void_doc).
std::string_view keyword_of(EntryKind kind);

// A discount written as "10%" or as an amount "25.00".
struct Discount {
  Decimal value;
  bool is_percent = false;
};

// Comment lines (without the leading "; ") that stood above a line inside an entry,
// and the comment at the end of the line itself. Kept so `dues fmt` never loses one.
struct Comments {
  std::vector<std::string> above;
  std::string trailing;
};

// `  item "Consulting" qty 10 unit h price 120.00 tax vat20 discount 5% amount 1140.00`
struct Item {
  Pos pos;
  Field<std::string> description;
  Field<Decimal> quantity;
  Field<std::string> unit;
  Field<Decimal> price;
  Field<std::string> tax;
  Field<Discount> discount;
  Field<Decimal> amount; // the stored line amount (after the line discount)
  Comments comments;
};

// `  tax vat20 rate 20% base 1250.00 amount 250.00`
struct TaxLine {
  Pos pos;
  Field<std::string> code;
  Field<Decimal> rate; // percent
  Field<Decimal> base;
  Field<Decimal> amount;
  Comments comments;
};

// `  instalment 2026-03-01 500.00`
struct Instalment {
  Pos pos;
  Field<Date> due;
  Field<Decimal> amount;
  Comments comments;
};

// `  apply INV-2026-0001 500.00`
struct Apply {
  Pos pos;
  Field<std::string> document_id;
  Field<Decimal> amount;
  Comments comments;
};

// One journal entry: the header line and its indented detail lines. Which attributes
// are allowed depends on the kind (journal_grammar.cpp); unused ones stay unset.
struct Entry {
  Pos pos;
  Date date;
  EntryKind kind = EntryKind::invoice;
  Field<std::string> id; // own id, or the document the event is about

  Field<std::string> customer;
  Field<std::string> currency;
  Field<Decimal> total;  // invoice and credit note total
  Field<Decimal> amount; // payment, refund and write-off amount
  Field<Decimal> subtotal;
  Field<Decimal> fee;
  Field<Date> due;
  Field<std::string> terms;
  Field<std::string> invoice; // the invoice a credit note corrects
  Field<std::string> reference;
  Field<std::string> purchase_order;
  Field<std::string> method;
  Field<std::string> bank;         // the bank line this receipt came from
  Field<std::string> prices;       // exclusive | inclusive
  Field<std::string> tax_rounding; // line | invoice
  Field<std::string> rounding;     // half-up | half-even | down | up
  Field<Discount> discount;        // invoice-level discount
  Field<Decimal> cash_discount;    // early-payment discount, percent
  Field<Date> cash_discount_until;
  Field<std::string> reason;
  Field<std::string> note;
  Field<Decimal> level;
  Field<std::string> series; // numbering series name (invoices of an external series)
  Field<std::string> origin; // invoicing: "draft:NAME" or "recurring:NAME/PERIOD"
  Field<std::string> text;   // collections: what a note or promise says
  // sending: a `sent` entry's recipients (comma-separated), transport and Message-ID
  Field<std::string> sent_to;
  Field<std::string> sent_cc;
  Field<std::string> via;
  Field<std::string> message_id;
  Field<std::string> from;   // refund: the payment or credit note it pays back
  Field<std::string> opening; // import: an opening item taken over from another system
  // sepa: a `collection` entry's mandate, sequence type and requested collection date
  Field<std::string> mandate;
  Field<std::string> sequence;
  Field<Date> debit_date;

  std::vector<Item> items;
  std::vector<TaxLine> taxes;
  std::vector<Instalment> instalments;
  std::vector<Apply> applies;

  Comments comments;                     // above the header, and at its end
  std::vector<std::string> end_comments; // indented comment lines after the last detail

  // Resets to an empty entry, keeping allocated capacity.
  void clear();
};

} // namespace dues::syntax
