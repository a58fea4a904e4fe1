#include "mail/mime.hpp"
#include "testutil.hpp"

#include <string>

using namespace dues::mail;

namespace {

// The longest line of a CRLF text, without its CRLF.
std::size_t longest_line(const std::string& text) {
  std::size_t longest = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\r\n", start);
    if (end == std::string::npos) {
      end = text.size();
    }
    longest = std::max(longest, end - start);
    start = end + 2;
  }
  return longest;
}

} // namespace

TEST_CASE("mail::base64 matches RFC 4648 test vectors") {
  CHECK(base64("") == "");
  CHECK(base64("f") == "Zg==");
  CHECK(base64("fo") == "Zm8=");
  CHECK(base64("foo") == "Zm9v");
  CHECK(base64("foob") == "Zm9vYg==");
  CHECK(base64("fooba") == "Zm9vYmE=");
  CHECK(base64("foobar") == "Zm9vYmFy");
  CHECK(base64("\xFF\xFE") == "//4=");
}

TEST_CASE("mail::base64_lines cuts lines of 76 characters") {
  const std::string encoded = base64_lines(std::string(100, 'x'));
  CHECK(encoded.substr(76, 2) == "\r\n");
  CHECK(longest_line(encoded) == 76);
  CHECK(encoded.ends_with("\r\n"));
}

TEST_CASE("mail::quoted_printable encodes '=', UTF-8 and trailing spaces, and soft-breaks long "
          "lines") {
  CHECK(quoted_printable("a=b\n") == "a=3Db\r\n");
  CHECK(quoted_printable("Grüße\n") == "Gr=C3=BC=C3=9Fe\r\n");
  CHECK(quoted_printable("end \nnext") == "end=20\r\nnext\r\n");
  const std::string long_line = quoted_printable(std::string(200, 'a') + "\n");
  CHECK(longest_line(long_line) <= 76);
  CHECK(long_line.find("=\r\n") != std::string::npos);
}

TEST_CASE("mail::encode_words keeps ASCII and encodes UTF-8 in words of at most 75 characters") {
  CHECK(encode_words("Invoice INV-1", 9) == "Invoice INV-1");
  CHECK(encode_words("Rechnung für März", 9) == "=?UTF-8?B?UmVjaG51bmcgZsO8ciBNw6Ryeg==?=");
  const std::string long_cjk = encode_words("请查收发票请查收发票请查收发票请查收发票请查收发票", 9);
  std::size_t start = 0;
  while (start < long_cjk.size()) {
    std::size_t end = long_cjk.find(' ', start);
    if (end == std::string::npos) {
      end = long_cjk.size();
    }
    const std::string word = long_cjk.substr(start, end - start);
    CAPTURE(word);
    CHECK(word.size() <= 75);
    CHECK(word.starts_with("=?UTF-8?B?"));
    // Each word holds whole characters: 3-byte characters make its payload a multiple of 4
    // base64 digits without padding.
    CHECK(word.find('=', 10) == word.size() - 1);
    start = end + 1;
  }
  // Text that looks like an encoded word is encoded so it is not read as one.
  CHECK(encode_words("=?x?=", 0).starts_with("=?UTF-8?B?"));
}

TEST_CASE("mail::header_line folds at spaces before 76 characters") {
  const std::string line = header_line("To", std::string(40, 'a') + "@x.example, "
                                                 + std::string(40, 'b') + "@y.example");
  CHECK(line == "To: " + std::string(40, 'a') + "@x.example,\r\n " + std::string(40, 'b')
                    + "@y.example\r\n");
}

TEST_CASE("mail::parameter writes short ASCII quoted and the rest per RFC 2231") {
  CHECK(parameter("filename", "INV-1.pdf") == ";\r\n filename=\"INV-1.pdf\"");
  CHECK(parameter("filename", "Rechnung März.pdf")
        == ";\r\n filename*0*=UTF-8''Rechnung%20M%C3%A4rz.pdf");
  const std::string long_name = parameter("filename", "請求書-株式会社サンプル-2026年12月分.pdf");
  CHECK(long_name.find("filename*0*=UTF-8''") != std::string::npos);
  CHECK(long_name.find("filename*1*=") != std::string::npos);
  CHECK(longest_line(long_name) <= 76);
}
