// dues seal and dues check --audit: the hash chain over the journal (docs/team.md).
#include "base/file.hpp"
#include "cli/commands.hpp"
#include "model/seal.hpp"

#include <fmt/format.h>

namespace dues::cli {
namespace {

namespace fs = std::filesystem;

// One journal file with its seal, when it has one.
struct Sealed {
  std::string file;
  JournalBlocks journal;
  std::optional<Seal> seal;
};

// The journal files and their seals. A journal that does not parse gives nothing: the
// load of the ledger reports it.
std::vector<Sealed> read_sealed(Context& ctx, const fs::path& dir) {
  const syntax::Settings settings = load_settings(ctx, dir);
  std::vector<Sealed> out;
  Diagnostics diags;
  std::error_code ec;
  for (const std::string& file : journal_files(dir, settings)) {
    Sealed sealed{file, {}, std::nullopt};
    const std::string text = read_file(dir / file, file, k_journal_limit);
    Diagnostics parse;
    sealed.journal = split_journal(text, file, parse);
    if (!parse.empty()) {
      return {};
    }
    const std::string seal_file = file + ".seal";
    if (fs::exists(dir / seal_file, ec)) {
      sealed.seal = read_seal(read_file(dir / seal_file, seal_file, k_journal_limit), seal_file,
                              diags);
    }
    out.push_back(std::move(sealed));
  }
  if (!diags.empty()) {
    print_diagnostics(ctx.err, diags);
    throw Error(ErrorKind::invalid_input, "the journal or its seal does not read");
  }
  return out;
}

// Checks every sealed file; prints each problem. Returns how many there were.
std::size_t check_seals(Context& ctx, const std::vector<Sealed>& files,
                        std::vector<SealCheck>& checks) {
  Diagnostics diags;
  for (const Sealed& file : files) {
    checks.push_back(file.seal ? check_seal(*file.seal, file.journal, file.file) : SealCheck{});
    if (checks.back().problem) {
      diags.add(*checks.back().problem);
    }
  }
  print_diagnostics(ctx.err, diags);
  return diags.errors().size();
}

[[noreturn]] void tampered(std::size_t problems, std::string_view what) {
  throw Error(ErrorKind::invalid_input,
              fmt::format("the journal does not match its seal ({} file{}){}", problems,
                          problems == 1 ? "" : "s", what));
}

// True when a seal lies anywhere in the ledger folder (outside hidden folders). Looked
// for without reading dues.toml, so that a ledger with bad settings is reported by the
// check itself, with every problem.
bool any_seal(const fs::path& dir) {
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (it->is_directory(ec) && name.starts_with(".")) {
      it.disable_recursion_pending();
    } else if (name.ends_with(".seal") && it->is_regular_file(ec)) {
      return true;
    }
  }
  return false;
}

} // namespace

ExitCode run_seal(Context& ctx) {
  const fs::path dir = ctx.ledger_dir();
  const LedgerLock lock(dir, ctx.lock_timeout);
  (void)load_ledger_locked(ctx, LoadMode::balances); // seal only a ledger that checks
  const std::vector<Sealed> files = read_sealed(ctx, dir);
  std::vector<SealCheck> checks;
  if (const std::size_t problems = check_seals(ctx, files, checks); problems != 0) {
    tampered(problems, "; nothing was sealed");
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    const Sealed& file = files[i];
    Date day = ctx.today;
    if (file.seal && day < file.seal->sealed) {
      day = file.seal->sealed; // a seal never moves back in time
    }
    const Seal seal = make_seal(file.journal, day);
    write_file_atomic(dir / (file.file + ".seal"), write_seal(seal, file.file),
                      file.file + ".seal");
    ctx.out << fmt::format("sealed {}: {} entries ({} new), head {}\n", file.file,
                           seal.links.size(), file.seal ? checks[i].added : seal.links.size(),
                           seal.links.empty() ? std::string("-") : seal.links.back().hash);
  }
  return ExitCode::ok;
}

ExitCode run_check_audit(Context& ctx, const AuditOptions& options) {
  const fs::path dir = ctx.ledger_dir();
  if (!options.audit && !any_seal(dir)) {
    return run_check(ctx); // a ledger without seals: nothing more to read
  }
  // The seals first, so that "ok" is never printed above a broken seal.
  const std::vector<Sealed> files = read_sealed(ctx, dir);
  std::vector<SealCheck> checks;
  if (const std::size_t problems = check_seals(ctx, files, checks); problems != 0) {
    tampered(problems, "");
  }
  const ExitCode code = run_check(ctx);
  if (!options.audit) {
    return code;
  }
  bool unsealed = false;
  for (std::size_t i = 0; i < files.size() && i < checks.size(); ++i) {
    if (!files[i].seal) {
      unsealed = true;
      ctx.out << fmt::format("audit: {}: not sealed (run 'dues seal')\n", files[i].file);
      continue;
    }
    ctx.out << fmt::format("audit: {}: {} sealed entries intact, {} added since the seal of {}\n",
                           files[i].file, checks[i].sealed, checks[i].added,
                           format_date(files[i].seal->sealed));
  }
  return unsealed ? ExitCode::attention : code;
}

} // namespace dues::cli
