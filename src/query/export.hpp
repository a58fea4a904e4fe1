#pragma once

#include "model/ledger.hpp"
#include "query/export_accounts.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace dues::query {

// The days an export covers, both ends included; unset ends are open.
struct ExportPeriod {
  std::optional<Date> from;
  std::optional<Date> to;
  Date as_of; // import: the day of the open_items table (the --to date, else today)
  bool contains(const Date& day) const { return (!from || *from <= day) && (!to || day <= *to); }
};

// Gives documents (indexes into documents) their details before a query reads them, and
// may let go of those it gave before: how a ledger loaded without item details is given
// them a chunk at a time (cli::StreamedLedger), so memory holds one chunk. Empty for a
// ledger that has every document's details.
using DetailsFeed = std::function<void(const std::vector<std::uint32_t>& documents)>;

// How many documents a feed is handed at a time.
constexpr std::size_t k_details_chunk = 20000;

// Hands `feed` the documents in `documents` k_details_chunk at a time, calling `use`
// with each after its chunk was fed, then feeds nothing so the last chunk may go.
// Without a feed, only calls `use`.
void in_chunks(const std::vector<std::uint32_t>& documents, const DetailsFeed& feed,
               const std::function<void(std::uint32_t)>& use);

// What happened, in the order of the chronological walk on one day.
enum class ExportEventKind : std::uint8_t {
  issue,      // an invoice or credit note (index into documents)
  payment,    // index into payments
  allocation, // money applied after the day it arrived (index into allocations)
  writeoff,   // index into writeoffs
  refund,     // index into refunds
  returned,   // sepa: a payment the bank took back (index into payment_returns)
  status,     // void, dispute, resolve, remind (index into status_events)
};

struct ExportEvent {
  Date date;
  ExportEventKind kind = ExportEventKind::issue;
  std::uint32_t index = 0;
};

// Every movement of the period, by date, then kind, then file order: the same ledger
// and period give the same list. An allocation made on the day its payment or credit
// note was recorded is part of that movement and not listed on its own.
std::vector<ExportEvent> export_events(const Ledger& ledger, const ExportPeriod& period);

struct Posting {
  std::string_view account; // an AccountMap name: lives as long as the map
  Money amount;             // positive: debit; negative: credit
};

// One balanced double-entry transaction, or a note (no postings) on `note_account`.
struct Transaction {
  Date date;
  std::string code;      // the document, payment or refund id
  std::string payee;     // the customer's name
  std::string narration; // "Invoice INV-2026-0001", ...
  std::vector<Posting> postings;
  std::vector<std::pair<std::string, std::string>> meta; // document, customer, due, ref
  std::vector<std::string> links;                        // ids of related documents
  std::string_view note_account;                         // for a note: where it is noted
};

// Turns movements into transactions with the accounts of one target.
class TransactionBuilder {
public:
  // With a feed, the tax lines of the documents `movements` issue or void are read
  // first, a chunk at a time, and kept compact: the details need not stay.
  TransactionBuilder(const Ledger& ledger, const AccountMap& accounts,
                     const std::vector<ExportEvent>& movements = {},
                     const DetailsFeed& feed = nullptr);
  // The transaction of `movement` (reuses `into`'s storage).
  void build(const ExportEvent& movement, Transaction& into) const;

private:
  void issue(const Document& document, bool reverse, Transaction& into) const;
  void keep_taxes(const std::vector<ExportEvent>& movements, const DetailsFeed& feed);
  void payment(const Payment& payment, std::uint32_t index, Transaction& into) const;
  void allocation(const Allocation& allocation, Transaction& into) const;
  void status(const StatusEvent& event, Transaction& into) const;
  void payment_return(const PaymentReturn& ret, Transaction& into) const; // sepa
  void head(Transaction& into, const Date& date, std::string_view code, std::uint32_t customer,
            std::string narration) const;
  void post(Transaction& into, std::string_view account, const Money& amount) const;
  const Ledger& m_ledger;
  const AccountMap& m_accounts;
  std::vector<Money> m_payment_applied;  // per payment: applied on its own day
  std::vector<Money> m_document_applied; // per credit note: applied on its own day
  // The invoices each payment paid on its own day: m_paid[m_paid_start[p] ..
  // m_paid_start[p + 1]) are indices into documents.
  std::vector<std::uint32_t> m_paid_start;
  std::vector<std::uint32_t> m_paid;
  // sepa: per returned payment (index), all it applied and the invoices it paid.
  struct Returned {
    Money applied;
    std::vector<std::uint32_t> invoices;
  };
  std::unordered_map<std::uint32_t, Returned> m_returned;
  // With a feed: the tax lines of document d are m_taxes[m_tax_start[d] ..
  // m_tax_start[d + 1]), in the document's currency, their codes in m_tax_codes.
  struct TaxLine {
    std::uint32_t code;
    std::int64_t base;
    std::int64_t amount;
  };
  std::vector<std::uint32_t> m_tax_start;
  std::vector<TaxLine> m_taxes;
  std::vector<std::string> m_tax_codes;
};

} // namespace dues::query
