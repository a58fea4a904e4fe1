#pragma once

#include "model/ledger.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dues::query {

// One invoice (or instalment) to collect by SEPA direct debit.
struct CollectionItem {
  std::uint32_t customer = 0; // index into Ledger::customers; it has a mandate
  std::string invoice;        // the invoice id: the EndToEndId and the remittance text
  int instalment = 0;         // 0, or the instalment's number
  Date due;
  Date collection_date; // the due date, or the earliest possible date when that is sooner
  Money amount;         // the open amount, EUR
  std::string sequence; // sepa: FRST | RCUR | FNAL | OOFF for this collection
};

// An open item of a customer with a mandate that is not collected, and why.
struct CollectionSkip {
  std::string customer;
  std::string invoice;
  std::string reason; // "disputed", "not in EUR", "collection pending since D"
};

struct CollectionPlan {
  std::vector<CollectionItem> items; // by collection date, customer, invoice
  std::vector<CollectionSkip> skipped;
};

// The invoices to collect as of `as_of`: every open item due on or before `due_by` of a
// customer whose mandate is in customers.toml, in EUR, not disputed. Each is collected
// on its due date, but not before `earliest` (a bank needs the file ahead of the
// collection date). An invoice (or instalment) with a pending collection (a `collection`
// entry neither paid nor returned) is listed as skipped, so a second run collects
// nothing twice; the other instalments of an instalment invoice are collected as usual. The
// sequence type follows next_sequence (model/direct_debit.hpp): the first item of a
// mandate with FRST, later ones in the same file RCUR.
CollectionPlan plan_collection(const Ledger& ledger, const Date& as_of, const Date& due_by,
                               const Date& earliest);

} // namespace dues::query
