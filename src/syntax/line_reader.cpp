#include "syntax/line_reader.hpp"

#include <fmt/format.h>

namespace dues::syntax {
namespace {

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

LineReader::LineReader(std::string_view line, const std::string& path, Pos pos, bool ascii)
    : m_line(line), m_path(path), m_pos(pos), m_ascii(ascii) {}

void LineReader::fail(std::uint32_t column, const std::string& message) const {
  throw Error(ErrorKind::invalid_input,
              SourceLoc{m_path, static_cast<int>(m_pos.line), static_cast<int>(column)}, message);
}

void LineReader::skip_spaces() {
  while (m_offset < m_line.size() && m_line[m_offset] == ' ') {
    ++m_offset;
    ++m_column;
  }
}

bool LineReader::at_end() {
  skip_spaces();
  if (m_offset >= m_line.size()) {
    return true;
  }
  if (m_line[m_offset] == ';') {
    std::string_view comment = m_line.substr(m_offset + 1);
    if (comment.starts_with(' ')) {
      comment.remove_prefix(1);
    }
    m_comment = comment;
    return true;
  }
  return false;
}

Token LineReader::next(std::string_view what) {
  if (at_end()) {
    fail(m_end_column + 1, fmt::format("expected {}, found end of line", what));
  }
  Token token;
  token.column = m_column;
  if (m_line[m_offset] != '"' && m_ascii) {
    // Plain ASCII: one scan to the next space, columns are byte offsets.
    const std::size_t start = m_offset;
    const std::size_t end = std::min(m_line.find(' ', start), m_line.size());
    token.text = m_line.substr(start, end - start);
    if (const auto quote = token.text.find('"'); quote != std::string_view::npos) {
      fail(m_column + static_cast<std::uint32_t>(quote),
           "unexpected '\"' inside a word; quote the whole value");
    }
    m_column += static_cast<std::uint32_t>(end - start);
    m_offset = end;
    m_end_column = m_column;
    return token;
  }
  if (m_line[m_offset] != '"') {
    const std::size_t start = m_offset;
    while (m_offset < m_line.size() && m_line[m_offset] != ' ') {
      if (m_line[m_offset] == '"') {
        fail(m_column, "unexpected '\"' inside a word; quote the whole value");
      }
      if (!is_continuation(m_line[m_offset])) {
        ++m_column;
      }
      ++m_offset;
    }
    token.text = m_line.substr(start, m_offset - start);
    m_end_column = m_column;
    return token;
  }
  // A quoted string: "..." with \" and \\ as the only escapes.
  token.quoted = true;
  m_scratch.clear();
  ++m_offset;
  ++m_column;
  while (true) {
    if (m_offset >= m_line.size()) {
      fail(token.column, "unterminated string: missing closing '\"'");
    }
    const char c = m_line[m_offset];
    if (c == '"') {
      ++m_offset;
      ++m_column;
      break;
    }
    if (c == '\\') {
      const char escaped = m_offset + 1 < m_line.size() ? m_line[m_offset + 1] : '\0';
      if (escaped != '"' && escaped != '\\') {
        fail(m_column, "unknown escape in string; only \\\" and \\\\ are allowed");
      }
      m_scratch += escaped;
      m_offset += 2;
      m_column += 2;
      continue;
    }
    m_scratch += c;
    if (!is_continuation(c)) {
      ++m_column;
    }
    ++m_offset;
  }
  if (m_offset < m_line.size() && m_line[m_offset] != ' ') {
    fail(m_column, "expected a space after the closing '\"'");
  }
  token.text = m_scratch;
  m_end_column = m_column;
  return token;
}

} // namespace dues::syntax
