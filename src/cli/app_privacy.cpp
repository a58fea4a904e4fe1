// privacy: the command line of dues security (status, rekey), backup and restore. The only other file, with
// app.cpp, app_receipts.cpp and app_invoicing.cpp, that includes CLI11.
#include "cli/app_declare.hpp"

namespace dues::cli {

void declare_privacy(CLI::App& app, Runner& chosen, PrivacyOptions& o) {
  CLI::App* group = add_group(app, chosen, "security",
                              "encrypted customer fields: status and rekey", "status or rekey");
  add_command(*group, chosen, "status",
              "which customer fields are encrypted, for whom, and which are in clear",
              [](Context& ctx) { return run_security_status(ctx); });
  auto& rekey = o.rekey;
  CLI::App* command = add_command(
      *group, chosen, "rekey",
      "re-encrypt every listed customer field for the current recipients (one atomic write)",
      [&](Context& ctx) { return run_security_rekey(ctx, rekey); });
  command->add_flag("--dry-run", rekey.dry_run, "say what would be rewritten; write nothing");

  auto& backup = o.backup;
  command = add_command(app, chosen, "backup",
                        "write the ledger to a tar + zstd archive with a sha256 manifest",
                        [&](Context& ctx) { return run_backup(ctx, backup); });
  command->add_option("file", backup.file, "the archive to write (or check with --verify)")
      ->required()
      ->type_name("FILE");
  command->add_flag("--verify", backup.verify,
                    "check the archive against its manifest instead of writing it");
  auto& restore = o.restore;
  command = add_command(app, chosen, "restore",
                        "restore a backup into an empty folder, then check it",
                        [&](Context& ctx) { return run_restore(ctx, restore); });
  command->add_option("file", restore.file, "the archive dues backup wrote")
      ->required()
      ->type_name("FILE");
  command->add_option("dir", restore.dir, "an empty or new folder")->required()->type_name("DIR");
}

} // namespace dues::cli
