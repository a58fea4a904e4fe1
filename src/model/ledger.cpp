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

const Customer* Ledger::find_customer(std::string_view id) const {
  const auto it = customer_index.find(std::string(id));
  return it == customer_index.end() ? nullptr : &customers[it->second];
}

const IdRef* Ledger::find_id(std::string_view id) const {
  const auto it = ids.find(std::string(id));
  return it == ids.end() ? nullptr : &it->second;
}

const Document* Ledger::find_document(std::string_view id) const {
  const IdRef* ref = find_id(id);
  if (ref == nullptr || ref->kind != IdKind::document) {
    return nullptr;
  }
  return &documents[ref->index];
}

} // namespace dues
