#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dues::bank {

// One cell of a CSV row and where it starts in the file (1-based line, and column in
// code points), so errors can point at it.
struct CsvField {
  std::string text;
  int line = 0;
  int column = 0;
};

// One record. A quoted cell may hold line breaks, so a row can span several lines;
// `line` is the first. `raw` is the record's text as written, without its line end.
struct CsvRow {
  int line = 0;
  std::vector<CsvField> fields;
  std::string_view raw;
  bool line_end = false; // a line break ended the record (false: the text ended)
  // The first quote that breaks RFC 4180 in the record (line 0: none): text after a
  // closing quote, or a quote inside an unquoted cell. `text` says which.
  CsvField stray_quote;

  // True when every cell is empty once spaces and tabs are trimmed.
  bool is_blank() const;
};

struct CsvDialect {
  char delimiter = ',';
  char quote = '"';
};

// Reads RFC 4180 CSV from UTF-8 text one record at a time: cells separated by the
// delimiter, records by LF, CRLF or CR; a quoted cell may hold delimiters, line breaks
// and doubled quotes (""). Rows may have different numbers of cells (ragged rows) and
// trailing empty cells are kept. Like spreadsheets, it reads on where RFC 4180 is
// broken: a quote inside an unquoted cell is kept as a character, and text after a
// closing quote is appended to the cell; the row's `stray_quote` says where, so that a
// caller can refuse the row. A quoted cell still open at the end of the
// text ends there; `unterminated()` then says where it began.
class CsvReader {
public:
  CsvReader(std::string_view text, CsvDialect dialect, int first_line = 1);

  // Reads the next record into `row`; false at the end of the text.
  bool next(CsvRow& row);

  // Skips one physical line (no CSV rules: quotes mean nothing); false at the end.
  bool skip_line(std::string_view* line = nullptr);

  // The line number the next record starts on.
  int line() const { return m_line; }

  // Where a quoted cell that ran to the end of the text started (line 0: none).
  const CsvField& unterminated() const { return m_unterminated; }

private:
  bool at_end() const { return m_pos >= m_text.size(); }
  // Consumes a line break at m_pos, if any; true when one was there.
  bool take_line_break();
  void read_quoted(CsvField& field);
  void advance_column(char c);

  std::string_view m_text;
  CsvDialect m_dialect;
  std::size_t m_pos = 0;
  int m_line = 1;
  int m_column = 1;
  CsvField m_unterminated;
};

// Splits one line of text into cells (a convenience for tests and header searches).
std::vector<std::string> split_csv_line(std::string_view line, CsvDialect dialect);

} // namespace dues::bank
