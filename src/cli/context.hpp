#pragma once

#include "base/date.hpp"
#include "base/error.hpp"
#include "model/ledger.hpp"
#include "syntax/journal.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace dues::cli {

// Everything a command may touch besides its options. Tests build one around string
// streams and a temporary folder. Only cli/app.cpp reads the environment and the clock.
struct Context {
  std::ostream& out;
  std::ostream& err;
  std::optional<std::filesystem::path> ledger_arg; // -C DIR or DUES_LEDGER
  std::filesystem::path working_dir;
  Date today;
  bool colour = false;
  std::chrono::milliseconds lock_timeout{30000};

  // The ledger folder: -C DIR, else the nearest folder from the working directory up
  // that holds dues.toml. Throws Error(environment) when there is none.
  std::filesystem::path ledger_dir() const;
};

// How much of the journal a command needs.
enum class LoadMode {
  full,     // every line, every check (check, fmt, invoice rendering)
  balances, // item and tax lines skipped, stored totals not recomputed (reports, payments)
};

// Reads and validates the whole ledger. Prints every problem to ctx.err, then throws
// invalid_input if there was one: no command runs on a ledger that does not validate.
Ledger load_ledger(Context& ctx, LoadMode mode);

// Prints every error and warning as "dues: error: ..." lines.
void print_diagnostics(std::ostream& err, const Diagnostics& diags);

// The journal files dues.toml names, as paths relative to the ledger folder, sorted.
std::vector<std::string> journal_files(const std::filesystem::path& ledger_dir,
                                       const syntax::Settings& settings);

// Reads dues.toml; throws with every problem printed when it does not validate.
syntax::Settings load_settings(Context& ctx, const std::filesystem::path& ledger_dir);

// Appends entries to the journal file dues.toml's `append` names for each entry's year,
// as canonical text, one write per file. Call with the ledger lock held.
void append_entries(Context& ctx, const Ledger& ledger, const std::vector<syntax::Entry>& entries);

// Parses a date given on the command line; a bad one is a usage error naming the option.
Date date_argument(std::string_view option, std::string_view text);

} // namespace dues::cli
