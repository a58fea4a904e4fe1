#pragma once

// sepa: `dues reconcile` and returned direct debits. A return (camt RtrInf or RvslInd,
// MT940 RC/RD) names the collection's EndToEndId; the payment that collection brought in
// is taken back with a `return` entry, so the invoice is open again (docs/direct-debit.md).
#include "bank/statement.hpp"
#include "model/ledger.hpp"
#include "syntax/journal.hpp"

#include <string>
#include <vector>

namespace dues::cli {

struct FoundReturn {
  int line = 0;            // the statement line
  std::string payment;     // the payment taken back; "" when none was found
  std::string invoices;    // the invoices open again, comma-separated
  std::string reason;      // the reason code, or "return"
  std::string bank;        // the line's key
  Date date;
  bool already = false;    // a return of this payment or from this line is recorded
};

// A payment the same reconcile run records (a collection and its return can come in
// one statement).
struct NewPayment {
  std::string id;
  Date date;
  Money amount;
  std::vector<std::uint32_t> invoices; // what it is applied to
};

// What each returned row of the statement takes back: a payment of the ledger, else one
// of `recorded`.
std::vector<FoundReturn> find_returns(const Ledger& ledger, const bank::Statement& statement,
                                      const std::vector<NewPayment>& recorded = {});

// The `return` entries of the returns found and not yet recorded.
std::vector<syntax::Entry> return_entries(const std::vector<FoundReturn>& found);

// The words added to a returned row's detail: "; PAY-2024-0003 returned, INV-2024-0044
// open again" ("would record" without --apply, or why nothing is recorded; nothing when
// the line names no collection of dues).
std::string return_words(const FoundReturn& found, bool applied);

} // namespace dues::cli
