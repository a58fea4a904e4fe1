#pragma once

#include "base/error.hpp"
#include "syntax/journal.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace dues {

// One entry of a journal file with its exact text: the comment lines in column 1 directly
// above its header (no empty line between), the header and its indented lines. The unit
// of an entry-by-entry merge (`dues merge-driver`) and of the seal's hash chain.
struct JournalBlock {
  std::string text;      // every line ending in '\n'
  std::size_t line = 0;  // the 1-based line of the block's first line in its file
  std::size_t header = 0; // the 1-based line of the header
  syntax::Entry entry;   // the entry as parsed
};

// A journal file as a sequence of blocks and of the lines between them (empty lines and
// comment lines that belong to no entry), in file order.
struct JournalItem {
  bool is_block = false;
  std::string trivia; // a line between entries, with its '\n' (when !is_block)
  std::size_t block = 0; // index into JournalBlocks::blocks (when is_block)
};

struct JournalBlocks {
  std::vector<JournalBlock> blocks;
  std::vector<JournalItem> items;
};

// Splits a journal file into blocks, parsing each entry with the journal parser. Lines
// that do not parse add errors to `diags` (named `path`).
JournalBlocks split_journal(std::string_view text, const std::string& path, Diagnostics& diags);

// The items' text again, in order; runs of empty lines become one, and none remain at
// the start or the end (as `dues fmt` writes them).
std::string join_journal(const JournalBlocks& journal);

// The ids an entry mentions: its own, the invoice a credit note corrects, the
// documents of its apply lines, the payment a refund draws on.
std::vector<std::string> ids_mentioned(const syntax::Entry& entry);

// True for the kinds that own a numbered id: invoice, credit note, payment, refund.
bool owns_id(syntax::EntryKind kind);

} // namespace dues
