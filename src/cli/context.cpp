#include "cli/context.hpp"

#include "base/file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <glob.h>
#include <sys/stat.h>

namespace dues::cli {

namespace {

// Throws when something other than a regular file is at DIR/dues.toml (a folder, a
// FIFO, a symbolic link loop): "no dues.toml" would send the user to the wrong place.
void refuse_odd_settings(const std::filesystem::path& dir, const std::string& shown) {
  const std::filesystem::path file = dir / "dues.toml";
  std::error_code ec;
  if (!something_at(file) || std::filesystem::is_regular_file(file, ec)) {
    return;
  }
  struct stat info {};
  if (::stat(file.c_str(), &info) != 0) {
    throw Error(ErrorKind::environment,
                fmt::format("cannot read {}: {}", shown,
                            errno == ELOOP ? "a symbolic link loop" : std::strerror(errno)));
  }
  throw Error(ErrorKind::environment,
              fmt::format("cannot read {}: {}, not a regular file", shown, file_kind(info)));
}

} // namespace

std::filesystem::path Context::ledger_dir() const {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (ledger_arg) {
    const fs::path dir = ledger_arg->is_absolute() ? *ledger_arg : working_dir / *ledger_arg;
    refuse_odd_settings(dir, (*ledger_arg / "dues.toml").string());
    if (!fs::is_regular_file(dir / "dues.toml", ec)) {
      throw Error(ErrorKind::environment,
                  fmt::format("no dues.toml in {} (run 'dues init {}' to start a ledger)",
                              ledger_arg->string(), ledger_arg->string()));
    }
    return dir.lexically_normal();
  }
  for (fs::path dir = working_dir; !dir.empty(); dir = dir.parent_path()) {
    refuse_odd_settings(dir, (dir / "dues.toml").string());
    if (fs::is_regular_file(dir / "dues.toml", ec)) {
      return dir;
    }
    if (dir == dir.root_path()) {
      break;
    }
  }
  throw Error(ErrorKind::environment,
              "no dues.toml here or in any parent folder (use -C DIR, or 'dues init')");
}

void print_diagnostics(std::ostream& err, const Diagnostics& diags) {
  for (const Error& warning : diags.warnings()) {
    err << "dues: warning: " << warning.what() << '\n';
  }
  for (const Error& error : diags.errors()) {
    err << "dues: error: " << error.what() << '\n';
  }
}

namespace {

// The first folder glob could not read, other than a missing one (glob takes a plain
// function, so it is kept here).
thread_local std::string g_glob_failed_path;
thread_local int g_glob_failed_errno = 0;

int glob_failed(const char* path, int error) {
  if (error == ENOENT || error == ENOTDIR) {
    return 0; // nothing there: no journal files
  }
  g_glob_failed_path = path;
  g_glob_failed_errno = error;
  return 1;
}

} // namespace

std::vector<std::string> journal_files(const std::filesystem::path& ledger_dir,
                                       const syntax::Settings& settings) {
  std::vector<std::string> files;
  for (const std::string& pattern : settings.journal.files) {
    glob_t found{};
    const std::string full = (ledger_dir / pattern).string();
    const int result = ::glob(full.c_str(), 0, glob_failed, &found);
    if (result == GLOB_ABORTED) {
      ::globfree(&found);
      // An unreadable journal folder is never taken for an empty one.
      const std::filesystem::path folder(g_glob_failed_path);
      throw Error(ErrorKind::environment,
                  fmt::format("cannot read folder {}/: {}",
                              folder.lexically_relative(ledger_dir).lexically_normal().string(),
                              std::strerror(g_glob_failed_errno)));
    }
    if (result == 0) {
      for (std::size_t i = 0; i < found.gl_pathc; ++i) {
        const std::filesystem::path path(found.gl_pathv[i]);
        files.push_back(path.lexically_relative(ledger_dir).string());
      }
    }
    ::globfree(&found);
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

Date date_argument(std::string_view option, std::string_view text) {
  const auto day = parse_date(text);
  if (!day) {
    throw Error(ErrorKind::usage,
                fmt::format("{}: not a valid date (YYYY-MM-DD): '{}'", option, text));
  }
  // Entries are written with four-digit years, due dates up to ten years later.
  if (static_cast<int>(day->year()) > 9899) {
    throw Error(ErrorKind::usage,
                fmt::format("{}: {} is too far ahead; dates up to 9899-12-31 can be written",
                            option, text));
  }
  return *day;
}

Context with_err(const Context& ctx, std::ostream& err) {
  return Context{ctx.out,          err,         ctx.ledger_arg,   ctx.working_dir,
                 ctx.today,        ctx.colour,  ctx.lock_timeout, ctx.cache_dir,
                 ctx.lists_drafts, ctx.csv_bom, ctx.identity,     ctx.matching_key};
}

} // namespace dues::cli
