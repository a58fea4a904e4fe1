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
};

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
    json.end_object();
    json.key("customer_credit").value(format_amount(credit));
    json.end_object();
    json.finish();
    return ExitCode::ok;
  }
  ctx.out << fmt::format("{} refund {} on {}: {} to {}\n",
                         options.dry_run ? "would record" : "recorded", result.id, format_date(day),
                         result.amount, customer);
  ctx.out << fmt::format("{} has {} unapplied credit\n", customer, credit);
  if (options.dry_run) {
    ctx.out << "dry run: nothing was written\n";
  }
  return ExitCode::ok;
}

} // namespace dues::cli
