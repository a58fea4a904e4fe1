// dues merge-driver %O %A %B %P: git's merge driver for journal files (docs/team.md).
#include "base/file.hpp"
#include "cli/commands.hpp"
#include "model/journal_blocks.hpp"
#include "model/journal_merge.hpp"

#include <fmt/format.h>

namespace dues::cli {
namespace {

namespace fs = std::filesystem;

// The ledger the merged file belongs to: -C, else the nearest folder from the file up
// that holds dues.toml. None: a journal outside a ledger, merged with the defaults.
std::optional<fs::path> ledger_of(const Context& ctx, const fs::path& file) {
  if (ctx.ledger_arg) {
    return ctx.ledger_dir();
  }
  fs::path dir = (file.is_absolute() ? file : ctx.working_dir / file).parent_path();
  std::error_code ec;
  for (; !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / "dues.toml", ec)) {
      return dir;
    }
    if (dir == dir.parent_path()) {
      break;
    }
  }
  return std::nullopt;
}

// The ids that the ledger's other journal files own, as the work tree has them now
// (some may be merged already, some not: docs/team.md says what that means). A file
// that does not parse gives what it can.
std::set<std::string, std::less<>> ids_elsewhere(const fs::path& dir,
                                                 const syntax::Settings& settings,
                                                 const fs::path& merged) {
  std::set<std::string, std::less<>> ids;
  std::error_code ec;
  for (const std::string& file : journal_files(dir, settings)) {
    if (fs::equivalent(dir / file, merged, ec)) {
      continue;
    }
    Diagnostics ignored;
    const std::string text = read_file(dir / file, file, k_journal_limit);
    for (const JournalBlock& block : split_journal(text, file, ignored).blocks) {
      if (owns_id(block.entry.kind)) {
        ids.insert(block.entry.id.value);
      }
    }
  }
  return ids;
}

} // namespace

ExitCode run_merge_driver(Context& ctx, const MergeDriverOptions& options) {
  const auto read = [&](const std::string& path) {
    const fs::path full = fs::path(path).is_absolute() ? fs::path(path) : ctx.working_dir / path;
    return read_file(full, path, k_journal_limit);
  };
  const std::string base = read(options.base);
  const std::string ours = read(options.ours);
  const std::string theirs = read(options.theirs);
  const std::string shown = options.path.empty() ? options.ours : options.path;
  syntax::Settings settings;
  std::set<std::string, std::less<>> elsewhere;
  if (const auto dir = ledger_of(ctx, shown)) {
    settings = load_settings(ctx, *dir);
    const fs::path merged = fs::path(shown).is_absolute() ? fs::path(shown) : ctx.working_dir / shown;
    elsewhere = ids_elsewhere(*dir, settings, merged);
  }
  const MergeOutcome outcome = merge_journal({base, ours, theirs}, shown, settings, elsewhere);
  const fs::path target =
      fs::path(options.ours).is_absolute() ? fs::path(options.ours) : ctx.working_dir / options.ours;
  if (outcome.text != ours) {
    write_file_atomic(target, outcome.text, options.ours);
  }
  for (const std::string& note : outcome.notes) {
    ctx.err << "dues merge-driver: " << note << '\n';
  }
  if (!outcome.conflicts.empty()) {
    for (const std::string& conflict : outcome.conflicts) {
      ctx.err << "dues merge-driver: conflict: " << conflict << '\n';
    }
    ctx.err << fmt::format("dues merge-driver: {} is left with both versions; run 'dues check' "
                           "to see them, fix the file, then 'git add' it\n",
                           shown);
    return ExitCode::conflict;
  }
  return ExitCode::ok;
}

} // namespace dues::cli
