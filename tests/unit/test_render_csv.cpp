#include "render/csv.hpp"
#include "testutil.hpp"

#include <sstream>

using dues::render::csv_cell;

TEST_CASE("csv_cell quotes per RFC 4180") {
  CHECK(csv_cell("plain") == "plain");
  CHECK(csv_cell("") == "");
  CHECK(csv_cell("a,b") == "\"a,b\"");
  CHECK(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_cell("two\nlines") == "\"two\nlines\"");
  CHECK(csv_cell("日本商事") == "日本商事");
}

TEST_CASE("csv_cell neutralises formulas but keeps numbers") {
  CHECK(csv_cell("=1+1") == "'=1+1");
  CHECK(csv_cell("+cmd") == "'+cmd");
  CHECK(csv_cell("-2+3") == "'-2+3");
  CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_cell("\tx") == "'\tx");
  CHECK(csv_cell("\rx") == "\"'\rx\"");
  CHECK(csv_cell("=HYPERLINK(\"http://x\",\"y\")")
        == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  CHECK(csv_cell("-12.50") == "-12.50");
  CHECK(csv_cell("-0.07") == "-0.07");
  CHECK(csv_cell("+5") == "+5");
  CHECK(csv_cell("-") == "'-");
  CHECK(csv_cell("-.5") == "'-.5");
  CHECK(csv_cell("-1.2.3") == "'-1.2.3");
  CHECK(csv_cell("-1e5") == "'-1e5");
}

TEST_CASE("write_csv_row joins cells and ends the record") {
  std::ostringstream out;
  dues::render::write_csv_row(out, {"acme", "ACME, Inc.", "-12.50", "=cmd"});
  dues::render::write_csv_row(out, {});
  CHECK(out.str() == "acme,\"ACME, Inc.\",-12.50,'=cmd\n\n");
}
