#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace dues::render {

enum class Align { left, right };

// Terminal styling for a whole row.
enum class RowStyle { normal, header, total, alert };

struct Column {
  std::string title;
  Align align = Align::left;
  std::size_t max_width = 0; // 0: no limit; longer cells are cut with "…"
};

// An aligned text table for people. Widths count display columns, so CJK text lines
// up; colour is used only when asked for (a terminal without NO_COLOR). Cells go
// through printable(): a control character in a cell never reaches the terminal.
class Table {
public:
  explicit Table(std::vector<Column> columns) : m_columns(std::move(columns)) {}

  void add_row(std::vector<std::string> cells, RowStyle style = RowStyle::normal);
  // A line of dashes under the columns.
  void add_rule();

  void print(std::ostream& out, bool colour) const;

private:
  struct Row {
    std::vector<std::string> cells;
    RowStyle style = RowStyle::normal;
    bool rule = false;
  };
  std::vector<Column> m_columns;
  std::vector<Row> m_rows;
};

} // namespace dues::render
