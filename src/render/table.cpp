#include "render/table.hpp"

#include "base/text.hpp"

#include <algorithm>

namespace dues::render {
namespace {

// A cell as printed: control characters neutralised (names and bank texts come from
// outside), then cut to the column's width.
std::string cell_text(const Column& column, const std::string& cell) {
  const std::string text = printable(cell);
  return column.max_width > 0 ? truncate_to_width(text, column.max_width) : text;
}

const char* style_start(RowStyle style) {
  switch (style) {
  case RowStyle::header:
    return "\x1b[1m";
  case RowStyle::total:
    return "\x1b[1m";
  case RowStyle::alert:
    return "\x1b[31m";
  case RowStyle::normal:
    break;
  }
  return "";
}

} // namespace

void Table::add_row(std::vector<std::string> cells, RowStyle style) {
  cells.resize(m_columns.size());
  m_rows.push_back({std::move(cells), style, false});
}

void Table::add_rule() {
  m_rows.push_back({{}, RowStyle::normal, true});
}

void Table::print(std::ostream& out, bool colour) const {
  // Each cell made printable (and cut) once, and measured once: a plan of 100,000 bank
  // lines is a table of a million cells.
  struct Cell {
    std::string text;
    std::size_t width = 0;
  };
  const std::size_t columns = m_columns.size();
  std::vector<std::size_t> widths(columns, 0);
  std::vector<Cell> titles(columns);
  for (std::size_t c = 0; c < columns; ++c) {
    titles[c] = {m_columns[c].title, display_width(m_columns[c].title)};
    widths[c] = titles[c].width;
  }
  std::vector<Cell> cells(m_rows.size() * columns);
  for (std::size_t r = 0; r < m_rows.size(); ++r) {
    for (std::size_t c = 0; c < m_rows[r].cells.size(); ++c) {
      Cell& cell = cells[r * columns + c];
      cell.text = cell_text(m_columns[c], m_rows[r].cells[c]);
      cell.width = display_width(cell.text);
      widths[c] = std::max(widths[c], cell.width);
    }
  }
  std::string line;
  const auto print_cells = [&](const Cell* row, RowStyle style) {
    line.clear();
    for (std::size_t c = 0; c < columns; ++c) {
      const Cell& cell = row[c];
      if (c > 0) {
        line += "  ";
      }
      const std::size_t padding = widths[c] - cell.width;
      if (m_columns[c].align == Align::right) {
        line.append(padding, ' ');
        line += cell.text;
      } else {
        line += cell.text;
        if (c + 1 < columns) {
          line.append(padding, ' ');
        }
      }
    }
    while (!line.empty() && line.back() == ' ') {
      line.pop_back();
    }
    const char* start = colour ? style_start(style) : "";
    out << start << line << (*start != '\0' ? "\x1b[0m" : "") << '\n';
  };
  print_cells(titles.data(), RowStyle::header);
  for (std::size_t r = 0; r < m_rows.size(); ++r) {
    const Row& row = m_rows[r];
    if (row.rule) {
      std::size_t total = 0;
      for (const std::size_t width : widths) {
        total += width;
      }
      total += 2 * (widths.empty() ? 0 : widths.size() - 1);
      out << std::string(total, '-') << '\n';
      continue;
    }
    print_cells(&cells[r * columns], row.style);
  }
}

} // namespace dues::render
