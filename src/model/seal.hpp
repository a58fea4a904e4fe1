#pragma once

#include "base/date.hpp"
#include "base/error.hpp"
#include "model/journal_blocks.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dues {

// One link of a journal file's hash chain: which entry it sealed and the link's hash,
// SHA-256 of the previous link's hash, a line break and the entry's canonical text
// without comments (so `dues fmt` and comments keep a seal valid).
struct SealLink {
  Date date;
  std::string kind;
  std::string id;
  std::string hash; // 64 hex digits
};

// The seal of one journal file (FILE.seal beside it; docs/team.md).
struct Seal {
  Date sealed;       // the day `dues seal` ran: entries added later must not be dated before it
  std::vector<SealLink> links; // in file order
};

// The chain over every entry of a file, in file order, sealed on `today`.
Seal make_seal(const JournalBlocks& journal, const Date& today);

// The seal file's text; `journal` names the journal file in its first line.
std::string write_seal(const Seal& seal, const std::string& journal);

// Reads a seal file; a line that does not read adds an error to diags (named `path`).
Seal read_seal(std::string_view text, const std::string& path, Diagnostics& diags);

// What a check of a journal file against its seal found.
struct SealCheck {
  std::size_t sealed = 0; // entries found intact
  std::size_t added = 0;  // entries added after the seal (dated on or after it)
  std::optional<Error> problem; // the first entry that was changed, removed, moved or back-dated
};

// Walks the file's entries against the chain: each sealed entry must still be there,
// unchanged and in order; an entry not in the chain must be dated on or after the day
// of the seal. `path` names the journal file in the problem.
SealCheck check_seal(const Seal& seal, const JournalBlocks& journal, const std::string& path);

} // namespace dues
