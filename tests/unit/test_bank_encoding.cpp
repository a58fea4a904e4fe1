#include "bank/encoding.hpp"
#include "base/error.hpp"

#include <doctest/doctest.h>

using namespace dues;
using namespace dues::bank;

TEST_CASE("encoding names") {
  CHECK(find_encoding("UTF-8") == Encoding::utf8);
  CHECK(find_encoding("cp936") == Encoding::gbk);
  CHECK(find_encoding("GB18030") == Encoding::gb18030);
  CHECK(find_encoding("Windows-1252") == Encoding::cp1252);
  CHECK(find_encoding("latin1") == Encoding::latin1);
  CHECK_FALSE(find_encoding("ebcdic").has_value());
  CHECK(encoding_name(Encoding::latin1) == "iso-8859-1");
}

TEST_CASE("UTF-8 with or without a byte order mark") {
  CHECK(decode_to_utf8("\xEF\xBB\xBF"
                       "date,金额",
                       Encoding::utf8, "f.csv")
        == "date,金额");
  CHECK(decode_to_utf8("date,金额", Encoding::utf8, "f.csv") == "date,金额");
}

TEST_CASE("invalid UTF-8 names the line and column, the bad byte and its offset") {
  CHECK_THROWS_WITH(decode_to_utf8("ok\n金额,\xFF\xFE", Encoding::utf8, "f.csv"),
                    "f.csv:2:4: not valid utf-8 text: byte 0xFF at byte offset 10 (set "
                    "'encoding' in the bank profile)");
  // Issue 19.6: the bad byte, not the bytes after it; a BOM counts in the offset.
  CHECK_THROWS_WITH(decode_to_utf8("\xEF\xBB\xBF" "ab\xE9" "cd", Encoding::utf8, "f.csv"),
                    "f.csv:1:3: not valid utf-8 text: byte 0xE9 at byte offset 5 (set "
                    "'encoding' in the bank profile)");
}

TEST_CASE("GBK and GB18030 convert to UTF-8") {
  // 收入 in GBK
  CHECK(decode_to_utf8("\xCA\xD5\xC8\xEB,1", Encoding::gbk, "f.csv") == "收入,1");
  CHECK(decode_to_utf8("\xCA\xD5\xC8\xEB", Encoding::gb18030, "f.csv") == "收入");
}

TEST_CASE("undecodable GBK is an error at its place") {
  try {
    decode_to_utf8("a\n\xCA\xD5x\xFF\x20", Encoding::gbk, "g.csv");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::invalid_input);
    CHECK(std::string(e.what())
          == "g.csv:2:3: not valid gbk text: bytes 0xFF 0x20 at byte offset 5 (set "
             "'encoding' in the bank profile)");
  }
  // a lead byte cut off at the end of the file
  CHECK_THROWS_WITH(decode_to_utf8("x\xCA", Encoding::gbk, "g.csv"),
                    "g.csv:1:2: not valid gbk text: byte 0xCA at byte offset 1 (set 'encoding' "
                    "in the bank profile)");
}

TEST_CASE("CP1252 and ISO-8859-1") {
  CHECK(decode_to_utf8("M\xFCller \x80 5", Encoding::cp1252, "f.csv") == "Müller € 5");
  CHECK(decode_to_utf8("M\xFCller \x80", Encoding::latin1, "f.csv") == "Müller \u0080");
  // 0x81 is not defined in CP1252
  CHECK_THROWS_WITH(decode_to_utf8("ab\n\xE4\x81", Encoding::cp1252, "w.csv"),
                    "w.csv:2:2: not valid cp1252 text: byte 0x81 at byte offset 4 (set "
                    "'encoding' in the bank profile)");
}
