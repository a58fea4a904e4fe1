// dues remind: the dunning plan; with --send, one letter per customer and a `remind`
// entry per invoice for what was delivered (docs/dunning.md).
#include "model/suggestions.hpp" // hardening: one "unknown customer"
#include "cli/commands.hpp"
#include "cli/environment.hpp"
#include "cli/receipts.hpp"
#include "cli/reminder_delivery.hpp"
#include "model/charges.hpp"
#include "render/reminder_view.hpp"

#include <fmt/format.h>

namespace dues::cli {
namespace {

void print_plan(Context& ctx, const Ledger& ledger, const query::ReminderPlan& plan,
                Format format) {
  switch (format) {
  case Format::json:
    render::reminder_json(ctx.out, ledger, plan);
    break;
  case Format::csv:
    begin_csv(ctx.out, ctx, ledger.settings);
    render::reminder_csv(ctx.out, ledger, plan);
    break;
  default:
    render::reminder_table(ctx.out, ledger, plan, ctx.colour);
    break;
  }
}

std::optional<std::uint32_t> customer_option(const Ledger& ledger,
                                             const std::optional<std::string>& id) {
  if (!id) {
    return std::nullopt;
  }
  const std::uint32_t* index = ledger.find_customer_index(*id);
  if (index == nullptr) {
    throw Error(ErrorKind::usage, "--customer: " + unknown_customer(*id, ledger.customers));
  }
  return *index;
}

// The `remind` entry of a line sent now.
syntax::Entry remind_entry(const Ledger& ledger, const query::ReminderLine& line, const Date& day) {
  syntax::Entry entry;
  entry.kind = syntax::EntryKind::remind;
  entry.date = day;
  entry.id = field(ledger.documents[line.document].id);
  entry.level = field(Decimal::from_int(line.level));
  return entry;
}

// With charges = "document": a charge document for each line sent now with a fee or
// interest, numbered in `taken`; the line learns its id (the letter names it).
std::vector<syntax::Entry> charge_entries(const Ledger& ledger, query::CustomerReminders& customer,
                                          const Date& day, TakenIds& taken) {
  std::vector<syntax::Entry> charges;
  if (ledger.settings.dunning.charges != "document") {
    return charges;
  }
  for (query::ReminderLine& line : customer.lines) {
    if (line.action == query::ReminderAction::send
        && (line.fee.is_positive() || line.interest.is_positive())
        && find_by_origin(ledger, charge_origin(ledger.documents[line.document].id, line.level))
               == nullptr) {
      charges.push_back(
          make_charge(ledger, line.document, line.level, line.fee, line.interest, day, taken));
      line.charge = charges.back().id.value;
    }
  }
  return charges;
}

// Sends the letters of the plan and returns, for each letter that was delivered, a
// `remind` entry per invoice in it and its charge documents. A letter that fails is
// reported and recorded nowhere (its charge numbers are given back).
std::vector<syntax::Entry> send_letters(Context& ctx, const Ledger& ledger,
                                        const query::ReminderPlan& plan, Delivery& delivery,
                                        bool dry_run, int& failed, std::size_t& charged) {
  std::vector<syntax::Entry> entries;
  TakenIds taken;
  std::optional<LetterAttachments> with; // read once, when the first letter goes
  for (query::CustomerReminders customer : plan.customers) {
    if (!customer.sends()) {
      continue;
    }
    std::vector<syntax::Entry> charges = charge_entries(ledger, customer, plan.as_of, taken);
    const render::ReminderLetter letter = render::reminder_letter(ledger, customer, plan.as_of);
    const auto give_back = [&] {
      for (const syntax::Entry& charge : charges) {
        taken.erase(charge.id.value);
      }
      ++failed;
    };
    if (letter.to.empty() && (delivery.outbox || delivery.transport)) {
      ctx.err << fmt::format("dues: warning: customer {} has no email; no reminder sent\n",
                             letter.customer);
      give_back();
      continue;
    }
    try {
      if (!with) {
        with = letter_attachments(ctx, ledger.settings);
      }
      const auto files = letter_files(ledger, *with, customer.customer, plan.as_of);
      if (dry_run) {
        ctx.out << letter_text(ledger, letter, plan.as_of, files) << "\n";
      } else {
        deliver_letter(ctx, ledger, letter, plan.as_of, delivery, files);
      }
    } catch (const Error& error) {
      ctx.err << "dues: warning: " << error.what() << "; reminder to " << letter.customer
              << " not sent\n";
      give_back();
      continue;
    }
    for (const query::ReminderLine& line : customer.lines) {
      if (line.action == query::ReminderAction::send) {
        entries.push_back(remind_entry(ledger, line, plan.as_of));
      }
    }
    charged += charges.size();
    std::move(charges.begin(), charges.end(), std::back_inserter(entries));
  }
  return entries;
}

} // namespace

ExitCode run_remind(Context& ctx, const RemindOptions& options) {
  const Format format = format_argument(options.format, {Format::table, Format::csv, Format::json});
  const Date day = options.as_of ? date_argument("--as-of", *options.as_of) : ctx.today;
  if (!options.send) {
    if (options.outbox || options.dry_run) {
      throw Error(ErrorKind::usage, "--outbox and --dry-run go with --send");
    }
    const Ledger ledger = load_ledger(ctx, LoadMode::balances);
    const auto plan = query::plan_reminders(ledger, day, customer_option(ledger, options.customer));
    print_plan(ctx, ledger, plan, format);
    return plan.to_send > 0 ? ExitCode::attention : ExitCode::ok;
  }
  Delivery delivery;
  int failed = 0;
  std::size_t recorded = 0;
  std::size_t charged = 0;
  const EntryMaker make = [&](const Ledger& ledger) {
    if (!options.dry_run) {
      delivery = make_delivery(ctx, ledger.settings, options.outbox, environment_variable);
    }
    const auto plan = query::plan_reminders(ledger, day, customer_option(ledger, options.customer));
    charged = 0;
    auto entries = send_letters(ctx, ledger, plan, delivery, options.dry_run, failed, charged);
    recorded = entries.size() - charged;
    return entries;
  };
  if (options.dry_run) {
    preview_entries(ctx, LoadMode::balances, make);
  } else {
    commit_entries(ctx, LoadMode::balances, make);
  }
  // Without an outbox, stdout carries the messages: the summary goes to stderr.
  std::ostream& summary = delivery.outbox || delivery.transport ? ctx.out : ctx.err;
  summary << fmt::format("{} {} reminder{}{} on {}{}\n", options.dry_run ? "would record" : "recorded",
                         recorded, recorded == 1 ? "" : "s",
                         charged > 0 ? fmt::format(" and {} charge document{}", charged,
                                                   charged == 1 ? "" : "s")
                                     : "",
                         format_date(day), failed > 0 ? fmt::format("; {} letter(s) not sent", failed) : "");
  return failed > 0 ? ExitCode::attention : ExitCode::ok;
}

} // namespace dues::cli
