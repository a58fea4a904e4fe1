#include "render/pdf_flow.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

using namespace dues::render::pdf;

namespace {

// A block that records where it was drawn.
Block recorded(std::vector<std::string>& log, std::string name, int height, bool keep = false) {
  Block block;
  block.height = height;
  block.keep_with_next = keep;
  block.draw = [&log, name = std::move(name)](Canvas&, int y) {
    log.push_back(name + "@" + std::to_string(y));
  };
  return block;
}

} // namespace

TEST_CASE("pdf::Flow breaks pages, repeats the table header and counts the pages") {
  Canvas canvas(Paper::a4, Metadata{"t", "a", "", "2026-01-01", "en", ""});
  std::vector<std::string> log;
  Flow flow;
  flow.add(recorded(log, "intro", 50));
  flow.start_table(recorded(log, "header", 10));
  for (int i = 1; i <= 5; ++i) {
    flow.add(recorded(log, "row" + std::to_string(i), 20));
  }
  flow.end_table();
  flow.add(recorded(log, "heading", 10, true));
  flow.add(recorded(log, "totals", 30));
  // Pages from 0 to 100; the first page's flow starts at 10.
  flow.render(canvas, 10, 0, 100, [&log](Canvas&, int page, int pages) {
    log.push_back("page " + std::to_string(page) + "/" + std::to_string(pages));
  });
  const std::vector<std::string> expected{
      "page 1/3", "intro@10", "header@60", "row1@70",  "page 2/3",  "header@0", "row2@10",
      "row3@30",  "row4@50",  "row5@70",   "page 3/3", "heading@0", "totals@10"};
  CHECK(log == expected);
  std::ostringstream out;
  canvas.finish(out);
  CHECK(out.str().rfind("%PDF-1.5", 0) == 0);
}
