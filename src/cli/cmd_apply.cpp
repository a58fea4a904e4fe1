// dues apply: applies unapplied credit (payments, credit notes) to open invoices.
#include "cli/commands.hpp"
#include "cli/receipts.hpp"
#include "model/refunds.hpp"

#include <fmt/format.h>

#include <map>

namespace dues::cli {
namespace {

struct ApplyResult {
  std::vector<AppliedLine> applied;
  std::vector<std::string> notes; // why a source named has nothing to apply
  std::vector<std::pair<std::uint32_t, const Currency*>> credits; // customers looked at
};

// Plans `sources` over the customer's open items (the requested ones, or oldest due
// first) and adds one allocate entry per source that gives something.
void apply_sources(const Ledger& ledger, std::uint32_t customer, const Currency& currency,
                   const Date& day, const std::vector<CreditSource>& sources,
                   const std::vector<ApplyRequest>& requests, std::vector<syntax::Entry>& entries,
                   ApplyResult& result) {
  result.credits.emplace_back(customer, &currency);
  Money total = Money::zero(currency);
  for (const CreditSource& source : sources) {
    total += source.available;
  }
  if (total.is_zero()) {
    if (!requests.empty()) {
      throw Error(ErrorKind::usage,
                  fmt::format("--apply: '{}' has no unapplied {} credit on {}",
                              ledger.customers[customer].id, currency.code, format_date(day)));
    }
    return;
  }
  AllocationPlanner planner(ledger, customer, currency, day);
  const AllocationPlan plan =
      requests.empty() ? planner.oldest_due(total) : planner.requested(total, requests);
  const auto parts = split_over(plan.lines, sources);
  for (std::size_t i = 0; i < sources.size(); ++i) {
    if (!parts[i].empty()) {
      entries.push_back(allocate_entry(ledger, sources[i].id, day, parts[i]));
      add_applied(result.applied, ledger, sources[i].id, parts[i]);
    }
  }
}

// The currencies a customer has payments or credit notes in, by code.
std::vector<const Currency*> credit_currencies(const Ledger& ledger, std::uint32_t customer) {
  std::map<std::string_view, const Currency*> found;
  for (const Payment& payment : ledger.payments) {
    if (payment.customer == customer) {
      found.emplace(payment.amount.currency().code, &payment.amount.currency());
    }
  }
  for (const Document& note : ledger.documents) {
    if (!note.is_invoice() && note.customer == customer) {
      found.emplace(note.total.currency().code, &note.total.currency());
    }
  }
  std::vector<const Currency*> currencies;
  currencies.reserve(found.size());
  for (const auto& [code, currency] : found) {
    currencies.push_back(currency);
  }
  return currencies;
}

void apply_customer(const Ledger& ledger, std::uint32_t customer, const ApplyOptions& options,
                    const Date& day, std::vector<syntax::Entry>& entries, ApplyResult& result) {
  std::vector<const Currency*> currencies;
  if (options.currency) {
    currencies.push_back(&currency_argument("--currency", *options.currency));
  } else if (!options.applies.empty()) {
    // The invoices named say which currency's credit to use.
    const std::string first = options.applies.front().substr(0, options.applies.front().find('='));
    const Document* invoice = ledger.find_document(first);
    currencies.push_back(invoice != nullptr ? &invoice->total.currency()
                                            : &receipt_currency(ledger, customer, std::nullopt));
  } else {
    currencies = credit_currencies(ledger, customer);
  }
  for (const Currency* currency : currencies) {
    apply_sources(ledger, customer, *currency, day,
                  credit_sources(ledger, customer, *currency, day),
                  apply_arguments(ledger, options.applies, *currency), entries, result);
  }
}

// Why a payment or credit note holds nothing: the refunds that paid its money back.
std::string refunded_note(const Ledger& ledger, const CreditSource& source) {
  const Balances after_all = balances_as_of(ledger, Date{date::year{9999}, date::month{12},
                                                          date::day{31}});
  std::string refunds;
  for (const RefundDraw& draw : draws_on(after_all, source.kind, source.index)) {
    const Refund& refund = ledger.refunds[draw.refund];
    refunds += fmt::format("{}refund {} of {} paid {} back", refunds.empty() ? "" : ", ",
                           refund.id, format_date(refund.date), draw.amount);
  }
  return refunds.empty() ? fmt::format("{} holds no unapplied credit", source.id)
                         : fmt::format("{} holds no unapplied credit: {}", source.id, refunds);
}

void apply_one_source(const Ledger& ledger, const ApplyOptions& options, const Date& day,
                      std::vector<syntax::Entry>& entries, ApplyResult& result) {
  const CreditSource source = credit_source(ledger, *options.target, day);
  const bool is_payment = source.kind == SourceKind::payment;
  const std::uint32_t customer =
      is_payment ? ledger.payments[source.index].customer : ledger.documents[source.index].customer;
  const Currency& currency = source.available.currency();
  if (options.currency && *options.currency != currency.code) {
    throw Error(ErrorKind::usage, fmt::format("--currency: {} is in {}, not {}", source.id,
                                              currency.code, *options.currency));
  }
  std::vector<CreditSource> sources;
  if (source.available.is_positive()) {
    sources.push_back(source);
  } else {
    result.notes.push_back(refunded_note(ledger, source));
  }
  if (!source.available.is_positive() && !options.applies.empty()) {
    throw Error(ErrorKind::usage, fmt::format("--apply: {} holds no unapplied credit on {}",
                                              source.id, format_date(day)));
  }
  apply_sources(ledger, customer, currency, day, sources,
                apply_arguments(ledger, options.applies, currency), entries, result);
}

std::vector<syntax::Entry> make_applications(const Ledger& ledger, const ApplyOptions& options,
                                             const Date& day, ApplyResult& result) {
  result = ApplyResult{};
  std::vector<syntax::Entry> entries;
  if (options.all) {
    for (std::uint32_t customer = 0; customer < ledger.customers.size(); ++customer) {
      if (allocation_policy(ledger, customer) == AllocationPolicy::manual) {
        continue;
      }
      for (const Currency* currency : credit_currencies(ledger, customer)) {
        if (options.currency && *options.currency != currency->code) {
          continue;
        }
        const auto sources = credit_sources(ledger, customer, *currency, day);
        if (!sources.empty()) {
          apply_sources(ledger, customer, *currency, day, sources, {}, entries, result);
        }
      }
    }
  } else if (const Customer* customer = ledger.find_customer(*options.target)) {
    apply_customer(ledger, *ledger.find_customer_index(customer->id), options, day, entries, result);
  } else {
    apply_one_source(ledger, options, day, entries, result);
  }
  return entries;
}

void print_text(Context& ctx, const Ledger& after, const Date& day, const ApplyResult& result,
                bool dry_run) {
  const Balances balances = balances_as_of(after, day);
  if (result.applied.empty()) {
    ctx.out << fmt::format("nothing to apply on {}\n", format_date(day));
    for (const std::string& note : result.notes) {
      ctx.out << note << '\n';
    }
  } else {
    ctx.out << fmt::format("{} on {}:\n", dry_run ? "would apply" : "applied", format_date(day));
    print_applied(ctx.out, after, balances, result.applied, ctx.colour);
  }
  for (const auto& [customer, currency] : result.credits) {
    const Money credit = unapplied_credit(balances, customer, *currency);
    if (!result.applied.empty() || credit.is_positive()) {
      ctx.out << fmt::format("{} has {} unapplied credit\n", after.customers[customer].id, credit);
    }
  }
  if (dry_run) {
    ctx.out << "dry run: nothing was written\n";
  }
}

void print_json(Context& ctx, const Ledger& after, const Date& day, const ApplyResult& result,
                bool dry_run) {
  render::JsonWriter json(ctx.out);
  json.begin_object();
  json.key("dry_run").value(dry_run);
  json.key("date").value(format_date(day));
  json.key("applied");
  const Balances balances = balances_as_of(after, day);
  write_applied(json, after, balances, result.applied);
  json.key("credit").begin_array();
  for (const auto& [customer, currency] : result.credits) {
    json.begin_object();
    json.key("customer").value(after.customers[customer].id);
    json.key("currency").value(currency->code);
    json.key("unapplied").value(format_amount(unapplied_credit(balances, customer, *currency)));
    json.end_object();
  }
  json.end_array();
  json.end_object();
  json.finish();
}

} // namespace

ExitCode run_apply(Context& ctx, const ApplyOptions& options) {
  const Format format = format_argument(options.format, {Format::text, Format::json});
  const Date day = options.date ? date_argument("--date", *options.date) : ctx.today;
  if (options.all == options.target.has_value()) {
    throw Error(ErrorKind::usage, "give a CUSTOMER, PAYMENT or CREDIT-NOTE id, or --all");
  }
  if (options.all && !options.applies.empty()) {
    throw Error(ErrorKind::usage, "--apply names invoices of one customer; not with --all");
  }
  if (options.currency) {
    currency_argument("--currency", *options.currency);
  }
  ApplyResult result;
  const Ledger after = record_entries(ctx, options.dry_run, [&](const Ledger& ledger) {
    return make_applications(ledger, options, day, result);
  });
  if (format == Format::json) {
    print_json(ctx, after, day, result, options.dry_run);
  } else {
    print_text(ctx, after, day, result, options.dry_run);
  }
  return ExitCode::ok;
}

} // namespace dues::cli
