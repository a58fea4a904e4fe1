#pragma once

#include "model/balance.hpp"
#include "model/ledger.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dues {

// How money is applied when nobody names the invoices.
enum class AllocationPolicy {
  oldest_due, // open items oldest due date first
  manual,     // nothing: the money stays unapplied until someone applies it
};

// The customer's policy: `allocation` in customers.toml, else [defaults] allocation.
AllocationPolicy allocation_policy(const Ledger& ledger, std::uint32_t customer);

// One `--apply ID[=AMOUNT]`: an invoice and, optionally, exactly how much to apply.
struct ApplyRequest {
  std::string invoice;
  std::optional<Money> amount; // nullopt: what is open, or what is left of the money
};

// Money applied to one invoice.
struct AllocationLine {
  std::uint32_t document = 0; // index into Ledger::documents
  Money amount;
};

// Where an amount of money goes.
struct AllocationPlan {
  std::vector<AllocationLine> lines; // one per invoice, in the order they were paid
  Money unapplied;                   // what is left over: it stays customer credit
};

// Plans allocations of one customer's money in one currency on a day. It sees the
// invoices issued on or before that day, with what is still open after every event in
// the ledger (an allocation dated earlier than later events must leave them valid),
// and pays them down as plans are made, so several plans never apply the same money
// twice. Requests that cannot be met throw Error(usage): the user asked for them.
class AllocationPlanner {
public:
  AllocationPlanner(const Ledger& ledger, std::uint32_t customer, const Currency& currency,
                    const Date& day);

  // Applies up to `available` to the open items, oldest due date first (then invoice
  // date, then id; instalments separately). Disputed invoices are skipped.
  AllocationPlan oldest_due(const Money& available);

  // Applies `available` to the requested invoices, in order: a request with an amount
  // applies exactly that; one without applies what is open or what is left, whichever
  // is less. Disputed invoices may be named. Throws Error(usage) for an unknown
  // invoice, one of another customer or currency, one issued after the day or void,
  // an invoice named twice, nothing open, more than is open, or more than available.
  AllocationPlan requested(const Money& available, const std::vector<ApplyRequest>& requests);

  // The open items not yet paid by a plan, oldest due date first.
  const std::vector<OpenItem>& open_items() const { return m_items; }

private:
  // Pays up to `amount` of the open items of one invoice (instalments oldest first).
  Money pay_document(std::uint32_t document, const Money& amount);
  Money open_of(std::uint32_t document) const;
  std::uint32_t resolve(const ApplyRequest& request) const;

  const Ledger& m_ledger;
  std::uint32_t m_customer;
  const Currency* m_currency;
  Date m_day;
  std::vector<OpenItem> m_items;
};

// A payment or credit note with money not yet applied.
struct CreditSource {
  SourceKind kind = SourceKind::payment;
  std::uint32_t index = 0; // into Ledger::payments or Ledger::documents
  std::string id;
  Date date;
  Money available;
};

// The lowest unapplied credit of a customer in a currency at the end of `day` or of any
// later day: what may be refunded or applied on `day` without making a later refund
// exceed the credit left. Never negative.
Money credit_available(const Ledger& ledger, std::uint32_t customer, const Currency& currency,
                       const Date& day);

// The payments and credit notes of a customer in a currency that still hold money on
// `day`: dated on or before it, not void, oldest first (date, then id). What each may
// give is what it holds after every later event, and their total never exceeds
// credit_available (the newest are cut first).
std::vector<CreditSource> credit_sources(const Ledger& ledger, std::uint32_t customer,
                                         const Currency& currency, const Date& day);

// The one payment or credit note named `id`, as a credit source on `day`. Throws
// Error(usage) when the id names neither, or it is dated after `day` or void.
CreditSource credit_source(const Ledger& ledger, std::string_view id, const Date& day);

// Splits planned lines over sources in order: the first source pays the first lines
// until it is used up, then the next. Returns one list of lines per source (empty for
// sources that give nothing). The sources must hold at least the lines' total.
std::vector<std::vector<AllocationLine>> split_over(const std::vector<AllocationLine>& lines,
                                                    const std::vector<CreditSource>& sources);

// What is still open on invoice `document` after every event in the ledger: the most a
// payment or write-off dated on or after its issue may settle. Zero when void.
Money open_after_all(const Ledger& ledger, std::uint32_t document);

} // namespace dues
