#include "base/file.hpp"
#include "base/text.hpp"
#include "cli/commands.hpp"
#include "syntax/journal_parser.hpp"
#include "syntax/journal_writer.hpp"

#include <fmt/format.h>

namespace dues::cli {
namespace {

// Writes the canonical text of a journal: entries through the writer, comment lines as
// they were (without trailing spaces), at most one empty line in a row, none at the ends.
class Formatter : public syntax::EntrySink {
public:
  void entry(const syntax::Entry& entry) override {
    flush_blank();
    syntax::write_entry(m_text, entry);
  }
  void trivia(std::string_view line) override {
    const std::string_view kept = trim(line).empty() ? std::string_view{} : line;
    if (kept.empty()) {
      m_blank = !m_text.empty();
      return;
    }
    flush_blank();
    std::string_view text = kept;
    while (!text.empty() && text.back() == ' ') {
      text.remove_suffix(1);
    }
    m_text += text;
    m_text += '\n';
  }
  std::string take() { return std::move(m_text); }

private:
  void flush_blank() {
    if (m_blank) {
      m_text += '\n';
      m_blank = false;
    }
  }
  std::string m_text;
  bool m_blank = false;
};

} // namespace

ExitCode run_fmt(Context& ctx, const FmtOptions& options) {
  const std::filesystem::path dir = ctx.ledger_dir();
  std::optional<LedgerLock> lock;
  if (!options.check) {
    lock.emplace(dir, ctx.lock_timeout);
  }
  const syntax::Settings settings = load_settings(ctx, dir);
  const std::vector<std::string> files = journal_files(dir, settings);
  Diagnostics diags;
  std::vector<std::pair<std::string, std::string>> changed;
  syntax::ParseOptions parse;
  parse.repair = true;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string text = read_file(dir / files[i], files[i], k_journal_limit);
    Formatter formatter;
    syntax::parse_journal(text, files[i], static_cast<std::uint32_t>(i), formatter, diags, parse);
    std::string canonical = formatter.take();
    if (canonical != text) {
      changed.emplace_back(files[i], std::move(canonical));
    }
  }
  if (!diags.empty()) {
    print_diagnostics(ctx.err, diags);
    throw Error(ErrorKind::invalid_input,
                fmt::format("cannot format a journal that does not parse ({} error{}); nothing "
                            "was changed",
                            diags.errors().size(), diags.errors().size() == 1 ? "" : "s"));
  }
  for (const auto& [file, text] : changed) {
    if (options.check) {
      ctx.out << fmt::format("would reformat {}\n", file);
    } else {
      write_file_atomic(dir / file, text, file);
      ctx.out << fmt::format("reformatted {}\n", file);
    }
  }
  return options.check && !changed.empty() ? ExitCode::attention : ExitCode::ok;
}

} // namespace dues::cli
