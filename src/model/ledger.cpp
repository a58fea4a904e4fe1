#include "model/ledger.hpp"

namespace dues {

SourceLoc Ledger::where(const syntax::Pos& pos) const {
  SourceLoc loc;
  if (pos.file < files.size()) {
    loc.path = files[pos.file];
  }
  loc.line = static_cast<int>(pos.line);
  loc.column = static_cast<int>(pos.column);
  return loc;
}

const std::uint32_t* Ledger::find_customer_index(std::string_view id) const {
  return customer_index.find(
      id, [this](std::uint32_t index) -> std::string_view { return customer_keys[index]; });
}

const Customer* Ledger::find_customer(std::string_view id) const {
  const std::uint32_t* index = find_customer_index(id);
  return index == nullptr ? nullptr : &customers[*index];
}

bool Ledger::add_customer_index(std::uint32_t index) {
  // The index compares against a compact copy of the ids: a lookup per journal entry
  // then stays in cache instead of touching the big customer records.
  if (customer_keys.size() <= index) {
    customer_keys.resize(customers.size());
  }
  customer_keys[index] = customers[index].id;
  return customer_index.insert(
             customers[index].id, index,
             [this](std::uint32_t existing) -> std::string_view { return customer_keys[existing]; })
         == nullptr;
}

std::string_view Ledger::id_of(const IdRef& ref) const {
  switch (ref.kind) {
  case IdKind::document:
    return documents[ref.index].id;
  case IdKind::payment:
    return payments[ref.index].id;
  case IdKind::refund:
    return refunds[ref.index].id;
  }
  return {};
}

const IdRef* Ledger::find_id(std::string_view id) const {
  return ids.find(id, [this](const IdRef& ref) { return id_of(ref); });
}

const IdRef* Ledger::add_id(std::string_view id, IdRef ref) {
  return ids.insert(id, ref, [this](const IdRef& existing) { return id_of(existing); });
}

const Document* Ledger::find_document(std::string_view id) const {
  const IdRef* ref = find_id(id);
  if (ref == nullptr || ref->kind != IdKind::document) {
    return nullptr;
  }
  return &documents[ref->index];
}

} // namespace dues
