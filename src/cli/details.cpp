// Details on demand (details.hpp). A document's pos names its entry: the journal file
// and the header's line. The file is mapped, the line found by counting newlines (a
// block at a time), and only that entry's lines are parsed, numbered from that line so
// every position is the one a full load gives.
#include "cli/details.hpp"

#include "base/file.hpp"
#include "model/entry_values.hpp"
#include "syntax/journal_parser.hpp"

#include <algorithm>
#include <array>
#include <numeric>

namespace dues::cli {
namespace {

constexpr std::size_t k_none = std::string_view::npos;
constexpr std::size_t k_block = 4096;

// How many of the k_block bytes at `p` are '\n'. Byte-wide counters (at most 128 each)
// in a loop of known length, which the compiler turns into vector code: about 9 GB/s
// at -O2 on x86-64, against 2 for eight bytes at a time in a word.
std::size_t newlines_in_block(const char* p) {
  std::array<unsigned char, 32> lanes{};
  for (std::size_t i = 0; i < k_block; i += lanes.size()) {
    for (std::size_t k = 0; k < lanes.size(); ++k) {
      lanes[k] = static_cast<unsigned char>(lanes[k] + (p[i + k] == '\n' ? 1 : 0));
    }
  }
  return std::accumulate(lanes.begin(), lanes.end(), std::size_t{0});
}

// Where the text after the `count`-th newline starts, counting from the start.
std::size_t after_newline(std::string_view text, std::size_t count) {
  if (count == 0) {
    return 0;
  }
  std::size_t i = 0;
  for (; i + k_block <= text.size(); i += k_block) {
    const std::size_t here = newlines_in_block(text.data() + i);
    if (here >= count) {
      break;
    }
    count -= here;
  }
  for (; i < text.size(); ++i) {
    if (text[i] == '\n' && --count == 0) {
      return i + 1;
    }
  }
  return k_none;
}

// The same, counting the newlines from the end: where the text after the `count`-th
// newline from the end starts.
std::size_t after_newline_from_end(std::string_view text, std::size_t count) {
  std::size_t i = text.size();
  for (; i >= k_block; i -= k_block) {
    const std::size_t here = newlines_in_block(text.data() + i - k_block);
    if (here >= count) {
      break;
    }
    count -= here;
  }
  for (; i > 0; --i) {
    if (text[i - 1] == '\n' && --count == 0) {
      return i;
    }
  }
  return k_none;
}

// A line of the text and where it starts: counting goes on from there.
struct Cursor {
  std::size_t offset = 0;
  std::uint32_t line = 1;
};

// Where line `line` (1 for the first) of `text` starts: counted on from `from`, or back
// from the end when `newlines` (how many the whole text holds) is known and the end is
// nearer. k_none when the text has no such line.
std::size_t line_start(std::string_view text, std::uint32_t line, const Cursor& from,
                       std::optional<std::uint32_t> newlines) {
  if (line < from.line) {
    return k_none;
  }
  const std::size_t ahead = line - from.line;
  if (newlines && line >= 2 && line <= *newlines + 1 && *newlines + 1 - line < ahead) {
    // Line k starts after the (k-1)-th newline: the (newlines - k + 2)-th from the end.
    return after_newline_from_end(text, std::size_t{*newlines} - line + 2);
  }
  const std::size_t found = after_newline(text.substr(from.offset), ahead);
  return found == k_none ? k_none : from.offset + found;
}

// The entry starting at `start`: its header line and the indented lines after it, up to
// an empty line or the next line in column 1 (as the parser delimits entries).
std::string_view entry_text(std::string_view text, std::size_t start) {
  std::size_t end = std::min(text.find('\n', start), text.size());
  while (end < text.size()) {
    const std::size_t next = end + 1;
    const std::size_t next_end = std::min(text.find('\n', next), text.size());
    const std::string_view line = text.substr(next, next_end - next);
    if (line.empty() || line.front() != ' ' || line.find_first_not_of(' ') == k_none) {
      break;
    }
    end = next_end;
  }
  return text.substr(start, end - start);
}

class OneEntry : public syntax::EntrySink {
public:
  void entry(const syntax::Entry& entry) override { entries.push_back(entry); }
  std::vector<syntax::Entry> entries;
};

// Reads the entry of `document` again from `text` (its journal file), where its line
// starts at `start`, and gives the document the details a full load gives it. False when
// that entry is not there as is.
bool reread(const Ledger& ledger, std::string_view text, std::size_t start, Document& document) {
  if (start == k_none || start >= text.size()) {
    return false;
  }
  OneEntry sink;
  Diagnostics diags;
  syntax::ParseOptions options;
  options.first_line = document.pos.line;
  syntax::parse_journal(entry_text(text, start), ledger.files[document.pos.file], document.pos.file,
                        sink, diags, options);
  if (!diags.empty() || !diags.warnings().empty() || sink.entries.size() != 1) {
    return false;
  }
  const syntax::Entry& entry = sink.entries.front();
  const bool same_kind = document.is_invoice() ? entry.kind == syntax::EntryKind::invoice
                                               : entry.kind == syntax::EntryKind::credit;
  if (!same_kind || entry.id.value != document.id || !(entry.date == document.date)
      || entry.pos.line != document.pos.line) {
    return false;
  }
  try {
    const Currency& currency = document.total.currency();
    if (!(entry_money(ledger, entry.total.value, entry.total.pos, currency) == document.total)) {
      return false;
    }
    document.details = entry_details(ledger, entry, currency);
  } catch (const Error&) {
    return false;
  }
  return true;
}

} // namespace

bool read_details(const std::filesystem::path& dir, Ledger& ledger,
                  const std::vector<std::string>& ids, const std::optional<CountedFile>& counted) {
  if (ledger.has_details) {
    return true;
  }
  std::vector<std::uint32_t> wanted; // documents without their details, by file then line
  for (const std::string& id : ids) {
    const IdRef* ref = ledger.find_id(id);
    if (ref != nullptr && ref->kind == IdKind::document && !ledger.documents[ref->index].details) {
      wanted.push_back(ref->index);
    }
  }
  std::sort(wanted.begin(), wanted.end(), [&](std::uint32_t a, std::uint32_t b) {
    const syntax::Pos& x = ledger.documents[a].pos;
    const syntax::Pos& y = ledger.documents[b].pos;
    return x.file != y.file ? x.file < y.file : x.line < y.line;
  });
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end()); // an id named twice
  try {
    for (std::size_t i = 0; i < wanted.size();) {
      const std::uint32_t file = ledger.documents[wanted[i]].pos.file;
      if (file >= ledger.files.size()) {
        return false;
      }
      const std::string& path = ledger.files[file];
      const MappedFile journal(dir / path, path);
      std::optional<std::uint32_t> newlines;
      if (counted && counted->path == path) {
        newlines = counted->newlines;
      }
      Cursor cursor; // documents in line order: the file is counted through once
      for (; i < wanted.size() && ledger.documents[wanted[i]].pos.file == file; ++i) {
        Document& document = ledger.documents[wanted[i]];
        const std::size_t start = line_start(journal.text(), document.pos.line, cursor, newlines);
        if (!reread(ledger, journal.text(), start, document)) {
          return false;
        }
        cursor = {start, document.pos.line};
      }
    }
  } catch (const Error&) { // the file no longer reads: the full load says why
    return false;
  }
  return true;
}

} // namespace dues::cli
