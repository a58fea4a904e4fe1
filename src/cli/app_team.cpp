// The command line of teamwork (issue 17): dues merge-driver, dues git setup, dues seal,
// dues log, and the --audit flag of dues check. See docs/team.md.
#include "cli/app_declare.hpp"

namespace dues::cli {

void declare_team(CLI::App& app, Runner& chosen, TeamOptions& o) {
  CLI::App* c = add_command(app, chosen, "merge-driver",
                            "git's merge driver for journal files: merge entry by entry",
                            [&](Context& ctx) { return run_merge_driver(ctx, o.merge_driver); });
  c->add_option("base", o.merge_driver.base, "%O: the common ancestor's version")
      ->type_name("BASE")
      ->required();
  c->add_option("ours", o.merge_driver.ours, "%A: our version; receives the result")
      ->type_name("OURS")
      ->required();
  c->add_option("theirs", o.merge_driver.theirs, "%B: their version")
      ->type_name("THEIRS")
      ->required();
  c->add_option("path", o.merge_driver.path, "%P: the file's path in the work tree")
      ->type_name("PATH");

  CLI::App* git = add_group(app, chosen, "git", "work in a team through git: dues git setup",
                            "setup");
  c = add_command(*git, chosen, "setup",
                  "register the journal merge driver and a pre-commit hook in this repository",
                  [&](Context& ctx) { return run_git_setup(ctx, o.git_setup); });
  c->add_flag("--chain", o.git_setup.chain,
              "keep an existing pre-commit hook and run it before dues's checks");

  add_command(app, chosen, "seal", "record the hash chain of the journal (tamper evidence)",
              run_seal);

  c = add_command(app, chosen, "log", "the life of a document, with the commit of each entry",
                  [&](Context& ctx) { return run_log(ctx, o.log); });
  c->add_option("id", o.log.id, "an invoice, credit note, payment or refund")
      ->type_name("ID")
      ->required();
  c->add_flag("--no-git", o.log.no_git, "do not look up the commits");

  // `dues check` is declared in app.cpp; --audit turns it into run_check_audit.
  CLI::App* check = app.get_subcommand("check");
  check->add_flag("--audit", o.audit.audit,
                  "also require a seal and report on it (dues seal; docs/team.md)");
  check->callback([&chosen, &o] {
    chosen = [&o](Context& ctx) { return run_check_audit(ctx, o.audit); };
  });
}

} // namespace dues::cli
