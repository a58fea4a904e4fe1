#include "model/direct_debit.hpp"

#include <fmt/format.h>

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

std::vector<const DirectDebit*> pending_direct_debits(const Ledger& ledger,
                                                      const Balances& balances) {
  std::vector<const DirectDebit*> latest(ledger.documents.size(), nullptr);
  for (const DirectDebit& debit : ledger.direct_debits) {
    const DirectDebit*& slot = latest[debit.document];
    if (on_or_before(debit.date, balances.as_of)
        && (slot == nullptr || on_or_before(slot->date, debit.date))) {
      slot = &debit;
    }
  }
  for (std::size_t i = 0; i < latest.size(); ++i) {
    if (latest[i] != nullptr
        && (balances.voided[i] != 0 || !balances.open[i].is_positive()
            || is_returned(ledger, *latest[i], balances.as_of))) {
      latest[i] = nullptr;
    }
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
