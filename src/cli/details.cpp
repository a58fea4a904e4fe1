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

// Takes the one entry parsed from a document's text, checks it is that document's and
// gives the document its details there and then (no copy of the entry is kept).
class RereadSink : public syntax::EntrySink {
public:
  RereadSink(const Ledger& ledger, Document& document) : m_ledger(ledger), m_document(document) {}
  void entry(const syntax::Entry& entry) override { m_ok = ++m_entries == 1 && give(entry); }
  bool ok() const { return m_ok && m_entries == 1; }

private:
  bool give(const syntax::Entry& entry) {
    const bool same_kind = m_document.is_invoice() ? entry.kind == syntax::EntryKind::invoice
                                                   : entry.kind == syntax::EntryKind::credit;
    if (!same_kind || entry.id.value != m_document.id || !(entry.date == m_document.date)
        || entry.pos.line != m_document.pos.line) {
      return false;
    }
    try {
      const Currency& currency = m_document.total.currency();
      if (!(entry_money(m_ledger, entry.total.value, entry.total.pos, currency)
            == m_document.total)) {
        return false;
      }
      m_document.details = entry_details(m_ledger, entry, currency);
    } catch (const Error&) {
      return false;
    }
    return true;
  }

  const Ledger& m_ledger;
  Document& m_document;
  int m_entries = 0;
  bool m_ok = false;
};

// Reads the entry of `document` again from `text` (its journal file), where its line
// starts at `start`, and gives the document the details a full load gives it. False when
// that entry is not there as is.
bool reread(const Ledger& ledger, std::string_view text, std::size_t start, Document& document) {
  if (start == k_none || start >= text.size()) {
    return false;
  }
  RereadSink sink(ledger, document);
  Diagnostics diags;
  syntax::ParseOptions options;
  options.first_line = document.pos.line;
  syntax::parse_journal(entry_text(text, start), ledger.files[document.pos.file], document.pos.file,
                        sink, diags, options);
  if (!diags.empty() || !diags.warnings().empty() || !sink.ok()) {
    document.details.reset();
    return false;
  }
  return true;
}

// Past this many bytes from the last place kept in a file, a read keeps another.
constexpr std::size_t k_place_every = 1U << 20U;

} // namespace

// A journal file kept mapped between reads, and places in it (line and offset, by line)
// from which a later read counts on.
struct DetailsReader::File {
  std::unique_ptr<MappedFile> journal;
  std::optional<std::uint32_t> newlines;
  std::vector<Cursor> places;

  // The nearest kept place at or before `line`.
  Cursor before(std::uint32_t line) const {
    auto it = std::upper_bound(places.begin(), places.end(), line,
                               [](std::uint32_t l, const Cursor& c) { return l < c.line; });
    return it == places.begin() ? Cursor{} : *(it - 1);
  }
  void keep(std::vector<Cursor>& more) {
    places.insert(places.end(), more.begin(), more.end());
    std::sort(places.begin(), places.end(),
              [](const Cursor& a, const Cursor& b) { return a.line < b.line; });
    places.erase(std::unique(places.begin(), places.end(),
                             [](const Cursor& a, const Cursor& b) { return a.line == b.line; }),
                 places.end());
    more.clear();
  }
};

DetailsReader::DetailsReader(std::filesystem::path dir, std::optional<CountedFile> counted)
    : m_dir(std::move(dir)), m_counted(std::move(counted)) {}

DetailsReader::~DetailsReader() = default;

bool DetailsReader::read(Ledger& ledger, std::vector<std::uint32_t> documents) {
  if (ledger.has_details) {
    return true;
  }
  std::erase_if(documents, [&](std::uint32_t i) {
    return i >= ledger.documents.size() || ledger.documents[i].details != nullptr;
  });
  std::sort(documents.begin(), documents.end(), [&](std::uint32_t a, std::uint32_t b) {
    const syntax::Pos& x = ledger.documents[a].pos;
    const syntax::Pos& y = ledger.documents[b].pos;
    return x.file != y.file ? x.file < y.file : x.line < y.line;
  });
  documents.erase(std::unique(documents.begin(), documents.end()), documents.end());
  try {
    std::vector<Cursor> kept;
    for (std::size_t i = 0; i < documents.size();) {
      const std::uint32_t index = ledger.documents[documents[i]].pos.file;
      File* file = open(ledger, index);
      if (file == nullptr) {
        return false;
      }
      const std::string_view text = file->journal->text();
      // documents in line order: the file is counted through once, from the nearest place
      Cursor cursor = file->before(ledger.documents[documents[i]].pos.line);
      std::size_t last_kept = cursor.offset;
      for (; i < documents.size() && ledger.documents[documents[i]].pos.file == index; ++i) {
        Document& document = ledger.documents[documents[i]];
        const std::size_t start = line_start(text, document.pos.line, cursor, file->newlines);
        if (!reread(ledger, text, start, document)) {
          return false;
        }
        cursor = {start, document.pos.line};
        if (start - last_kept >= k_place_every) {
          kept.push_back(cursor);
          last_kept = start;
        }
      }
      file->keep(kept);
      // The pages read leave the process: the next call maps again only what it reads.
      file->journal->give_back(file->journal->text());
    }
  } catch (const Error&) { // the file no longer reads: the full load says why
    return false;
  }
  return true;
}

DetailsReader::File* DetailsReader::open(const Ledger& ledger, std::uint32_t index) {
  if (index >= ledger.files.size()) {
    return nullptr;
  }
  if (m_files.size() <= index) {
    m_files.resize(ledger.files.size());
  }
  if (!m_files[index]) {
    const std::string& path = ledger.files[index];
    auto file = std::make_unique<File>();
    file->journal = std::make_unique<MappedFile>(m_dir / path, path);
    if (m_counted && m_counted->path == path) {
      file->newlines = m_counted->newlines;
    }
    m_files[index] = std::move(file);
  }
  return m_files[index].get();
}

std::vector<std::uint32_t> documents_named(const Ledger& ledger,
                                           const std::vector<std::string>& ids) {
  std::vector<std::uint32_t> documents;
  for (const std::string& id : ids) {
    const IdRef* ref = ledger.find_id(id);
    if (ref != nullptr && ref->kind == IdKind::document) {
      documents.push_back(ref->index);
    }
  }
  return documents;
}

bool read_details(const std::filesystem::path& dir, Ledger& ledger,
                  const std::vector<std::string>& ids, const std::optional<CountedFile>& counted) {
  return DetailsReader(dir, counted).read(ledger, documents_named(ledger, ids));
}

} // namespace dues::cli
