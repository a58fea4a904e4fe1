// dues git setup: the merge driver and the pre-commit hook (docs/team.md).
#include "base/file.hpp"
#include "cli/commands.hpp"
#include "cli/git.hpp"

#include <fmt/format.h>

#include <sys/stat.h>

namespace dues::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view k_hook_mark = "# installed by 'dues git setup'";
constexpr std::string_view k_chained = "pre-commit.before-dues";

// .gitattributes with `PATTERN merge=dues` for each journal pattern: a line for the
// same pattern with another merge driver (`dues init` writes merge=union) is replaced.
std::string with_attributes(std::string text, const std::vector<std::string>& patterns) {
  for (const std::string& pattern : patterns) {
    const std::string line = pattern + " merge=dues";
    std::string out;
    bool found = false;
    for (std::size_t start = 0; start < text.size();) {
      std::size_t end = text.find('\n', start);
      end = end == std::string::npos ? text.size() : end;
      std::string_view current(text.data() + start, end - start);
      if (current.starts_with(pattern + " ") && current.find("merge=") != std::string::npos) {
        current = line;
        found = true;
      }
      out.append(current);
      out += '\n';
      start = end + 1;
    }
    if (!found) {
      out += line + '\n';
    }
    text = std::move(out);
  }
  return text;
}

// A word for sh: as it is when plain, else in single quotes.
std::string shell_quote(const std::string& word) {
  if (word.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                             "._/-") == std::string::npos) {
    return word;
  }
  std::string out = "'";
  for (const char c : word) {
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out + "'";
}

std::string hook_text(const std::string& ledger, bool chained) {
  std::string text = fmt::format("#!/bin/sh\n{} (docs/team.md): a commit must leave a ledger "
                                 "that checks and is formatted.\nset -e\n",
                                 k_hook_mark);
  if (chained) {
    text += fmt::format("\"$(dirname \"$0\")/{}\" \"$@\"\n", k_chained);
  }
  text += fmt::format("dues -C {0} check >/dev/null\ndues -C {0} fmt --check\n",
                      shell_quote(ledger));
  return text;
}

std::string trimmed_line(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
    text.pop_back();
  }
  return text;
}

void git_config(const fs::path& dir, const std::string& key, const std::string& value) {
  if (run_git(dir, {"config", key, value}).status != 0) {
    throw Error(ErrorKind::environment, fmt::format("git config {} failed", key));
  }
}

} // namespace

void setup_git(Context& ctx, const fs::path& dir, const std::vector<std::string>& patterns,
               bool chain) {
  const auto top = git_toplevel(dir);
  if (!top) {
    throw Error(ErrorKind::environment,
                fmt::format("{} is not in a git repository (or git is not installed); run "
                            "'git init' first",
                            dir.string()));
  }
  const fs::path hooks(trimmed_line(run_git(dir, {"rev-parse", "--git-path", "hooks"}).out));
  const fs::path hook =
      ((hooks.is_absolute() ? hooks : dir / hooks) / "pre-commit").lexically_normal();
  std::error_code ec;
  const std::string shown = fs::relative(hook, dir, ec).string();
  bool chained = fs::exists(hook.parent_path() / k_chained, ec);
  if (fs::exists(hook, ec)) {
    const std::string existing = read_file(hook, hook.string(), 1U << 20U);
    if (existing.find(k_hook_mark) == std::string::npos) {
      if (!chain) {
        throw Error(ErrorKind::conflict,
                    fmt::format("{} exists and was not written by dues; nothing was changed. "
                                "Run 'dues git setup --chain' to run it first and dues after it, "
                                "or add 'dues check && dues fmt --check' to it yourself",
                                shown));
      }
      fs::rename(hook, hook.parent_path() / k_chained, ec);
      if (ec) {
        throw Error(ErrorKind::environment,
                    fmt::format("cannot rename {}: {}", shown, ec.message()));
      }
      chained = true;
    }
  }
  // The work tree first (files), then .git: a failure leaves nothing half-registered.
  const fs::path attributes = dir / ".gitattributes";
  const std::string old = fs::exists(attributes, ec)
                              ? read_file(attributes, ".gitattributes", 1U << 20U)
                              : std::string();
  const std::string now = with_attributes(old, patterns);
  if (now != old) {
    write_file_atomic(attributes, now, ".gitattributes");
  }
  ctx.out << fmt::format(".gitattributes: {} merge=dues\n", fmt::join(patterns, ", "));
  git_config(dir, "merge.dues.name", "dues journal: entry by entry (dues merge-driver)");
  git_config(dir, "merge.dues.driver", "dues merge-driver %O %A %B %P");
  ctx.out << "git config: merge.dues.driver = dues merge-driver %O %A %B %P\n";
  fs::create_directories(hook.parent_path(), ec);
  const std::string ledger = fs::relative(dir, *top, ec).string();
  write_file_atomic(hook, hook_text(ledger.empty() ? "." : ledger, chained), shown);
  fs::permissions(hook, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                            fs::perms::others_read | fs::perms::others_exec,
                  ec);
  ctx.out << fmt::format("{}: dues check && dues fmt --check{}\n", shown,
                         chained ? fmt::format(" (after {})", k_chained) : "");
}

ExitCode run_git_setup(Context& ctx, const GitSetupOptions& options) {
  const fs::path dir = ctx.ledger_dir();
  const syntax::Settings settings = load_settings(ctx, dir);
  setup_git(ctx, dir, settings.journal.files, options.chain);
  return ExitCode::ok;
}

} // namespace dues::cli
