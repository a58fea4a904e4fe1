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

void declare_reconcile(CLI::App& app, Runner& chosen, ReconcileOptions& reconcile) {
  CLI::App* command = add_command(app, chosen, "reconcile",
                                  "match a bank export against open invoices; record with --apply",
                                  [&](Context& ctx) { return run_reconcile(ctx, reconcile); });
  command->add_option("file", reconcile.file, "the bank export (CSV) to reconcile")
      ->type_name("FILE");
  command
      ->add_option("--profile", reconcile.profile,
                   "bank profile: [bank.NAME] in dues.toml, bank/NAME.toml, or a .toml file")
      ->type_name("NAME");
  command->add_flag("--apply", reconcile.apply,
                    "record the confident matches as payments (one commit for the file)");
  command->add_flag("--dry-run", reconcile.dry_run,
                    "print the plan and record nothing (the default)");
  command->add_option("--format", reconcile.format, "table (default) or json")->type_name("FORMAT");
  command
      ->add_option("--date-tolerance", reconcile.date_tolerance,
                   "count invoices dated up to N days after the bank line (default from "
                   "[reconcile], else 0)")
      ->type_name("N");
  command
      ->add_option("--profile-check", reconcile.profile_check,
                   "show how the profile reads the first rows of FILE (for writing a profile)")
      ->type_name("FILE");
  command->add_option("--rows", reconcile.rows, "rows --profile-check shows (default 20)")
      ->type_name("N");
}

void declare_reports(CLI::App& app, Runner& chosen, AgingOptions& aging) {
  CLI::App* command =
      add_command(app, chosen, "aging", "open receivables by age, per customer and currency",
                  [&](Context& ctx) { return run_aging(ctx, aging); });
  command->add_option("--as-of", aging.as_of, "report as of the end of DATE (default: today)")
      ->type_name("DATE");
  command->add_option("--basis", aging.basis, "age by 'due' date (default) or 'invoice' date")
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
  ReconcileOptions reconcile;
  declare_reconcile(app, chosen, reconcile);
  AgingOptions aging;
  declare_reports(app, chosen, aging);

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
