#include "bank/csv.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace dues::bank;

namespace {

std::vector<std::vector<std::string>> read_all(std::string_view text, CsvDialect dialect = {}) {
  CsvReader reader(text, dialect);
  CsvRow row;
  std::vector<std::vector<std::string>> rows;
  while (reader.next(row)) {
    std::vector<std::string> cells;
    for (const CsvField& field : row.fields) {
      cells.push_back(field.text);
    }
    rows.push_back(cells);
  }
  return rows;
}

using Rows = std::vector<std::vector<std::string>>;

} // namespace

TEST_CASE("plain cells split on the delimiter, rows on LF, CRLF and CR") {
  CHECK(read_all("a,b,c\n1,2,3\n") == Rows{{"a", "b", "c"}, {"1", "2", "3"}});
  CHECK(read_all("a,b\r\n1,2\r\n") == Rows{{"a", "b"}, {"1", "2"}});
  CHECK(read_all("a,b\r1,2") == Rows{{"a", "b"}, {"1", "2"}});
  CHECK(read_all("a;b;c", {';', '"'}) == Rows{{"a", "b", "c"}});
  CHECK(read_all("a\tb", {'\t', '"'}) == Rows{{"a", "b"}});
}

TEST_CASE("quoted cells hold delimiters, doubled quotes and line breaks") {
  CHECK(read_all(R"("1,300.00","say ""hi""")") == Rows{{"1,300.00", R"(say "hi")"}});
  CHECK(read_all("\"two\nlines\",x\nnext,row\n") == Rows{{"two\nlines", "x"}, {"next", "row"}});
  CHECK(read_all("\"crlf\r\ninside\",x\r\n") == Rows{{"crlf\ninside", "x"}});
  CHECK(read_all(R"("",x)") == Rows{{"", "x"}});
}

TEST_CASE("trailing empty cells are kept and rows may be ragged") {
  CHECK(read_all("a,b,\n1,2,3,4\nx\n") == Rows{{"a", "b", ""}, {"1", "2", "3", "4"}, {"x"}});
  CHECK(read_all(",,\n") == Rows{{"", "", ""}});
  CHECK(read_all("\n\n") == Rows{{""}, {""}});
}

TEST_CASE("stray quotes are read as text, as spreadsheets do, and the row says where") {
  CHECK(read_all(R"(ab"c,d)") == Rows{{R"(ab"c)", "d"}});
  CHECK(read_all(R"("ab"c,d)") == Rows{{"abc", "d"}});
  CsvRow row;
  CsvReader inside("x,ab\"c,d\n", {});
  REQUIRE(inside.next(row));
  CHECK(row.stray_quote.line == 1);
  CHECK(row.stray_quote.column == 5);
  CHECK(row.stray_quote.text == "a quote inside a cell that does not start with one");
  // Issue 21.7: the quote before "Main Account" closes the first cell early.
  CsvReader after("\"INV-2026-0006,\"Main Account\",1428.00", {});
  REQUIRE(after.next(row));
  CHECK(row.stray_quote.line == 1);
  CHECK(row.stray_quote.column == 16);
  CHECK(row.stray_quote.text == "text after the closing quote of a cell");
  CHECK_FALSE(row.line_end);
  CsvReader clean("\"a\"\"b\",c\n", {});
  REQUIRE(clean.next(row));
  CHECK(row.stray_quote.line == 0);
  CHECK(row.line_end);
}

TEST_CASE("cells know their line and column in code points") {
  CsvReader reader("日期,金额\n\"a\nb\",¥980.00,x\n", {});
  CsvRow row;
  REQUIRE(reader.next(row));
  CHECK(row.line == 1);
  CHECK(row.fields[1].column == 4);
  REQUIRE(reader.next(row));
  CHECK(row.line == 2);
  CHECK(row.raw == "\"a\nb\",¥980.00,x");
  CHECK(row.fields[1].line == 3);
  CHECK(row.fields[1].column == 4);
  CHECK(row.fields[2].column == 12);
  CHECK(reader.line() == 4);
  CHECK_FALSE(reader.next(row));
}

TEST_CASE("an unterminated quote ends the text and is reported") {
  CsvReader reader("a,\"open\nstill open", {});
  CsvRow row;
  REQUIRE(reader.next(row));
  CHECK(row.fields[1].text == "open\nstill open");
  CHECK(reader.unterminated().line == 1);
  CHECK(reader.unterminated().column == 3);
}

TEST_CASE("preamble lines are skipped without CSV rules") {
  CsvReader reader("odd \"line\nsecond\nx,y\n", {});
  std::string_view line;
  REQUIRE(reader.skip_line(&line));
  CHECK(line == "odd \"line");
  REQUIRE(reader.skip_line());
  CsvRow row;
  REQUIRE(reader.next(row));
  CHECK(row.line == 3);
  CHECK(row.fields.size() == 2);
  CHECK(split_csv_line("\"a;b\";c", {';', '"'}) == std::vector<std::string>{"a;b", "c"});
}

TEST_CASE("blank rows are recognised") {
  CsvReader reader(" \t, \n", {});
  CsvRow row;
  REQUIRE(reader.next(row));
  CHECK(row.is_blank());
}
