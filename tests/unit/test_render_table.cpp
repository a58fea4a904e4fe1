#include "render/table.hpp"
#include "testutil.hpp"

#include <sstream>

using dues::render::Align;
using dues::render::Column;
using dues::render::RowStyle;
using dues::render::Table;

namespace {

Table sample() {
  Table table({{"CUSTOMER", Align::left, 0}, {"NAME", Align::left, 8}, {"TOTAL", Align::right, 0}});
  table.add_row({"acme", "日本商事株式会社", "100.00"});
  table.add_row({"globex", "ACME", "-5.00"}, RowStyle::alert);
  table.add_rule();
  table.add_row({"total", "", "95.00"}, RowStyle::total);
  return table;
}

} // namespace

TEST_CASE("Table aligns columns by display width and cuts long cells") {
  std::ostringstream out;
  sample().print(out, false);
  CHECK(out.str()
        == "CUSTOMER  NAME      TOTAL\n"
           "acme      日本商…  100.00\n"
           "globex    ACME      -5.00\n"
           "-------------------------\n"
           "total               95.00\n");
}

TEST_CASE("Table colours whole rows only when asked") {
  std::ostringstream out;
  sample().print(out, true);
  CHECK(out.str()
        == "\x1b[1mCUSTOMER  NAME      TOTAL\x1b[0m\n"
           "acme      日本商…  100.00\n"
           "\x1b[31mglobex    ACME      -5.00\x1b[0m\n"
           "-------------------------\n"
           "\x1b[1mtotal               95.00\x1b[0m\n");
}

TEST_CASE("Table: the last left-aligned column is not padded, missing cells are empty") {
  Table table({{"ID", Align::left, 0}, {"NOTE", Align::left, 0}});
  table.add_row({"INV-1"});
  table.add_row({"INV-22", "中文"});
  std::ostringstream out;
  table.print(out, false);
  CHECK(out.str()
        == "ID      NOTE\n"
           "INV-1\n"
           "INV-22  中文\n");
}

TEST_CASE("Table: control characters in cells never reach the terminal") {
  Table table({{"NAME"}, {"NOTE"}});
  table.add_row({"\x1b[2Jevil\x1b]0;owned\x07", "line\rover\nnext\ttab"});
  std::ostringstream out;
  table.print(out, false);
  CHECK(out.str().find('\x1b') == std::string::npos);
  CHECK(out.str()
        == "NAME                NOTE\n"
           "\uFFFD[2Jevil\uFFFD]0;owned\uFFFD  line over next tab\n");
}
