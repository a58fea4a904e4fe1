// The only file that includes CLI11 (each translation unit that does costs seconds of
// compile time): every subcommand and option of dues is declared here, in one place.
#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "syntax/settings.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <functional>

#include <unistd.h>

namespace dues::cli {
namespace {

using Runner = std::function<ExitCode(Context&)>;

struct GlobalOptions {
  std::optional<std::string> ledger_dir;
  std::optional<std::string> today;
  std::string color = "auto";
};

CLI::App* add_command(CLI::App& app, Runner& chosen, const std::string& name,
                      const std::string& help, Runner run) {
  CLI::App* command = app.add_subcommand(name, help);
  command->callback([&chosen, run = std::move(run)] { chosen = run; });
  return command;
}

// Reads the clock: the only place that does.
Date clock_today() {
  const auto now = std::chrono::system_clock::now();
  return Date{std::chrono::floor<date::days>(now)};
}

Date resolve_today(const GlobalOptions& global) {
  if (global.today) {
    return date_argument("--today", *global.today);
  }
  return clock_today();
}

bool resolve_colour(const std::string& mode) {
  if (mode == "always") {
    return true;
  }
  if (mode == "never" || std::getenv("NO_COLOR") != nullptr) {
    return false;
  }
  const char* term = std::getenv("TERM");
  return ::isatty(STDOUT_FILENO) == 1 && (term == nullptr || std::string_view(term) != "dumb");
}

std::chrono::milliseconds lock_timeout() {
  if (const char* text = std::getenv("DUES_LOCK_TIMEOUT")) {
    char* end = nullptr;
    const long seconds = std::strtol(text, &end, 10);
    if (end != text && *end == '\0' && seconds >= 0) {
      return std::chrono::seconds(seconds);
    }
  }
  return std::chrono::seconds(30);
}

void declare_init(CLI::App& app, Runner& chosen, InitOptions& init) {
  CLI::App* command =
      add_command(app, chosen, "init", "start a new ledger with commented example settings",
                  [&](Context& ctx) { return run_init(ctx, init); });
  command->add_option("dir", init.dir, "folder for the new ledger (default: the current folder)")
      ->type_name("DIR");
  command->add_option("--currency", init.currency, "the company's default currency (default EUR)")
      ->type_name("CODE");
  command->add_option("--company", init.company, "the company name written to dues.toml")
      ->type_name("NAME");
}

void declare_reports(CLI::App& app, Runner& chosen, AgingOptions& aging) {
  CLI::App* command =
      add_command(app, chosen, "aging", "open receivables by age, per customer and currency",
                  [&](Context& ctx) { return run_aging(ctx, aging); });
  command->add_option("--as-of", aging.as_of, "report as of the end of DATE (default: today)")
      ->type_name("DATE");
  command
      ->add_option("--basis", aging.basis,
                   "age by 'due' date or 'invoice' date (default from dues.toml: due)")
      ->type_name("due|invoice");
  command
      ->add_option("--buckets", aging.buckets,
                   "bucket limits in days (default from dues.toml: 30,60,90)")
      ->type_name("N,N,...");
  command->add_flag("--detail", aging.detail, "list every open item under its customer");
  command->add_option("--customer", aging.customer, "only this customer")->type_name("ID");
  command->add_option("--currency", aging.currency, "only this currency")->type_name("CODE");
  command->add_option("--format", aging.format, "table (default), csv or json")
      ->type_name("FORMAT");
}

// ---- receipts: pay, apply, refund, writeoff, dispute, statement ----

struct ReceiptOptions {
  PayOptions pay;
  ApplyOptions apply;
  RefundOptions refund;
  WriteoffOptions writeoff;
  DisputeOptions dispute;
  StatementOptions statement;
};

void add_write_options(CLI::App* command, bool& dry_run, std::string& format) {
  command->add_flag("--dry-run", dry_run, "check and show what would be recorded; write nothing");
  command->add_option("--format", format, "text (default) or json")->type_name("FORMAT");
}

void add_apply_option(CLI::App* command, std::vector<std::string>& applies, const char* help) {
  command->add_option("--apply", applies, help)->type_name("ID[=AMOUNT]")->allow_extra_args(false);
}

void declare_pay(CLI::App& app, Runner& chosen, PayOptions& pay) {
  CLI::App* command = add_command(app, chosen, "pay", "record a payment and apply it to invoices",
                                  [&](Context& ctx) { return run_pay(ctx, pay); });
  command->add_option("customer", pay.customer, "the customer who paid")
      ->type_name("CUSTOMER")
      ->required();
  command->add_option("amount", pay.amount, "the money that arrived, e.g. 1200.50")
      ->type_name("AMOUNT")
      ->required();
  command
      ->add_option("--currency", pay.currency,
                   "currency of the payment (default: the customer's, else the company's)")
      ->type_name("CODE");
  command->add_option("--date", pay.date, "the day the money arrived (default: today)")
      ->type_name("DATE");
  command->add_option("--method", pay.method, "bank, cash, card, alipay, wechat, cheque or other")
      ->type_name("METHOD");
  command->add_option("--ref", pay.reference, "the payer's reference")->type_name("TEXT");
  command
      ->add_option("--fee", pay.fee,
                   "bank charges deducted on the way; they settle invoices like money")
      ->type_name("AMOUNT");
  add_apply_option(command, pay.applies,
                   "apply to this invoice: what is open (or left), or exactly AMOUNT; repeatable");
  command->add_flag("--no-apply", pay.no_apply, "apply nothing: keep it all as unapplied credit");
  add_write_options(command, pay.dry_run, pay.format);
}

void declare_apply(CLI::App& app, Runner& chosen, ApplyOptions& apply) {
  CLI::App* command = add_command(app, chosen, "apply",
                                  "apply unapplied credit (payments, credit notes) to invoices",
                                  [&](Context& ctx) { return run_apply(ctx, apply); });
  command->add_option("target", apply.target, "a customer, or one payment or credit note")
      ->type_name("CUSTOMER|PAYMENT|CREDIT-NOTE");
  command->add_flag("--all", apply.all,
                    "every customer whose allocation is not manual, oldest due first");
  add_apply_option(command, apply.applies,
                   "apply to this invoice: what is open (or left), or exactly AMOUNT; repeatable");
  command->add_option("--currency", apply.currency, "only credit in this currency")
      ->type_name("CODE");
  command->add_option("--date", apply.date, "the day of the allocation (default: today)")
      ->type_name("DATE");
  add_write_options(command, apply.dry_run, apply.format);
}

void declare_refund(CLI::App& app, Runner& chosen, RefundOptions& refund) {
  CLI::App* command = add_command(app, chosen, "refund", "pay unapplied credit back to a customer",
                                  [&](Context& ctx) { return run_refund(ctx, refund); });
  command->add_option("customer", refund.customer, "the customer paid back")
      ->type_name("CUSTOMER")
      ->required();
  command->add_option("amount", refund.amount, "the money paid back")
      ->type_name("AMOUNT")
      ->required();
  command
      ->add_option("--currency", refund.currency,
                   "currency of the refund (default: the customer's, else the company's)")
      ->type_name("CODE");
  command->add_option("--date", refund.date, "the day of the refund (default: today)")
      ->type_name("DATE");
  command
      ->add_option("--method", refund.method, "bank, cash, card, alipay, wechat, cheque or other")
      ->type_name("METHOD");
  command->add_option("--ref", refund.reference, "a reference for the refund")->type_name("TEXT");
  add_write_options(command, refund.dry_run, refund.format);
}

void declare_writeoff(CLI::App& app, Runner& chosen, WriteoffOptions& writeoff) {
  CLI::App* command =
      add_command(app, chosen, "writeoff", "settle part or all of an invoice as a loss",
                  [&](Context& ctx) { return run_writeoff(ctx, writeoff); });
  command->add_option("invoice", writeoff.invoice, "the invoice")->type_name("ID")->required();
  command->add_option("--amount", writeoff.amount, "how much (default: everything open)")
      ->type_name("AMOUNT");
  command->add_option("--reason", writeoff.reason, "why it is written off")
      ->type_name("TEXT")
      ->required();
  command->add_option("--date", writeoff.date, "the day of the write-off (default: today)")
      ->type_name("DATE");
  add_write_options(command, writeoff.dry_run, writeoff.format);
}

void declare_dispute(CLI::App& app, Runner& chosen, DisputeOptions& dispute) {
  CLI::App* command = add_command(app, chosen, "dispute",
                                  "flag an invoice as disputed (out of dunning), or --resolve",
                                  [&](Context& ctx) { return run_dispute(ctx, dispute); });
  command->add_option("invoice", dispute.invoice, "the invoice")->type_name("ID")->required();
  command->add_option("--reason", dispute.reason, "what is disputed, or how it was resolved")
      ->type_name("TEXT");
  command->add_flag("--resolve", dispute.resolve, "the dispute is settled: end it");
  command->add_option("--date", dispute.date, "the day (default: today)")->type_name("DATE");
  add_write_options(command, dispute.dry_run, dispute.format);
}

void declare_statement(CLI::App& app, Runner& chosen, StatementOptions& statement) {
  CLI::App* command = add_command(app, chosen, "statement", "a customer's statement of account",
                                  [&](Context& ctx) { return run_statement(ctx, statement); });
  command->add_option("customer", statement.customer, "the customer")
      ->type_name("CUSTOMER")
      ->required();
  command
      ->add_option("--from", statement.from,
                   "first day (default: the beginning; opening balance the day before)")
      ->type_name("DATE");
  command->add_option("--to", statement.to, "last day, and the aging date (default: today)")
      ->type_name("DATE");
  command->add_option("--currency", statement.currency, "only this currency")->type_name("CODE");
  command->add_option("--format", statement.format, "table (default), csv, json or html")
      ->type_name("FORMAT");
}

void declare_receipts(CLI::App& app, Runner& chosen, ReceiptOptions& options) {
  declare_pay(app, chosen, options.pay);
  declare_apply(app, chosen, options.apply);
  declare_refund(app, chosen, options.refund);
  declare_writeoff(app, chosen, options.writeoff);
  declare_dispute(app, chosen, options.dispute);
  declare_statement(app, chosen, options.statement);
}

} // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"dues: accounts receivable in plain text"};
  app.name("dues");
  app.fallthrough(); // global options such as --today work after the command too
  app.set_version_flag("--version", fmt::format("dues {} (ledger format {})", DUES_VERSION,
                                                syntax::k_format_version));
  GlobalOptions global;
  app.add_option("-C", global.ledger_dir, "use the ledger in DIR (default: search upwards)")
      ->type_name("DIR")
      ->envname("DUES_LEDGER");
  app.add_option("--today", global.today, "pretend today is DATE (reproducible runs)")
      ->type_name("DATE")
      ->envname("DUES_TODAY");
  app.add_option("--color", global.color, "colour output: auto (default), always or never")
      ->type_name("WHEN")
      ->check(CLI::IsMember({"auto", "always", "never"}));

  Runner chosen;
  InitOptions init;
  declare_init(app, chosen, init);
  add_command(app, chosen, "check", "validate the whole ledger; exit 0 only when clean", run_check);
  FmtOptions fmt_options;
  CLI::App* fmt_command = add_command(app, chosen, "fmt", "rewrite journal files in canonical form",
                                      [&](Context& ctx) { return run_fmt(ctx, fmt_options); });
  fmt_command->add_flag("--check", fmt_options.check,
                        "change nothing; exit 1 and list the files that are not canonical");
  AgingOptions aging;
  declare_reports(app, chosen, aging);
  ReceiptOptions receipts;
  declare_receipts(app, chosen, receipts);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 returns 0 for --help and --version and 100+ for its own errors; dues promises 2.
    if (e.get_exit_code() == 0) {
      return app.exit(e, out, err);
    }
    err << "dues: error: " << e.what() << "\n"
        << "Run 'dues --help' or 'dues COMMAND --help' for usage.\n";
    return static_cast<int>(ExitCode::usage);
  }
  if (!chosen) {
    err << app.help();
    return static_cast<int>(ExitCode::usage);
  }
  try {
    std::error_code ec;
    Context ctx{out,
                err,
                std::nullopt,
                std::filesystem::current_path(ec),
                resolve_today(global),
                resolve_colour(global.color),
                lock_timeout()};
    if (global.ledger_dir) {
      ctx.ledger_arg = std::filesystem::path(*global.ledger_dir);
    }
    const ExitCode code = chosen(ctx);
    out.flush();
    return static_cast<int>(code);
  } catch (const Error& e) {
    err << (e.kind() == ErrorKind::internal ? "dues: internal error: " : "dues: error: ")
        << e.what() << '\n';
    return static_cast<int>(exit_code_for(e.kind()));
  } catch (const std::exception& e) {
    err << "dues: internal error: " << e.what() << '\n';
    return static_cast<int>(ExitCode::internal);
  }
}

} // namespace dues::cli
