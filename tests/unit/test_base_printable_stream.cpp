#include "base/printable_stream.hpp"
#include "testutil.hpp"

#include <ostream>
#include <sstream>

using dues::PrintableBuffer;

namespace {

std::string filtered(const std::string& text) {
  std::ostringstream target;
  {
    PrintableBuffer buffer(target.rdbuf());
    std::ostream out(&buffer);
    out << text;
  }
  return target.str();
}

} // namespace

TEST_CASE("PrintableBuffer passes text on with control characters made harmless") {
  CHECK(filtered("dues: error: bank.csv:3:1: not a date: 'x'\n")
        == "dues: error: bank.csv:3:1: not a date: 'x'\n");
  CHECK(filtered("'\x1b]0;owned\x07'\n") == "'\uFFFD]0;owned\uFFFD'\n");
  CHECK(filtered("a\tb\rc\n") == "a b c\n");
  CHECK(filtered("\u009b2J \u00e9 \u00a0 京") == "\uFFFD2J \u00e9 \u00a0 京");
  // A lead byte 0xC2 at the very end is released when the buffer goes.
  CHECK(filtered("x\xC2") == "x\xC2");
}

TEST_CASE("PrintableBuffer: a C1 control split across a buffer refill is still caught") {
  const std::string long_text = std::string(1023, 'a') + "\u009b" + std::string(2000, 'b');
  const std::string expected = std::string(1023, 'a') + "\uFFFD" + std::string(2000, 'b');
  CHECK(filtered(long_text) == expected);
}
