#include "query/collect.hpp"

#include "model/direct_debit.hpp"
#include "query/aging.hpp"

#include <algorithm>
#include <tuple>

namespace dues::query {

CollectionPlan plan_collection(const Ledger& ledger, const Date& as_of, const Date& due_by,
                               const Date& earliest) {
  AgingRequest request;
  request.as_of = as_of;
  request.detail = true;
  const AgingReport report = aging(ledger, request);
  const PendingCollections pending(ledger, balances_as_of(ledger, as_of));
  CollectionPlan plan;
  for (const AgingBlock& block : report.blocks) {
    for (const AgingRow& row : block.rows) {
      const std::uint32_t* customer = ledger.find_customer_index(row.customer_id);
      if (customer == nullptr || !ledger.customers[*customer].mandate) {
        continue;
      }
      for (const AgingLine& line : row.lines) {
        if (day_number(line.due) > day_number(due_by) || !line.open.is_positive()) {
          continue;
        }
        const IdRef* id = ledger.find_id(line.document_id);
        const DirectDebit* debit =
            id != nullptr ? pending.holding(id->index, line.instalment) : nullptr;
        if (debit != nullptr) {
          plan.skipped.push_back({row.customer_id, line.document_id,
                                  "collection pending since " + format_date(debit->date)});
        } else if (line.disputed) {
          plan.skipped.push_back({row.customer_id, line.document_id, "disputed"});
        } else if (block.currency == nullptr || block.currency->code != "EUR") {
          plan.skipped.push_back({row.customer_id, line.document_id, "not in EUR"});
        } else {
          const Date on = day_number(line.due) < day_number(earliest) ? earliest : line.due;
          plan.items.push_back({*customer, line.document_id, line.instalment, line.due, on,
                                line.open, {}});
        }
      }
    }
  }
  std::sort(plan.items.begin(), plan.items.end(), [&](const auto& a, const auto& b) {
    return std::tuple(day_number(a.collection_date), ledger.customers[a.customer].id, a.invoice,
                      a.instalment)
           < std::tuple(day_number(b.collection_date), ledger.customers[b.customer].id,
                        b.invoice, b.instalment);
  });
  // The sequence type: per mandate, what its history says for the first item of the
  // file, RCUR for the others when that was FRST.
  std::vector<std::uint8_t> seen(ledger.customers.size(), 0);
  for (CollectionItem& item : plan.items) {
    const syntax::MandateRecord& mandate = *ledger.customers[item.customer].mandate;
    item.sequence = next_sequence(ledger, mandate, as_of);
    if (seen[item.customer] != 0 && item.sequence == "FRST") {
      item.sequence = "RCUR";
    }
    seen[item.customer] = 1;
  }
  return plan;
}

} // namespace dues::query
