#pragma once

#include "base/error.hpp"
#include "syntax/journal.hpp"

#include <string>
#include <string_view>

namespace dues::syntax {

// One token of a journal line: a bare word or a quoted string (already unescaped).
struct Token {
  std::string_view text; // points into the line, or into the reader's scratch buffer
  std::uint32_t column = 0;
  bool quoted = false;
};

// Reads the tokens of one journal line from left to right. Every complaint points at
// the token it is about, so the user gets file:line:col. Columns count code points.
class LineReader {
public:
  // `ascii` promises that the line is plain ASCII, so columns are byte offsets.
  LineReader(std::string_view line, const std::string& path, Pos pos, bool ascii = false);

  // True when only spaces or a trailing comment remain.
  bool at_end();
  // The next token; fails with "expected <what>, found end of line" at the end.
  Token next(std::string_view what);
  // The column where a missing next token would go (one space after the last token).
  std::uint32_t missing_column() const { return m_end_column + 1; }
  // The comment after ';' at the end of the line (without "; "), once at_end() is true.
  std::string_view trailing_comment() const { return m_comment; }
  // The position of a token of this line.
  Pos pos_at(std::uint32_t column) const { return {m_pos.file, m_pos.line, column}; }

  // Throws Error(invalid_input) at `column` of this line.
  [[noreturn]] void fail(std::uint32_t column, const std::string& message) const;

private:
  void skip_spaces();
  std::string_view m_line;
  const std::string& m_path;
  Pos m_pos;
  std::size_t m_offset = 0;
  std::uint32_t m_column = 1;
  std::uint32_t m_end_column = 0; // the column just after the last token
  std::string_view m_comment;
  std::string m_scratch;
  bool m_ascii = false;
};

} // namespace dues::syntax
