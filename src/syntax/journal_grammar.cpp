#include "syntax/journal_grammar.hpp"

#include <array>

namespace dues::syntax {
namespace {

constexpr unsigned k_invoice = bit(EntryKind::invoice);
constexpr unsigned k_credit = bit(EntryKind::credit);
constexpr unsigned k_payment = bit(EntryKind::payment);
constexpr unsigned k_refund = bit(EntryKind::refund);
constexpr unsigned k_void = bit(EntryKind::void_doc);
constexpr unsigned k_writeoff = bit(EntryKind::writeoff);
constexpr unsigned k_dispute = bit(EntryKind::dispute);
constexpr unsigned k_resolve = bit(EntryKind::resolve);
constexpr unsigned k_remind = bit(EntryKind::remind);
constexpr unsigned k_note = bit(EntryKind::note);       // collections
constexpr unsigned k_promise = bit(EntryKind::promise); // collections
constexpr unsigned k_sent = bit(EntryKind::sent); // sending
constexpr unsigned k_collection = bit(EntryKind::collection); // sepa
constexpr unsigned k_return = bit(EntryKind::debit_return);  // sepa
constexpr unsigned k_documents = k_invoice | k_credit;
constexpr unsigned k_receipts = k_payment | k_refund;

using E = Entry;

const std::array<AttributeSpec<Entry>, 33> k_header = {{
    {"customer", ValueType::word, &E::customer, k_documents | k_receipts, k_documents | k_receipts},
    {"invoice", ValueType::word, &E::invoice, k_credit, 0},
    {"series", ValueType::word, &E::series, k_documents, 0},
    {"due", ValueType::date, &E::due, k_invoice | k_promise, k_promise},
    {"terms", ValueType::word, &E::terms, k_invoice, 0},
    {"cash-discount", ValueType::percent, &E::cash_discount, k_invoice, 0},
    {"cash-discount-until", ValueType::date, &E::cash_discount_until, k_invoice, 0},
    {"prices", ValueType::word, &E::prices, k_documents, 0},
    {"tax-rounding", ValueType::word, &E::tax_rounding, k_documents, 0},
    {"rounding", ValueType::word, &E::rounding, k_documents, 0},
    {"discount", ValueType::discount, &E::discount, k_documents, 0},
    {"subtotal", ValueType::amount, &E::subtotal, k_documents, 0},
    {"total", ValueType::amount_currency, &E::total, k_documents, k_documents},
    {"amount", ValueType::amount_currency, &E::amount,
     k_receipts | k_writeoff | k_promise | k_collection, k_receipts | k_writeoff | k_collection},
    {"fee", ValueType::amount, &E::fee, k_payment, 0},
    {"method", ValueType::word, &E::method, k_receipts, 0},
    {"ref", ValueType::text, &E::reference, k_documents | k_receipts | k_collection, 0},
    {"po", ValueType::text, &E::purchase_order, k_invoice, 0},
    {"bank", ValueType::text, &E::bank, k_receipts | k_return, 0},
    {"level", ValueType::number, &E::level, k_remind, k_remind},
    {"reason", ValueType::text, &E::reason,
     k_credit | k_void | k_writeoff | k_dispute | k_resolve | k_return,
     k_void | k_dispute | k_return},
    {"note", ValueType::text, &E::note, ~0u, 0},
    {"origin", ValueType::word, &E::origin, k_invoice, 0}, // invoicing: draft or recurring
    {"text", ValueType::text, &E::text, k_note | k_promise, k_note}, // collections
    // sending: who a document was sent to, how, and the message's id
    {"to", ValueType::text, &E::sent_to, k_sent, k_sent},
    {"cc", ValueType::text, &E::sent_cc, k_sent, 0},
    {"via", ValueType::word, &E::via, k_sent, k_sent},
    {"message-id", ValueType::text, &E::message_id, k_sent | k_collection, 0},
    {"from", ValueType::word, &E::from, k_refund, 0},      // defects: what a refund pays back
    {"opening", ValueType::text, &E::opening, k_documents, 0}, // import: an opening item
    // sepa: a direct debit collection's mandate, sequence type and collection date
    {"mandate", ValueType::text, &E::mandate, k_collection, k_collection},
    {"sequence", ValueType::word, &E::sequence, k_collection, k_collection},
    {"debit", ValueType::date, &E::debit_date, k_collection, k_collection},
}};

const std::array<AttributeSpec<Item>, 6> k_item = {{
    {"qty", ValueType::amount, &Item::quantity},
    {"unit", ValueType::word, &Item::unit},
    {"price", ValueType::amount, &Item::price},
    {"tax", ValueType::word, &Item::tax},
    {"discount", ValueType::discount, &Item::discount},
    {"amount", ValueType::amount, &Item::amount},
}};

const std::array<AttributeSpec<TaxLine>, 3> k_tax = {{
    {"rate", ValueType::percent, &TaxLine::rate},
    {"base", ValueType::amount, &TaxLine::base},
    {"amount", ValueType::amount, &TaxLine::amount},
}};

struct KindName {
  std::string_view keyword;
  EntryKind kind;
  std::string_view phrase;
};

constexpr std::array<KindName, 16> k_kinds = {{
    {"invoice", EntryKind::invoice, "an invoice"},
    {"credit", EntryKind::credit, "a credit note"},
    {"payment", EntryKind::payment, "a payment"},
    {"refund", EntryKind::refund, "a refund"},
    {"void", EntryKind::void_doc, "a void"},
    {"writeoff", EntryKind::writeoff, "a write-off"},
    {"allocate", EntryKind::allocate, "an allocation"},
    {"dispute", EntryKind::dispute, "a dispute"},
    {"resolve", EntryKind::resolve, "a dispute resolution"},
    {"remind", EntryKind::remind, "a reminder"},
    {"note", EntryKind::note, "a note"},          // collections
    {"promise", EntryKind::promise, "a promise"}, // collections
    {"sent", EntryKind::sent, "a sent-log entry"}, // sending
    {"collection", EntryKind::collection, "a direct debit collection"}, // sepa
    {"return", EntryKind::debit_return, "a payment return"},           // sepa
    {"forgotten", EntryKind::forgotten, "a forgotten customer"},       // privacy
}};

} // namespace

std::span<const AttributeSpec<Entry>> header_attributes() {
  return k_header;
}

std::span<const AttributeSpec<Item>> item_attributes() {
  return k_item;
}
std::span<const AttributeSpec<TaxLine>> tax_attributes() {
  return k_tax;
}

std::optional<EntryKind> entry_kind_from_keyword(std::string_view keyword) {
  for (const KindName& name : k_kinds) {
    if (name.keyword.size() == keyword.size() && name.keyword[0] == keyword[0]
        && name.keyword == keyword) {
      return name.kind;
    }
  }
  return std::nullopt;
}

std::vector<std::string_view> entry_keywords() {
  std::vector<std::string_view> keywords;
  for (const KindName& name : k_kinds) {
    keywords.push_back(name.keyword);
  }
  return keywords;
}

std::string_view entry_keyword_list() {
  return "invoice, credit, payment, refund, void, writeoff, allocate, dispute, resolve, remind, note, "
         "promise, sent, collection, return, forgotten";
}

std::string_view keyword_of(EntryKind kind) {
  return k_kinds.at(static_cast<std::size_t>(kind)).keyword;
}

std::string_view kind_phrase(EntryKind kind) {
  return k_kinds.at(static_cast<std::size_t>(kind)).phrase;
}

bool allows_items(EntryKind kind) {
  return kind == EntryKind::invoice || kind == EntryKind::credit;
}
bool allows_instalments(EntryKind kind) {
  return kind == EntryKind::invoice;
}
bool allows_applies(EntryKind kind) {
  return kind == EntryKind::payment || kind == EntryKind::credit || kind == EntryKind::allocate;
}

void Entry::clear() {
  // Strings keep their capacity, so reading a big journal does not allocate per entry.
  const auto reset = [](auto& field) {
    using FieldType = std::remove_reference_t<decltype(field)>;
    if constexpr (std::is_same_v<FieldType, Field<std::string>>) {
      field.value.clear();
      field.pos = {};
      field.set = false;
    } else {
      field = {};
    }
  };
  for (const auto& spec : header_attributes()) {
    std::visit([&](auto member) { reset(this->*member); }, spec.member);
  }
  reset(id);
  reset(currency);
  items.clear();
  taxes.clear();
  instalments.clear();
  applies.clear();
  comments.above.clear();
  comments.trailing.clear();
  end_comments.clear();
}

} // namespace dues::syntax
