#include "cli/context.hpp"

#include "base/file.hpp"
#include "model/build.hpp"
#include "syntax/journal_writer.hpp"
#include "syntax/toml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

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

namespace {

[[noreturn]] void give_up(Context& ctx, Diagnostics& diags) {
  diags.sort();
  print_diagnostics(ctx.err, diags);
  const std::size_t count = diags.errors().size();
  throw Error(ErrorKind::invalid_input,
              fmt::format("the ledger has {} error{}; nothing was changed", count,
                          count == 1 ? "" : "s"));
}

} // namespace

syntax::Settings load_settings(Context& ctx, const std::filesystem::path& ledger_dir) {
  Diagnostics diags;
  const std::string text = read_file(ledger_dir / "dues.toml", "dues.toml");
  syntax::Settings settings = syntax::read_settings(text, "dues.toml", diags);
  if (!diags.empty()) {
    give_up(ctx, diags);
  }
  return settings;
}

Ledger load_ledger(Context& ctx, LoadMode mode) {
  namespace fs = std::filesystem;
  const fs::path dir = ctx.ledger_dir();
  Diagnostics diags;
  const std::string settings_text = read_file(dir / "dues.toml", "dues.toml");
  syntax::Settings settings = syntax::read_settings(settings_text, "dues.toml", diags);
  std::vector<Customer> customers;
  std::error_code ec;
  if (fs::exists(dir / "customers.toml", ec)) {
    const std::string text = read_file(dir / "customers.toml", "customers.toml");
    customers = syntax::read_customers(text, "customers.toml", diags);
  }
  std::vector<std::string> texts;
  std::vector<JournalText> journals;
  const std::vector<std::string> files = journal_files(dir, settings);
  texts.reserve(files.size());
  for (const std::string& file : files) {
    texts.push_back(read_file(dir / file, file));
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    journals.push_back({files[i], texts[i]});
  }
  BuildOptions options;
  options.balances_only = mode == LoadMode::balances;
  Ledger ledger = build_ledger(std::move(settings), std::move(customers), journals, diags, options);
  if (!diags.empty()) {
    give_up(ctx, diags);
  }
  if (!diags.warnings().empty()) {
    print_diagnostics(ctx.err, diags);
  }
  return ledger;
}

void append_entries(Context& ctx, const Ledger& ledger, const std::vector<syntax::Entry>& entries) {
  const std::filesystem::path dir = ctx.ledger_dir();
  std::map<std::string, std::string> by_file;
  for (const syntax::Entry& entry : entries) {
    std::string file = ledger.settings.journal.append;
    const auto at = file.find("{year}");
    if (at != std::string::npos) {
      file.replace(at, 6, fmt::format("{:04}", static_cast<int>(entry.date.year())));
    }
    syntax::write_entry(by_file[file], entry);
  }
  for (const auto& [file, text] : by_file) {
    append_file_durable(dir / file, text, file);
  }
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
