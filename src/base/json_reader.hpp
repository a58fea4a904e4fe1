#pragma once

// import: a small strict JSON reader (RFC 8259) that keeps where each value starts, so
// that an import from JSON names file:line:col like one from CSV. Numbers are kept as
// the text they were written as: no binary floating point ever sees an amount.
#include "base/error.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dues {

struct JsonMember;

struct JsonValue {
  enum class Type : std::uint8_t { null, boolean, number, string, array, object };
  Type type = Type::null;
  bool boolean = false;
  std::string text; // a string's value, or a number as written ("-12.50", "3e2")
  std::vector<JsonValue> items;
  // In file order. (Not a vector of std::pair: pair needs a complete JsonValue, and
  // clang's libstdc++ build of the fuzz preset refuses it.)
  std::vector<JsonMember> members;
  int line = 0;
  int column = 0;

  // The member called `key`, or nullptr.
  const JsonValue* find(std::string_view key) const;
};

struct JsonMember {
  std::string key;
  JsonValue value;
};

// Parses one JSON document (a byte order mark is skipped; nesting at most 64 deep).
// Throws Error(invalid_input) at path:line:col for anything that is not JSON, for
// invalid UTF-8 and for text after the document.
JsonValue parse_json(std::string_view text, const std::string& path);

} // namespace dues
