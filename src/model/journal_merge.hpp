#pragma once

#include "syntax/settings.hpp"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace dues {

// The three versions of one journal file that git hands a merge driver.
struct MergeSides {
  std::string_view base;   // %O: the common ancestor
  std::string_view ours;   // %A: the current branch
  std::string_view theirs; // %B: the branch being merged
};

struct MergeOutcome {
  std::string text;                   // the merged file
  std::vector<std::string> notes;     // what was renumbered, for the user
  std::vector<std::string> conflicts; // why the merge failed; empty when it succeeded
};

// Merges a journal file entry by entry (docs/team.md): both sides' new entries are kept,
// theirs placed in date order among ours, an entry added on both sides is kept once, an
// entry one side deleted and the other left alone is deleted. Two different new entries
// with the same numbered id are a collision: the one recorded later (later date, then
// text) gets the next free number of its series unless it was sent (then the other one,
// if that was not sent), with a comment saying so, and the new entries of its side that
// refer to it follow it. `ids_elsewhere` holds the ids of the ledger's other journal
// files, so a new number is free across the ledger. When a collision cannot be resolved
// (both sent, a series dues does not number, an entry both sides edited), `conflicts`
// says why and `text` keeps both entries with a comment, for `dues check` to report.
// `path` names the file in messages.
MergeOutcome merge_journal(const MergeSides& sides, const std::string& path,
                           const syntax::Settings& settings,
                           const std::set<std::string, std::less<>>& ids_elsewhere);

} // namespace dues
