#include "render/csv.hpp"

namespace dues::render {
namespace {

bool is_plain_number(std::string_view value) {
  if (value.starts_with('-') || value.starts_with('+')) {
    value.remove_prefix(1);
  }
  if (value.empty() || value.front() == '.' || value.back() == '.') {
    return false;
  }
  bool point = false;
  for (const char c : value) {
    if (c == '.') {
      if (point) {
        return false;
      }
      point = true;
    } else if (c < '0' || c > '9') {
      return false;
    }
  }
  return true;
}

} // namespace

std::string csv_cell(std::string_view value) {
  std::string text(value);
  if (!text.empty()) {
    const char first = text.front();
    const bool risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                       || first == '\r';
    if (risky && !is_plain_number(text)) {
      text.insert(0, 1, '\'');
    }
  }
  if (text.find_first_of(",\"\r\n") != std::string::npos) {
    std::string quoted = "\"";
    for (const char c : text) {
      if (c == '"') {
        quoted += '"';
      }
      quoted += c;
    }
    quoted += '"';
    return quoted;
  }
  return text;
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) {
      out << ',';
    }
    out << csv_cell(cells[i]);
  }
  out << '\n';
}

} // namespace dues::render
