#include "render/pdf_parts.hpp"

#include "base/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

namespace dues::render::pdf {
namespace {

constexpr int k_cell_pad = k_point * 3 / 2; // around table cells
constexpr int k_right_margin = 15;          // mm
constexpr int k_block_width = 80;           // mm: company block and facts

// The lines of a multi-line setting, with empty ones left out, joined by newlines.
std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) {
    if (!part.empty()) {
      out += out.empty() ? "" : "\n";
      out += part;
    }
  }
  return out;
}

// "Name · Street 1 · 10115 Berlin": the return address above the window.
std::string return_address(const syntax::CompanySettings& company) {
  std::string out = company.name;
  for (std::string_view line : split(company.address, '\n')) {
    line = trim(line);
    if (!line.empty()) {
      out += fmt::format(" · {}", line);
    }
  }
  return out;
}

} // namespace

Frame page_frame(const Canvas& canvas) {
  Frame frame;
  frame.left = mm(20);
  frame.width = canvas.width() - frame.left - mm(k_right_margin);
  frame.next_top = mm(22);
  frame.bottom = canvas.height() - mm(22);
  return frame;
}

Paper paper_of(const syntax::Settings& settings) {
  return settings.documents.paper == "letter" ? Paper::letter : Paper::a4;
}

Metadata metadata_of(const syntax::Settings& settings, std::string title, std::string date,
                     std::optional<std::int64_t> made) {
  Metadata metadata;
  metadata.title = std::move(title);
  metadata.author = settings.company.name;
  metadata.date = std::move(date);
  if (made) { // SOURCE_DATE_EPOCH
    const std::int64_t seconds = *made;
    const date::sys_days day{date::days{seconds / 86400}};
    const std::int64_t in_day = seconds % 86400;
    metadata.created = fmt::format("{}T{:02}:{:02}:{:02}Z", format_date(Date{day}), in_day / 3600,
                                   in_day / 60 % 60, in_day % 60);
  }
  metadata.language = settings.documents.language;
  return metadata;
}

Letterhead::Letterhead(Canvas& canvas, const syntax::Settings& settings,
                       const DocumentLabels& labels, const LetterheadText& text)
    : m_settings(settings), m_labels(labels), m_frame(page_frame(canvas)) {
  const syntax::CompanySettings& company = settings.company;
  const int right_x = canvas.width() - mm(k_right_margin) - mm(k_block_width);
  // The logo top left, the company block top right.
  int logo_bottom = mm(12);
  if (!settings.documents.logo_png.empty()) {
    logo_bottom = mm(12) + mm(22);
  } else {
    m_first.push_back({canvas.text(company.name, Style::title, mm(100)), m_frame.left, mm(12)});
  }
  int y = mm(12);
  const std::string tax_id =
      company.tax_id.empty() ? "" : fmt::format("{}: {}", labels.tax_id, company.tax_id);
  for (const auto& [part, style] :
       {std::pair{company.name, Style::bold},
        std::pair{joined({company.address, tax_id, company.email, company.phone}), Style::small}}) {
    if (part.empty()) {
      continue;
    }
    Text block = canvas.text(part, style, mm(k_block_width));
    const int height = block.height();
    m_first.push_back({std::move(block), right_x, y});
    y += height;
  }
  (void)logo_bottom;
  // The window of a DIN 5008 form B letter (C5/6 and DL envelopes): 45 mm from the top,
  // 20 mm from the left, 85 mm wide; the return address in its first 17.7 mm.
  const int window_x = mm(20) + mm(5);
  m_first.push_back({canvas.text(return_address(company), Style::small, mm(80)), window_x, mm(50)});
  int address_y = mm(63);
  for (const auto& [part, style] :
       {std::pair{text.recipient, Style::bold}, std::pair{text.address, Style::normal},
        std::pair{text.tax_id.empty() ? std::string()
                                      : fmt::format("{}: {}", labels.tax_id, text.tax_id),
                  Style::small}}) {
    if (part.empty()) {
      continue;
    }
    Text block = canvas.text(part, style, mm(80));
    const int height = block.height();
    m_first.push_back({std::move(block), window_x, address_y});
    address_y += height;
  }
  // The title and the facts beside the window.
  int facts_y = std::max(y + mm(6), mm(50));
  Text title = canvas.text(text.title, Style::title, mm(k_block_width));
  const int title_height = title.height();
  m_first.push_back({std::move(title), right_x, facts_y});
  facts_y += title_height + mm(2);
  const int label_width = mm(30);
  for (const Fact& fact : text.facts) {
    Text label = canvas.text(fact.label, Style::small, label_width - mm(2));
    Text value = canvas.text(fact.value, Style::normal, mm(k_block_width) - label_width);
    const int height = std::max(label.height(), value.height());
    m_first.push_back({std::move(label), right_x, facts_y + k_point});
    m_first.push_back({std::move(value), right_x + label_width, facts_y});
    facts_y += height;
  }
  m_first_top = std::max({mm(100), facts_y + mm(8), address_y + mm(8)});
  m_running_head = canvas.text(text.running_head, Style::small, m_frame.width);
  m_footer = canvas.text(joined({company.name, tax_id}), Style::small, m_frame.width * 2 / 3);
}

void Letterhead::draw(Canvas& canvas, int page, int pages) const {
  if (page == 1) {
    if (!m_settings.documents.logo_png.empty()) {
      canvas.png(m_settings.documents.logo_png, m_frame.left, mm(12), mm(60), mm(22));
    }
    for (const Placed& placed : m_first) {
      canvas.draw(placed.text, placed.x, placed.y);
    }
  } else {
    canvas.draw(m_running_head, m_frame.left, mm(12));
    canvas.rule(m_frame.left, mm(12) + m_running_head.height() + k_point, m_frame.width, true);
  }
  const int footer_y = canvas.height() - mm(16);
  canvas.rule(m_frame.left, footer_y - k_point * 2, m_frame.width, true);
  canvas.draw(m_footer, m_frame.left, footer_y);
  const std::string number = fmt::format("{}", page);
  const std::string count = fmt::format("{}", pages);
  canvas.draw(canvas.text(fill_labels(m_labels.page, {{"page", number}, {"pages", count}}),
                          Style::small, m_frame.width / 3, Align::right),
              m_frame.left + m_frame.width - m_frame.width / 3, footer_y);
}

void finish_document(Canvas& canvas, const Flow& flow, const Letterhead& letterhead,
                     std::ostream& out) {
  const Frame frame = page_frame(canvas);
  flow.render(canvas, letterhead.first_top(), frame.next_top, frame.bottom,
              [&letterhead](Canvas& on, int page, int pages) { letterhead.draw(on, page, pages); });
  canvas.finish(out);
}

Block table_row(Canvas& canvas, const Frame& frame, const std::vector<Column>& columns,
                const std::vector<std::string>& cells, bool header, bool bold) {
  std::vector<Text> texts;
  int height = 0;
  const Style style = header ? Style::small : (bold ? Style::bold : Style::normal);
  for (std::size_t i = 0; i < columns.size() && i < cells.size(); ++i) {
    texts.push_back(
        canvas.text(cells[i], style, columns[i].width - 2 * k_cell_pad, columns[i].align));
    height = std::max(height, texts.back().height());
  }
  height += 2 * k_cell_pad;
  Block block;
  block.height = height;
  block.draw = [texts = std::move(texts), columns, frame, height, header](Canvas& on, int y) {
    if (header) {
      on.band(frame.left, y, frame.width, height);
    }
    int x = frame.left;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      on.draw(texts[i], x + k_cell_pad, y + k_cell_pad);
      x += columns[i].width;
    }
    if (!header) {
      on.rule(frame.left, y + height, frame.width, true);
    }
  };
  return block;
}

Block heading(Canvas& canvas, const Frame& frame, std::string_view text) {
  Text title = canvas.text(text, Style::heading, frame.width);
  Block block;
  block.height = title.height() + mm(4);
  block.keep_with_next = true;
  block.draw = [title, frame](Canvas& on, int y) {
    on.draw(title, frame.left, y + mm(3));
  };
  return block;
}

Block paragraph(Canvas& canvas, const Frame& frame, std::string_view text, Style style) {
  Text body = canvas.text(text, style, frame.width);
  Block block;
  block.height = body.height() + mm(2);
  block.draw = [body, frame](Canvas& on, int y) {
    on.draw(body, frame.left, y + mm(1));
  };
  return block;
}

Block amount_lines(Canvas& canvas, const Frame& frame, const std::vector<Fact>& lines,
                   bool total_last) {
  const int amount_width = mm(35);
  const int label_width = mm(70);
  const int amount_x = frame.left + frame.width - amount_width - k_cell_pad;
  const int label_x = amount_x - label_width - mm(2);
  struct Line {
    Text label;
    Text amount;
    int y;
  };
  std::vector<Line> placed;
  int y = mm(2);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const bool total = total_last && i + 1 == lines.size();
    const Style style = total ? Style::heading : Style::normal;
    if (total) {
      y += mm(2);
    }
    Text label = canvas.text(lines[i].label, style, label_width, Align::right);
    Text amount = canvas.text(lines[i].value, style, amount_width, Align::right);
    const int height = std::max(label.height(), amount.height());
    placed.push_back({std::move(label), std::move(amount), y});
    y += height + k_point;
  }
  Block block;
  block.height = y + mm(2);
  block.draw = [placed = std::move(placed), label_x, amount_x, total_last, frame,
                amount_width](Canvas& on, int top) {
    for (std::size_t i = 0; i < placed.size(); ++i) {
      if (total_last && i + 1 == placed.size()) {
        on.rule(amount_x - mm(40), top + placed[i].y - mm(1),
                frame.left + frame.width - amount_x + mm(40));
      }
      on.draw(placed[i].label, label_x, top + placed[i].y);
      on.draw(placed[i].amount, amount_x, top + placed[i].y);
    }
    (void)amount_width;
  };
  return block;
}

Block gap(int height) {
  Block block;
  block.height = height;
  block.draw = [](Canvas&, int) {
  };
  return block;
}

Block payment_block(Canvas& canvas, const Frame& frame, const syntax::Settings& settings,
                    const DocumentLabels& labels, const PaymentRequest& request) {
  const syntax::CompanySettings& company = settings.company;
  const syntax::DocumentSettings& documents = settings.documents;
  // The codes to scan, right to left: EPC, Alipay, WeChat Pay.
  struct Code {
    std::string payload;
    Text caption;
  };
  const int code_size = mm(30);
  std::vector<Code> codes;
  if (request.epc_payload) {
    codes.push_back(
        {*request.epc_payload, canvas.text(fmt::format("{} (EPC / GiroCode)", labels.scan_to_pay),
                                           Style::small, code_size)});
  }
  for (const auto& [payload, label] :
       {std::pair{documents.alipay, labels.alipay}, std::pair{documents.wechat, labels.wechat}}) {
    if (!payload.empty()) {
      codes.push_back({payload, canvas.text(label, Style::small, code_size)});
    }
  }
  const int codes_width = static_cast<int>(codes.size()) * (code_size + mm(3));
  const int text_width = frame.width - codes_width;
  Text sentence = canvas.text(request.sentence, Style::normal, text_width);
  std::vector<std::pair<Text, Text>> facts;
  const int label_width = mm(32);
  for (const auto& [label, value] :
       {std::pair{std::string_view("IBAN"), company.iban},
        std::pair{std::string_view("BIC"), company.bic}, std::pair{labels.bank, company.bank_name},
        std::pair{labels.account, documents.account_number},
        std::pair{labels.routing, documents.routing_number},
        std::pair{labels.reference, request.reference},
        std::pair{documents.pay_url_label.empty() ? labels.pay_online
                                                  : std::string_view(documents.pay_url_label),
                  request.pay_link}}) {
    if (value.empty()) {
      continue;
    }
    facts.emplace_back(canvas.text(label, Style::small, label_width - mm(2)),
                       canvas.text(value, Style::normal, text_width - label_width));
  }
  int text_height = sentence.height() + mm(2);
  for (const auto& [label, value] : facts) {
    text_height += std::max(label.height(), value.height());
  }
  int codes_height = 0;
  for (const Code& code : codes) {
    codes_height = std::max(codes_height, code_size + code.caption.height());
  }
  Block block;
  block.height = std::max(text_height, codes_height) + mm(3);
  block.draw = [sentence, facts, codes, frame, label_width, text_width, code_size](Canvas& on,
                                                                                   int y) {
    on.draw(sentence, frame.left, y);
    int row = y + sentence.height() + mm(2);
    for (const auto& [label, value] : facts) {
      on.draw(label, frame.left, row + k_point);
      on.draw(value, frame.left + label_width, row);
      row += std::max(label.height(), value.height());
    }
    int x = frame.left + text_width + mm(3);
    for (const Code& code : codes) {
      on.qr(code.payload, x, y, code_size);
      on.draw(code.caption, x, y + code_size);
      x += code_size + mm(3);
    }
  };
  return block;
}

} // namespace dues::render::pdf
