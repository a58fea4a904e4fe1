#include "cli/context.hpp"

#include "base/file.hpp"
#include "cli/invoicing.hpp"
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
  throw Error(
      ErrorKind::invalid_input,
      fmt::format("the ledger has {} error{}; nothing was changed", count, count == 1 ? "" : "s"));
}

// dues.toml, with the recurring templates of recurring/*.toml added to it.
syntax::Settings read_settings_files(const std::filesystem::path& dir, Diagnostics& diags) {
  syntax::Settings settings =
      syntax::read_settings(read_file(dir / "dues.toml", "dues.toml"), "dues.toml", diags);
  load_recurring_files(dir, settings, diags);
  return settings;
}

} // namespace

syntax::Settings load_settings(Context& ctx, const std::filesystem::path& ledger_dir) {
  Diagnostics diags;
  syntax::Settings settings = read_settings_files(ledger_dir, diags);
  if (!diags.empty()) {
    give_up(ctx, diags);
  }
  return settings;
}

namespace {

// The raw text of every ledger file, read once.
struct LedgerFiles {
  std::filesystem::path dir;
  std::optional<std::string> customers;
  std::vector<std::string> journal_paths;
  std::vector<std::string> journal_texts;
};

LedgerFiles read_ledger_files(Context& ctx, Diagnostics& diags, syntax::Settings& settings) {
  namespace fs = std::filesystem;
  LedgerFiles files;
  files.dir = ctx.ledger_dir();
  settings = read_settings_files(files.dir, diags);
  std::error_code ec;
  if (fs::exists(files.dir / "customers.toml", ec)) {
    files.customers = read_file(files.dir / "customers.toml", "customers.toml");
  }
  files.journal_paths = journal_files(files.dir, settings);
  for (const std::string& file : files.journal_paths) {
    files.journal_texts.push_back(read_file(files.dir / file, file));
  }
  return files;
}

// Builds the ledger from files read earlier, with `extra` text appended to the named
// journal files (new files are added).
Ledger build_from(const LedgerFiles& files, syntax::Settings settings, LoadMode mode,
                  const std::vector<std::pair<std::string, std::string>>& extra,
                  Diagnostics& diags) {
  std::vector<Customer> customers;
  if (files.customers) {
    customers = syntax::read_customers(*files.customers, "customers.toml", diags);
  }
  std::vector<std::string> paths = files.journal_paths;
  for (const auto& [path, text] : extra) {
    if (std::find(paths.begin(), paths.end(), path) == paths.end()) {
      paths.push_back(path);
    }
  }
  std::vector<std::string> joined; // journal texts with new entries appended
  joined.reserve(paths.size());
  std::vector<JournalText> journals;
  for (const std::string& path : paths) {
    const auto known = std::find(files.journal_paths.begin(), files.journal_paths.end(), path);
    std::string_view base;
    if (known != files.journal_paths.end()) {
      base = files.journal_texts[static_cast<std::size_t>(known - files.journal_paths.begin())];
    }
    const auto added = std::find_if(extra.begin(), extra.end(),
                                    [&](const auto& item) { return item.first == path; });
    if (added == extra.end()) {
      journals.push_back({path, base});
      continue;
    }
    std::string text(base);
    if (!text.empty() && text.back() != '\n') {
      text += '\n';
    }
    text += added->second;
    joined.push_back(std::move(text));
    journals.push_back({path, joined.back()});
  }
  BuildOptions options;
  options.balances_only = mode == LoadMode::balances;
  return build_ledger(std::move(settings), std::move(customers), journals, diags, options);
}

} // namespace

Ledger load_ledger(Context& ctx, LoadMode mode) {
  // Journals are read one at a time, so a big ledger never holds all its text at once.
  const std::filesystem::path dir = ctx.ledger_dir();
  Diagnostics diags;
  syntax::Settings settings = read_settings_files(dir, diags);
  std::vector<Customer> customers;
  std::error_code ec;
  if (std::filesystem::exists(dir / "customers.toml", ec)) {
    customers = syntax::read_customers(read_file(dir / "customers.toml", "customers.toml"),
                                       "customers.toml", diags);
  }
  const std::vector<std::string> paths = journal_files(dir, settings);
  BuildOptions options;
  options.balances_only = mode == LoadMode::balances;
  Ledger ledger = build_ledger(
      std::move(settings), std::move(customers), paths,
      [&](std::size_t index, const std::function<void(std::string_view)>& parse) {
        const MappedFile file(dir / paths[index], paths[index]);
        parse(file.text());
      },
      diags, options);
  if (!diags.empty()) {
    give_up(ctx, diags);
  }
  if (!diags.warnings().empty()) {
    print_diagnostics(ctx.err, diags);
  }
  return ledger;
}

std::string append_target(const Ledger& ledger, const Date& day) {
  std::string file = ledger.settings.journal.append;
  const auto at = file.find("{year}");
  if (at != std::string::npos) {
    file.replace(at, 6, fmt::format("{:04}", static_cast<int>(day.year())));
  }
  return file;
}

namespace {

// The canonical text of new entries, grouped by the journal file each one goes to.
std::vector<std::pair<std::string, std::string>>
entry_texts(const Ledger& ledger, const std::vector<syntax::Entry>& entries) {
  std::vector<std::pair<std::string, std::string>> texts;
  for (const syntax::Entry& entry : entries) {
    const std::string file = append_target(ledger, entry.date);
    auto it = std::find_if(texts.begin(), texts.end(),
                           [&](const auto& item) { return item.first == file; });
    if (it == texts.end()) {
      texts.emplace_back(file, std::string{});
      it = texts.end() - 1;
    }
    syntax::write_entry(it->second, entry);
  }
  return texts;
}

} // namespace

std::vector<syntax::Entry> commit_entries(Context& ctx, LoadMode mode, const EntryMaker& make) {
  const LedgerLock lock(ctx.ledger_dir(), ctx.lock_timeout);
  Diagnostics diags;
  syntax::Settings settings;
  const LedgerFiles files = read_ledger_files(ctx, diags, settings);
  const syntax::Settings settings_copy = settings;
  const Ledger ledger = build_from(files, std::move(settings), mode, {}, diags);
  if (!diags.empty()) {
    give_up(ctx, diags);
  }
  std::vector<syntax::Entry> entries = make(ledger);
  const auto texts = entry_texts(ledger, entries);
  // The ledger with the new entries must still validate before anything is written.
  Diagnostics after;
  build_from(files, settings_copy, mode, texts, after);
  if (!after.empty()) {
    after.sort();
    print_diagnostics(ctx.err, after);
    throw Error(ErrorKind::invalid_input,
                "the new entries would not validate; nothing was changed");
  }
  for (const auto& [file, text] : texts) {
    append_file_durable(files.dir / file, text, file);
  }
  return entries;
}

Ledger preview_entries(Context& ctx, LoadMode mode, const EntryMaker& make) {
  Diagnostics diags;
  syntax::Settings settings;
  const LedgerFiles files = read_ledger_files(ctx, diags, settings);
  const syntax::Settings settings_copy = settings;
  const Ledger ledger = build_from(files, std::move(settings), mode, {}, diags);
  if (!diags.empty()) {
    give_up(ctx, diags);
  }
  const auto texts = entry_texts(ledger, make(ledger));
  Diagnostics after;
  Ledger result = build_from(files, settings_copy, mode, texts, after);
  if (!after.empty()) {
    after.sort();
    print_diagnostics(ctx.err, after);
    throw Error(ErrorKind::invalid_input, "the new entries would not validate");
  }
  return result;
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
