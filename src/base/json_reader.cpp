#include "base/json_reader.hpp"

#include "base/text.hpp"

#include <fmt/format.h>

namespace dues {
namespace {

constexpr int k_max_depth = 64;

class Parser {
public:
  Parser(std::string_view text, const std::string& path) : m_text(text), m_path(path) {}

  JsonValue document() {
    JsonValue value = parse(0);
    skip_space();
    if (m_pos < m_text.size()) {
      fail("text after the end of the JSON document");
    }
    return value;
  }

private:
  [[noreturn]] void fail(const std::string& message) const {
    throw Error(ErrorKind::invalid_input, SourceLoc{m_path, m_line, column()}, message);
  }

  int column() const {
    return column_of(m_text.substr(m_line_start), m_pos - m_line_start);
  }

  void skip_space() {
    while (m_pos < m_text.size()) {
      const char c = m_text[m_pos];
      if (c == '\n') {
        ++m_line;
        m_line_start = m_pos + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      ++m_pos;
    }
  }

  bool take(char c) {
    if (m_pos < m_text.size() && m_text[m_pos] == c) {
      ++m_pos;
      return true;
    }
    return false;
  }

  void expect_word(std::string_view word) {
    if (m_text.substr(m_pos, word.size()) != word) {
      fail("not JSON here (expected a value: an object, array, string, number, true, false "
           "or null)");
    }
    m_pos += word.size();
  }

  JsonValue parse(int depth) {
    skip_space();
    if (depth > k_max_depth) {
      fail(fmt::format("nested more than {} deep", k_max_depth));
    }
    JsonValue value;
    value.line = m_line;
    value.column = column();
    if (m_pos >= m_text.size()) {
      fail("the JSON document ends early");
    }
    const char c = m_text[m_pos];
    if (c == '{') {
      ++m_pos;
      value.type = JsonValue::Type::object;
      parse_members(value, depth);
    } else if (c == '[') {
      ++m_pos;
      value.type = JsonValue::Type::array;
      parse_items(value, depth);
    } else if (c == '"') {
      value.type = JsonValue::Type::string;
      value.text = parse_string();
    } else if (c == '-' || is_ascii_digit(c)) {
      value.type = JsonValue::Type::number;
      value.text = parse_number();
    } else if (c == 't' || c == 'f') {
      value.type = JsonValue::Type::boolean;
      value.boolean = c == 't';
      expect_word(value.boolean ? "true" : "false");
    } else {
      expect_word("null");
    }
    return value;
  }

  void parse_members(JsonValue& object, int depth) {
    skip_space();
    if (take('}')) {
      return;
    }
    do {
      skip_space();
      if (m_pos >= m_text.size() || m_text[m_pos] != '"') {
        fail("expected a member name in double quotes");
      }
      std::string key = parse_string();
      skip_space();
      if (!take(':')) {
        fail("expected ':' after a member name");
      }
      object.members.push_back({std::move(key), parse(depth + 1)});
      skip_space();
    } while (take(','));
    if (!take('}')) {
      fail("expected ',' or '}' in an object");
    }
  }

  void parse_items(JsonValue& array, int depth) {
    skip_space();
    if (take(']')) {
      return;
    }
    do {
      array.items.push_back(parse(depth + 1));
      skip_space();
    } while (take(','));
    if (!take(']')) {
      fail("expected ',' or ']' in an array");
    }
  }

  unsigned hex4() {
    if (m_pos + 4 > m_text.size()) {
      fail("a \\u escape needs four hex digits");
    }
    unsigned value = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = m_text[m_pos++];
      const int digit = is_ascii_digit(c)               ? c - '0'
                        : (c >= 'a' && c <= 'f')        ? c - 'a' + 10
                        : (c >= 'A' && c <= 'F')        ? c - 'A' + 10
                                                        : -1;
      if (digit < 0) {
        fail("a \\u escape needs four hex digits");
      }
      value = value * 16 + static_cast<unsigned>(digit);
    }
    return value;
  }

  void escape(std::string& out) {
    const char c = m_pos < m_text.size() ? m_text[m_pos++] : '\0';
    switch (c) {
    case '"': out += '"'; return;
    case '\\': out += '\\'; return;
    case '/': out += '/'; return;
    case 'b': out += '\b'; return;
    case 'f': out += '\f'; return;
    case 'n': out += '\n'; return;
    case 'r': out += '\r'; return;
    case 't': out += '\t'; return;
    case 'u': {
      unsigned code = hex4();
      if (code >= 0xD800 && code < 0xDC00) { // a surrogate pair
        if (!take('\\') || !take('u')) {
          fail("a lone UTF-16 surrogate in a \\u escape");
        }
        const unsigned low = hex4();
        if (low < 0xDC00 || low > 0xDFFF) {
          fail("a lone UTF-16 surrogate in a \\u escape");
        }
        code = 0x10000 + ((code - 0xD800) << 10U) + (low - 0xDC00);
      } else if (code >= 0xDC00 && code <= 0xDFFF) {
        fail("a lone UTF-16 surrogate in a \\u escape");
      }
      out += encode_utf8(static_cast<char32_t>(code));
      return;
    }
    default:
      fail("an unknown escape in a string (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
    }
  }

  std::string parse_string() {
    ++m_pos; // the opening quote
    std::string out;
    while (true) {
      if (m_pos >= m_text.size()) {
        fail("a string is never closed (a '\"' is missing)");
      }
      const char c = m_text[m_pos];
      if (c == '"') {
        ++m_pos;
        return out;
      }
      if (static_cast<unsigned char>(c) < 0x20) {
        fail("a control character inside a string (write it as an escape)");
      }
      ++m_pos;
      if (c == '\\') {
        escape(out);
      } else {
        out += c;
      }
    }
  }

  std::string parse_number() {
    const std::size_t start = m_pos;
    take('-');
    const auto digits = [&] {
      const std::size_t from = m_pos;
      while (m_pos < m_text.size() && is_ascii_digit(m_text[m_pos])) {
        ++m_pos;
      }
      return m_pos - from;
    };
    const std::size_t first = m_pos;
    if (digits() == 0 || (m_text[first] == '0' && m_pos - first > 1)) {
      fail("not a JSON number");
    }
    if (take('.') && digits() == 0) {
      fail("not a JSON number");
    }
    if (take('e') || take('E')) {
      if (!take('+')) {
        take('-');
      }
      if (digits() == 0) {
        fail("not a JSON number");
      }
    }
    return std::string(m_text.substr(start, m_pos - start));
  }

  std::string_view m_text;
  const std::string& m_path;
  std::size_t m_pos = 0;
  std::size_t m_line_start = 0;
  int m_line = 1;
};

} // namespace

const JsonValue* JsonValue::find(std::string_view key) const {
  for (const auto& [name, value] : members) {
    if (name == key) {
      return &value;
    }
  }
  return nullptr;
}

JsonValue parse_json(std::string_view text, const std::string& path) {
  if (has_bom(text)) {
    text.remove_prefix(3);
  }
  if (const auto bad = find_invalid_utf8(text)) {
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < *bad; ++i) {
      if (text[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
    }
    throw Error(ErrorKind::invalid_input,
                SourceLoc{path, line, column_of(text.substr(line_start), *bad - line_start)},
                "invalid UTF-8 (save the file as UTF-8)");
  }
  return Parser(text, path).document();
}

} // namespace dues
