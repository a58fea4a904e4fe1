#include "cli/reconcile_returns.hpp"

#include "bank/line_key.hpp"
#include "cli/receipts.hpp" // field

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <sstream>

namespace dues::cli {
namespace {

std::set<std::string> tokens_of(const std::string& text) {
  std::set<std::string> tokens;
  std::istringstream in(text);
  std::string token;
  while (in >> token) {
    tokens.insert(token);
  }
  return tokens;
}

bool on_or_before(const Date& a, const Date& b) {
  return day_number(a) <= day_number(b);
}

// The latest collection, written on or before the line, whose EndToEndId (else pain.008
// message id, else mandate id) is a word of the line's text.
const DirectDebit* collection_of(const Ledger& ledger, const bank::BankLine& line) {
  const std::set<std::string> tokens = tokens_of(line.reference);
  const DirectDebit* found = nullptr;
  for (const auto& key : {&DirectDebit::reference, &DirectDebit::message, &DirectDebit::mandate}) {
    for (const DirectDebit& debit : ledger.direct_debits) {
      if (!(debit.*key).empty() && tokens.contains(debit.*key)
          && on_or_before(debit.date, line.date)
          && (found == nullptr || on_or_before(found->date, debit.date))) {
        found = &debit;
      }
    }
    if (found != nullptr) {
      return found;
    }
  }
  return nullptr;
}

} // namespace

std::vector<FoundReturn> find_returns(const Ledger& ledger, const bank::Statement& statement,
                                      const std::vector<NewPayment>& recorded) {
  std::vector<FoundReturn> found;
  std::set<std::string> keys;
  std::vector<bool> returned(ledger.payments.size(), false);
  for (const PaymentReturn& ret : ledger.payment_returns) {
    keys.insert(ret.bank);
    returned[ret.payment] = true;
  }
  // The returned lines with their keys, as receipts get theirs ("camt:ACCTSVCRREF").
  std::vector<bank::BankLine> lines;
  std::vector<const bank::SkippedRow*> rows;
  for (const bank::SkippedRow& row : statement.skipped) {
    if (row.reason == bank::SkipReason::returned && row.parsed) {
      lines.push_back(*row.parsed);
      rows.push_back(&row);
    }
  }
  bank::assign_keys(statement.profile, lines);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const bank::SkippedRow& row = *rows[i];
    const bank::BankLine& line = lines[i];
    FoundReturn result;
    result.line = row.line_number;
    result.reason = row.return_code.empty() ? "return" : row.return_code;
    result.bank = line.key;
    result.date = line.date;
    const DirectDebit* debit = collection_of(ledger, line);
    if (debit != nullptr) {
      const Document& invoice = ledger.documents[debit->document];
      // The latest payment applied to the invoice since the collection, of the amount
      // taken back.
      for (const Allocation& allocation : ledger.allocations) {
        const Payment* payment = allocation.source_kind == SourceKind::payment
                                     ? &ledger.payments[allocation.source]
                                     : nullptr;
        if (payment == nullptr || allocation.document != debit->document
            || !on_or_before(debit->date, allocation.date)
            || !on_or_before(payment->date, line.date)
            || std::llabs(payment->amount.minor_units()) != std::llabs(line.amount.minor_units())
            || !(payment->amount.currency() == line.amount.currency())) {
          continue;
        }
        result.payment = payment->id;
        result.already = returned[allocation.source] || keys.contains(line.key);
      }
      result.invoices = invoice.id;
      for (const NewPayment& payment : recorded) { // recorded by this run
        if (result.payment.empty() && on_or_before(debit->date, payment.date)
            && on_or_before(payment.date, line.date)
            && std::llabs(payment.amount.minor_units()) == std::llabs(line.amount.minor_units())
            && std::find(payment.invoices.begin(), payment.invoices.end(), debit->document)
                   != payment.invoices.end()) {
          result.payment = payment.id;
          result.already = keys.contains(line.key);
        }
      }
    }
    if (!result.payment.empty() && !result.already) {
      // One line takes back one payment, even if two rows name the same collection.
      if (const IdRef* ref = ledger.find_id(result.payment)) {
        returned[ref->index] = true;
      }
      keys.insert(line.key);
    }
    found.push_back(std::move(result));
  }
  return found;
}

std::vector<syntax::Entry> return_entries(const std::vector<FoundReturn>& found) {
  std::vector<syntax::Entry> entries;
  for (const FoundReturn& ret : found) {
    if (ret.payment.empty() || ret.already) {
      continue;
    }
    syntax::Entry entry;
    entry.kind = syntax::EntryKind::debit_return;
    entry.date = ret.date;
    entry.id = field(ret.payment);
    entry.reason = field(ret.reason);
    if (!ret.bank.empty()) {
      entry.bank = field(ret.bank);
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

std::string return_words(const FoundReturn& found, bool applied) {
  if (found.payment.empty()) {
    return found.invoices.empty()
               ? std::string() // not a collection of dues: shown as before, for a person
               : fmt::format("; no payment of {} since its collection to take back",
                             found.invoices);
  }
  if (found.already) {
    return fmt::format("; already recorded: {} returned", found.payment);
  }
  return fmt::format("; {}: {} returned, {} open again",
                     applied ? "recorded" : "would record", found.payment, found.invoices);
}

} // namespace dues::cli
