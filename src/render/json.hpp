#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace dues::render {

// A small streaming JSON writer with two-space indentation. Keys and strings are
// escaped; amounts are written as strings by the callers so no reader parses them as
// binary floats.
class JsonWriter {
public:
  explicit JsonWriter(std::ostream& out) : m_out(out) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  // The key of the next value inside an object.
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(long long number);
  JsonWriter& value(int number) { return value(static_cast<long long>(number)); }
  JsonWriter& value(bool flag);
  JsonWriter& null();
  // Ends the document with a newline.
  void finish();

private:
  void before_value();
  void newline();
  JsonWriter& close(char bracket);
  std::ostream& m_out;
  std::vector<bool> m_has_items; // per open container
  bool m_after_key = false;
};

// The JSON string literal for a text, with quotes.
std::string json_string(std::string_view text);

} // namespace dues::render
