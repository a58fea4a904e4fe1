#include "bank/csv.hpp"

namespace dues::bank {

bool CsvRow::is_blank() const {
  for (const CsvField& field : fields) {
    for (const char c : field.text) {
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
  }
  return true;
}

CsvReader::CsvReader(std::string_view text, CsvDialect dialect, int first_line)
    : m_text(text), m_dialect(dialect), m_line(first_line) {}

void CsvReader::advance_column(char c) {
  // Columns count code points: UTF-8 continuation bytes do not start a new one.
  if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
    ++m_column;
  }
}

bool CsvReader::take_line_break() {
  if (at_end()) {
    return false;
  }
  if (m_text[m_pos] == '\r') {
    ++m_pos;
    if (!at_end() && m_text[m_pos] == '\n') {
      ++m_pos;
    }
  } else if (m_text[m_pos] == '\n') {
    ++m_pos;
  } else {
    return false;
  }
  ++m_line;
  m_column = 1;
  return true;
}

bool CsvReader::skip_line(std::string_view* line) {
  if (at_end()) {
    return false;
  }
  const std::size_t start = m_pos;
  while (!at_end() && m_text[m_pos] != '\n' && m_text[m_pos] != '\r') {
    ++m_pos;
  }
  if (line != nullptr) {
    *line = m_text.substr(start, m_pos - start);
  }
  if (!take_line_break()) {
    m_column = 1;
  }
  return true;
}

void CsvReader::read_quoted(CsvField& field) {
  const int start_line = m_line;
  const int start_column = m_column;
  ++m_pos; // the opening quote
  ++m_column;
  while (!at_end()) {
    const char c = m_text[m_pos];
    if (c == m_dialect.quote) {
      if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == m_dialect.quote) {
        field.text += c;
        m_pos += 2;
        m_column += 2;
        continue;
      }
      ++m_pos; // the closing quote
      ++m_column;
      return;
    }
    if (c == '\r' || c == '\n') {
      take_line_break();
      field.text += '\n';
      continue;
    }
    field.text += c;
    advance_column(c);
    ++m_pos;
  }
  m_unterminated = {std::string(), start_line, start_column};
}

namespace {

void note_stray(CsvRow& row, int line, int column, const char* what) {
  if (row.stray_quote.line == 0) {
    row.stray_quote = {what, line, column};
  }
}

} // namespace

bool CsvReader::next(CsvRow& row) {
  row.fields.clear();
  row.stray_quote = {};
  row.line_end = false;
  if (at_end()) {
    return false;
  }
  const std::size_t start = m_pos;
  row.line = m_line;
  std::size_t end = m_pos;
  while (true) {
    CsvField& field = row.fields.emplace_back();
    field.line = m_line;
    field.column = m_column;
    bool quoted = false;
    if (!at_end() && m_text[m_pos] == m_dialect.quote) {
      read_quoted(field);
      quoted = true;
    }
    while (!at_end()) {
      const char c = m_text[m_pos];
      if (c == m_dialect.delimiter || c == '\r' || c == '\n') {
        break;
      }
      if (quoted) {
        note_stray(row, m_line, m_column - 1, "text after the closing quote of a cell");
      } else if (c == m_dialect.quote) {
        note_stray(row, m_line, m_column, "a quote inside a cell that does not start with one");
      }
      field.text += c;
      advance_column(c);
      ++m_pos;
    }
    if (!at_end() && m_text[m_pos] == m_dialect.delimiter) {
      ++m_pos;
      ++m_column;
      continue;
    }
    end = m_pos;
    row.line_end = take_line_break();
    break;
  }
  row.raw = m_text.substr(start, end - start);
  return true;
}

std::vector<std::string> split_csv_line(std::string_view line, CsvDialect dialect) {
  CsvReader reader(line, dialect);
  CsvRow row;
  std::vector<std::string> cells;
  if (reader.next(row)) {
    for (CsvField& field : row.fields) {
      cells.push_back(std::move(field.text));
    }
  }
  return cells;
}

} // namespace dues::bank
