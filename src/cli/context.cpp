#include "cli/context.hpp"

#include "base/file.hpp"

#include <fmt/format.h>

#include <algorithm>

#include <glob.h>

namespace dues::cli {

std::filesystem::path Context::ledger_dir() const {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (ledger_arg) {
    const fs::path dir = ledger_arg->is_absolute() ? *ledger_arg : working_dir / *ledger_arg;
    if (!fs::is_regular_file(dir / "dues.toml", ec)) {
      throw Error(ErrorKind::environment,
                  fmt::format("no dues.toml in {} (run 'dues init {}' to start a ledger)",
                              ledger_arg->string(), ledger_arg->string()));
    }
    return dir.lexically_normal();
  }
  for (fs::path dir = working_dir; !dir.empty(); dir = dir.parent_path()) {
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

std::vector<std::string> journal_files(const std::filesystem::path& ledger_dir,
                                       const syntax::Settings& settings) {
  std::vector<std::string> files;
  for (const std::string& pattern : settings.journal.files) {
    glob_t found{};
    const std::string full = (ledger_dir / pattern).string();
    if (::glob(full.c_str(), 0, nullptr, &found) == 0) {
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
  return *day;
}

} // namespace dues::cli
