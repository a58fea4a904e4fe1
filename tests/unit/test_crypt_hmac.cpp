#include "crypt/hmac.hpp"
#include "crypt/process.hpp"
#include "testutil.hpp"

using dues::crypt::hmac_sha256_hex;

TEST_CASE("hmac_sha256_hex gives RFC 4231's test vectors") {
  CHECK(hmac_sha256_hex("Jefe", "what do ya want for nothing?")
        == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  CHECK(hmac_sha256_hex(std::string(20, '\x0b'), "Hi There")
        == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
}

TEST_CASE("run_programs runs several at once and keeps each one's input and output apart") {
  std::vector<dues::crypt::ProgramRun> runs;
  for (int i = 0; i < 12; ++i) {
    runs.push_back({{"/bin/sh", "-c", "cat; echo err >&2; exit " + std::to_string(i % 3)},
                    "input " + std::to_string(i)});
  }
  runs.push_back({{"/nonexistent/program"}, ""});
  const auto results = dues::crypt::run_programs(runs, 4);
  REQUIRE(results.size() == runs.size());
  for (int i = 0; i < 12; ++i) {
    CAPTURE(i);
    CHECK(results[static_cast<std::size_t>(i)].output == "input " + std::to_string(i));
    CHECK(results[static_cast<std::size_t>(i)].errors == "err\n");
    CHECK(results[static_cast<std::size_t>(i)].status == i % 3);
  }
  CHECK(results.back().problem.starts_with("cannot run '/nonexistent/program'"));
}
