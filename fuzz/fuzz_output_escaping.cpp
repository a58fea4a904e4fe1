// libFuzzer harness: arbitrary text through every output escaper (docs/output-safety.md).
// The input is split at 0xFF bytes into up to 16 cells. Properties:
// - CSV: a row written by write_csv_row reads back (bank/ CsvReader) as the same cells,
//   each as given (CsvReader turns CR and CRLF in quoted cells into LF) or behind one
//   added apostrophe, and no cell read back starts with = + - @ TAB or CR unless it is
//   a plain number;
// - HTML: html_escape leaves none of < > " ' and unescaping gives the text back;
// - terminals: printable() leaves no C0, DEL or C1 control, PrintableBuffer gives the
//   same bytes as printable(text, true) whatever the chunks it is written in;
// - accounts: masking leaves no valid IBAN and no known account (as written) behind.
#include "bank/csv.hpp"
#include "base/account.hpp"
#include "base/printable_stream.hpp"
#include "base/text.hpp"
#include "render/csv.hpp"
#include "render/statement_view.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace dues;

namespace {

void require(bool condition) {
  if (!condition) {
    std::abort();
  }
}

std::vector<std::string> cells_of(std::string_view input) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  while (cells.size() < 16) {
    const std::size_t end = input.find('\xFF', start);
    cells.emplace_back(input.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) {
      break;
    }
    start = end + 1;
  }
  return cells;
}

bool is_plain_number(std::string_view text) {
  if (text.starts_with('-') || text.starts_with('+')) {
    text.remove_prefix(1);
  }
  if (text.empty() || text.front() == '.' || text.back() == '.') {
    return false;
  }
  int points = 0;
  for (const char c : text) {
    points += c == '.' ? 1 : 0;
    if (c != '.' && (c < '0' || c > '9')) {
      return false;
    }
  }
  return points <= 1;
}

bool risky(std::string_view cell) {
  return !cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos
         && !is_plain_number(cell);
}

// Line breaks as bank/ CsvReader returns them from a quoted cell: CRLF and CR as LF.
std::string unify_breaks(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      i += (i + 1 < text.size() && text[i + 1] == '\n') ? 1 : 0;
    } else {
      out += text[i];
    }
  }
  return out;
}

void check_csv(const std::vector<std::string>& cells) {
  std::ostringstream out;
  render::write_csv_row(out, cells);
  const std::string text = out.str();
  bank::CsvReader reader(text, bank::CsvDialect{',', '"'});
  bank::CsvRow row;
  require(reader.next(row));
  require(row.fields.size() == cells.size());
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const std::string& got = row.fields[i].text;
    require(got == unify_breaks(risky(cells[i]) ? "'" + cells[i] : cells[i]));
    require(!risky(got));
  }
  require(!reader.next(row)); // one record, nothing after it
}

std::string html_unescape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    bool known = false;
    for (const auto& [entity, c] : {std::pair{"&amp;", '&'},
                                    {"&lt;", '<'},
                                    {"&gt;", '>'},
                                    {"&quot;", '"'},
                                    {"&#39;", '\''}}) {
      if (text.substr(i).starts_with(entity)) {
        out += c;
        i += std::string_view(entity).size() - 1;
        known = true;
        break;
      }
    }
    require(known); // every & starts one of the five entities
  }
  return out;
}

void check_html(std::string_view text) {
  const std::string escaped = render::html_escape(text);
  require(escaped.find_first_of("<>\"'") == std::string::npos);
  require(html_unescape(escaped) == text);
}

void require_no_control(std::string_view text, bool line_breaks) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    require(byte >= 0x20 || (line_breaks && byte == '\n'));
    require(byte != 0x7F);
    const bool c1 = byte == 0xC2 && i + 1 < text.size()
                    && static_cast<unsigned char>(text[i + 1]) >= 0x80
                    && static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    require(!c1);
  }
}

void check_terminal(std::string_view text) {
  require_no_control(printable(text), false);
  const std::string lines = printable(text, true);
  require_no_control(lines, true);
  // The stream gives the same bytes whatever the chunks it gets: the whole text, and
  // its first 300 bytes in chunks of 1 and of 7 bytes (so a C2 lead byte is split from
  // its continuation at every position).
  const auto streamed = [](std::string_view text, std::size_t chunk) {
    std::ostringstream target;
    {
      PrintableBuffer buffer(target.rdbuf());
      std::ostream out(&buffer);
      for (std::size_t i = 0; i < text.size(); i += chunk) {
        out << text.substr(i, chunk) << std::flush;
      }
    }
    return target.str();
  };
  require(streamed(text, text.size() + 1) == lines);
  const std::string_view head = text.substr(0, 300);
  const std::string head_lines = printable(head, true);
  require(streamed(head, 1) == head_lines);
  require(streamed(head, 7) == head_lines);
}

void check_accounts(std::string_view text, std::string_view known) {
  AccountMask mask;
  mask.add_known(known);
  const std::string once = mask.text(text);
  require(AccountMask().text(once) == once); // no IBAN left behind
  // The known account, as written, is gone from the text. (Masking twice may mask more:
  // the kept last four and the text after them can spell the account's compact form.)
  const auto alnum = std::count_if(known.begin(), known.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  });
  if (alnum >= 10 && known.find('@') == std::string_view::npos) {
    require(once.find(known) == std::string::npos);
  }
  require(AccountMask(true).text(text) == text);
  // One account: an email or nothing stays, else at most "DE** **** 3000".
  const std::string masked = mask_account(known);
  if (known.empty() || known.find('@') != std::string_view::npos) {
    require(masked == known);
  } else {
    require(masked.size() <= 14);
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::vector<std::string> cells = cells_of(input);
  check_csv(cells);
  for (const std::string& cell : cells) {
    check_html(cell);
    check_terminal(cell);
  }
  check_accounts(cells.front(), cells.back());
  return 0;
}
