#include "model/direct_debit.hpp"

#include "base/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

namespace dues {
namespace {

bool on_or_before(const Date& a, const Date& b) {
  return day_number(a) <= day_number(b);
}

// The returns that undid money applied to `document` on or after `since`.
template <typename Visit>
void each_return_of(const Ledger& ledger, std::uint32_t document, const Date& since,
                    const Date& as_of, Visit visit) {
  for (const PaymentReturn& ret : ledger.payment_returns) {
    if (!on_or_before(ret.date, as_of) || !on_or_before(since, ret.date)) {
      continue;
    }
    for (const Allocation& allocation : ledger.allocations) {
      if (allocation.source_kind == SourceKind::payment && allocation.source == ret.payment
          && allocation.document == document && on_or_before(since, allocation.date)) {
        visit(ret);
        break;
      }
    }
  }
}

} // namespace

DirectDebit direct_debit_of(const syntax::Entry& entry) {
  DirectDebit debit;
  if (entry.kind != syntax::EntryKind::collection) {
    return debit;
  }
  debit.date = entry.date;
  debit.debit_date = entry.debit_date.value;
  debit.mandate = entry.mandate.value;
  debit.sequence = entry.sequence.value;
  debit.reference = entry.reference.value;
  debit.message = entry.message_id.value;
  debit.pos = entry.pos;
  return debit;
}

PaymentReturn payment_return_of(const syntax::Entry& entry) {
  PaymentReturn ret;
  if (entry.kind != syntax::EntryKind::debit_return) {
    return ret;
  }
  ret.date = entry.date;
  ret.reason = entry.reason.value;
  ret.bank = entry.bank.value;
  ret.pos = entry.pos;
  return ret;
}

void check_direct_debits(const Ledger& ledger, Diagnostics& diags) {
  for (const DirectDebit& debit : ledger.direct_debits) {
    const Document& invoice = ledger.documents[debit.document];
    const auto fail = [&](const std::string& message) {
      diags.add(Error(ErrorKind::invalid_input, ledger.where(debit.pos), message));
    };
    if (!on_or_before(invoice.date, debit.date)) {
      fail(fmt::format("{} is collected on {}, before it was issued on {}", invoice.id,
                       format_date(debit.date), format_date(invoice.date)));
    }
    if (invoice.total.currency().code != "EUR") {
      fail(fmt::format("{} is in {}; SEPA direct debits collect EUR", invoice.id,
                       invoice.total.currency().code));
    }
    if (!debit.amount.is_positive() || debit.amount > invoice.total) {
      fail(fmt::format("a collection of {} must be more than zero and at most its total {}",
                       invoice.id, invoice.total));
    }
    if (debit.sequence != "FRST" && debit.sequence != "RCUR" && debit.sequence != "FNAL"
        && debit.sequence != "OOFF") {
      fail(fmt::format("sequence must be FRST, RCUR, FNAL or OOFF, not '{}'", debit.sequence));
    }
    if (debit.mandate.empty()) {
      fail("a collection names its mandate");
    }
    if (!on_or_before(debit.date, debit.debit_date)) {
      fail(fmt::format("the collection date {} is before the entry's date",
                       format_date(debit.debit_date)));
    }
  }
  std::vector<const PaymentReturn*> seen(ledger.payments.size(), nullptr);
  for (const PaymentReturn& ret : ledger.payment_returns) {
    const Payment& payment = ledger.payments[ret.payment];
    const auto fail = [&](const std::string& message) {
      diags.add(Error(ErrorKind::invalid_input, ledger.where(ret.pos), message));
    };
    if (!on_or_before(payment.date, ret.date)) {
      fail(fmt::format("{} is returned on {}, before it arrived on {}", payment.id,
                       format_date(ret.date), format_date(payment.date)));
    }
    if (seen[ret.payment] != nullptr) {
      const SourceLoc first = ledger.where(seen[ret.payment]->pos);
      fail(fmt::format("{} is returned twice (first at {}:{})", payment.id, first.path,
                       first.line));
    }
    seen[ret.payment] = &ret;
  }
}

bool is_returned(const Ledger& ledger, const DirectDebit& debit, const Date& as_of) {
  bool returned = false;
  each_return_of(ledger, debit.document, debit.date, as_of,
                 [&](const PaymentReturn&) { returned = true; });
  return returned;
}

int collected_instalment(const Ledger& ledger, const DirectDebit& debit) {
  const Document& invoice = ledger.documents[debit.document];
  const std::size_t count = invoice.info().instalments.size();
  const std::string_view ref = debit.reference;
  if (count == 0 || ref.size() <= invoice.id.size() + 1 || !ref.starts_with(invoice.id)
      || ref[invoice.id.size()] != '-') {
    return 0;
  }
  std::size_t number = 0;
  for (const char c : ref.substr(invoice.id.size() + 1)) {
    if (!is_ascii_digit(c) || number > count) {
      return 0;
    }
    number = number * 10 + static_cast<std::size_t>(c - '0');
  }
  return number >= 1 && number <= count ? static_cast<int>(number) : 0;
}

namespace {

// Whether instalment `number` (1-based; 0: the whole invoice) of invoice `index` is still
// open on the balances' day: payments fill instalments oldest first (open_items).
bool still_open(const Ledger& ledger, const Balances& balances, std::uint32_t index,
                int number) {
  if (!balances.open[index].is_positive()) {
    return false;
  }
  if (number == 0) {
    return true;
  }
  const Document& invoice = ledger.documents[index];
  const Money paid = invoice.total - balances.open[index];
  Money through = Money::zero(paid.currency()); // instalments 1..number together
  for (int i = 0; i < number; ++i) {
    through += invoice.info().instalments[static_cast<std::size_t>(i)].amount;
  }
  return paid < through;
}

} // namespace

PendingCollections::PendingCollections(const Ledger& ledger, const Balances& balances) {
  std::map<std::pair<std::uint32_t, int>, std::size_t> slots; // into m_pending
  for (const DirectDebit& debit : ledger.direct_debits) {
    if (!on_or_before(debit.date, balances.as_of)) {
      continue;
    }
    const Pending candidate{debit.document, collected_instalment(ledger, debit), &debit};
    const auto [it, fresh] =
        slots.try_emplace({candidate.document, candidate.instalment}, m_pending.size());
    if (fresh) {
      m_pending.push_back(candidate);
    } else if (on_or_before(m_pending[it->second].debit->date, debit.date)) {
      m_pending[it->second] = candidate; // the latest collection of it counts
    }
  }
  std::erase_if(m_pending, [&](const Pending& p) {
    return balances.voided[p.document] != 0
           || !still_open(ledger, balances, p.document, p.instalment)
           || is_returned(ledger, *p.debit, balances.as_of);
  });
  std::sort(m_pending.begin(), m_pending.end(), [](const Pending& a, const Pending& b) {
    return std::tie(a.document, a.instalment) < std::tie(b.document, b.instalment);
  });
}

std::vector<PendingCollections::Pending>::const_iterator
PendingCollections::first_of(std::uint32_t document) const {
  return std::lower_bound(m_pending.begin(), m_pending.end(), document,
                          [](const Pending& p, std::uint32_t d) { return p.document < d; });
}

const DirectDebit* PendingCollections::holding(std::uint32_t document, int instalment) const {
  auto it = first_of(document);
  for (; it != m_pending.end() && it->document == document; ++it) {
    if (it->instalment == 0 || it->instalment == instalment) {
      return it->debit;
    }
  }
  return nullptr;
}

const DirectDebit* PendingCollections::latest(std::uint32_t document) const {
  const DirectDebit* found = nullptr;
  auto it = first_of(document);
  for (; it != m_pending.end() && it->document == document; ++it) {
    if (found == nullptr || on_or_before(found->date, it->debit->date)) {
      found = it->debit;
    }
  }
  return found;
}

std::vector<const DirectDebit*> pending_direct_debits(const Ledger& ledger,
                                                      const Balances& balances) {
  const PendingCollections pending(ledger, balances);
  std::vector<const DirectDebit*> latest(ledger.documents.size(), nullptr);
  for (std::uint32_t i = 0; i < latest.size() && !pending.empty(); ++i) {
    latest[i] = pending.latest(i);
  }
  return latest;
}

std::string next_sequence(const Ledger& ledger, const syntax::MandateRecord& mandate,
                          const Date& as_of) {
  if (mandate.sequence == "OOFF" || mandate.sequence == "FNAL") {
    return mandate.sequence;
  }
  for (const DirectDebit& debit : ledger.direct_debits) {
    if (debit.mandate == mandate.id && on_or_before(debit.date, as_of)
        && !is_returned(ledger, debit, as_of)) {
      return "RCUR";
    }
  }
  return mandate.sequence;
}

std::vector<const PaymentReturn*> returns_of(const Ledger& ledger, std::uint32_t document,
                                             const Date& as_of) {
  std::vector<const PaymentReturn*> found;
  const Date since = ledger.documents[document].date;
  each_return_of(ledger, document, since, as_of,
                 [&](const PaymentReturn& ret) { found.push_back(&ret); });
  return found;
}

} // namespace dues
