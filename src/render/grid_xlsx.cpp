// `--format xlsx` through libxlsxwriter (Debian libxlsxwriter-dev). Version 1.1.4 can only
// write to a file, so the workbook goes to a private temporary folder and is then copied
// to the output stream.
#include "base/date.hpp"
#include "base/error.hpp"
#include "base/file.hpp"
#include "render/grid.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <map>
#include <unistd.h>

namespace dues::render {
namespace {

// A temporary folder only this process can enter, removed with everything in it.
class TempDir {
public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "dues-xlsx-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      throw Error(ErrorKind::environment, "cannot create a temporary folder for the workbook");
    }
    m_path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return m_path; }

private:
  std::filesystem::path m_path;
};

// The number format of a cell: thousands separators and the currency's decimals.
std::string number_format(const Cell& cell) {
  if (cell.kind == CellKind::count) {
    return "0";
  }
  return cell.decimals > 0 ? "#,##0." + std::string(static_cast<std::size_t>(cell.decimals), '0')
                           : "#,##0";
}

// The workbook's creation time, which libxlsxwriter also writes as the zip entries' times:
// midnight UTC of the report's day (as_of, else the statement's to), so the same report
// on the same day gives the same bytes (--today/--as-of determinism); 1980-01-01, the
// first day a zip can hold, when the grid has neither.
std::time_t created_time(const Grid& grid) {
  const Date epoch = *parse_date("1970-01-01");
  Date day = *parse_date("1980-01-01");
  for (const std::string_view key : {"as_of", "to"}) {
    const auto it = std::find_if(grid.facts.begin(), grid.facts.end(),
                                 [&](const auto& fact) { return fact.first == key; });
    if (it != grid.facts.end()) {
      if (const std::optional<Date> parsed = parse_date(it->second)) {
        day = *parsed;
        break;
      }
    }
  }
  return static_cast<std::time_t>(day_number(day) - day_number(epoch)) * 86400;
}

class Workbook {
public:
  Workbook(const std::filesystem::path& file, std::time_t created) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    m_tmpdir = file.parent_path().string();
    options.tmpdir = m_tmpdir.data();
    m_book = workbook_new_opt(file.c_str(), &options);
    if (m_book == nullptr) {
      throw Error(ErrorKind::environment, "cannot create the workbook");
    }
    lxw_doc_properties properties{};
    properties.created = created;
    workbook_set_properties(m_book, &properties);
    m_bold = workbook_add_format(m_book);
    format_set_bold(m_bold);
    m_header = workbook_add_format(m_book);
    format_set_bold(m_header);
    format_set_bottom(m_header, LXW_BORDER_THIN);
    m_date = workbook_add_format(m_book);
    format_set_num_format(m_date, "yyyy-mm-dd");
  }
  ~Workbook() {
    if (m_book != nullptr) {
      workbook_close(m_book);
    }
  }
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  void close() {
    const lxw_error error = workbook_close(m_book);
    m_book = nullptr;
    if (error != LXW_NO_ERROR) {
      throw Error(ErrorKind::environment,
                  fmt::format("cannot write the workbook: {}", lxw_strerror(error)));
    }
  }

  lxw_worksheet* sheet(const std::string& name) {
    return workbook_add_worksheet(m_book, name.c_str());
  }

  lxw_format* number(const Cell& cell, bool total) {
    const std::string key = number_format(cell) + (total ? "/b" : "");
    auto it = m_numbers.find(key);
    if (it == m_numbers.end()) {
      lxw_format* format = workbook_add_format(m_book);
      format_set_num_format(format, number_format(cell).c_str());
      if (total) {
        format_set_bold(format);
      }
      it = m_numbers.emplace(key, format).first;
    }
    return it->second;
  }

  void write(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Cell& cell, bool total) {
    if (cell.text.empty()) {
      return;
    }
    switch (cell.kind) {
    case CellKind::money:
    case CellKind::count:
    case CellKind::number:
      // The one place a binary floating-point value exists: an xlsx cell holds an IEEE
      // 754 number. strtod gives the nearest one to the exact decimal text, and amounts
      // of up to 15 significant digits read back as the same decimal.
      worksheet_write_number(sheet, row, col, std::strtod(cell.text.c_str(), nullptr),
                             number(cell, total));
      return;
    case CellKind::date: {
      const auto day = parse_date(cell.text);
      if (day) {
        lxw_datetime when{static_cast<int>(day->year()), static_cast<int>(unsigned(day->month())),
                          static_cast<int>(unsigned(day->day())), 0, 0, 0};
        worksheet_write_datetime(sheet, row, col, &when, m_date);
        return;
      }
      break;
    }
    case CellKind::text:
      break;
    }
    worksheet_write_string(sheet, row, col, cell.text.c_str(), total ? m_bold : nullptr);
  }

  lxw_format* header() const { return m_header; }
  lxw_format* bold() const { return m_bold; }

private:
  lxw_workbook* m_book = nullptr;
  std::string m_tmpdir;
  lxw_format* m_bold = nullptr;
  lxw_format* m_header = nullptr;
  lxw_format* m_date = nullptr;
  std::map<std::string, lxw_format*> m_numbers;
};

// Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules).
std::string sheet_name(std::string name) {
  for (char& c : name) {
    if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) {
      c = '_';
    }
  }
  return name.substr(0, 31);
}

std::size_t display_width(const std::string& text) {
  std::size_t width = 0;
  for (const char c : text) {
    width += (static_cast<unsigned char>(c) & 0xC0) == 0x80 ? 0 : 1;
  }
  return width;
}

void write_sheet(Workbook& book, const Grid& grid, const std::string& currency) {
  lxw_worksheet* sheet = book.sheet(sheet_name(currency.empty() ? grid.report : currency));
  lxw_row_t row = 0;
  worksheet_write_string(sheet, row++, 0, grid.title.c_str(), book.bold());
  for (const auto& [key, value] : grid.facts) {
    worksheet_write_string(sheet, row, 0, key.c_str(), nullptr);
    worksheet_write_string(sheet, row++, 1, value.c_str(), nullptr);
  }
  std::vector<std::size_t> widths;
  bool frozen = false;
  for (const Section& section : grid.sections) {
    if (section.currency != currency) {
      continue;
    }
    ++row;
    worksheet_write_string(sheet, row++, 0, section.title.c_str(), book.bold());
    widths.resize(std::max(widths.size(), section.columns.size()), 8);
    for (std::size_t c = 0; c < section.columns.size(); ++c) {
      worksheet_write_string(sheet, row, static_cast<lxw_col_t>(c),
                             section.columns[c].title.c_str(), book.header());
      widths[c] = std::max(widths[c], display_width(section.columns[c].title));
    }
    if (!frozen) {
      worksheet_freeze_panes(sheet, row + 1, 0); // the first header row stays in view
      frozen = true;
    }
    ++row;
    const auto write_row = [&](const std::vector<Cell>& cells, bool total) {
      for (std::size_t c = 0; c < cells.size(); ++c) {
        book.write(sheet, row, static_cast<lxw_col_t>(c), cells[c], total);
        if (c < widths.size()) {
          widths[c] = std::max(widths[c], display_width(cells[c].text) + 2);
        }
      }
      ++row;
    };
    for (const auto& cells : section.rows) {
      write_row(cells, false);
    }
    if (section.total) {
      write_row(*section.total, true);
    }
  }
  for (const std::string& warning : grid.warnings) {
    worksheet_write_string(sheet, ++row, 0, warning.c_str(), nullptr);
  }
  for (std::size_t c = 0; c < widths.size(); ++c) {
    const int width = static_cast<int>(std::min<std::size_t>(widths[c], 60));
    worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width,
                         nullptr);
  }
}

} // namespace

void grid_xlsx(std::ostream& out, const Grid& grid, std::optional<std::int64_t> created) {
  const TempDir dir;
  const std::filesystem::path file = dir.path() / "report.xlsx";
  {
    Workbook book(file, created ? static_cast<std::time_t>(*created) : created_time(grid));
    std::vector<std::string> currencies;
    for (const Section& section : grid.sections) {
      if (std::find(currencies.begin(), currencies.end(), section.currency) == currencies.end()) {
        currencies.push_back(section.currency);
      }
    }
    if (currencies.empty()) {
      currencies.emplace_back(); // an empty report is still a workbook with one sheet
    }
    for (const std::string& currency : currencies) {
      write_sheet(book, grid, currency);
    }
    book.close();
  }
  read_chunks(file, "the workbook", [&](std::string_view chunk) {
    out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
  });
  out.flush();
}

} // namespace dues::render
