// dues recur: issues every period of every recurring template that is due and not yet
// issued. Each invoice records its template and period (origin recurring:NAME/PERIOD),
// so running it again, from cron or from another clone, issues nothing twice.
#include "cli/commands.hpp"
#include "cli/invoicing.hpp"
#include "model/recurring.hpp"
#include "syntax/journal_writer.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace dues::cli {
namespace {

struct Pending {
  const syntax::RecurringSetting* recurring = nullptr;
  RecurringPeriod period;
};

std::vector<Pending> pending_periods(const Ledger& ledger, const Date& as_of) {
  std::vector<Pending> pending;
  for (const auto& [name, recurring] : ledger.settings.recurring) {
    for (const RecurringPeriod& period : recurring_periods(recurring, as_of)) {
      if (find_by_origin(ledger, recurring_origin(name, period.key)) == nullptr) {
        pending.push_back({&recurring, period});
      }
    }
  }
  std::stable_sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
    return day_number(a.period.date) < day_number(b.period.date);
  });
  return pending;
}

} // namespace

ExitCode run_recur(Context& ctx, const RecurOptions& options) {
  const Date as_of = options.as_of ? date_argument("--as-of", *options.as_of) : ctx.today;
  std::vector<std::string> refused;
  std::vector<std::string> labels;
  const auto make = [&](const Ledger& ledger) {
    refused.clear();
    labels.clear();
    std::vector<syntax::Entry> entries;
    TakenIds taken;
    for (const Pending& due : pending_periods(ledger, as_of)) {
      InvoiceRequest request = request_from_template(due.recurring->invoice);
      request.date = due.period.date;
      request.origin = recurring_origin(due.recurring->name, due.period.key);
      for (ItemRequest& item : request.items) {
        item.description = fill_period(item.description, due.period);
      }
      syntax::Entry entry = make_invoice(ledger, request, taken);
      auto excess = options.over_limit ? std::nullopt : credit_limit_excess(ledger, entry, entries);
      if (excess) {
        refused.push_back(fmt::format("recurring template '{}' {}: {}", due.recurring->name,
                                      due.period.key, *excess));
        taken.erase(entry.id.value);
        continue;
      }
      labels.push_back(fmt::format("{} {}", due.recurring->name, due.period.key));
      entries.push_back(std::move(entry));
    }
    return entries;
  };
  // No other document's items or notes are needed: a balances load keeps the origins
  // (recurring:NAME/PERIOD) that tell what was issued already.
  std::vector<syntax::Entry> entries;
  if (options.dry_run) {
    entries = make(load_ledger(ctx, LoadMode::balances));
    for (const syntax::Entry& entry : entries) {
      ctx.out << syntax::format_entry(entry);
    }
  } else {
    entries = commit_entries(ctx, LoadMode::balances, make);
    for (std::size_t i = 0; i < entries.size(); ++i) {
      ctx.out << fmt::format("issued {} ({})\n", entry_summary(entries[i]), labels[i]);
    }
  }
  for (const std::string& message : refused) {
    ctx.err << "dues: error: " << message << '\n';
  }
  return refused.empty() ? ExitCode::ok : ExitCode::attention;
}

} // namespace dues::cli
