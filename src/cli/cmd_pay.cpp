// dues pay: records a payment and applies it to open invoices.
#include "cli/commands.hpp"
#include "cli/receipts.hpp"

#include <fmt/format.h>

namespace dues::cli {
namespace {

struct PayResult {
  std::string id;
  std::uint32_t customer = 0;
  Money amount;
  Money fee;
  Money unapplied; // of the new payment
  std::vector<AppliedLine> applied;
};

// With [defaults] auto-apply-credit = true, the customer's older unapplied credit pays
// open items first (oldest money first), one allocate entry per payment or credit note.
void apply_older_credit(const Ledger& ledger, AllocationPlanner& planner, std::uint32_t customer,
                        const Currency& currency, const Date& day,
                        std::vector<syntax::Entry>& entries, PayResult& result) {
  const std::vector<CreditSource> sources = credit_sources(ledger, customer, currency, day);
  Money total = Money::zero(currency);
  for (const CreditSource& source : sources) {
    total += source.available;
  }
  const AllocationPlan plan = planner.oldest_due(total);
  const auto parts = split_over(plan.lines, sources);
  for (std::size_t i = 0; i < sources.size(); ++i) {
    if (!parts[i].empty()) {
      entries.push_back(allocate_entry(ledger, sources[i].id, day, parts[i]));
      add_applied(result.applied, ledger, sources[i].id, parts[i]);
    }
  }
}

std::vector<syntax::Entry> make_payment(const Ledger& ledger, const PayOptions& options,
                                        const Date& day, PayResult& result) {
  result = PayResult{};
  result.customer = customer_argument(ledger, options.customer);
  const Currency& currency = receipt_currency(ledger, result.customer, options.currency);
  result.amount = amount_argument("AMOUNT", options.amount, currency);
  result.fee =
      options.fee ? amount_argument("--fee", *options.fee, currency) : Money::zero(currency);
  result.id = next_receipt_id(ledger, "payment", "PAY-{year}-{seq:04}", day);
  const bool automatic =
      options.applies.empty() && !options.no_apply
      && allocation_policy(ledger, result.customer) == AllocationPolicy::oldest_due;
  AllocationPlanner planner(ledger, result.customer, currency, day);
  std::vector<syntax::Entry> older;
  if (automatic && ledger.settings.defaults.auto_apply_credit) {
    apply_older_credit(ledger, planner, result.customer, currency, day, older, result);
  }
  const Money available = result.amount + result.fee;
  AllocationPlan plan{{}, available};
  if (!options.applies.empty()) {
    plan = planner.requested(available, apply_arguments(ledger, options.applies, currency));
  } else if (automatic) {
    plan = planner.oldest_due(available);
  }
  result.unapplied = plan.unapplied;
  add_applied(result.applied, ledger, result.id, plan.lines);

  syntax::Entry payment;
  payment.kind = syntax::EntryKind::payment;
  payment.date = day;
  payment.id = field(result.id);
  payment.customer = field(ledger.customers[result.customer].id);
  payment.amount = field(to_decimal(result.amount));
  payment.currency = field(std::string(currency.code));
  if (!result.fee.is_zero()) {
    payment.fee = field(to_decimal(result.fee));
  }
  if (options.method) {
    payment.method = field(*options.method);
  }
  if (options.reference) {
    payment.reference = field(*options.reference);
  }
  add_applies(payment, ledger, plan.lines);
  std::vector<syntax::Entry> entries{std::move(payment)};
  entries.insert(entries.end(), older.begin(), older.end());
  return entries;
}

void print_text(Context& ctx, const Ledger& after, const Date& day, const PayResult& result,
                bool dry_run) {
  const Customer& customer = after.customers[result.customer];
  ctx.out << fmt::format("{} payment {} on {}: {} from {}", dry_run ? "would record" : "recorded",
                         result.id, format_date(day), result.amount, customer.id);
  if (!result.fee.is_zero()) {
    ctx.out << fmt::format(", fee {}", format_amount(result.fee));
  }
  ctx.out << '\n';
  const Balances balances = balances_as_of(after, day);
  print_applied(ctx.out, after, balances, result.applied, ctx.colour);
  ctx.out << fmt::format("unapplied: {} of {}; {} has {} unapplied credit\n", result.unapplied,
                         result.id, customer.id,
                         unapplied_credit(balances, result.customer, result.amount.currency()));
  if (dry_run) {
    ctx.out << "dry run: nothing was written\n";
  }
}

void print_json(Context& ctx, const Ledger& after, const Date& day, const PayResult& result,
                const PayOptions& options) {
  render::JsonWriter json(ctx.out);
  json.begin_object();
  json.key("dry_run").value(options.dry_run);
  json.key("payment").begin_object();
  json.key("id").value(result.id);
  json.key("customer").value(after.customers[result.customer].id);
  json.key("date").value(format_date(day));
  json.key("amount").value(format_amount(result.amount));
  json.key("fee").value(format_amount(result.fee));
  json.key("currency").value(result.amount.currency().code);
  json.key("method").value(options.method.value_or(""));
  json.key("ref").value(options.reference.value_or(""));
  json.end_object();
  json.key("applied");
  const Balances balances = balances_as_of(after, day);
  write_applied(json, after, balances, result.applied);
  json.key("unapplied").value(format_amount(result.unapplied));
  json.key("customer_credit")
      .value(format_amount(unapplied_credit(balances, result.customer, result.amount.currency())));
  json.end_object();
  json.finish();
}

} // namespace

ExitCode run_pay(Context& ctx, const PayOptions& options) {
  const Format format = format_argument(options.format, {Format::text, Format::json});
  const Date day = options.date ? date_argument("--date", *options.date) : ctx.today;
  check_method(options.method);
  if (options.no_apply && !options.applies.empty()) {
    throw Error(ErrorKind::usage, "--no-apply and --apply exclude each other");
  }
  PayResult result;
  const Ledger after = record_entries(ctx, options.dry_run, [&](const Ledger& ledger) {
    return make_payment(ledger, options, day, result);
  });
  if (format == Format::json) {
    print_json(ctx, after, day, result, options);
  } else {
    print_text(ctx, after, day, result, options.dry_run);
  }
  return ExitCode::ok;
}

} // namespace dues::cli
