#include "base/account.hpp"
#include "base/file.hpp"
#include "cli/commands.hpp"
#include "cli/receipts.hpp" // field
#include "cli/secrets.hpp"  // privacy
#include "model/security.hpp"
#include "query/collect.hpp"
#include "render/pain008.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

namespace dues::cli {
namespace {

std::string compact_date(const Date& day) {
  std::string text = format_date(day);
  std::erase(text, '-');
  return text;
}

// The EndToEndId of an item: the invoice id, "-N" for instalment N.
std::string end_to_end_of(const query::CollectionItem& item) {
  return item.instalment > 0 ? fmt::format("{}-{}", item.invoice, item.instalment) : item.invoice;
}

// The pending `collection` entries of a written file (docs/journal-format.md).
std::vector<syntax::Entry> collection_entries(const Ledger& ledger,
                                              const query::CollectionPlan& plan,
                                              const render::Pain008& message, const Date& as_of) {
  std::vector<syntax::Entry> entries;
  for (const query::CollectionItem& item : plan.items) {
    syntax::Entry entry;
    entry.kind = syntax::EntryKind::collection;
    entry.date = as_of;
    entry.id = field(item.invoice);
    entry.amount = field(to_decimal(item.amount));
    entry.currency = field(std::string("EUR"));
    entry.reference = field(end_to_end_of(item));
    entry.message_id = field(message.message_id);
    entry.mandate = field(ledger.customers[item.customer].mandate->id);
    entry.sequence = field(item.sequence);
    entry.debit_date = field(item.collection_date);
    entries.push_back(std::move(entry));
  }
  return entries;
}

// privacy: the customers with the mandates of the plan in clear. An encrypted mandate
// ([security] encrypt = ["mandate"]) is decrypted with the identity (exit 5 without one,
// before anything is written) and its IBAN checked, as `dues check` checks a clear one.
std::vector<Customer> with_clear_mandates(const Context& ctx, const Ledger& ledger,
                                          const query::CollectionPlan& plan) {
  std::vector<Customer> customers = ledger.customers;
  std::vector<std::uint32_t> which;
  for (const query::CollectionItem& item : plan.items) {
    if (std::find(which.begin(), which.end(), item.customer) == which.end()) {
      which.push_back(item.customer);
    }
  }
  reveal_customers(ctx, ctx.ledger_dir(), customers, which, "mandate");
  for (const std::uint32_t c : which) {
    if (!is_valid_iban(customers[c].mandate->iban)) {
      throw Error(ErrorKind::invalid_input, field_loc(ledger.customers[c], "mandate.iban"),
                  fmt::format("customer '{}': the mandate's debtor IBAN (encrypted) is not "
                              "valid; nothing was written",
                              customers[c].id));
    }
  }
  return customers;
}

// The pain.008 message: one PmtInf per collection date, scheme and sequence type; the
// debtors' data from `customers` (the ledger's, with the mandates in clear).
render::Pain008 message_of(const Ledger& ledger, const std::vector<Customer>& customers,
                           const query::CollectionPlan& plan, const Date& as_of, int version) {
  const syntax::CompanySettings& company = ledger.settings.company;
  render::Pain008 message;
  message.version = version;
  message.message_id = fmt::format("DUES-{}-{}", compact_date(as_of), plan.items.size());
  message.created = format_date(as_of) + "T00:00:00";
  message.creditor_name = company.name;
  message.creditor_iban = company.iban;
  std::erase(message.creditor_iban, ' ');
  message.creditor_bic = company.bic;
  message.creditor_id = company.creditor_id;
  std::erase(message.creditor_id, ' ');
  const Currency& euro = *find_currency("EUR");
  Money total = Money::zero(euro);
  std::map<std::tuple<int, std::string, std::string>, std::pair<render::Pain008Batch, Money>>
      batches;
  for (const query::CollectionItem& item : plan.items) {
    const syntax::CustomerRecord& customer = customers[item.customer];
    const syntax::MandateRecord& mandate = *customer.mandate;
    auto& [batch, sum] = batches[{day_number(item.collection_date), mandate.scheme,
                                  item.sequence}];
    if (batch.id.empty()) {
      batch.id = fmt::format("{}-{}-{}-{}", message.message_id, compact_date(item.collection_date),
                             mandate.scheme, item.sequence);
      batch.scheme = mandate.scheme;
      batch.sequence = item.sequence;
      batch.collection_date = format_date(item.collection_date);
      sum = Money::zero(euro);
    }
    render::Pain008Transaction tx;
    tx.end_to_end = end_to_end_of(item);
    tx.amount = format_amount(item.amount);
    tx.mandate_id = mandate.id;
    tx.signed_on = mandate.signed_on;
    tx.debtor_name = customer.name;
    tx.debtor_iban = mandate.iban;
    std::erase(tx.debtor_iban, ' ');
    tx.debtor_bic = mandate.bic;
    tx.remittance = item.invoice;
    batch.transactions.push_back(std::move(tx));
    sum += item.amount;
    total += item.amount;
  }
  for (auto& [key, entry] : batches) {
    entry.first.control_sum = format_amount(entry.second);
    message.batches.push_back(std::move(entry.first));
  }
  message.count = std::to_string(plan.items.size());
  message.control_sum = format_amount(total);
  return message;
}

void print_plan(Context& ctx, const Ledger& ledger, const query::CollectionPlan& plan) {
  for (const query::CollectionItem& item : plan.items) {
    const syntax::CustomerRecord& customer = ledger.customers[item.customer];
    ctx.out << fmt::format("{}  {:<12} {:<16} {:>12} EUR  mandate {} {} {}\n",
                           format_date(item.collection_date), customer.id, item.invoice,
                           format_amount(item.amount), customer.mandate->id,
                           customer.mandate->scheme, item.sequence);
  }
  for (const query::CollectionSkip& skip : plan.skipped) {
    ctx.out << fmt::format("not collected: {} {} ({})\n", skip.customer, skip.invoice,
                           skip.reason);
  }
}

} // namespace

ExitCode run_collect(Context& ctx, const CollectOptions& options) {
  const Date as_of = options.as_of ? date_argument("--as-of", *options.as_of) : ctx.today;
  const Date due_by = options.due_by ? date_argument("--due-by", *options.due_by) : as_of;
  const int version = options.pain == "02" ? 2 : options.pain == "08" ? 8 : 0;
  if (version == 0) {
    throw Error(ErrorKind::usage,
                fmt::format("--pain: expected 02 or 08 (pain.008.001.02 or .08), not '{}'",
                            options.pain));
  }
  const std::string output =
      options.output.value_or(fmt::format("pain008-{}.xml", compact_date(as_of)));
  const std::filesystem::path path = std::filesystem::path(output).is_absolute()
                                         ? std::filesystem::path(output)
                                         : ctx.working_dir / output;
  // Under the ledger lock: plan, write the file (atomically), then record the pending
  // collections. A crash between the two leaves a file and no entries: a re-run writes
  // the same file again and records them (docs/direct-debit.md: submit a file only after
  // dues collect reported it).
  render::Pain008 message;
  std::size_t count = 0;
  const auto make = [&](const Ledger& ledger) -> std::vector<syntax::Entry> {
    const syntax::CompanySettings& company = ledger.settings.company;
    if (company.creditor_id.empty() || company.iban.empty() || company.name.empty()) {
      throw Error(ErrorKind::invalid_input,
                  "dues collect needs [company] name, iban and creditor-id (the SEPA creditor "
                  "identifier) in dues.toml");
    }
    const query::CollectionPlan plan =
        query::plan_collection(ledger, as_of, due_by, add_days(as_of, 1));
    // privacy: decrypted before anything is printed or written; --dry-run shows no IBAN
    // and so needs no identity.
    const std::vector<Customer> customers = options.dry_run || plan.items.empty()
                                                ? ledger.customers
                                                : with_clear_mandates(ctx, ledger, plan);
    print_plan(ctx, ledger, plan);
    count = plan.items.size();
    if (plan.items.empty()) {
      return {};
    }
    message = message_of(ledger, customers, plan, as_of, version);
    if (options.dry_run) {
      return {};
    }
    write_file_atomic(path, render::pain008_xml(message), output);
    return collection_entries(ledger, plan, message, as_of);
  };
  if (options.dry_run) {
    make(load_ledger(ctx, LoadMode::balances));
  } else {
    commit_entries(ctx, LoadMode::balances, make);
  }
  if (count == 0) {
    ctx.out << "Nothing to collect.\n";
  } else if (options.dry_run) {
    ctx.out << fmt::format("{} collection{}, {} EUR; nothing written (--dry-run).\n",
                           message.count, count == 1 ? "" : "s", message.control_sum);
  } else {
    ctx.out << fmt::format("{} collection{}, {} EUR: wrote {} (pain.008.001.{:02}) and "
                           "recorded {} pending collection{}.\n",
                           message.count, count == 1 ? "" : "s", message.control_sum, output,
                           version, count, count == 1 ? "" : "s");
  }
  return ExitCode::ok;
}

} // namespace dues::cli
