// dues refund: pays unapplied credit back to a customer.
#include "cli/commands.hpp"
#include "cli/receipts.hpp"

#include <fmt/format.h>

namespace dues::cli {
namespace {

struct RefundResult {
  std::string id;
  std::uint32_t customer = 0;
  Money amount;
  std::vector<std::pair<std::string, Money>> draws; // the sources paid back, and how much
};

// The source named by --from, checked against the refund.
CreditSource named_source(const Ledger& ledger, const std::string& id, const RefundResult& result,
                          const Date& day) {
  const CreditSource source = credit_source(ledger, id, day);
  const std::uint32_t customer = source.kind == SourceKind::payment
                                     ? ledger.payments[source.index].customer
                                     : ledger.documents[source.index].customer;
  if (customer != result.customer) {
    throw Error(ErrorKind::usage, fmt::format("--from: {} is from '{}', not '{}'", id,
                                              ledger.customers[customer].id,
                                              ledger.customers[result.customer].id));
  }
  if (!(source.available.currency() == result.amount.currency())) {
    throw Error(ErrorKind::usage, fmt::format("--from: {} is in {}, not {}", id,
                                              source.available.currency().code,
                                              result.amount.currency().code));
  }
  if (result.amount > source.available) {
    throw Error(ErrorKind::usage,
                fmt::format("--from: {} holds {} of unapplied credit on {}, less than {}", id,
                            source.available, format_date(day), result.amount));
  }
  return source;
}

// What the refund pays back: the --from source, else the oldest unapplied credit first.
void choose_sources(const Ledger& ledger, const RefundOptions& options, const Date& day,
                    RefundResult& result) {
  result.draws.clear();
  if (options.from) {
    const CreditSource source = named_source(ledger, *options.from, result, day);
    result.draws.emplace_back(source.id, result.amount);
    return;
  }
  Money left = result.amount;
  const Currency& currency = result.amount.currency();
  for (const CreditSource& source : credit_sources(ledger, result.customer, currency, day)) {
    if (left.is_zero()) {
      break;
    }
    const Money part = min(left, source.available);
    result.draws.emplace_back(source.id, part);
    left -= part;
  }
}

std::vector<syntax::Entry> make_refund(const Ledger& ledger, const RefundOptions& options,
                                       const Date& day, RefundResult& result) {
  result.customer = customer_argument(ledger, options.customer);
  const Currency& currency = receipt_currency(ledger, result.customer, options.currency);
  result.amount = amount_argument("AMOUNT", options.amount, currency);
  const Money credit = credit_available(ledger, result.customer, currency, day);
  if (result.amount > credit) {
    throw Error(ErrorKind::usage,
                fmt::format("a refund of {} exceeds the unapplied credit of '{}' on {} ({})",
                            result.amount, ledger.customers[result.customer].id, format_date(day),
                            credit));
  }
  choose_sources(ledger, options, day, result);
  result.id = next_receipt_id(ledger, "refund", "RFD-{year}-{seq:04}", day);
  syntax::Entry refund;
  refund.kind = syntax::EntryKind::refund;
  refund.date = day;
  refund.id = field(result.id);
  refund.customer = field(ledger.customers[result.customer].id);
  refund.amount = field(to_decimal(result.amount));
  refund.currency = field(std::string(currency.code));
  if (options.method) {
    refund.method = field(*options.method);
  }
  if (options.reference) {
    refund.reference = field(*options.reference);
  }
  // One source is recorded; a refund spread over several draws on the oldest credit
  // first when the journal is read, which is the same split.
  if (result.draws.size() == 1 && result.draws.front().second == result.amount) {
    refund.from = field(result.draws.front().first);
  }
  return {std::move(refund)};
}

} // namespace

ExitCode run_refund(Context& ctx, const RefundOptions& options) {
  const Format format = format_argument(options.format, {Format::text, Format::json});
  const Date day = options.date ? date_argument("--date", *options.date) : ctx.today;
  check_method(options.method);
  RefundResult result;
  const Ledger after = record_entries(ctx, options.dry_run, [&](const Ledger& ledger) {
    return make_refund(ledger, options, day, result);
  });
  const Balances balances = balances_as_of(after, day);
  const Money credit = unapplied_credit(balances, result.customer, result.amount.currency());
  const std::string& customer = after.customers[result.customer].id;
  if (format == Format::json) {
    render::JsonWriter json(ctx.out);
    json.begin_object();
    json.key("dry_run").value(options.dry_run);
    json.key("refund").begin_object();
    json.key("id").value(result.id);
    json.key("customer").value(customer);
    json.key("date").value(format_date(day));
    json.key("amount").value(format_amount(result.amount));
    json.key("currency").value(result.amount.currency().code);
    json.key("method").value(options.method.value_or(""));
    json.key("ref").value(options.reference.value_or(""));
    json.key("from").begin_array();
    for (const auto& [id, amount] : result.draws) {
      json.begin_object();
      json.key("id").value(id);
      json.key("amount").value(format_amount(amount));
      json.end_object();
    }
    json.end_array();
    json.end_object();
    json.key("customer_credit").value(format_amount(credit));
    json.end_object();
    json.finish();
    return ExitCode::ok;
  }
  std::string from;
  for (const auto& [id, amount] : result.draws) {
    from += from.empty() ? " from " : ", ";
    from += result.draws.size() == 1 ? id : fmt::format("{} ({})", id, amount);
  }
  ctx.out << fmt::format("{} refund {} on {}: {} to {}{}\n",
                         options.dry_run ? "would record" : "recorded", result.id, format_date(day),
                         result.amount, customer, from);
  ctx.out << fmt::format("{} has {} unapplied credit\n", customer, credit);
  if (options.dry_run) {
    ctx.out << "dry run: nothing was written\n";
  }
  return ExitCode::ok;
}

} // namespace dues::cli
