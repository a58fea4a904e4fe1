#include "base/account.hpp"
#include "base/parallel.hpp"
#include "cli/commands.hpp"
#include "cli/reconcile_input.hpp"
#include "cli/reconcile_returns.hpp" // sepa
#include "cli/secrets.hpp"           // privacy
#include "model/numbering.hpp"
#include "query/match.hpp"
#include "render/reconcile_view.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <sstream>
#include <utility>

namespace dues::cli {
namespace {

// Free text stored on a payment: one line, at most this many characters.
constexpr std::size_t k_max_reference = 140;

template <typename T>
syntax::Field<T> field(T value) {
  return {std::move(value), {}, true};
}

// The bank text as a journal string: control characters dropped, cut to a length.
std::string reference_text(std::string_view text) {
  std::string out;
  std::size_t points = 0;
  for (const char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      continue;
    }
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++points > k_max_reference) {
      break;
    }
    out += c;
  }
  return out;
}

// Hands out payment ids of the ledger's payment series, one after the other.
class PaymentNumbers {
public:
  explicit PaymentNumbers(const Ledger& ledger)
      : m_ledger(ledger), m_series(series_for_kind(ledger.settings, "payment")) {}

  bool available() const { return m_series != nullptr; }

  std::string next(const Date& day) {
    const int year = static_cast<int>(day.year());
    const int slot = m_series->yearly_reset ? year : 0;
    auto it = m_next.find(slot);
    if (it == m_next.end()) {
      const std::string first = next_id(m_ledger, *m_series, year);
      const auto number = match_series(m_series->format, first);
      it = m_next.emplace(slot, number ? number->sequence : 1).first;
    }
    return format_series_id(m_series->format, year, it->second++);
  }

private:
  const Ledger& m_ledger;
  const syntax::SeriesSetting* m_series;
  std::map<int, long> m_next;
};

// The ledger's [reconcile] settings, with --date-tolerance taking precedence.
query::MatchSettings match_settings(const Ledger& ledger, const ReconcileOptions& options) {
  const syntax::ReconcileSettings& reconcile = ledger.settings.reconcile;
  query::MatchSettings settings;
  settings.fee_tolerance = reconcile.fee_tolerance;
  settings.fee_tolerance_percent = reconcile.fee_tolerance_percent;
  settings.name_cutoff = reconcile.name_cutoff;
  settings.min_confidence = reconcile.min_confidence;
  settings.date_tolerance = options.date_tolerance.value_or(reconcile.date_tolerance);
  return settings;
}

// What matching decided, plus the ids the matched lines get.
struct Outcome {
  std::vector<query::LineMatch> matches;
  std::vector<std::string> payment_ids; // per line; "" unless matched
  std::vector<std::size_t> recorded;    // the matched lines in date order, as numbered
};

Outcome plan(const Context& ctx, const Ledger& ledger, const bank::Statement& statement,
             const ReconcileOptions& options) {
  query::MatchSettings settings = match_settings(ledger, options);
  settings.matching_key = ctx.matching_key.value_or(""); // privacy
  settings.revealed_accounts = reveal_accounts(ctx, ctx.ledger_dir(), ledger.customers);
  Outcome outcome;
  // Every event of the journal counts, also those dated after the bank lines.
  const Date as_of{date::year{9999}, date::December, date::day{31}};
  outcome.matches = query::match_bank_lines(ledger, as_of, statement.receipts, settings);
  outcome.payment_ids.resize(outcome.matches.size());
  PaymentNumbers numbers(ledger);
  for (std::size_t i = 0; i < outcome.matches.size(); ++i) {
    if (outcome.matches[i].status == query::MatchStatus::matched) {
      outcome.recorded.push_back(i);
    }
  }
  std::stable_sort(
      outcome.recorded.begin(), outcome.recorded.end(), [&](std::size_t a, std::size_t b) {
        return day_number(statement.receipts[a].date) < day_number(statement.receipts[b].date);
      });
  for (const std::size_t i : outcome.recorded) {
    outcome.payment_ids[i] = numbers.available() ? numbers.next(statement.receipts[i].date) : "-";
  }
  return outcome;
}

// The journal entries recording the matched lines: a payment each, and an `allocate`
// entry for money applied to an invoice dated after the payment.
std::vector<syntax::Entry> entries_of(const Ledger& ledger, const bank::Statement& statement,
                                      const Outcome& outcome) {
  std::vector<syntax::Entry> entries;
  for (const std::size_t i : outcome.recorded) {
    const query::LineMatch& match = outcome.matches[i];
    const bank::BankLine& line = statement.receipts[i];
    syntax::Entry payment;
    payment.kind = syntax::EntryKind::payment;
    payment.date = line.date;
    payment.id = field(outcome.payment_ids[i]);
    payment.customer = field(ledger.customers[*match.customer].id);
    payment.amount = field(to_decimal(line.amount));
    payment.currency = field(std::string(line.amount.currency().code));
    if (!match.fee.is_zero()) {
      payment.fee = field(to_decimal(match.fee));
    }
    payment.method = field(std::string("bank"));
    if (const std::string text = reference_text(line.reference); !text.empty()) {
      payment.reference = field(text);
    }
    payment.bank = field(line.key);
    std::map<int, syntax::Entry> later; // allocations on invoices dated after the line
    for (const query::PlannedApply& apply : match.applies) {
      syntax::Apply applied;
      applied.document_id = field(ledger.documents[apply.document].id);
      applied.amount = field(to_decimal(apply.amount));
      if (day_number(apply.date) == day_number(line.date)) {
        payment.applies.push_back(std::move(applied));
        continue;
      }
      syntax::Entry& allocate = later[day_number(apply.date)];
      allocate.kind = syntax::EntryKind::allocate;
      allocate.date = apply.date;
      allocate.id = payment.id;
      allocate.applies.push_back(std::move(applied));
    }
    entries.push_back(std::move(payment));
    for (auto& [day, allocate] : later) {
      entries.push_back(std::move(allocate));
    }
  }
  return entries;
}

// sepa: the payments this run records, for a return in the same statement.
std::vector<NewPayment> new_payments(const bank::Statement& statement, const Outcome& outcome) {
  std::vector<NewPayment> payments;
  for (const std::size_t i : outcome.recorded) {
    NewPayment payment{
        outcome.payment_ids[i], statement.receipts[i].date, statement.receipts[i].amount, {}};
    for (const query::PlannedApply& apply : outcome.matches[i].applies) {
      payment.invoices.push_back(apply.document);
    }
    payments.push_back(std::move(payment));
  }
  return payments;
}

// sepa: says on each returned row which payment it takes back.
void note_returns(render::ReconcilePlan& view, const std::vector<FoundReturn>& returns,
                  bool applied) {
  for (const FoundReturn& found : returns) {
    for (render::PlanSkip& skip : view.skipped) {
      if (skip.line == found.line) {
        skip.detail += return_words(found, applied);
      }
    }
  }
}

std::vector<render::PlanBalance> balances_view(const bank::Statement& statement) {
  std::vector<render::PlanBalance> balances;
  const auto amount = [](const std::optional<Money>& money) {
    return money ? format_amount(*money) : std::string();
  };
  const auto day = [](const std::optional<Date>& date) {
    return date ? format_date(*date) : std::string();
  };
  for (const bank::StatementBalance& balance : statement.balances) {
    render::PlanBalance row;
    row.statement = balance.statement;
    row.account = balance.account;
    row.opening = amount(balance.opening);
    row.opening_date = day(balance.opening_date);
    row.movements = amount(balance.movements);
    row.closing = amount(balance.closing);
    row.closing_date = day(balance.closing_date);
    const auto& known = balance.opening ? balance.opening : balance.closing;
    row.currency = known ? std::string(known->currency().code) : std::string();
    balances.push_back(std::move(row));
  }
  return balances;
}

// A skipped row's amount as the plan and --profile-check both show it: as the row
// gives it, nothing for a row without one (never a made-up 0.00).
std::string skipped_amount(const bank::SkippedRow& skipped) {
  if (!skipped.parsed || skipped.reason == bank::SkipReason::no_amount) {
    return {};
  }
  return format_amount(skipped.parsed->amount);
}

render::ReconcilePlan plan_view(const Ledger& ledger, const bank::Statement& statement,
                                const Outcome& outcome, bool applied) {
  render::ReconcilePlan view;
  view.file = statement.path;
  view.profile = statement.profile;
  view.format = statement.format;
  view.balances = balances_view(statement);
  view.applied = applied;
  view.lines.reserve(outcome.matches.size()); // one allocation, no moves of the lines so far
  for (std::size_t i = 0; i < outcome.matches.size(); ++i) {
    const query::LineMatch& match = outcome.matches[i];
    const bank::BankLine& line = statement.receipts[i];
    render::PlanLine row;
    row.line = line.line_number;
    row.status = std::string(query::match_status_name(match.status));
    row.date = format_date(line.date);
    row.amount = format_amount(line.amount);
    row.currency = std::string(line.amount.currency().code);
    row.fee = match.fee.is_zero() ? std::string() : format_amount(match.fee);
    row.payer_name = line.payer_name;
    row.payer_account = line.payer_account;
    row.reference = line.reference;
    row.key = line.key;
    row.tier = match.tier;
    row.confidence = match.confidence;
    if (match.customer) {
      row.customer = ledger.customers[*match.customer].id;
    }
    row.payment = match.status == query::MatchStatus::already_imported ? match.payment_id
                                                                       : outcome.payment_ids[i];
    for (const query::PlannedApply& apply : match.applies) {
      row.applies.push_back({ledger.documents[apply.document].id, format_amount(apply.amount),
                             format_date(apply.date)});
    }
    for (const query::Candidate& candidate : match.candidates) {
      const Document& invoice = ledger.documents[candidate.document];
      row.candidates.push_back(
          {invoice.id, ledger.customers[invoice.customer].id, format_amount(candidate.open)});
    }
    row.reasons = match.reasons;
    view.lines.push_back(std::move(row));
  }
  for (const bank::SkippedRow& skipped : statement.skipped) {
    if (skipped.reason == bank::SkipReason::blank) {
      continue;
    }
    render::PlanSkip row;
    row.line = skipped.line_number;
    row.reason = std::string(bank::skip_reason_name(skipped.reason));
    row.detail = skipped.detail;
    row.amount = skipped_amount(skipped);
    if (skipped.parsed) {
      row.date = format_date(skipped.parsed->date);
      row.text = skipped.parsed->payer_name.empty()
                     ? skipped.parsed->reference
                     : skipped.parsed->payer_name + " " + skipped.parsed->reference;
    } else {
      row.text = skipped.detail;
    }
    view.skipped.push_back(std::move(row));
  }
  return view;
}

// Unless --unmask, account numbers in the plan are masked: the payer's account, and in
// free text (bank reference, reasons, skipped rows) that account, the bank accounts of
// the customers a line names, and any valid IBAN.
void mask_accounts(render::ReconcilePlan& view, const Ledger& ledger) {
  const auto add_customer = [&](AccountMask& mask, const std::string& id) {
    if (const std::uint32_t* customer = ledger.find_customer_index(id)) {
      for (const std::string& account : ledger.customers[*customer].bank_accounts) {
        mask.add_known(account);
      }
    }
  };
  for (render::PlanLine& line : view.lines) {
    AccountMask mask;
    mask.add_known(line.payer_account);
    add_customer(mask, line.customer);
    for (const render::PlanCandidate& candidate : line.candidates) {
      add_customer(mask, candidate.customer);
    }
    line.payer_account = mask.account(line.payer_account);
    line.reference = mask.text(line.reference);
    for (std::string& reason : line.reasons) {
      reason = mask.text(reason);
    }
  }
  const AccountMask mask;
  for (render::PlanBalance& balance : view.balances) {
    balance.account = mask.account(balance.account);
  }
  for (render::PlanSkip& skip : view.skipped) {
    skip.text = mask.text(skip.text);
    skip.detail = mask.text(skip.detail);
  }
}

// The same for --profile-check.
void mask_accounts(render::ProfileCheck& view) {
  for (render::CheckRow& row : view.rows) {
    AccountMask mask;
    mask.add_known(row.payer_account);
    row.payer_account = mask.account(row.payer_account);
    row.reference = mask.text(row.reference);
  }
}

ExitCode exit_code_of(const Outcome& outcome) {
  const bool attention =
      std::any_of(outcome.matches.begin(), outcome.matches.end(), [](const auto& match) {
        return match.status == query::MatchStatus::ambiguous
               || match.status == query::MatchStatus::unmatched;
      });
  return attention ? ExitCode::attention : ExitCode::ok;
}

void print_plan(Context& ctx, const render::ReconcilePlan& view, Format format) {
  if (format == Format::json) {
    render::reconcile_json(ctx.out, view);
  } else {
    render::reconcile_table(ctx.out, view, ctx.colour);
  }
}

render::ProfileCheck check_view(const bank::Profile& profile, const bank::Statement& statement,
                                const Diagnostics& diags);

ExitCode run_profile_check(Context& ctx, const ReconcileOptions& options,
                           const bank::Profile& profile, Format format) {
  Diagnostics diags;
  const bank::Statement statement =
      load_statement(ctx, profile, *options.profile_check, diags, std::max(1, options.rows));
  render::ProfileCheck view = check_view(profile, statement, diags);
  if (!options.unmask) {
    mask_accounts(view);
  }
  if (format == Format::json) {
    render::profile_check_json(ctx.out, view);
  } else {
    render::profile_check_table(ctx.out, view, ctx.colour);
  }
  diags.sort();
  print_diagnostics(ctx.err, diags);
  return diags.empty() ? ExitCode::ok : ExitCode::invalid_input;
}

render::CheckRow check_row(int line_number, std::string result, const bank::BankLine* line) {
  render::CheckRow row;
  row.line = line_number;
  row.result = std::move(result);
  if (line != nullptr) {
    row.date = format_date(line->date);
    row.amount = format_amount(line->amount);
    row.currency = std::string(line->amount.currency().code);
    row.fee = line->fee.is_zero() ? std::string() : format_amount(line->fee);
    row.payer_name = line->payer_name;
    row.payer_account = line->payer_account;
    row.reference = line->reference;
    row.bank_id = line->bank_id;
    row.status = line->status;
  }
  return row;
}

render::ProfileCheck check_view(const bank::Profile& profile, const bank::Statement& statement,
                                const Diagnostics& diags) {
  render::ProfileCheck view;
  view.file = statement.path;
  view.profile = profile.name;
  view.encoding = std::string(bank::encoding_name(statement.encoding));
  view.header_line = statement.header_line;
  view.header = statement.header;
  for (const bank::BankLine& line : statement.receipts) {
    view.rows.push_back(check_row(line.line_number, "receipt", &line));
  }
  for (const bank::SkippedRow& skipped : statement.skipped) {
    std::string result(bank::skip_reason_name(skipped.reason));
    if (!skipped.detail.empty() && skipped.reason != bank::SkipReason::footer
        && skipped.reason != bank::SkipReason::ignored) {
      result += fmt::format(" ({})", skipped.detail);
    }
    view.rows.push_back(check_row(skipped.line_number, std::move(result),
                                  skipped.parsed ? &*skipped.parsed : nullptr));
    view.rows.back().amount = skipped_amount(skipped);
  }
  for (const Error& error : diags.errors()) {
    const int line = error.where() ? error.where()->line : 0;
    const bool listed = std::any_of(view.rows.begin(), view.rows.end(),
                                    [&](const auto& row) { return row.line == line; });
    if (!listed) {
      view.rows.push_back(check_row(line, "error", nullptr));
    }
    ++view.errors;
  }
  std::stable_sort(view.rows.begin(), view.rows.end(),
                   [](const auto& a, const auto& b) { return a.line < b.line; });
  return view;
}

// The bank file and the ledger of a plan, read at the same time (the file on another
// thread, issue 16/18). What each says is held back and printed as a run that reads the
// bank file first prints it: the bank file's messages, and when it read, the ledger's.
std::pair<bank::Statement, Ledger> load_both(Context& ctx, const ReconcileOptions& options) {
  std::ostringstream bank_said;
  std::ostringstream ledger_said;
  Context bank_ctx = with_err(ctx, bank_said);
  Context ledger_ctx = with_err(ctx, ledger_said);
  std::optional<bank::Statement> statement;
  std::optional<Ledger> ledger;
  const BothFailures failed = run_both_caught(
      parse_in_parallel(), [&] { ledger = load_ledger(ledger_ctx, LoadMode::balances); },
      [&] {
        statement = load_bank_file(bank_ctx, options.profile, options.input_format, *options.file);
      });
  ctx.err << bank_said.str();
  if (failed.second) {
    std::rethrow_exception(failed.second);
  }
  ctx.err << ledger_said.str();
  if (failed.first) {
    std::rethrow_exception(failed.first);
  }
  return {std::move(*statement), std::move(*ledger)};
}

} // namespace

ExitCode run_reconcile(Context& ctx, const ReconcileOptions& options) {
  const Format format = format_argument(options.format, {Format::table, Format::json});
  if (options.profile_check && (options.file || options.apply)) {
    throw Error(ErrorKind::usage,
                "--profile-check FILE takes no other bank file and cannot be combined with "
                "--apply");
  }
  if (!options.profile_check && !options.file) {
    throw Error(ErrorKind::usage, "which bank file? (dues reconcile FILE --profile NAME)");
  }
  if (options.apply && options.dry_run) {
    throw Error(ErrorKind::usage, "--apply and --dry-run contradict each other");
  }
  if (options.profile_check) {
    if (!options.profile) {
      throw Error(ErrorKind::usage, "--profile NAME is required (a [bank.NAME] table of "
                                    "dues.toml or bank/NAME.toml)");
    }
    return run_profile_check(ctx, options, load_profile(ctx, *options.profile), format);
  }
  if (options.date_tolerance && (*options.date_tolerance < 0 || *options.date_tolerance > 366)) {
    throw Error(ErrorKind::usage, fmt::format("--date-tolerance: expected 0 to 366 days, not {}",
                                              *options.date_tolerance));
  }
  Outcome outcome;
  render::ReconcilePlan view;
  if (!options.apply) {
    const auto [statement, ledger] = load_both(ctx, options);
    outcome = plan(ctx, ledger, statement, options);
    view = plan_view(ledger, statement, outcome, false);
    note_returns(view, find_returns(ledger, statement), false); // sepa
    if (!options.unmask) {
      mask_accounts(view, ledger);
    }
  } else {
    const bank::Statement statement =
        load_bank_file(ctx, options.profile, options.input_format, *options.file);
    commit_entries(ctx, LoadMode::balances, [&](const Ledger& ledger) {
      if (series_for_kind(ledger.settings, "payment") == nullptr) {
        throw Error(ErrorKind::invalid_input,
                    "dues.toml has no payment series to number the payments: add "
                    "[series.payment] with format = \"PAY-{year}-{seq:04}\"");
      }
      outcome = plan(ctx, ledger, statement, options);
      view = plan_view(ledger, statement, outcome, true);
      if (!options.unmask) {
        mask_accounts(view, ledger);
      }
      std::vector<syntax::Entry> entries = entries_of(ledger, statement, outcome);
      const std::vector<FoundReturn> returns =
          find_returns(ledger, statement, new_payments(statement, outcome)); // sepa
      note_returns(view, returns, true);
      for (syntax::Entry& entry : return_entries(returns)) {
        entries.push_back(std::move(entry));
      }
      return entries;
    });
  }
  print_plan(ctx, view, format);
  return exit_code_of(outcome);
}

} // namespace dues::cli
