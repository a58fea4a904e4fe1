#pragma once

// privacy: dues backup | backup --verify | restore (docs/security.md, "Backups"). Declared
// here rather than in commands.hpp so that only app_privacy.cpp and cmd_backup.cpp see it.
#include "cli/commands.hpp"

#include <string>

namespace dues::cli {

struct BackupOptions {
  std::string file;
  bool verify = false; // check FILE against its manifest instead of writing it
};
ExitCode run_backup(Context& ctx, const BackupOptions& options);

struct RestoreOptions {
  std::string file;
  std::string dir; // an empty or new folder
};
ExitCode run_restore(Context& ctx, const RestoreOptions& options);

} // namespace dues::cli
