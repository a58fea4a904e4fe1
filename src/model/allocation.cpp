#include "model/allocation.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace dues {
namespace {

// A day after every event: balances on it hold what is left once everything happened.
const Date k_horizon{date::year{9999}, date::month{12}, date::day{31}};

[[noreturn]] void refuse(const std::string& message) {
  throw Error(ErrorKind::usage, message);
}

bool is_void(const Ledger& ledger, std::uint32_t document) {
  return std::any_of(ledger.status_events.begin(), ledger.status_events.end(),
                     [&](const StatusEvent& event) {
                       return event.kind == StatusKind::voided && event.document == document;
                     });
}

} // namespace

AllocationPolicy allocation_policy(const Ledger& ledger, std::uint32_t customer) {
  const std::string& own = ledger.customers[customer].allocation;
  const std::string& policy = own.empty() ? ledger.settings.defaults.allocation : own;
  return policy == "manual" ? AllocationPolicy::manual : AllocationPolicy::oldest_due;
}

AllocationPlanner::AllocationPlanner(const Ledger& ledger, std::uint32_t customer,
                                     const Currency& currency, const Date& day)
    : m_ledger(ledger), m_customer(customer), m_currency(&currency), m_day(day) {
  const Balances after_all = balances_as_of(ledger, k_horizon);
  const int last = day_number(day);
  for (OpenItem& item : open_items_of(ledger, after_all, customer, currency)) {
    if (day_number(item.date) > last) {
      continue; // issued after the day: nothing dated then can pay it
    }
    item.disputed = false; // as of the horizon; the day's standing follows
    m_items.push_back(item);
  }
  // Disputed on the day, as balances_as_of(ledger, day) has it: the customer's dispute
  // and resolve events dated by then, in the order written.
  for (const StatusEvent& event : ledger.status_events) {
    const bool dispute = event.kind == StatusKind::disputed;
    if ((!dispute && event.kind != StatusKind::resolved) || day_number(event.date) > last
        || ledger.documents[event.document].customer != customer) {
      continue;
    }
    for (OpenItem& item : m_items) {
      if (item.document == event.document) {
        item.disputed = dispute;
      }
    }
  }
}

Money AllocationPlanner::open_of(std::uint32_t document) const {
  Money open = Money::zero(*m_currency);
  for (const OpenItem& item : m_items) {
    if (item.document == document) {
      open += item.open;
    }
  }
  return open;
}

Money AllocationPlanner::pay_document(std::uint32_t document, const Money& amount) {
  Money left = amount;
  for (OpenItem& item : m_items) {
    if (item.document != document || left.is_zero()) {
      continue;
    }
    const Money paid = min(item.open, left);
    item.open -= paid;
    left -= paid;
  }
  std::erase_if(m_items, [](const OpenItem& item) { return item.open.is_zero(); });
  return amount - left;
}

namespace {

void add_line(AllocationPlan& plan, std::uint32_t document, const Money& amount) {
  for (AllocationLine& line : plan.lines) {
    if (line.document == document) {
      line.amount += amount;
      return;
    }
  }
  plan.lines.push_back({document, amount});
}

} // namespace

AllocationPlan AllocationPlanner::oldest_due(const Money& available) {
  AllocationPlan plan{{}, available};
  for (OpenItem& item : m_items) {
    if (plan.unapplied.is_zero()) {
      break;
    }
    if (item.disputed) {
      continue;
    }
    const Money paid = min(item.open, plan.unapplied);
    item.open -= paid;
    plan.unapplied -= paid;
    add_line(plan, item.document, paid);
  }
  std::erase_if(m_items, [](const OpenItem& item) { return item.open.is_zero(); });
  return plan;
}

std::uint32_t AllocationPlanner::resolve(const ApplyRequest& request) const {
  const IdRef* ref = m_ledger.find_id(request.invoice);
  if (ref == nullptr) {
    refuse(fmt::format("--apply: no invoice '{}' in this ledger", request.invoice));
  }
  if (ref->kind != IdKind::document || !m_ledger.documents[ref->index].is_invoice()) {
    refuse(fmt::format("--apply: '{}' is not an invoice; money is applied to invoices",
                       request.invoice));
  }
  const Document& invoice = m_ledger.documents[ref->index];
  const Customer& customer = m_ledger.customers[m_customer];
  if (invoice.customer != m_customer) {
    refuse(fmt::format("--apply: {} is an invoice of '{}', not of '{}'", invoice.id,
                       m_ledger.customers[invoice.customer].id, customer.id));
  }
  if (!(invoice.total.currency() == *m_currency)) {
    refuse(fmt::format("--apply: {} is in {}, but the money applied is in {}", invoice.id,
                       invoice.total.currency().code, m_currency->code));
  }
  if (day_number(invoice.date) > day_number(m_day)) {
    refuse(fmt::format("--apply: {} is dated {}, after {}", invoice.id, format_date(invoice.date),
                       format_date(m_day)));
  }
  if (is_void(m_ledger, ref->index)) {
    refuse(fmt::format("--apply: {} is void", invoice.id));
  }
  return ref->index;
}

AllocationPlan AllocationPlanner::requested(const Money& available,
                                            const std::vector<ApplyRequest>& requests) {
  AllocationPlan plan{{}, available};
  std::vector<std::uint32_t> seen;
  for (const ApplyRequest& request : requests) {
    const std::uint32_t document = resolve(request);
    const std::string& id = m_ledger.documents[document].id;
    if (std::find(seen.begin(), seen.end(), document) != seen.end()) {
      refuse(fmt::format("--apply: {} is named twice", id));
    }
    seen.push_back(document);
    const Money open = open_of(document);
    if (open.is_zero()) {
      refuse(fmt::format("--apply: nothing is open on {}", id));
    }
    if (request.amount && *request.amount > open) {
      refuse(fmt::format("--apply: {} is more than the {} open on {}", *request.amount, open, id));
    }
    const Money wanted = request.amount ? *request.amount : min(open, plan.unapplied);
    if (wanted.is_zero()) {
      refuse(fmt::format("--apply: nothing of the {} is left for {}", available, id));
    }
    if (wanted > plan.unapplied) {
      refuse(fmt::format("--apply: the amounts applied add up to more than the {} available",
                         available));
    }
    plan.unapplied -= pay_document(document, wanted);
    add_line(plan, document, wanted);
  }
  return plan;
}

Money credit_available(const Ledger& ledger, std::uint32_t customer, const Currency& currency,
                       const Date& day) {
  std::map<int, std::int64_t> change; // day number -> change of the credit on that day
  const auto add = [&](std::uint32_t who, const Money& amount, const Date& when, int sign) {
    if (who == customer && amount.currency() == currency) {
      change[day_number(when)] += sign * amount.minor_units();
    }
  };
  for (const Document& document : ledger.documents) {
    if (!document.is_invoice()) {
      add(document.customer, document.total, document.date, 1);
    }
  }
  for (const StatusEvent& event : ledger.status_events) {
    const Document& document = ledger.documents[event.document];
    if (event.kind == StatusKind::voided && !document.is_invoice()) {
      add(document.customer, document.total, event.date, -1); // void only hits untouched notes
    }
  }
  for (const Payment& payment : ledger.payments) {
    add(payment.customer, payment.amount + payment.fee, payment.date, 1);
  }
  for (const Allocation& allocation : ledger.allocations) {
    add(ledger.documents[allocation.document].customer, allocation.amount, allocation.date, -1);
  }
  for (const Refund& refund : ledger.refunds) {
    add(refund.customer, refund.amount, refund.date, -1);
  }
  const int first = day_number(day);
  std::int64_t credit = 0;
  auto it = change.begin();
  for (; it != change.end() && it->first <= first; ++it) {
    credit += it->second;
  }
  std::int64_t result = credit; // at the end of `day`
  for (; it != change.end(); ++it) {
    credit += it->second;
    result = std::min(result, credit);
  }
  return {currency, std::max<std::int64_t>(0, result)};
}

std::vector<CreditSource> credit_sources(const Ledger& ledger, std::uint32_t customer,
                                         const Currency& currency, const Date& day) {
  const Balances after_all = balances_as_of(ledger, k_horizon);
  const int last = day_number(day);
  std::vector<CreditSource> sources;
  for (std::size_t i = 0; i < ledger.payments.size(); ++i) {
    const Payment& payment = ledger.payments[i];
    if (payment.customer == customer && payment.amount.currency() == currency
        && day_number(payment.date) <= last && after_all.payment_unapplied[i].is_positive()) {
      sources.push_back({SourceKind::payment, static_cast<std::uint32_t>(i), payment.id,
                         payment.date, after_all.payment_unapplied[i]});
    }
  }
  for (std::size_t i = 0; i < ledger.documents.size(); ++i) {
    const Document& note = ledger.documents[i];
    if (!note.is_invoice() && note.customer == customer && note.total.currency() == currency
        && day_number(note.date) <= last && after_all.voided[i] == 0
        && after_all.open[i].is_positive()) {
      sources.push_back({SourceKind::credit_note, static_cast<std::uint32_t>(i), note.id, note.date,
                         after_all.open[i]});
    }
  }
  std::sort(sources.begin(), sources.end(), [](const CreditSource& a, const CreditSource& b) {
    return std::make_pair(day_number(a.date), a.id) < std::make_pair(day_number(b.date), b.id);
  });
  Money cap = credit_available(ledger, customer, currency, day);
  for (CreditSource& source : sources) {
    source.available = min(source.available, cap);
    cap -= source.available;
  }
  std::erase_if(sources, [](const CreditSource& source) { return source.available.is_zero(); });
  return sources;
}

CreditSource credit_source(const Ledger& ledger, std::string_view id, const Date& day) {
  const IdRef* ref = ledger.find_id(id);
  const bool is_note =
      ref != nullptr && ref->kind == IdKind::document && !ledger.documents[ref->index].is_invoice();
  if (ref == nullptr || (ref->kind != IdKind::payment && !is_note)) {
    refuse(fmt::format("no customer, payment or credit note '{}' in this ledger", id));
  }
  const bool is_payment = ref->kind == IdKind::payment;
  const std::uint32_t customer =
      is_payment ? ledger.payments[ref->index].customer : ledger.documents[ref->index].customer;
  const Date date =
      is_payment ? ledger.payments[ref->index].date : ledger.documents[ref->index].date;
  const Currency& currency = is_payment ? ledger.payments[ref->index].amount.currency()
                                        : ledger.documents[ref->index].total.currency();
  if (day_number(date) > day_number(day)) {
    refuse(fmt::format("{} is dated {}, after {}", id, format_date(date), format_date(day)));
  }
  if (!is_payment && is_void(ledger, ref->index)) {
    refuse(fmt::format("{} is void", id));
  }
  const SourceKind kind = is_payment ? SourceKind::payment : SourceKind::credit_note;
  for (const CreditSource& source : credit_sources(ledger, customer, currency, day)) {
    if (source.kind == kind && source.index == ref->index) {
      return source;
    }
  }
  return {kind, ref->index, std::string(id), date, Money::zero(currency)};
}

std::vector<std::vector<AllocationLine>> split_over(const std::vector<AllocationLine>& lines,
                                                    const std::vector<CreditSource>& sources) {
  std::vector<std::vector<AllocationLine>> result(sources.size());
  std::size_t source = 0;
  Money left = sources.empty() ? Money() : sources.front().available;
  for (const AllocationLine& line : lines) {
    Money rest = line.amount;
    while (!rest.is_zero()) {
      if (source >= sources.size()) {
        throw Error(ErrorKind::internal, "split_over: the lines need more than the sources hold");
      }
      const Money part = min(rest, left);
      if (!part.is_zero()) {
        result[source].push_back({line.document, part});
      }
      rest -= part;
      left -= part;
      if (left.is_zero() && ++source < sources.size()) {
        left = sources[source].available;
      }
    }
  }
  return result;
}

Money open_after_all(const Ledger& ledger, std::uint32_t document) {
  const Balances after_all = balances_as_of(ledger, k_horizon);
  return after_all.open[document];
}

} // namespace dues
