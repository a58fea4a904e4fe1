#pragma once

#include "base/date.hpp"
#include "base/error.hpp"
#include "model/ledger.hpp"
#include "syntax/journal.hpp"

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace dues::cli {

// Everything a command may touch besides its options. Tests build one around string
// streams and a temporary folder. Only cli/app.cpp and cli/environment.cpp read the
// environment and the clock.
struct Context {
  std::ostream& out;
  std::ostream& err;
  std::optional<std::filesystem::path> ledger_arg; // -C DIR or DUES_LEDGER
  std::filesystem::path working_dir;
  Date today;
  bool colour = false;
  std::chrono::milliseconds lock_timeout{30000};
  // Where snapshots of parsed ledgers are kept (DUES_CACHE_DIR, else the user's cache
  // folder); none with DUES_NO_CACHE=1.
  std::optional<std::filesystem::path> cache_dir;
  // Set by a command that lists the drafts with their problems itself (`dues invoice
  // list --status draft`): a draft that does not read is then not an error of the load.
  bool lists_drafts = false;
  // conveniences: --bom, a UTF-8 byte order mark before CSV output (see begin_csv).
  bool csv_bom = false;
  // privacy: the age identity file that decrypts customer values (DUES_IDENTITY, else
  // ~/.config/dues/identity when it exists) and the key of the account hashes
  // (DUES_MATCHING_KEY, else the content of ~/.config/dues/matching-key).
  std::optional<std::filesystem::path> identity = std::nullopt;
  std::optional<std::string> matching_key = std::nullopt;

  // The ledger folder: -C DIR, else the nearest folder from the working directory up
  // that holds dues.toml. Throws Error(environment) when there is none.
  std::filesystem::path ledger_dir() const;
};

// False when DUES_PARSE_THREADS=1 asks that the journal, the snapshot and the inputs
// of a command be read on one thread.
bool parse_in_parallel();

// The same context writing its messages to `err`: for work done on another thread whose
// messages are printed later, in order. (-Wextra names any field this leaves out.)
Context with_err(const Context& ctx, std::ostream& err);

// How much of the journal a command needs.
enum class LoadMode {
  full,     // every line, every check (check, fmt, invoice rendering)
  balances, // every line and check as full; item details then dropped (reports, payments)
};

// Reads and validates the whole ledger. Prints every problem to ctx.err, then throws
// invalid_input if there was one: no command runs on a ledger that does not validate.
Ledger load_ledger(Context& ctx, LoadMode mode);
// The same, for a caller that holds the ledger lock already (a write that edits a file
// other than the journal, such as customers.toml, on a ledger that must validate).
Ledger load_ledger_locked(Context& ctx, LoadMode mode);

// A balances load whose documents `ids` also carry their full details (items, tax lines,
// discount, pricing, terms, notes), read again from their own journal entries
// (cli/details.hpp): for a command that shows or copies a few documents. Falls back to
// a full load when an entry cannot be read back.
struct DetailsOf {
  std::vector<std::string> ids;
  // And the documents (indexes into documents) chosen from the balances once they are
  // loaded, such as those a report over a period reads.
  std::function<std::vector<std::uint32_t>(const Ledger&)> documents = nullptr;
};
Ledger load_ledger(Context& ctx, const DetailsOf& details);

// A balances load whose documents are given their details a chunk at a time, for a
// command that goes through every document (export): memory holds the balances and one
// chunk, not every document's items. Holds the shared ledger lock while it lives.
class StreamedLedger {
public:
  explicit StreamedLedger(Context& ctx);
  ~StreamedLedger();
  StreamedLedger(const StreamedLedger&) = delete;
  StreamedLedger& operator=(const StreamedLedger&) = delete;

  const Ledger& ledger() const;
  // Gives `documents` (indexes) their details, as a full load has them, and lets go of
  // those the previous call gave. Reads their journal entries again (cli/details.hpp);
  // when one cannot be read back, parses the whole journal once and keeps every detail.
  void give_details(const std::vector<std::uint32_t>& documents);

private:
  struct State;
  std::unique_ptr<State> m_state;
};

// Prints every error and warning as "dues: error: ..." lines.
void print_diagnostics(std::ostream& err, const Diagnostics& diags);

// The journal files dues.toml names, as paths relative to the ledger folder, sorted.
std::vector<std::string> journal_files(const std::filesystem::path& ledger_dir,
                                       const syntax::Settings& settings);

// Reads dues.toml; throws with every problem printed when it does not validate.
syntax::Settings load_settings(Context& ctx, const std::filesystem::path& ledger_dir);

// Builds the new journal entries of a write command from the current ledger.
using EntryMaker = std::function<std::vector<syntax::Entry>(const Ledger&)>;

// The one way commands write to the journal. Under the ledger lock: loads the ledger,
// asks `make` for new entries, checks that the ledger with them appended still
// validates, then appends them (canonical text, one durable O_APPEND write per file,
// to the file dues.toml's `append` names for each entry's year). On any error nothing
// is written. Returns the entries written.
// When `after` is given, it receives the ledger with the new entries (saves a reload).
std::vector<syntax::Entry> commit_entries(Context& ctx, LoadMode mode, const EntryMaker& make,
                                          Ledger* after = nullptr);
// The same on a balances load with the details of some documents (DetailsOf above).
std::vector<syntax::Entry> commit_entries(Context& ctx, const DetailsOf& details,
                                          const EntryMaker& make, Ledger* after = nullptr);

// What commit_entries would do, without the lock and without writing (--dry-run): builds
// the new entries and returns the ledger with them, after checking it still validates.
Ledger preview_entries(Context& ctx, LoadMode mode, const EntryMaker& make);

// The journal file (relative to the ledger folder) that new entries dated `day` go to.
std::string append_target(const Ledger& ledger, const Date& day);

// Parses a date given on the command line; a bad one is a usage error naming the option.
Date date_argument(std::string_view option, std::string_view text);

} // namespace dues::cli
