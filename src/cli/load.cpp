// Reading the ledger for a command, and the one way of writing journal entries.
//
// A balances-only load (reports, payments, reconciliation) may come from a snapshot of
// the parsed ledger kept in the cache folder: it is used only when a hash of every
// input file's content (dues.toml, customers.toml, recurring/*.toml, each journal)
// equals the one it was saved with, and only for a ledger that validated. So it is
// never stale; it only saves the parse. The last journal file may have grown since:
// when its first bytes are still the ones the snapshot covered, only the text after
// them is parsed and checked, as a write checks what it appends, so a payment does not
// rewrite the snapshot. docs/architecture.md describes it.
#include "base/file.hpp"
#include "base/hash.hpp"
#include "cli/context.hpp"
#include "cli/details.hpp"
#include "cli/environment.hpp"
#include "cli/fingerprint.hpp"
#include "cli/invoicing.hpp"
#include "cli/reconcile_input.hpp"
#include "model/build.hpp"
#include "model/customer.hpp"
#include "model/snapshot.hpp"
#include "syntax/journal_writer.hpp"
#include "syntax/toml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace dues::cli {

bool parse_in_parallel() {
  return environment_variable("DUES_PARSE_THREADS").value_or("") != "1";
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

// Keys the inputs by their whole content; returns what was seen of the journal files.
Proofs take_fingerprint(LedgerInputs& inputs, LoadMode mode) {
  Fingerprint print = fingerprint(inputs, mode);
  inputs.key = print.key;
  inputs.last_lines = print.lines;
  inputs.last_ends_line = print.ends_line;
  return std::move(print.seen);
}

LedgerInputs read_inputs(Context& ctx, Diagnostics& diags) {
  namespace fs = std::filesystem;
  LedgerInputs inputs;
  inputs.dir = ctx.ledger_dir();
  inputs.settings = read_settings_files(inputs.dir, diags);
  if (something_at(inputs.dir / "customers.toml")) { // a link loop is read, and reported
    inputs.customers = syntax::read_customers(
        read_file(inputs.dir / "customers.toml", "customers.toml", k_customers_limit),
        "customers.toml", diags);
  }
  inputs.paths = journal_files(inputs.dir, inputs.settings);
  return inputs;
}

// Where the snapshot of this ledger lives: one file per ledger folder.
std::optional<std::filesystem::path> snapshot_path(const Context& ctx, const LedgerInputs& inputs) {
  if (!ctx.cache_dir) {
    return std::nullopt;
  }
  const std::string folder = std::filesystem::absolute(inputs.dir).lexically_normal().string();
  return *ctx.cache_dir / (hash_hex(folder) + ".snapshot");
}

// Where the proofs of the journal files' hashes live: beside the snapshot.
std::filesystem::path proofs_path(const std::filesystem::path& snapshot) {
  std::filesystem::path path = snapshot;
  path += ".proofs";
  return path;
}

// Saves a snapshot of a ledger that validated, with what was seen of the journal files
// when its key was taken; a cache that cannot be written is no error.
void save_snapshot(const Context& ctx, const LedgerInputs& inputs, const Ledger& ledger,
                   const Proofs& seen) {
  const auto path = snapshot_path(ctx, inputs);
  if (!path || inputs.key.empty()) {
    return;
  }
  try {
    write_file_replace(*path, snapshot_ledger(ledger, inputs.key), path->string());
    write_proofs(proofs_path(*path), seen);
  } catch (const Error&) { // best effort: the next run parses again
  }
}

// Past this much text appended to the last journal since the snapshot, a load that
// used the snapshot saves a new one.
constexpr std::size_t k_resave_tail = 4U << 20U;

// A snapshot key taken apart: the size and lines of the last journal's part it covers.
struct Covered {
  std::uint64_t size = 0;
  std::uint32_t lines = 0;
};

template <typename Number>
bool read_number(std::string_view digits, Number& number) {
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
  return ec == std::errc{} && end == digits.data() + digits.size();
}

std::optional<Covered> covered_by(std::string_view key) {
  const auto first = key.find(' ');
  const auto second = key.find(' ', first == std::string_view::npos ? first : first + 1);
  Covered covered;
  if (first == std::string_view::npos || second == std::string_view::npos
      || !read_number(key.substr(first + 1, second - first - 1), covered.size)
      || !read_number(key.substr(second + 1), covered.lines)) {
    return std::nullopt;
  }
  return covered;
}

// The ledger from its snapshot, when there is one for these inputs, or for them but
// with less text in the last journal file: then the text appended since is parsed and
// checked on top. Fills inputs' key for what it returns. Any doubt is a miss.
std::optional<Ledger> restore(Context& ctx, LoadMode mode, LedgerInputs& inputs) {
  const auto path = snapshot_path(ctx, inputs);
  std::error_code ec;
  if (!path || !std::filesystem::exists(*path, ec)) {
    return std::nullopt;
  }
  try {
    const MappedFile snapshot(*path, path->string(), UINT64_MAX);
    const std::optional<std::string> saved = snapshot_key(snapshot.text());
    const auto covered = saved ? covered_by(*saved) : std::nullopt;
    if (!covered || inputs.paths.empty()) {
      return std::nullopt;
    }
    // Journal files whose identity proves them unchanged are not read (fingerprint.cpp).
    const std::optional<Proofs> known = read_proofs(proofs_path(*path));
    const Fingerprint print = fingerprint(inputs, mode, covered->size, known ? &*known : nullptr);
    if (print.key.empty()) {
      return std::nullopt; // the last journal shrank
    }
    const std::string_view hash_and_size(print.key.data(), print.key.size() - 1); // "HASH SIZE "
    if (!saved->starts_with(hash_and_size) || (!print.tail.empty() && !print.ends_line)) {
      return std::nullopt;
    }
    Ledger ledger = start_ledger(inputs.settings, inputs.customers);
    const auto give_back = [&](std::string_view read) {
      snapshot.give_back(read);
    };
    if (!restore_ledger(snapshot.text(), *saved, ledger, parse_in_parallel(), give_back)) {
      return std::nullopt;
    }
    inputs.key = *saved;
    inputs.last_lines = covered->lines;
    inputs.last_ends_line = print.ends_line;
    if (print.journals_read > 0) { // proven now by reading: the next run need not
      write_proofs(proofs_path(*path), print.seen);
    }
    if (print.tail.empty()) {
      return ledger;
    }
    Diagnostics diags; // anything to say, even a warning, is said by a full parse
    extend_ledger(ledger, {{inputs.paths.back(), print.tail, covered->lines + 1}}, diags);
    if (!diags.empty() || !diags.warnings().empty()) {
      return std::nullopt;
    }
    inputs.last_lines +=
        static_cast<std::uint32_t>(std::count(print.tail.begin(), print.tail.end(), '\n'));
    inputs.last_ends_line = print.tail.back() == '\n';
    if (print.tail.size() > k_resave_tail) {
      const Proofs seen = take_fingerprint(inputs, mode); // of the whole text now
      save_snapshot(ctx, inputs, ledger, seen);
    }
    return ledger;
  } catch (const Error&) { // an unreadable cache is a miss
  }
  return std::nullopt;
}

Ledger parse(const LedgerInputs& inputs, LoadMode mode, Diagnostics& diags) {
  BuildOptions options;
  options.balances_only = mode == LoadMode::balances;
  options.parallel = parse_in_parallel();
  return build_ledger(
      inputs.settings, inputs.customers, inputs.paths,
      [&](std::size_t index, const std::function<void(std::string_view)>& use) {
        const MappedFile file(inputs.dir / inputs.paths[index], inputs.paths[index]);
        use(file.text());
      },
      diags, options);
}

// What `dues check` validates besides the journal: the bank profiles ([bank.NAME],
// bank/*.toml) and the drafts waiting in drafts/ (each must read, and be issuable when
// the rest of the ledger is valid). Every command checks them too.
void check_around(Context& ctx, const LedgerInputs& inputs, const Ledger& ledger,
                  Diagnostics& diags) {
  const bool ledger_valid = diags.empty();
  check_bank_profiles(inputs.dir, diags);
  if (!ctx.lists_drafts) {
    check_drafts(inputs.dir, ledger, ctx.today, diags, ledger_valid);
  }
}

// The last journal file and its newlines, when the key counted them.
std::optional<CountedFile> counted_last(const LedgerInputs& inputs) {
  if (inputs.key.empty() || inputs.paths.empty()) {
    return std::nullopt;
  }
  return CountedFile{inputs.paths.back(), inputs.last_lines};
}

// Gives the documents `details` names their details (cli/details.hpp); false when one
// cannot be read back.
bool give_details(const LedgerInputs& inputs, Ledger& ledger, const DetailsOf& details) {
  std::vector<std::uint32_t> documents = documents_named(ledger, details.ids);
  if (details.documents) {
    const std::vector<std::uint32_t> chosen = details.documents(ledger);
    documents.insert(documents.end(), chosen.begin(), chosen.end());
  }
  return DetailsReader(inputs.dir, counted_last(inputs)).read(ledger, std::move(documents));
}

// Reads the ledger (from the snapshot when it fits); throws with every problem printed
// when it does not validate. With `details`, a balances load whose documents named there
// are given their details again, or a full load when they cannot be.
Ledger read_ledger(Context& ctx, LoadMode mode, LedgerInputs& inputs,
                   const DetailsOf* details = nullptr) {
  Diagnostics diags;
  const bool cached = mode == LoadMode::balances && ctx.cache_dir.has_value();
  inputs = read_inputs(ctx, diags);
  std::optional<Ledger> restored;
  Proofs seen;
  if (cached && diags.empty()) {
    restored = restore(ctx, mode, inputs);
    if (!restored) {
      seen = take_fingerprint(inputs, mode);
    }
  }
  Ledger ledger = restored ? std::move(*restored) : parse(inputs, mode, diags);
  const bool journal_clean = diags.empty() && diags.warnings().empty();
  check_around(ctx, inputs, ledger, diags);
  if (!diags.empty()) {
    give_up(ctx, diags);
  }
  if (cached && !restored && journal_clean) { // only a ledger that validated is kept
    save_snapshot(ctx, inputs, ledger, seen);
  }
  if (details != nullptr && mode == LoadMode::balances && !give_details(inputs, ledger, *details)) {
    Diagnostics again; // it validated just now: the full parse reads the same journal
    ledger = parse(inputs, LoadMode::full, again);
    if (!again.empty()) {
      give_up(ctx, again);
    }
  }
  if (!diags.warnings().empty()) {
    print_diagnostics(ctx.err, diags);
  }
  return ledger;
}

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

// The line the appended text will start on in `file` (1 for a new file), as
// append_file_durable writes it: after a newline added when the file lacks one.
std::uint32_t first_line_after(const LedgerInputs& inputs, const std::string& file) {
  const auto known = std::find(inputs.paths.begin(), inputs.paths.end(), file);
  if (known == inputs.paths.end()) {
    return 1;
  }
  if (!inputs.key.empty() && file == inputs.paths.back()) { // counted with the key
    return inputs.last_lines + (inputs.last_ends_line ? 1 : 2);
  }
  std::uint32_t lines = 0;
  char last = '\n';
  read_chunks(inputs.dir / file, file, [&](std::string_view chunk) {
    lines += static_cast<std::uint32_t>(std::count(chunk.begin(), chunk.end(), '\n'));
    last = chunk.back();
  });
  return lines + (last == '\n' ? 1 : 2);
}

// The date of the entry of `ledger` that starts on (or has an apply line on) the line
// of `loc`, when there is one.
std::optional<Date> date_at(const Ledger& ledger, const SourceLoc& loc) {
  const auto file = std::find(ledger.files.begin(), ledger.files.end(), loc.path);
  if (file == ledger.files.end()) {
    return std::nullopt;
  }
  const auto index = static_cast<std::uint32_t>(file - ledger.files.begin());
  std::optional<Date> found;
  const auto look = [&](const auto& items) {
    for (const auto& item : items) {
      if (item.pos.file == index && static_cast<int>(item.pos.line) == loc.line) {
        found = item.date;
      }
    }
  };
  look(ledger.documents);
  look(ledger.payments);
  look(ledger.refunds);
  look(ledger.allocations);
  look(ledger.writeoffs);
  look(ledger.status_events);
  look(ledger.contacts);
  look(ledger.sendings);
  return found;
}

// Adds the new entries to the ledger and checks it again; throws, with every problem
// printed, when the ledger would not validate. A back-dated entry that breaks an entry
// written later in time is told as such: which entry, why, and from what date it fits.
void validate_additions(Context& ctx, const LedgerInputs& inputs, Ledger& ledger,
                        const std::vector<syntax::Entry>& entries,
                        const std::vector<std::pair<std::string, std::string>>& texts,
                        std::string_view failure) {
  std::vector<JournalAddition> additions;
  for (const auto& [file, text] : texts) {
    additions.push_back({file, text, first_line_after(inputs, file)});
  }
  Diagnostics after;
  extend_ledger(ledger, additions, after);
  if (after.empty()) {
    return;
  }
  after.sort();
  std::optional<Date> newest;
  for (const syntax::Entry& entry : entries) {
    newest = newest ? std::max(*newest, entry.date) : entry.date;
  }
  Diagnostics told;
  std::optional<Date> latest; // of the later entries it breaks
  std::size_t broken = 0;
  for (const Error& error : after.errors()) {
    const std::optional<SourceLoc>& loc = error.where();
    const bool in_new = loc && std::any_of(additions.begin(), additions.end(), [&](const auto& a) {
                          return a.path == loc->path && loc->line >= static_cast<int>(a.first_line);
                        });
    const auto day = loc && !in_new ? date_at(ledger, *loc) : std::nullopt;
    if (!newest || !day || !(*newest < *day)) {
      told.add(error);
      continue;
    }
    ++broken;
    latest = latest ? std::max(*latest, *day) : *day;
    told.add(Error(error.kind(), *loc,
                   fmt::format("this later entry of {} would no longer be valid: {}",
                               format_date(*day), error.message())));
  }
  print_diagnostics(ctx.err, told);
  if (broken == 0) {
    throw Error(ErrorKind::invalid_input, std::string(failure));
  }
  throw Error(ErrorKind::invalid_input,
              fmt::format("the new entry dated {} comes before {} later entr{} it would make "
                          "invalid (above); date it {} or later, or change the later entr{} "
                          "first; nothing was changed",
                          format_date(*newest), broken, broken == 1 ? "y" : "ies",
                          format_date(*latest), broken == 1 ? "y" : "ies"));
}

} // namespace

syntax::Settings load_settings(Context& ctx, const std::filesystem::path& ledger_dir) {
  Diagnostics diags;
  syntax::Settings settings = read_settings_files(ledger_dir, diags);
  if (diags.empty()) {
    check_journal_paths(settings, diags); // fmt must not touch files outside the ledger
  }
  if (!diags.empty()) {
    give_up(ctx, diags);
  }
  return settings;
}

Ledger load_ledger(Context& ctx, LoadMode mode) {
  // Readers share the lock, so they never see half of a write.
  const LedgerLock lock(ctx.ledger_dir(), ctx.lock_timeout, LockMode::shared);
  LedgerInputs inputs;
  return read_ledger(ctx, mode, inputs);
}

Ledger load_ledger(Context& ctx, const DetailsOf& details) {
  const LedgerLock lock(ctx.ledger_dir(), ctx.lock_timeout, LockMode::shared);
  LedgerInputs inputs;
  return read_ledger(ctx, LoadMode::balances, inputs, &details);
}

struct StreamedLedger::State {
  explicit State(Context& c)
      : ctx(c), lock(c.ledger_dir(), c.lock_timeout, LockMode::shared),
        ledger(read_ledger(c, LoadMode::balances, inputs)),
        reader(inputs.dir, counted_last(inputs)) {}
  Context& ctx;
  LedgerLock lock;
  LedgerInputs inputs;
  Ledger ledger;
  DetailsReader reader;
  std::vector<std::uint32_t> given; // by the last call, to let go of
};

StreamedLedger::StreamedLedger(Context& ctx) : m_state(std::make_unique<State>(ctx)) {}

StreamedLedger::~StreamedLedger() = default;

const Ledger& StreamedLedger::ledger() const {
  return m_state->ledger;
}

void StreamedLedger::give_details(const std::vector<std::uint32_t>& documents) {
  State& s = *m_state;
  if (s.ledger.has_details) {
    return;
  }
  for (const std::uint32_t i : s.given) {
    s.ledger.documents[i].details.reset();
  }
  s.given.clear();
  for (const std::uint32_t i : documents) { // those that keep theirs in a balances load stay
    if (i < s.ledger.documents.size() && !s.ledger.documents[i].details) {
      s.given.push_back(i);
    }
  }
  if (s.reader.read(s.ledger, s.given)) {
    return;
  }
  Diagnostics again; // it validated: the full parse reads the same journal
  Ledger full = parse(s.inputs, LoadMode::full, again);
  if (!again.empty()) {
    give_up(s.ctx, again);
  }
  if (full.documents.size() != s.ledger.documents.size()) {
    throw Error(ErrorKind::internal, "the journal changed while it was read");
  }
  for (std::size_t i = 0; i < full.documents.size(); ++i) {
    if (full.documents[i].id != s.ledger.documents[i].id) {
      throw Error(ErrorKind::internal, "the journal changed while it was read");
    }
    s.ledger.documents[i].details = std::move(full.documents[i].details);
  }
  s.ledger.has_details = true;
  s.given.clear();
}

Ledger load_ledger_locked(Context& ctx, LoadMode mode) {
  LedgerInputs inputs;
  return read_ledger(ctx, mode, inputs);
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

std::vector<syntax::Entry> commit(Context& ctx, LoadMode mode, const DetailsOf* details,
                                  const EntryMaker& make, Ledger* after) {
  const LedgerLock lock(ctx.ledger_dir(), ctx.lock_timeout);
  LedgerInputs inputs;
  Ledger ledger = read_ledger(ctx, mode, inputs, details);
  std::vector<syntax::Entry> entries = make(ledger);
  const auto texts = entry_texts(ledger, entries);
  // The ledger with the new entries must still validate before anything is written.
  validate_additions(ctx, inputs, ledger, entries, texts,
                     "the new entries would not validate; nothing was changed");
  // The snapshot, if any, stays as it is: what was appended to the last journal file is
  // parsed on top of it by the next load (restore above).
  for (const auto& [file, text] : texts) {
    append_file_durable(inputs.dir / file, text, file);
  }
  if (after != nullptr) {
    *after = std::move(ledger);
  }
  return entries;
}

} // namespace

std::vector<syntax::Entry> commit_entries(Context& ctx, LoadMode mode, const EntryMaker& make,
                                          Ledger* after) {
  return commit(ctx, mode, nullptr, make, after);
}

std::vector<syntax::Entry> commit_entries(Context& ctx, const DetailsOf& details,
                                          const EntryMaker& make, Ledger* after) {
  return commit(ctx, LoadMode::balances, &details, make, after);
}

Ledger preview_entries(Context& ctx, LoadMode mode, const EntryMaker& make) {
  const LedgerLock lock(ctx.ledger_dir(), ctx.lock_timeout, LockMode::shared);
  LedgerInputs inputs;
  Ledger ledger = read_ledger(ctx, mode, inputs);
  const std::vector<syntax::Entry> entries = make(ledger);
  const auto texts = entry_texts(ledger, entries);
  validate_additions(ctx, inputs, ledger, entries, texts, "the new entries would not validate");
  return ledger;
}

} // namespace dues::cli
