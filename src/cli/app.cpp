// The command line of dues: the global options, `run`, and every command but the receipts
// (app_receipts.cpp) and invoicing (app_invoicing.cpp) groups. These three files, with
// app_declare.hpp, are the only ones that include CLI11 (each costs seconds of compile time).
#include "cli/app.hpp"

#include "base/printable_stream.hpp"
#include "base/suggest.hpp"
#include "base/text.hpp"
#include "cli/app_declare.hpp"
#include "cli/environment.hpp"
#include "syntax/settings.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdlib>
#include <functional>

namespace dues::cli {

CLI::App* add_command(CLI::App& app, Runner& chosen, const std::string& name,
                      const std::string& help, Runner run) {
  CLI::App* command = app.add_subcommand(name, help);
  command->callback([&chosen, run = std::move(run)] { chosen = run; });
  return command;
}

// A command group such as `dues customer`: alone it is a usage error listing its actions.
CLI::App* add_group(CLI::App& app, Runner& chosen, const std::string& name, const std::string& help,
                    std::string actions) {
  CLI::App* group = app.add_subcommand(name, help);
  group->callback([&chosen, name, actions = std::move(actions)] {
    if (!chosen) { // an action's callback sets its runner, before or after this one
      chosen = [name, actions](Context&) -> ExitCode {
        throw Error(ErrorKind::usage, fmt::format("dues {}: expected {}", name, actions));
      };
    }
  });
  return group;
}

namespace {

struct GlobalOptions {
  std::optional<std::string> ledger_dir;
  std::optional<std::string> today;
  std::string color = "auto";
  bool bom = false; // conveniences
};


Date resolve_today(const GlobalOptions& global) {
  if (global.today) {
    // The value may come from the environment: name what the user set.
    const char* variable = std::getenv("DUES_TODAY");
    const bool from_environment = variable != nullptr && *global.today == variable;
    return date_argument(from_environment ? "DUES_TODAY" : "--today", *global.today);
  }
  return clock_today();
}

// hardening (issue 21.11): what CLI11's "The following arguments were not expected" was
// about, said plainly: "unknown command 'X'" or "unknown option '--x' for 'dues Y'", with
// the closest known name. "" when the command line shows no unknown word.
std::string unknown_word(CLI::App& app, int argc, const char* const* argv) {
  CLI::App* at = &app;
  std::string path = "dues";
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word == "--") {
      break;
    }
    if (word.size() > 1 && word[0] == '-') {
      const std::string name = word.substr(0, word.find('='));
      const CLI::Option* option = nullptr;
      for (const CLI::App* owner = at; owner != nullptr && option == nullptr;
           owner = owner->get_parent()) {
        option = owner->get_option_no_throw(name);
      }
      if (option == nullptr) {
        std::vector<std::string> names;
        for (const CLI::App* owner = at; owner != nullptr; owner = owner->get_parent()) {
          for (const CLI::Option* known : owner->get_options()) {
            for (const std::string& long_name : known->get_lnames()) {
              names.push_back("--" + long_name);
            }
          }
        }
        return fmt::format("unknown option '{}' for '{}'{}", name, path,
                           did_you_mean(name, {names.begin(), names.end()}));
      }
      if (option->get_items_expected_min() > 0 && word.find('=') == std::string::npos) {
        ++i; // its value
      }
      continue;
    }
    CLI::App* sub = nullptr;
    try {
      sub = at->get_subcommand(word);
    } catch (const CLI::OptionNotFound&) { // not a command here: a value, or unknown
    }
    if (sub != nullptr) {
      at = sub;
      path += " " + word;
      continue;
    }
    if (!at->get_subcommands({}).empty() && at->get_options([](const CLI::Option* option) {
                                               return option->get_positional();
                                             }).empty()) {
      std::vector<std::string> names;
      for (const CLI::App* command : at->get_subcommands({})) {
        names.push_back(command->get_name());
      }
      return fmt::format("unknown command '{}'{}{}", word,
                         at == &app ? std::string{} : fmt::format(" for '{}'", path),
                         did_you_mean(word, {names.begin(), names.end()}));
    }
  }
  return {};
}

void declare_init(CLI::App& app, Runner& chosen, InitOptions& init) {
  CLI::App* command =
      add_command(app, chosen, "init", "start a new ledger with commented example settings",
                  [&](Context& ctx) { return run_init(ctx, init); });
  command->add_option("dir", init.dir, "folder for the new ledger (default: the current folder)")
      ->type_name("DIR");
  command
      ->add_option("--currency", init.currency,
                   "the company's default currency (default: the country's, else EUR)")
      ->type_name("CODE");
  command->add_option("--company", init.company, "the company name written to dues.toml")
      ->type_name("NAME");
  command->add_flag("--git", init.git,
                    "also run 'dues git setup' (merge driver, pre-commit hook)"); // teamwork
  command
      ->add_option("--country", init.country,
                   "write that country's usual tax rates, currency and invoice language")
      ->type_name("CC");
}

void declare_reconcile(CLI::App& app, Runner& chosen, ReconcileOptions& reconcile) {
  CLI::App* command = add_command(app, chosen, "reconcile",
                                  "match a bank export against open invoices; record with --apply",
                                  [&](Context& ctx) { return run_reconcile(ctx, reconcile); });
  command->add_option("file", reconcile.file, "the bank file to reconcile (CSV, camt.053/054, MT940)")
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
  command->add_flag("--unmask", reconcile.unmask,
                    "print payer account numbers in full (default: DE** **** 3000)");
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
  command
      ->add_option("--input-format", reconcile.input_format,
                   "csv, camt053, camt054 or mt940 (default: from the file's content)")
      ->type_name("FORMAT");
}

void declare_collect(CLI::App& app, Runner& chosen, CollectOptions& collect) {
  CLI::App* command =
      add_command(app, chosen, "collect",
                  "write a SEPA direct debit file (pain.008) for due invoices with a mandate",
                  [&](Context& ctx) { return run_collect(ctx, collect); });
  command->add_option("--as-of", collect.as_of, "plan as of DATE (default: today)")
      ->type_name("DATE");
  command->add_option("--due-by", collect.due_by, "collect items due on or before DATE (default: --as-of)")
      ->type_name("DATE");
  command->add_option("--output", collect.output, "the pain.008 file (default pain008-YYYYMMDD.xml)")
      ->type_name("FILE");
  command->add_option("--pain", collect.pain, "pain.008.001 version: 02 (default) or 08")
      ->type_name("VERSION");
  command->add_flag("--dry-run", collect.dry_run, "show the collections; write nothing");
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
  command->add_option("--format", aging.format, "table (default), csv, json, html or xlsx")
      ->type_name("FORMAT");
}


// --- export and import (issue 14) ---

void declare_export(CLI::App& app, Runner& chosen, ExportOptions& o) {
  CLI::App* command =
      add_command(app, chosen, "export", "the receivables as double-entry books or tables",
                  [&](Context& ctx) { return run_export(ctx, o); });
  command
      ->add_option("--format", o.format, "beancount, ledger, hledger, csv, json or sqlite")
      ->required()
      ->type_name("FORMAT");
  command->add_option("--from", o.from, "only movements on or after DATE")->type_name("DATE");
  command->add_option("--to", o.to, "only movements on or before DATE")->type_name("DATE");
  command->add_option("--output", o.output, "write to FILE instead of standard output")
      ->type_name("FILE");
  command->add_option("--table", o.table, "csv: the table to write (docs/export.md)")
      ->type_name("NAME");
}

// dues import customers|open-items: the options both share, then open-items' own.
void declare_import(CLI::App& app, Runner& chosen, std::array<ImportOptions, 2>& o) {
  CLI::App* group = add_group(app, chosen, "import",
                              "take over customers and open items from another system",
                              "customers or open-items");
  const std::array<std::pair<const char*, const char*>, 2> names = {{
      {"customers", "add customers from a CSV file to customers.toml; write with --apply"},
      {"open-items", "record open invoices and credit from a CSV file; write with --apply"},
  }};
  for (std::size_t i = 0; i < o.size(); ++i) {
    ImportOptions& options = o[i];
    CLI::App* command =
        add_command(*group, chosen, names[i].first, names[i].second,
                    [&options, i](Context& ctx) {
                      return i == 0 ? run_import_customers(ctx, options)
                                    : run_import_open_items(ctx, options);
                    });
    command->add_option("file", options.file, "the CSV file (UTF-8, a header row)")
        ->type_name("FILE")
        ->required();
    command->add_option("--map", options.map, "read FIELD from the column named COLUMN; repeatable")
        ->type_name("FIELD=COLUMN")
        ->allow_extra_args(false);
    command->add_option("--delimiter", options.delimiter, "the cell separator: , (default) ; | or tab")
        ->type_name("CHAR");
    command
        ->add_option("--input-format", options.input_format,
                     "csv or json (default: json for a .json file, else csv)")
        ->type_name("FORMAT");
    command->add_flag("--apply", options.apply, "write what the plan shows (one atomic write)");
    command->add_flag("--dry-run", options.dry_run, "print the plan and write nothing (the default)");
    if (i == 0) {
      continue;
    }
    command->add_option("--date-format", options.date_format, "how dates are written (default %Y-%m-%d)")
        ->type_name("FORMAT");
    command->add_option("--decimal-mark", options.decimal_mark, "the decimal mark: . (default) or ,")
        ->type_name("CHAR");
    command->add_option("--thousands", options.thousands, "the thousands separator (default none)")
        ->type_name("CHAR");
    command
        ->add_option("--currency", options.currency,
                     "currency of rows without one (default: the customer's, else the company's)")
        ->type_name("CODE");
    command
        ->add_option("--source", options.source,
                     "where the items come from, recorded on each (default: the file's name)")
        ->type_name("TEXT");
  }
}

// Once a command is chosen, a later word that names another command ("dues customer set
// bolt tag --add export") is a value: CLI11 2.1 would take it for that command whenever
// no required positional is left. Disabling the other commands when one starts parsing
// stops that at every level.
void keep_values_apart_from_commands(CLI::App& parent) {
  const auto all = [](CLI::App*) { return true; };
  for (CLI::App* command : parent.get_subcommands(all)) {
    command->preparse_callback([&parent, command, all](std::size_t) {
      for (CLI::App* other : parent.get_subcommands(all)) {
        if (other != command) {
          other->disabled();
        }
      }
    });
    keep_values_apart_from_commands(*command);
  }
}

// --- end export and import ---
// ---- reports for decisions: dues report dso|forecast|risk|tax|payments ----

using ReportsOptions = std::array<ReportOptions, 6>; // as report_commands(): dso ... collections

void declare_report(CLI::App& app, Runner& chosen, ReportsOptions& o) {
  CLI::App* group =
      add_group(app, chosen, "report",
                "reports for decisions: dso, forecast, risk, tax, payments, collections",
                "dso, forecast, risk, tax, payments or collections");
  for (std::size_t i = 0; i < o.size(); ++i) {
    const ReportCommand& spec = report_commands()[i];
    ReportOptions& options = o[i];
    const auto runner = [&options, run = spec.run](Context& ctx) {
      return run(ctx, options);
    };
    CLI::App* command = add_command(*group, chosen, spec.name, spec.help, runner);
    command->add_option("--as-of", options.as_of, "report as of the end of DATE (default: today)")
        ->type_name("DATE");
    command->add_option("--customer", options.customer, "only this customer")->type_name("ID");
    command->add_option("--currency", options.currency, "only this currency")->type_name("CODE");
    command->add_option("--format", options.format, "table (default), csv, json, html or xlsx")
        ->type_name("FORMAT");
    if (spec.units != nullptr) {
      command->add_option("--by", options.by, std::string("period: ") + spec.units)
          ->type_name("UNIT");
      command->add_option("--periods", options.periods, "how many (default 6; forecast 3)")
          ->type_name("N");
    }
  }
  group->get_subcommand("risk")->add_flag("--warnings-only", o[2].warnings_only,
                                          "print only the warnings; exit 1 when there are any");
  CLI::App* tax = group->get_subcommand("tax");
  tax->add_option("--period", o[3].period, "2026, 2026-Q3 or 2026-09 (default: --as-of's quarter)")
      ->type_name("PERIOD");
  tax->add_option("--from", o[3].from, "first day (with --to)")->type_name("DATE");
  tax->add_option("--to", o[3].to, "last day (with --from)")->type_name("DATE");
}

// --- end reports ---

// --- hardening (issue 21): command-line text that cannot be written ---

// A value the writers could not put into a file as given is a usage error naming the
// option, before anything is read: invalid UTF-8 anywhere, and the characters a
// journal line cannot hold (line breaks, tabs, NUL) anywhere but in a postal address
// (several lines allowed). Other control characters are kept, and shown escaped.
void check_value_text(std::string_view option, std::string_view value) {
  if (const auto bad = find_invalid_utf8(value)) {
    throw Error(ErrorKind::usage,
                fmt::format("{}: not valid UTF-8 (byte 0x{:02X} at offset {})", option,
                            static_cast<unsigned char>(value[*bad]), *bad));
  }
  const bool lines = option == "--address" || option == "value";
  for (const char c : value) {
    if ((c == '\n' && !lines) || c == '\r' || c == '\t' || c == '\0') {
      throw Error(ErrorKind::usage,
                  fmt::format("{}: a {} cannot be written; give the value on one line, with "
                              "spaces",
                              option, c == '\t' ? "tab" : c == '\0' ? "NUL byte" : "line break"));
    }
  }
}

void check_values_text(const CLI::App& command) {
  for (const CLI::Option* option : command.get_options()) {
    for (const std::string& value : option->results()) {
      check_value_text(option->get_name(), value);
    }
  }
  for (const CLI::App* sub : command.get_subcommands()) {
    check_values_text(*sub);
  }
}
void declare_collections(CLI::App& app, Runner& chosen, CollectionsOptions& o) { // collections
  CLI::App* c = add_command(app, chosen, "remind", "the dunning plan: levels, fees, interest",
                            [&](Context& ctx) { return run_remind(ctx, o.remind); });
  c->add_option("--as-of", o.remind.as_of, "plan for this day (default: today)")->type_name("DATE");
  c->add_option("--customer", o.remind.customer, "only this customer")->type_name("CUSTOMER");
  c->add_flag("--send", o.remind.send, "send a letter per customer; record what was sent");
  c->add_option("--outbox", o.remind.outbox, "with --send: write to DIR")->type_name("DIR");
  c->add_flag("--dry-run", o.remind.dry_run, "with --send: show the letters; send nothing");
  c->add_option("--format", o.remind.format, "table (default), csv or json")->type_name("FORMAT");
  c = add_command(app, chosen, "note", "record a dated note about a customer or invoice",
                  [&](Context& ctx) { return run_note(ctx, o.note); });
  c->add_option("target", o.note.target, "customer or invoice")->type_name("TARGET")->required();
  c->add_option("text", o.note.text, "what happened")->type_name("TEXT")->required();
  c->add_option("--date", o.note.date, "the day (default: today)")->type_name("DATE");
  add_write_options(c, o.note.dry_run, o.note.format);
  c = add_command(app, chosen, "promise", "record a customer's promise to pay an invoice",
                  [&](Context& ctx) { return run_promise(ctx, o.promise); });
  c->add_option("invoice", o.promise.invoice, "the invoice")->type_name("ID")->required();
  c->add_option("--date", o.promise.by, "paid by this day")->type_name("DATE")->required();
  c->add_option("--amount", o.promise.amount, "how much (default: all open)")->type_name("AMOUNT");
  c->add_option("--text", o.promise.text, "what was said")->type_name("TEXT");
  c->add_option("--on", o.promise.date, "the day it was made (default: today)")->type_name("DATE");
  add_write_options(c, o.promise.dry_run, o.promise.format);
} // --- end collections ---

// --- sending ---

void declare_send(CLI::App& app, Runner& chosen, SendOptions& send) {
  CLI::App* command = add_command(app, chosen, "send",
                                  "email documents to their customers and log each one sent",
                                  [&](Context& ctx) { return run_send(ctx, send); });
  command->add_option("ids", send.ids, "the invoices and credit notes to send")->type_name("ID");
  command->add_flag("--unsent", send.unsent, "send every issued document not sent yet");
  command->add_option("--as-of", send.as_of,
                      "--unsent: documents issued by DATE; --statement: its last day "
                      "(default: today)")
      ->type_name("DATE");
  command->add_flag("--resend", send.resend, "send documents that were sent before, again");
  command->add_flag("--dry-run", send.dry_run, "print the messages; send and record nothing");
  command->add_option("--statement", send.statement,
                      "send CUSTOMER's statement of account as a PDF (nothing is recorded)")
      ->type_name("CUSTOMER");
  send.environment = environment_variable;
}

// --- end sending ---

// --- conveniences: dues company set | show ---

struct CompanyOptions {
  CompanySetOptions set;
  CompanyShowOptions show;
};

void declare_company(CLI::App& app, Runner& chosen, CompanyOptions& o) {
  CLI::App* group = add_group(app, chosen, "company", "show and change [company] in dues.toml",
                              "set or show");
  CLI::App* c = add_command(*group, chosen, "set", "change one key of [company]",
                            [&](Context& ctx) { return run_company_set(ctx, o.set); });
  c->add_option("key", o.set.key, "the key: name, address, tax-id, iban, ...")
      ->required()
      ->type_name("KEY");
  c->add_option("value", o.set.value, "the new value")->type_name("VALUE");
  c->add_flag("--unset", o.set.unset, "remove the key");
  c = add_command(*group, chosen, "show", "the company's details as dues.toml holds them",
                  [&](Context& ctx) { return run_company_show(ctx, o.show); });
  c->add_option("--format", o.show.format, "text (default) or json")->type_name("FORMAT");
}

// --- end conveniences ---

} // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& raw_err) {
  // Messages quote file contents: no control character in them reaches the terminal.
  PrintableBuffer printable_err(raw_err.rdbuf());
  std::ostream err(&printable_err);
  err.tie(raw_err.tie()); // std::cerr flushes std::cout first, so the two stay in order
  err.flags(raw_err.flags());
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

  app.add_flag("--bom", global.bom,
               "write a UTF-8 byte order mark before CSV output (for spreadsheets)");
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
  CollectOptions collect;
  declare_collect(app, chosen, collect);
  AgingOptions aging;
  declare_reports(app, chosen, aging);
  ReceiptOptions receipts;
  declare_receipts(app, chosen, receipts);
  InvoicingOptions invoicing;
  declare_invoicing(app, chosen, invoicing);
  ExportOptions export_options; // export and import (issue 14)
  declare_export(app, chosen, export_options);
  std::array<ImportOptions, 2> import_options; // customers, open-items
  declare_import(app, chosen, import_options);
  ReportsOptions reports;
  declare_report(app, chosen, reports);
  CollectionsOptions collections; // collections
  declare_collections(app, chosen, collections);
  SendOptions send; // sending
  declare_send(app, chosen, send);
  TeamOptions team; // teamwork (issue 17)
  declare_team(app, chosen, team);
  CompanyOptions company; // conveniences
  declare_company(app, chosen, company);
  PrivacyOptions privacy; // privacy
  declare_privacy(app, chosen, privacy);
  keep_values_apart_from_commands(app); // after every declaration

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 returns 0 for --help and --version and 100+ for its own errors; dues promises 2.
    if (e.get_exit_code() == 0) {
      return app.exit(e, out, err);
    }
    const std::string unknown =
        dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr ? unknown_word(app, argc, argv) : "";
    err << "dues: error: " << (unknown.empty() ? std::string(e.what()) : unknown) << "\n"
        << "Run 'dues --help' or 'dues COMMAND --help' for usage.\n";
    return static_cast<int>(ExitCode::usage);
  }
  if (!chosen) {
    err << app.help();
    return static_cast<int>(ExitCode::usage);
  }
  try {
    check_values_text(app);
    std::error_code ec;
    Context ctx{out,
                err,
                std::nullopt,
                std::filesystem::current_path(ec),
                resolve_today(global),
                resolve_colour(global.color),
                lock_timeout(),
                cache_dir()};
    ctx.csv_bom = global.bom; // conveniences
    if (global.ledger_dir) {
      ctx.ledger_arg = std::filesystem::path(*global.ledger_dir);
    }
    ctx.identity = identity_file(); // privacy
    ctx.matching_key = matching_key();
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
