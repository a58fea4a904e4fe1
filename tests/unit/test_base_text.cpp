#include "base/text.hpp"
#include "testutil.hpp"

#include <string>
#include <vector>

using dues::display_width;
using dues::find_invalid_utf8;
using dues::pad_left;
using dues::pad_right;
using dues::truncate_to_width;

TEST_CASE("find_invalid_utf8 accepts valid text of every length") {
  for (const char* text :
       {"", "abc", "\xC3\xA9", "中文", "\xF0\x9F\x98\x80", "\xED\x9F\xBF" /* U+D7FF */,
        "\xEE\x80\x80" /* U+E000 */, "\xF4\x8F\xBF\xBF" /* U+10FFFF */, "\xC2\x80" /* U+0080 */,
        "\xE0\xA0\x80" /* U+0800 */, "\xF0\x90\x80\x80" /* U+10000 */, "a\xC3\xA9z"}) {
    CAPTURE(text);
    CHECK(find_invalid_utf8(text) == std::nullopt);
  }
}

TEST_CASE("find_invalid_utf8 finds overlong forms, surrogates, truncation and stray bytes") {
  struct Case {
    std::string text;
    std::size_t offset;
  };
  const Case cases[] = {
      {"\xC0\xAF", 0},                // overlong '/' in two bytes
      {"a\xC1\xBF", 1},               // overlong U+007F
      {"\xE0\x80\xAF", 0},            // overlong '/' in three bytes
      {"\xE0\x9F\xBF", 0},            // overlong U+07FF
      {"\xF0\x80\x80\xAF", 0},        // overlong '/' in four bytes
      {"\xF0\x8F\xBF\xBF", 0},        // overlong U+FFFF
      {"ok\xED\xA0\x80", 2},          // U+D800, a surrogate
      {"\xED\xBF\xBF", 0},            // U+DFFF
      {"\xF4\x90\x80\x80", 0},        // above U+10FFFF
      {"\xF5\x80\x80\x80", 0},        // a lead byte that never occurs
      {"\xFF", 0},                    //
      {"\x80", 0},                    // a continuation byte alone
      {"ab\xE4\xB8", 2},              // truncated at the end
      {"\xE4\xB8 x", 0},              // truncated before a space
      {"\xC3\x28", 0},                // a bad continuation
      {"中文\xF0\x9F\x98", 6},        // a truncated emoji after CJK
      {std::string("a\0\xC3", 3), 2}, // NUL is valid; the lone lead byte is not
  };
  for (const Case& c : cases) {
    CAPTURE(c.offset);
    CHECK(find_invalid_utf8(c.text) == c.offset);
  }
}

TEST_CASE("code points, columns and the UTF-8 codec") {
  CHECK(dues::count_code_points("中文abc") == 5);
  CHECK(dues::count_code_points("") == 0);
  CHECK(dues::column_of("中文 x", 7) == 4);
  CHECK(dues::column_of("abc", 0) == 1);
  for (const char32_t c : {U'A', U'\u00E9', U'\u4E2D', U'\U0001F600', U'\U0010FFFF'}) {
    CAPTURE(static_cast<unsigned>(c));
    const std::string bytes = dues::encode_utf8(c);
    CHECK(dues::decode_utf8(bytes) == std::vector<char32_t>{c});
    CHECK(find_invalid_utf8(bytes) == std::nullopt);
  }
  CHECK(dues::encode_utf8(U'\u4E2D') == "中");
  CHECK(dues::decode_utf8("a\xFF"
                          "b")
        == std::vector<char32_t>{U'a', U'\uFFFD', U'b'});
}

TEST_CASE("display_width counts East Asian wide characters as two columns") {
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("中文") == 4);
  CHECK(display_width("日本語テキスト") == 14);
  CHECK(display_width("한국어") == 6);
  CHECK(display_width("株式会社ABC") == 11);
  CHECK(display_width("\xC3\xA9") == 1);         // precomposed é
  CHECK(display_width("e\xCC\x81") == 1);        // e + combining acute
  CHECK(display_width("\xEF\xBD\xB1") == 1);     // halfwidth katakana ｱ
  CHECK(display_width("\xEF\xBC\xA1") == 2);     // fullwidth Ａ
  CHECK(display_width("\xF0\x9F\x98\x80") == 2); // 😀
  CHECK(display_width("a\xE2\x80\x8B"
                      "b")
        == 2);                       // zero-width space
  CHECK(display_width("\xFF") == 1); // an invalid byte takes a column
  CHECK(display_width("，") == 2);   // fullwidth comma
}

TEST_CASE("pad_left and pad_right pad to display columns and never cut") {
  CHECK(pad_right("中文", 6) == "中文  ");
  CHECK(pad_left("中文", 6) == "  中文");
  CHECK(pad_right("abc", 5) == "abc  ");
  CHECK(pad_left("abc", 5) == "  abc");
  CHECK(pad_right("abcdef", 3) == "abcdef");
  CHECK(pad_left("中文", 3) == "中文");
  CHECK(pad_left("", 2) == "  ");
  CHECK(display_width(pad_right("日本商事", 12)) == 12);
}

TEST_CASE("truncate_to_width cuts at a character boundary and marks the cut") {
  CHECK(truncate_to_width("abcdef", 4) == "abc…");
  CHECK(truncate_to_width("abc", 3) == "abc");
  CHECK(truncate_to_width("abcd", 3) == "ab…");
  CHECK(truncate_to_width("中文字", 4) == "中…");
  CHECK(truncate_to_width("中文字", 5) == "中文…");
  CHECK(truncate_to_width("中文字", 6) == "中文字");
  CHECK(truncate_to_width("abc", 1) == "…");
  CHECK(truncate_to_width("abc", 0).empty());
  const std::string text = "ACME 株式会社 ÉÉ 😀 end";
  for (std::size_t width = 0; width <= display_width(text) + 1; ++width) {
    CAPTURE(width);
    const std::string cut = truncate_to_width(text, width);
    CHECK(display_width(cut) <= width);
    CHECK(find_invalid_utf8(cut) == std::nullopt);
  }
}

TEST_CASE("trim, split, ascii_lower and has_bom") {
  CHECK(dues::trim("  a b \t\r\n") == "a b");
  CHECK(dues::trim("   ").empty());
  CHECK(dues::split("a,,b", ',') == std::vector<std::string_view>{"a", "", "b"});
  CHECK(dues::split("", ',') == std::vector<std::string_view>{""});
  CHECK(dues::split("a,", ',') == std::vector<std::string_view>{"a", ""});
  CHECK(dues::ascii_lower("ÄBc-1") == "Äbc-1");
  CHECK(dues::has_bom("\xEF\xBB\xBFx"));
  CHECK_FALSE(dues::has_bom("\xEF\xBB"));
  CHECK_FALSE(dues::has_bom("x\xEF\xBB\xBF"));
}

TEST_CASE("printable: no control character reaches a terminal") {
  using dues::printable;
  CHECK(printable("ACME 株式会社") == "ACME 株式会社");
  CHECK(printable("a\tb\rc\nd") == "a b c d");
  CHECK(printable("a\nb", true) == "a\nb");
  CHECK(printable("\x1b[2J\x1b]0;title\x07") == "\uFFFD[2J\uFFFD]0;title\uFFFD");
  CHECK(printable(std::string("nul\0x\x7f", 6)) == "nul\uFFFDx\uFFFD");
  // C1 controls (U+0080..U+009F), such as CSI U+009B; U+00A0 and up stay.
  CHECK(printable("a\u009b31mb\u0085") == "a\uFFFD31mb\uFFFD");
  CHECK(printable("\u00a0\u00e9") == "\u00a0\u00e9");
  CHECK(printable("") == "");
}

TEST_CASE("mod97: ISO 7064 MOD 97-10 over digits and upper-case letters") {
  using dues::mod97;
  CHECK(mod97("") == 0);
  CHECK(mod97("97") == 0);
  CHECK(mod97("98") == 1);
  CHECK(mod97("A") == 10); // letters count as 10..35
  CHECK(mod97("Z") == 35);
  // The IBAN DE89 3704 0044 0532 0130 00, country and check digits moved to the end.
  CHECK(mod97("370400440532013000DE89") == 1);
  // Longer than any integer type: the remainder is taken digit by digit.
  CHECK(mod97("123456789012345678901234567890123456789") == 61);
  CHECK_FALSE(mod97("ab").has_value()); // lower case is not read
  CHECK_FALSE(mod97("12 34").has_value());
}

TEST_CASE("ASCII classes ignore the locale and everything beyond ASCII") {
  CHECK(dues::is_ascii_alnum('7'));
  CHECK(dues::is_ascii_alnum('q'));
  CHECK_FALSE(dues::is_ascii_alnum('-'));
  CHECK_FALSE(dues::is_ascii_letter(static_cast<char>(0xC3))); // a UTF-8 lead byte
  CHECK(dues::ascii_upper('q') == 'Q');
  CHECK(dues::ascii_upper('7') == '7');
}
