#pragma once

#include "base/error.hpp"
#include "syntax/journal.hpp"

#include <string>
#include <string_view>

namespace dues::syntax {

// Receives what the parser reads, in file order.
class EntrySink {
public:
  virtual ~EntrySink() = default;
  // A complete entry that parsed without error. The reference is valid only during the call.
  virtual void entry(const Entry& entry) = 0;
  // The same, for a sink that keeps the entry: it may swap it with an empty one (the
  // parser clears it before reading the next). By default, entry().
  virtual void keep(Entry& entry) { this->entry(entry); }
  // A line outside any entry: empty, or a comment starting with ';' (as written).
  virtual void trivia(std::string_view line) { (void)line; }
  // An entry that did not parse (its error is reported): the id its header names (its
  // own id, or the document it is about), when one could be read. Lets later checks tell
  // "written but broken" from "missing", so one broken line gives one error.
  virtual void unparsed(std::string_view id) { (void)id; }
};

struct ParseOptions {
  // Accept and repair what `dues fmt` fixes: a byte order mark, CRLF line ends, tabs.
  bool repair = false;
  // The line number of the text's first line: text appended to a file starts after
  // the file's last line, so its positions match the file once it is written.
  std::uint32_t first_line = 1;
};

// Parses one journal file. `path` is how errors name the file; `file_index` goes into
// every Pos. Each good entry goes to `sink`; each bad line adds an error to `diags`
// and parsing goes on, so one run reports every problem.
void parse_journal(std::string_view text, const std::string& path, std::uint32_t file_index,
                   EntrySink& sink, Diagnostics& diags, const ParseOptions& options = {});

// True when `text` is a valid document or customer id: a letter or digit, then letters,
// digits, '-', '_', '.', '/'; at most 64 bytes.
bool is_valid_id(std::string_view text);

} // namespace dues::syntax
