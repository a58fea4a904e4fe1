#include "render/pdf_flow.hpp"

#include <utility>

namespace dues::render::pdf {

void Flow::add(Block block) {
  m_items.push_back(Item{std::move(block), m_table, false});
}

void Flow::start_table(Block header) {
  header.keep_with_next = true;
  m_headers.push_back(header);
  m_table = static_cast<int>(m_headers.size()) - 1;
  m_items.push_back(Item{std::move(header), m_table, true});
}

void Flow::end_table() {
  m_table = -1;
}

void Flow::render(Canvas& canvas, int first_top, int next_top, int bottom,
                  const std::function<void(Canvas&, int page, int pages)>& decorate) const {
  struct Placed {
    const Block* block;
    int y;
  };
  std::vector<std::vector<Placed>> pages(1);
  int y = first_top;
  for (std::size_t i = 0; i < m_items.size(); ++i) {
    const Item& item = m_items[i];
    // A block kept with the next one needs room for both (for a chain, for all).
    int needed = item.block.height;
    for (std::size_t next = i; next + 1 < m_items.size() && m_items[next].block.keep_with_next;
         ++next) {
      needed += m_items[next + 1].block.height;
    }
    const int top = pages.size() == 1 ? first_top : next_top;
    if (y + needed > bottom && y > top) {
      pages.emplace_back();
      y = next_top;
      if (item.table >= 0 && !item.is_header) {
        const Block& header = m_headers[static_cast<std::size_t>(item.table)];
        pages.back().push_back(Placed{&header, y});
        y += header.height;
      }
    }
    pages.back().push_back(Placed{&item.block, y});
    y += item.block.height;
  }
  const int count = static_cast<int>(pages.size());
  for (int page = 0; page < count; ++page) {
    if (page > 0) {
      canvas.next_page();
    }
    decorate(canvas, page + 1, count);
    for (const Placed& placed : pages[static_cast<std::size_t>(page)]) {
      placed.block->draw(canvas, placed.y);
    }
  }
}

} // namespace dues::render::pdf
