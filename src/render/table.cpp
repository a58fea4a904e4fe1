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
  std::vector<std::size_t> widths(m_columns.size(), 0);
  for (std::size_t c = 0; c < m_columns.size(); ++c) {
    widths[c] = display_width(m_columns[c].title);
  }
  for (const Row& row : m_rows) {
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      widths[c] = std::max(widths[c], display_width(cell_text(m_columns[c], row.cells[c])));
    }
  }
  const auto print_cells = [&](const std::vector<std::string>& cells, RowStyle style) {
    std::string line;
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
      const std::string text = cell_text(m_columns[c], cells[c]);
      if (c > 0) {
        line += "  ";
      }
      const bool last = c + 1 == m_columns.size();
      if (m_columns[c].align == Align::right) {
        line += pad_left(text, widths[c]);
      } else {
        line += last ? text : pad_right(text, widths[c]);
      }
    }
    while (!line.empty() && line.back() == ' ') {
      line.pop_back();
    }
    const char* start = colour ? style_start(style) : "";
    out << start << line << (*start != '\0' ? "\x1b[0m" : "") << '\n';
  };
  std::vector<std::string> titles;
  for (const Column& column : m_columns) {
    titles.push_back(column.title);
  }
  print_cells(titles, RowStyle::header);
  for (const Row& row : m_rows) {
    if (row.rule) {
      std::size_t total = 0;
      for (const std::size_t width : widths) {
        total += width;
      }
      total += 2 * (widths.empty() ? 0 : widths.size() - 1);
      out << std::string(total, '-') << '\n';
      continue;
    }
    print_cells(row.cells, row.style);
  }
}

} // namespace dues::render
