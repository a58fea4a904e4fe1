// dues log DOC: every entry about one document, in date order, with the commit that
// added it (git blame --porcelain, one run per journal file; docs/team.md).
#include "base/file.hpp"
#include "base/money.hpp"
#include "cli/commands.hpp"
#include "cli/git.hpp"
#include "model/journal_blocks.hpp"
#include "syntax/journal_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace dues::cli {
namespace {

namespace fs = std::filesystem;
using syntax::Entry;
using syntax::EntryKind;

struct Event {
  Entry entry;
  Date date;
  std::string what;
  std::string file;
  std::size_t line = 0;
  std::string commit; // "abc1234 2026-01-05 Alice: summary", or empty
};

// An amount with its currency's decimals ("300.00"), when the currency is known.
std::string amount_text(const Decimal& value, const std::string& currency) {
  const Currency* known = find_currency(currency);
  const auto money = known == nullptr ? std::nullopt : money_from_decimal(value, *known);
  return money ? format_amount(*money) : format_decimal(value);
}

std::string money(const syntax::Field<Decimal>& amount, const Entry& entry) {
  return amount.set ? amount_text(amount.value, entry.currency.value) + " " + entry.currency.value
                    : std::string();
}

// What an entry applies to `id`, in the document's currency.
std::string applied_to(const Entry& entry, std::string_view id, const std::string& currency) {
  std::string out;
  for (const syntax::Apply& apply : entry.applies) {
    if (apply.document_id.value == id) {
      out = amount_text(apply.amount.value, currency) + " " + currency;
    }
  }
  return out;
}

std::string with_reason(std::string text, const Entry& entry) {
  return entry.reason.set ? text + ": " + entry.reason.value : text;
}

// What an entry says about document `id`.
std::string describe(const Entry& e, std::string_view id, const std::string& currency) {
  const std::string own = e.id.value;
  const bool self = own == id;
  switch (e.kind) {
  case EntryKind::invoice:
    return fmt::format("issued: invoice to {}, {}, due {}", e.customer.value, money(e.total, e),
                       e.due.set ? format_date(e.due.value) : std::string("by instalments"));
  case EntryKind::credit:
    if (self) {
      return fmt::format("issued: credit note to {}, {}", e.customer.value, money(e.total, e));
    }
    return applied_to(e, id, currency).empty()
               ? fmt::format("credited by {} ({})", own, money(e.total, e))
               : fmt::format("credited {} by {}", applied_to(e, id, currency), own);
  case EntryKind::payment:
    if (self) {
      return fmt::format("received: payment from {}, {}{}", e.customer.value, money(e.amount, e),
                         e.bank.set ? fmt::format(" (bank line {})", e.bank.value) : "");
    }
    return fmt::format("paid {} by {}{}", applied_to(e, id, currency), own,
                       e.bank.set ? fmt::format(" (bank line {})", e.bank.value) : "");
  case EntryKind::refund:
    return self ? fmt::format("refund to {}, {}", e.customer.value, money(e.amount, e))
                : fmt::format("refunded {} by {}", money(e.amount, e), own);
  case EntryKind::allocate:
    return self ? fmt::format("allocated to {} invoice(s)", e.applies.size())
                : fmt::format("paid {} from {} (allocate)", applied_to(e, id, currency), own);
  case EntryKind::void_doc:
    return with_reason("voided", e);
  case EntryKind::writeoff:
    return with_reason(fmt::format("written off {} {}", amount_text(e.amount.value, currency),
                                   currency),
                       e);
  case EntryKind::dispute:
    return with_reason("disputed", e);
  case EntryKind::resolve:
    return with_reason("dispute resolved", e);
  case EntryKind::remind:
    return fmt::format("reminded (level {})", format_decimal(e.level.value));
  case EntryKind::note:
    return "note: " + e.text.value;
  case EntryKind::promise:
    return fmt::format("promised payment by {}{}", format_date(e.due.value),
                       e.amount.set ? " of " + money(e.amount, e) : "");
  case EntryKind::sent:
    return fmt::format("sent to {} via {}", e.sent_to.value, e.via.value);
  case EntryKind::collection: // SEPA direct debit
    return fmt::format("direct debit of {} requested for {} (mandate {}, {})", money(e.amount, e),
                       format_date(e.debit_date.value), e.mandate.value, e.sequence.value);
  case EntryKind::debit_return:
    return with_reason("returned by the bank", e);
  case EntryKind::forgotten: // privacy
    return "personal data forgotten (dues customer forget)";
  }
  return std::string(syntax::keyword_of(e.kind));
}

// The commit of each asked line of one file: "abc1234 DATE AUTHOR: SUMMARY".
std::map<std::size_t, std::string> blame(const fs::path& dir, const std::string& file,
                                         const std::vector<std::size_t>& lines) {
  std::vector<std::string> args{"blame", "--porcelain"};
  for (const std::size_t line : lines) {
    args.push_back(fmt::format("-L{},{}", line, line));
  }
  args.emplace_back("--");
  args.push_back(file);
  const GitResult result = run_git(dir, args);
  std::map<std::size_t, std::string> out;
  if (result.status != 0) {
    return out;
  }
  struct Commit {
    std::string author, time, summary;
  };
  std::map<std::string, Commit> commits;
  std::string current;
  std::map<std::size_t, std::string> line_commit;
  std::size_t start = 0;
  while (start < result.out.size()) {
    std::size_t end = result.out.find('\n', start);
    end = end == std::string::npos ? result.out.size() : end;
    const std::string_view line(result.out.data() + start, end - start);
    start = end + 1;
    const std::size_t space = line.find(' ');
    const std::string_view key = line.substr(0, space);
    const std::string_view value = space == std::string_view::npos ? "" : line.substr(space + 1);
    if (key.size() == 40 && key.find_first_not_of("0123456789abcdef") == std::string_view::npos) {
      current = std::string(key);
      const std::size_t second = value.find(' ');
      line_commit[std::stoul(std::string(value.substr(second + 1)))] = current;
    } else if (key == "author") {
      commits[current].author = value;
    } else if (key == "author-time") {
      const std::time_t time = std::stol(std::string(value));
      const Date day{date::floor<date::days>(std::chrono::system_clock::from_time_t(time))};
      commits[current].time = format_date(day);
    } else if (key == "summary") {
      commits[current].summary = value;
    }
  }
  for (const auto& [line, hash] : line_commit) {
    const Commit& commit = commits[hash];
    out[line] = hash.find_first_not_of('0') == std::string::npos
                    ? std::string("not committed yet")
                    : fmt::format("{} {} {}: {}", hash.substr(0, 7), commit.time, commit.author,
                                  commit.summary);
  }
  return out;
}

} // namespace

ExitCode run_log(Context& ctx, const LogOptions& options) {
  const Ledger ledger = load_ledger(ctx, LoadMode::balances); // a ledger that checks
  const fs::path dir = ctx.ledger_dir();
  std::vector<Event> events;
  bool found = false;
  std::string currency; // the document's
  Diagnostics ignored; // the load above checked every line
  std::map<std::string, std::vector<std::size_t>> lines_of;
  for (const std::string& file : ledger.files) {
    const std::string text = read_file(dir / file, file, k_journal_limit);
    for (const JournalBlock& block : split_journal(text, file, ignored).blocks) {
      const std::vector<std::string> ids = ids_mentioned(block.entry);
      if (std::find(ids.begin(), ids.end(), options.id) == ids.end()) {
        continue;
      }
      if (owns_id(block.entry.kind) && block.entry.id.value == options.id) {
        found = true;
        currency = block.entry.currency.value;
      }
      events.push_back({block.entry, block.entry.date, {}, file, block.header, {}});
      lines_of[file].push_back(block.header);
    }
  }
  if (!found) {
    throw Error(ErrorKind::usage,
                fmt::format("no invoice, credit note, payment or refund '{}' in the journal",
                            options.id));
  }
  if (!options.no_git && git_toplevel(dir)) {
    for (const auto& [file, lines] : lines_of) {
      const auto commits = blame(dir, file, lines);
      for (Event& event : events) {
        const auto it = event.file == file ? commits.find(event.line) : commits.end();
        event.commit = it == commits.end() ? event.commit : it->second;
      }
    }
  }
  for (Event& event : events) {
    event.what = describe(event.entry, options.id, currency);
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const Event& a, const Event& b) { return a.date < b.date; });
  for (const Event& event : events) {
    ctx.out << fmt::format("{}  {}  {}:{}{}\n", format_date(event.date), event.what, event.file,
                           event.line, event.commit.empty() ? "" : "  " + event.commit);
  }
  return ExitCode::ok;
}

} // namespace dues::cli
