// model/snapshot_bytes: a Reader that follows what it reads hashes exactly the bytes
// hash_hex hashes and hands each stretch on once, in order, never ahead of the reading.
#include "model/snapshot_bytes.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using namespace dues;
using snapshot_bytes::Reader;
using snapshot_bytes::Writer;

// Several MiB of texts of varying length, so strides end inside texts.
std::string many_texts(std::size_t count) {
  Writer out;
  for (std::size_t i = 0; i < count; ++i) {
    out.text(std::string(i % 97, static_cast<char>('a' + i % 26)));
    out.pod(static_cast<std::uint64_t>(i));
  }
  return out.take();
}

} // namespace

TEST_CASE("a following Reader hashes what hash_hex hashes and passes every byte once") {
  const std::string bytes = many_texts(100'000); // about 5 MiB
  REQUIRE(bytes.size() > std::size_t{4} << 20);
  ContentHash hash;
  std::vector<std::string_view> pieces;
  std::size_t passed_end = 0; // everything before this was handed on
  Reader in(bytes, {&hash, [&](std::string_view piece) {
                      pieces.push_back(piece);
                      passed_end =
                          static_cast<std::size_t>(piece.data() + piece.size() - bytes.data());
                    }});
  bool ahead = false; // a value handed on before the caller had it
  for (std::size_t i = 0; i < 100'000; ++i) {
    const std::string_view text = in.text();
    CHECK(text.size() == i % 97);
    ahead = ahead || passed_end > static_cast<std::size_t>(text.data() - bytes.data());
    CHECK(in.pod<std::uint64_t>() == i);
    ahead = ahead || passed_end > in.offset() - sizeof(std::uint64_t);
  }
  REQUIRE(in.ok());
  CHECK(in.at_end());
  CHECK(pieces.size() > 3);
  CHECK(passed_end > 0);
  CHECK_FALSE(ahead);
  in.finish();
  CHECK(hash.hex() == hash_hex(bytes));
  std::size_t at = 0;
  for (const std::string_view piece : pieces) {
    CHECK(piece.data() == bytes.data() + at); // contiguous, in order
    at += piece.size();
  }
  CHECK(at == bytes.size());
}

TEST_CASE("a Reader that overruns stops and reads zeros") {
  const std::string bytes = many_texts(3);
  Reader in(bytes);
  for (int i = 0; i < 3; ++i) {
    in.text();
    in.pod<std::uint64_t>();
  }
  CHECK(in.at_end());
  CHECK(in.pod<std::uint64_t>() == 0);
  CHECK_FALSE(in.ok());
  CHECK(in.text().empty());
}
