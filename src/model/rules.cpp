#include "model/rules.hpp"

#include "base/suggest.hpp"

#include "model/charges.hpp"
#include "model/customer_amounts.hpp"
#include "model/invoicing.hpp"
#include "model/direct_debit.hpp" // sepa
#include "model/numbering.hpp"
#include "model/sending.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace dues {
namespace {

void mismatch(const Ledger& ledger, const syntax::Pos& pos, Diagnostics& diags,
              const std::string& message) {
  diags.add(Error(ErrorKind::invalid_input, ledger.where(pos), message));
}

// An event in the order money moves: what happens first on a day comes first.
struct Step {
  int day = 0;
  int phase = 0; // 0 issue, 1 payment, 2 allocate, 3 write off, 4 refund, 5 status, 6 return
  std::size_t index = 0;
};

// Orders steps by day, then phase, keeping file order otherwise. A counting sort:
// linear in the number of steps, which matters at millions of events.
std::vector<Step> in_date_order(std::vector<Step> steps) {
  if (steps.empty()) {
    return steps;
  }
  constexpr int k_phases = 7;
  int first = steps.front().day;
  int last = first;
  for (const Step& step : steps) {
    first = std::min(first, step.day);
    last = std::max(last, step.day);
  }
  const auto range = static_cast<std::size_t>(last - first + 1) * k_phases;
  if (range > 50'000'000) { // absurd date spans: fall back to a comparison sort
    std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) {
      return a.day != b.day ? a.day < b.day : a.phase < b.phase;
    });
    return steps;
  }
  const auto key = [&](const Step& step) {
    return static_cast<std::size_t>(step.day - first) * k_phases
           + static_cast<std::size_t>(step.phase);
  };
  std::vector<std::size_t> starts(range + 1, 0);
  for (const Step& step : steps) {
    ++starts[key(step) + 1];
  }
  for (std::size_t i = 1; i <= range; ++i) {
    starts[i] += starts[i - 1];
  }
  std::vector<Step> sorted(steps.size());
  for (const Step& step : steps) {
    sorted[starts[key(step)]++] = step;
  }
  return sorted;
}

class Walker {
public:
  Walker(const Ledger& ledger, Diagnostics& diags) : m_ledger(ledger), m_diags(diags) {}
  // Walks the events of the customers marked in `only` (of all when it is empty).
  void run(const std::vector<bool>& only);

private:
  void fail(const syntax::Pos& pos, const std::string& message) {
    if (!m_follow_on) {
      mismatch(m_ledger, pos, m_diags, message + m_maybe_follow_on);
    }
  }
  void issue(std::size_t index);
  void allocate(const Allocation& allocation);
  void write_off(const WriteOff& writeoff);
  void refund(const Refund& refund);
  void status(const StatusEvent& event);
  void payment_return(const PaymentReturn& ret); // sepa
  Money& credit_of(std::uint32_t customer, const Currency& currency) {
    return m_credit.at(customer, currency);
  }

  const Ledger& m_ledger;
  Diagnostics& m_diags;
  std::vector<std::optional<Money>> m_open; // per document: open amount once issued
  std::vector<bool> m_touched;              // money was applied to or from it
  std::vector<bool> m_voided;
  std::vector<bool> m_disputed;
  std::vector<std::optional<Money>> m_left;        // per payment: not yet applied
  std::vector<std::optional<Money>> m_credit_left; // per credit note: not yet applied
  std::vector<bool> m_returned;                    // sepa: per payment, taken back
  CustomerAmounts m_credit;                        // unapplied credit per customer and currency
  // The step at hand is about a document that an entry which did not parse names (a
  // broken dispute line, say): what it finds wrong may be only that entry's absence.
  bool m_follow_on = false;
  // Said after the message of a step that may only follow from an entry that did not
  // read (a refund drawing on the oldest credit, when a payment did not read).
  std::string m_maybe_follow_on;
};

void Walker::issue(std::size_t index) {
  const Document& document = m_ledger.documents[index];
  m_open[index] = document.total;
  if (!document.is_invoice()) {
    m_credit_left[index] = document.total;
    credit_of(document.customer, document.total.currency()) += document.total;
  }
}

void Walker::allocate(const Allocation& allocation) {
  const Document& invoice = m_ledger.documents[allocation.document];
  const bool from_payment = allocation.source_kind == SourceKind::payment;
  const std::string& source_id = from_payment ? m_ledger.payments[allocation.source].id
                                              : m_ledger.documents[allocation.source].id;
  auto& left = from_payment ? m_left[allocation.source] : m_credit_left[allocation.source];
  if (!left) {
    fail(allocation.pos, fmt::format("{} is applied on {} before it exists", source_id,
                                     format_date(allocation.date)));
    return;
  }
  if (!m_open[allocation.document]) {
    fail(allocation.pos, fmt::format("{} applies to {} before that invoice is issued on {}",
                                     source_id, invoice.id, format_date(invoice.date)));
    return;
  }
  if (m_voided[allocation.document]) {
    fail(allocation.pos, fmt::format("{} applies to {}, which is void", source_id, invoice.id));
    return;
  }
  if (!from_payment && m_voided[allocation.source]) {
    fail(allocation.pos, fmt::format("{} is void and cannot be applied", source_id));
    return;
  }
  if (from_payment && m_returned[allocation.source]) { // sepa
    fail(allocation.pos, fmt::format("{} applies to {} after the payment was returned", source_id,
                                     invoice.id));
    return;
  }
  Money& open = *m_open[allocation.document];
  if (allocation.amount > open) {
    fail(allocation.pos,
         fmt::format("{} applies {} to {}, but only {} is open on {}", source_id, allocation.amount,
                     invoice.id, open, format_date(allocation.date)));
    return;
  }
  if (allocation.amount > *left) {
    fail(allocation.pos, fmt::format("{} applies more than it holds: {} left, {} applied to {}",
                                     source_id, *left, allocation.amount, invoice.id));
    return;
  }
  // A refund pays unapplied credit back: that money cannot be applied any more.
  Money& credit = credit_of(invoice.customer, open.currency());
  if (allocation.amount > credit) {
    fail(allocation.pos,
         fmt::format("{} applies {} to {}, but customer '{}' has only {} of unapplied credit "
                     "on {} (refunds paid the rest back)",
                     source_id, allocation.amount, invoice.id,
                     m_ledger.customers[invoice.customer].id, credit,
                     format_date(allocation.date)));
    return;
  }
  open -= allocation.amount;
  *left -= allocation.amount;
  credit -= allocation.amount;
  m_touched[allocation.document] = true;
  if (!from_payment) {
    m_touched[allocation.source] = true;
  }
}

void Walker::write_off(const WriteOff& writeoff) {
  const Document& invoice = m_ledger.documents[writeoff.document];
  auto& open = m_open[writeoff.document];
  if (!open || m_voided[writeoff.document]) {
    fail(writeoff.pos, fmt::format("write-off of {} on {}, when the invoice is {}", invoice.id,
                                   format_date(writeoff.date), open ? "void" : "not yet issued"));
    return;
  }
  if (writeoff.amount > *open || writeoff.amount.is_zero()) {
    fail(writeoff.pos, fmt::format("write-off of {} on {} for {}, but {} is open", invoice.id,
                                   format_date(writeoff.date), writeoff.amount, *open));
    return;
  }
  *open -= writeoff.amount;
  m_touched[writeoff.document] = true;
}

void Walker::refund(const Refund& refund) {
  Money& credit = credit_of(refund.customer, refund.amount.currency());
  std::optional<Money>* held = nullptr; // what the refund's `from` still holds
  if (refund.has_source) {
    const bool from_payment = refund.source_kind == SourceKind::payment;
    const std::string& source_id =
        from_payment ? m_ledger.payments[refund.source].id : m_ledger.documents[refund.source].id;
    held = from_payment ? &m_left[refund.source] : &m_credit_left[refund.source];
    if (!*held || (!from_payment && m_voided[refund.source])) {
      fail(refund.pos, fmt::format("refund {} on {} pays back {}, which {}", refund.id,
                                   format_date(refund.date), source_id,
                                   *held ? "is void" : "is dated later"));
      return;
    }
    if (refund.amount > **held) {
      fail(refund.pos, fmt::format("refund {} of {} exceeds the {} unapplied on {} on {}",
                                   refund.id, refund.amount, **held, source_id,
                                   format_date(refund.date)));
      return;
    }
  }
  if (refund.amount > credit) {
    fail(refund.pos, fmt::format("refund {} of {} exceeds the unapplied credit of customer '{}': "
                                 "{} on {}",
                                 refund.id, refund.amount, m_ledger.customers[refund.customer].id,
                                 credit, format_date(refund.date)));
    return;
  }
  credit -= refund.amount;
  if (held != nullptr) {
    **held -= refund.amount;
    if (refund.source_kind == SourceKind::credit_note) {
      m_touched[refund.source] = true;
    }
  }
}

void Walker::status(const StatusEvent& event) {
  const Document& document = m_ledger.documents[event.document];
  const std::size_t index = event.document;
  if (!m_open[index]) {
    fail(event.pos, fmt::format("{} is dated before {} is issued on {}",
                                event.kind == StatusKind::voided ? "void" : "event", document.id,
                                format_date(document.date)));
    return;
  }
  if (m_voided[index]) {
    fail(event.pos, fmt::format("{} is already void", document.id));
    return;
  }
  switch (event.kind) {
  case StatusKind::voided:
    if (m_touched[index]) {
      fail(event.pos, fmt::format("{} cannot be voided: money has been applied to or from it; "
                                  "issue a credit note instead",
                                  document.id));
      return;
    }
    if (!document.is_invoice()
        && *m_credit_left[index] > credit_of(document.customer, document.total.currency())) {
      fail(event.pos, fmt::format("{} cannot be voided: customer '{}' has only {} of unapplied "
                                  "credit on {}, less than its {} (the rest was refunded)",
                                  document.id, m_ledger.customers[document.customer].id,
                                  credit_of(document.customer, document.total.currency()),
                                  format_date(event.date), *m_credit_left[index]));
      return;
    }
    m_voided[index] = true;
    if (!document.is_invoice()) {
      credit_of(document.customer, document.total.currency()) -= *m_credit_left[index];
      m_credit_left[index] = Money::zero(document.total.currency());
    }
    break;
  case StatusKind::disputed:
    if (m_disputed[index]) {
      fail(event.pos, fmt::format("{} is already disputed", document.id));
    }
    m_disputed[index] = true;
    break;
  case StatusKind::resolved:
    if (!m_disputed[index]) {
      fail(event.pos,
           fmt::format("{} is not disputed, so there is nothing to resolve", document.id));
    }
    m_disputed[index] = false;
    break;
  case StatusKind::reminded:
    if (event.level < 1) {
      fail(event.pos, "a reminder's level starts at 1");
    }
    break;
  }
}

// sepa: the bank took the payment back: what it paid is open again, and it holds nothing.
void Walker::payment_return(const PaymentReturn& ret) {
  const Payment& payment = m_ledger.payments[ret.payment];
  if (!m_left[ret.payment] || m_returned[ret.payment]) {
    return; // check_direct_debits names a return before the payment or a second one
  }
  for (const Allocation& allocation : m_ledger.allocations) {
    if (allocation.source_kind == SourceKind::payment && allocation.source == ret.payment
        && day_number(allocation.date) <= day_number(ret.date) && m_open[allocation.document]) {
      *m_open[allocation.document] += allocation.amount;
      *m_left[ret.payment] += allocation.amount;
      credit_of(payment.customer, payment.amount.currency()) += allocation.amount;
    }
  }
  Money& credit = credit_of(payment.customer, payment.amount.currency());
  const Money held = *m_left[ret.payment];
  if (held > credit) {
    fail(ret.pos, fmt::format("{} cannot be returned on {}: customer '{}' has only {} of "
                              "unapplied credit (a refund drew on it)",
                              payment.id, format_date(ret.date),
                              m_ledger.customers[payment.customer].id, credit));
    return;
  }
  credit -= held;
  *m_left[ret.payment] = Money::zero(held.currency());
  m_returned[ret.payment] = true;
}

void Walker::run(const std::vector<bool>& only) {
  const Ledger& l = m_ledger;
  const auto wanted = [&](std::uint32_t customer) { return only.empty() || only[customer]; };
  m_open.assign(l.documents.size(), std::nullopt);
  m_touched.assign(l.documents.size(), false);
  m_voided.assign(l.documents.size(), false);
  m_disputed.assign(l.documents.size(), false);
  m_left.assign(l.payments.size(), std::nullopt);
  m_credit_left.assign(l.documents.size(), std::nullopt);
  m_returned.assign(l.payments.size(), false); // sepa
  std::vector<Step> steps;
  steps.reserve(l.documents.size() + l.payments.size() + l.allocations.size() + l.refunds.size()
                + l.writeoffs.size() + l.status_events.size());
  const auto add = [&](const auto& items, int phase, auto customer_of) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (wanted(customer_of(items[i]))) {
        steps.push_back({day_number(items[i].date), phase, i});
      }
    }
  };
  const auto own = [](const auto& item) { return item.customer; };
  const auto of_document = [&](const auto& item) { return l.documents[item.document].customer; };
  add(l.documents, 0, own);
  add(l.payments, 1, own);
  add(l.allocations, 2, of_document);
  add(l.writeoffs, 3, of_document);
  add(l.refunds, 4, own);
  add(l.status_events, 5, of_document);
  add(l.payment_returns, 6, [&](const PaymentReturn& ret) { return l.payments[ret.payment].customer; });
  steps = in_date_order(std::move(steps));
  for (const Step& step : steps) {
    switch (step.phase) {
    case 0:
      issue(step.index);
      break;
    case 1: {
      const Payment& payment = l.payments[step.index];
      m_left[step.index] = payment.amount + payment.fee;
      credit_of(payment.customer, payment.amount.currency()) += payment.amount + payment.fee;
      break;
    }
    case 2:
      allocate(l.allocations[step.index]);
      break;
    case 3:
      m_follow_on = l.is_unparsed(l.documents[l.writeoffs[step.index].document].id);
      write_off(l.writeoffs[step.index]);
      m_follow_on = false;
      break;
    case 4: {
      const Refund& one = l.refunds[step.index];
      m_follow_on = l.is_unparsed(one.id); // its `from` did not read (hardening 21.2)
      if (!one.has_source && !l.unparsed_ids.empty()) {
        m_maybe_follow_on = " (perhaps only because an entry above did not read: fix its "
                            "error first)";
      }
      refund(one);
      m_follow_on = false;
      m_maybe_follow_on.clear();
      break;
    }
    case 6:
      payment_return(l.payment_returns[step.index]); // sepa
      break;
    default:
      m_follow_on = l.is_unparsed(l.documents[l.status_events[step.index].document].id);
      status(l.status_events[step.index]);
      m_follow_on = false;
      break;
    }
  }
}

// "; did you mean 'vat19'?" when an item's tax code is a typo of one of the document's
// tax lines (hardening 21.11).
std::string tax_line_hint(std::string_view code, const DocumentDetails& details) {
  std::vector<std::string_view> codes;
  for (const TaxAmount& tax : details.taxes) {
    codes.emplace_back(tax.code);
  }
  return did_you_mean(code, codes);
}

std::vector<TaxRate> rates_of(const DocumentDetails& details) {
  std::vector<TaxRate> rates;
  for (const TaxAmount& tax : details.taxes) {
    rates.push_back({tax.code, tax.rate});
  }
  return rates;
}

} // namespace

void check_stored_totals(const Ledger& ledger, const Document& document, Diagnostics& diags) {
  const DocumentDetails& details = document.info();
  const Currency& currency = document.total.currency();
  if (!details.opening.empty() && (!details.items.empty() || !details.taxes.empty())) {
    mismatch(ledger, document.pos, diags, // import: an opening item states what is open
             fmt::format("{} is an opening item: it states only its total, without item or "
                         "tax lines",
                         document.id));
  }
  if (!details.instalments.empty()) {
    Money sum = Money::zero(currency);
    for (const Instalment& instalment : details.instalments) {
      sum += instalment.amount;
    }
    if (!(sum == document.total)) {
      mismatch(ledger, details.instalments.front().pos, diags,
               fmt::format("instalments of {} add up to {}, but its total is {}", document.id, sum,
                           document.total));
    }
  }
  if (details.items.empty()) {
    if (!details.taxes.empty()) {
      Money sum = Money::zero(currency);
      for (const TaxAmount& tax : details.taxes) {
        sum += tax.base + tax.amount;
      }
      if (!(sum == document.total)) {
        mismatch(ledger, document.pos, diags,
                 fmt::format("{}: tax lines add up to {}, but the stored total is {}", document.id,
                             sum, document.total));
      }
    }
    return;
  }
  ComputedTotals computed;
  try {
    computed = compute_totals(details.items, details.discount, rates_of(details), details.pricing,
                              currency);
  } catch (const Error& error) {
    // At the item it is about: the first that does not compute on its own, if one.
    const LineItem* failing = nullptr;
    for (const LineItem& item : details.items) {
      try {
        compute_totals({item}, std::nullopt, rates_of(details), details.pricing, currency);
      } catch (const Error&) {
        failing = &item;
        break;
      }
    }
    const syntax::Pos at = failing != nullptr ? failing->pos : details.items.front().pos;
    const bool tax_code = error.message().starts_with("unknown tax code");
    mismatch(ledger, at, diags,
             fmt::format("{}: {}{}", document.id, error.message(),
                         tax_code ? " (each tax code used by an item needs a tax line)"
                                      + tax_line_hint(failing ? failing->tax_code : "", details)
                                  : std::string()));
    return;
  }
  for (std::size_t i = 0; i < details.items.size(); ++i) {
    const LineItem& item = details.items[i];
    if (item.amount && !(*item.amount == computed.line_amounts[i])) {
      mismatch(ledger, item.pos, diags,
               fmt::format("item amount {} does not match quantity x price{}: {}", *item.amount,
                           item.discount ? " less discount" : "", computed.line_amounts[i]));
    }
  }
  for (const TaxAmount& computed_tax : computed.taxes) {
    const auto stored =
        std::find_if(details.taxes.begin(), details.taxes.end(),
                     [&](const TaxAmount& t) { return t.code == computed_tax.code; });
    if (stored == details.taxes.end()) {
      continue; // reported by compute_totals as an unknown code
    }
    if (!(stored->amount == computed_tax.amount) || !(stored->base == computed_tax.base)) {
      mismatch(ledger, stored->pos, diags,
               fmt::format("stored tax {} base {} amount {} does not match the items: base {} "
                           "amount {}",
                           stored->code, stored->base, stored->amount, computed_tax.base,
                           computed_tax.amount));
    }
  }
  for (const TaxAmount& stored : details.taxes) {
    const bool used = std::any_of(computed.taxes.begin(), computed.taxes.end(),
                                  [&](const TaxAmount& t) { return t.code == stored.code; });
    if (!used) {
      mismatch(ledger, stored.pos, diags,
               fmt::format("tax line {} is not used by any item", stored.code));
    }
  }
  if (details.subtotal && !(*details.subtotal == computed.subtotal)) {
    mismatch(ledger, document.pos, diags,
             fmt::format("{}: stored subtotal {} does not match the items: {}", document.id,
                         *details.subtotal, computed.subtotal));
  }
  if (!(document.total == computed.total)) {
    mismatch(ledger, document.pos, diags,
             fmt::format("{}: stored total {} does not match the items: {}", document.id,
                         document.total, computed.total));
  }
}

void check_rules(const Ledger& ledger, Diagnostics& diags) { check_rules(ledger, diags, {}); }

LedgerMark mark_of(const Ledger& ledger) {
  return {ledger.documents.size(), ledger.payments.size(),  ledger.allocations.size(),
          ledger.writeoffs.size(), ledger.refunds.size(), ledger.status_events.size(),
          ledger.payment_returns.size()};
}

void check_rules(const Ledger& ledger, Diagnostics& diags, const LedgerMark& before) {
  // The customers whose events the walk must see again (all, for a whole ledger).
  std::vector<bool> touched;
  if (before.documents + before.payments + before.allocations + before.writeoffs + before.refunds
          + before.status_events + before.payment_returns
      > 0) {
    touched.assign(ledger.customers.size(), false);
    const auto mark = [&](std::uint32_t customer) { touched[customer] = true; };
    const auto mark_document = [&](std::uint32_t document) {
      mark(ledger.documents[document].customer);
    };
    for (std::size_t i = before.documents; i < ledger.documents.size(); ++i) {
      mark(ledger.documents[i].customer);
    }
    for (std::size_t i = before.payments; i < ledger.payments.size(); ++i) {
      mark(ledger.payments[i].customer);
    }
    for (std::size_t i = before.allocations; i < ledger.allocations.size(); ++i) {
      mark_document(ledger.allocations[i].document);
      if (ledger.allocations[i].source_kind == SourceKind::payment) {
        mark(ledger.payments[ledger.allocations[i].source].customer);
      } else {
        mark_document(ledger.allocations[i].source);
      }
    }
    for (std::size_t i = before.writeoffs; i < ledger.writeoffs.size(); ++i) {
      mark_document(ledger.writeoffs[i].document);
    }
    for (std::size_t i = before.refunds; i < ledger.refunds.size(); ++i) {
      mark(ledger.refunds[i].customer);
    }
    for (std::size_t i = before.status_events; i < ledger.status_events.size(); ++i) {
      mark_document(ledger.status_events[i].document);
    }
    for (std::size_t i = before.payment_returns; i < ledger.payment_returns.size(); ++i) {
      mark(ledger.payments[ledger.payment_returns[i].payment].customer); // sepa
    }
  }
  if (ledger.has_details) {
    for (std::size_t i = before.documents; i < ledger.documents.size(); ++i) {
      if (ledger.documents[i].details) {
        check_stored_totals(ledger, ledger.documents[i], diags);
      }
    }
  }
  check_numbering(ledger, diags);
  check_origins(ledger, diags); // invoicing
  check_charges(ledger, diags);  // collections: charge documents
  check_sendings(ledger, diags); // sending
  check_direct_debits(ledger, diags); // sepa
  if (touched.empty() || std::any_of(touched.begin(), touched.end(), [](bool is) { return is; })) {
    Walker(ledger, diags).run(touched);
  }
}

} // namespace dues
