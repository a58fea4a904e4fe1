#include "base/sealed.hpp"
#include "testutil.hpp"

#include <string>

using dues::base64_decode;
using dues::base64_encode;
using dues::format_sealed;
using dues::is_age_recipient;
using dues::parse_sealed;
using dues::SealedValue;
using dues::shown_value;

TEST_CASE("base64 follows RFC 4648's test vectors both ways") {
  const std::pair<const char*, const char*> vectors[] = {
      {"", ""},         {"f", "Zg=="},         {"fo", "Zm8="},        {"foo", "Zm9v"},
      {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="}, {"foobar", "Zm9vYmFy"}};
  for (const auto& [clear, text] : vectors) {
    CAPTURE(clear);
    CHECK(base64_encode(clear) == text);
    CHECK(base64_decode(text) == std::string(clear));
  }
  const std::string bytes("\x00\xff\x10\x80", 4);
  CHECK(base64_decode(base64_encode(bytes)) == bytes);
}

TEST_CASE("base64_decode refuses what is not padded base64") {
  for (const char* text : {"Zg", "Zg=", "Z===", "Zm9v!A==", "Zg==Zg==", "Zm=v", "Zm9v\n"}) {
    CAPTURE(text);
    CHECK_FALSE(base64_decode(text).has_value());
  }
}

TEST_CASE("an encrypted value round-trips with and without its HMAC") {
  const SealedValue plain{"age-encryption.org/v1\n\x01\x02", ""};
  CHECK(format_sealed(plain) == "age:" + base64_encode(plain.ciphertext));
  CHECK(parse_sealed(format_sealed(plain))->ciphertext == plain.ciphertext);
  const SealedValue hashed{"x", std::string(64, 'a')};
  const auto parsed = parse_sealed(format_sealed(hashed));
  REQUIRE(parsed);
  CHECK(parsed->ciphertext == "x");
  CHECK(parsed->hmac == hashed.hmac);
}

TEST_CASE("parse_sealed refuses damaged values, and clear text is no encrypted value") {
  for (const char* text : {"DE89 3704 0044 0532 0130 00", "age:", "age:!!eA==", "age:eA==;hmac-sha256=12",
                           "age:eA==;hmac-sha256=" /* empty */,
                           "age:eA==;hmac-sha256=ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_sealed(text).has_value());
  }
  CHECK(shown_value("age:eA==") == "(encrypted)");
  CHECK(shown_value("Hamburg") == "Hamburg");
}

TEST_CASE("is_age_recipient takes what age-keygen prints") {
  CHECK(is_age_recipient("age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"));
  CHECK_FALSE(is_age_recipient("age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8"));
  CHECK_FALSE(is_age_recipient("age1QL3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"));
  CHECK_FALSE(is_age_recipient("ssh-ed25519 AAAA"));
}
