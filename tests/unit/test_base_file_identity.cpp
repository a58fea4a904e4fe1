#include "base/file_identity.hpp"
#include "testutil.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;

namespace {

class Scratch {
public:
  Scratch() {
    std::string pattern = (fs::temp_directory_path() / "dues-identity-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    m_path = pattern;
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  fs::path write(std::string_view name, const std::string& text) const {
    std::ofstream(m_path / name, std::ios::binary) << text;
    return m_path / name;
  }

private:
  fs::path m_path;
};

} // namespace

TEST_CASE("file_identity: size and times of a regular file, nothing for a folder") {
  const Scratch scratch;
  const fs::path file = scratch.write("a.dues", "hello\n");
  const auto identity = dues::file_identity(file);
  REQUIRE(identity);
  CHECK(identity->size == 6);
  CHECK(identity->mtime_ns > 0);
  CHECK(dues::file_identity(file) == identity);
  CHECK_FALSE(dues::file_identity(file.parent_path()));
  CHECK_FALSE(dues::file_identity(file.parent_path() / "missing"));
  scratch.write("a.dues", "hello!\n");
  CHECK(dues::file_identity(file) != identity);
}

TEST_CASE("identity_trusted: only a second after the last change (racily clean before)") {
  dues::FileIdentity identity;
  identity.mtime_ns = 10'000'000'000;
  identity.ctime_ns = 10'000'000'000;
  CHECK(dues::identity_trusted(identity, 11'000'000'000));
  CHECK_FALSE(dues::identity_trusted(identity, 10'999'999'999));
  CHECK_FALSE(dues::identity_trusted(identity, 10'000'000'000));
  identity.ctime_ns = 10'500'000'000; // changed later (chmod, touch -d): counts too
  CHECK_FALSE(dues::identity_trusted(identity, 11'000'000'000));
}

TEST_CASE("sample_hash sees a changed sampled byte, and the size; read_range reads exactly") {
  const Scratch scratch;
  std::string text(100'000, 'x');
  const fs::path file = scratch.write("b.dues", text);
  const std::string before = dues::sample_hash(file, text.size());
  CHECK(before.size() == 32);
  CHECK(dues::sample_hash(file, text.size() - 1) != before);
  text[text.size() - 10] = 'y'; // the tail is always sampled
  scratch.write("b.dues", text);
  CHECK(dues::sample_hash(file, text.size()) != before);
  CHECK(dues::sample_hash(file, text.size() + 1).empty()); // shorter than asked
  CHECK(dues::read_range(file, text.size() - 10, 3) == std::string("yxx"));
  CHECK_FALSE(dues::read_range(file, text.size() - 1, 2));
  CHECK(dues::read_range(file, 0, 0) == std::string());
}
