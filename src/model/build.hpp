#pragma once

#include "base/error.hpp"
#include "model/ledger.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dues {

// One journal file's text and the path messages use for it.
struct JournalText {
  std::string path;
  std::string_view text;
};

struct BuildOptions {
  // Keep only what balances need: item and tax lines are read and the stored totals
  // checked as for a full load, then the details no command of this kind shows are let
  // go (reports and single writes on big ledgers).
  bool balances_only = false;
  // Parse on a second thread while this one builds (journal_pipeline.hpp); the result,
  // errors included, is the same either way.
  bool parallel = true;
};

// Builds the ledger: reads every journal, resolves every reference, and checks every
// rule of docs/journal-format.md (stored totals, gapless numbering, allocations never
// exceeding what is owed, valid customers). Every problem goes to `diags`.
Ledger build_ledger(syntax::Settings settings, std::vector<Customer> customers,
                    const std::vector<JournalText>& journals, Diagnostics& diags,
                    const BuildOptions& options = {});

// Reads journal file `index` (of the paths given to build_ledger) and calls `parse` with
// its text, which needs to live only during that call.
using JournalReader = std::function<void(
    std::size_t index, const std::function<void(std::string_view text)>& parse)>;

// A ledger with settings and customers (indexed by id) and no journal yet.
Ledger start_ledger(syntax::Settings settings, std::vector<Customer> customers);

// Text appended to one journal file, starting at line `first_line` of that file.
struct JournalAddition {
  std::string path;
  std::string_view text;
  std::uint32_t first_line = 1;
};

// Adds new entries to a ledger built (and checked) before, as if they had been appended
// to the named files, and checks again what spans the whole ledger (numbering, the
// chronological walk) plus the stored totals of the new documents. Much cheaper than
// building the ledger again: the way a write validates what it is about to append.
void extend_ledger(Ledger& ledger, const std::vector<JournalAddition>& additions,
                   Diagnostics& diags);

// The same, reading one journal at a time through `read`, so a big ledger never holds
// all its journal text in memory at once.
Ledger build_ledger(syntax::Settings settings, std::vector<Customer> customers,
                    const std::vector<std::string>& paths, const JournalReader& read,
                    Diagnostics& diags, const BuildOptions& options = {});

} // namespace dues
