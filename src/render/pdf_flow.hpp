#pragma once

#include "render/pdf_canvas.hpp"

#include <functional>
#include <vector>

namespace dues::render::pdf {

// A horizontal slice of a page body, measured before it is placed.
struct Block {
  int height = 0;
  std::function<void(Canvas&, int y)> draw;
  bool keep_with_next = false; // never the last block of a page (a heading, a table header)
};

// Blocks that run down the pages: a block that does not fit starts a new page, and a
// table row on a new page comes after its table's header again. Placing everything
// first tells each page how many pages there are ("page N of M").
class Flow {
public:
  void add(Block block);
  // The rows added until end_table() belong to a table with this header.
  void start_table(Block header);
  void end_table();

  // Draws every page: `decorate(canvas, page, pages)` draws a page's fixed parts (the
  // letterhead on page 1, the footer on each); the flow runs from `first_top` on the
  // first page, `next_top` on the others, down to `bottom`.
  void render(Canvas& canvas, int first_top, int next_top, int bottom,
              const std::function<void(Canvas&, int page, int pages)>& decorate) const;

private:
  struct Item {
    Block block;
    int table = -1;         // index into m_headers for a row
    bool is_header = false; // the header where its table starts
  };
  std::vector<Item> m_items;
  std::vector<Block> m_headers;
  int m_table = -1;
};

} // namespace dues::render::pdf
