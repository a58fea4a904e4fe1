#include "base/error.hpp"
#include "base/file.hpp"
#include "testutil.hpp"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using dues::Error;
using dues::ErrorKind;

namespace {

class Folder {
public:
  Folder() {
    std::string pattern = (fs::temp_directory_path() / "dues-file-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    m_path = pattern;
  }
  ~Folder() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
  }
  Folder(const Folder&) = delete;
  Folder& operator=(const Folder&) = delete;
  fs::path operator/(std::string_view name) const { return m_path / name; }
  const fs::path& path() const { return m_path; }

private:
  fs::path m_path;
};

} // namespace

TEST_CASE("write_file_atomic replaces the content and leaves no temporary file") {
  const Folder folder;
  const fs::path file = folder / "sub/dues.toml";
  dues::write_file_atomic(file, "one\n", "sub/dues.toml");
  CHECK(dues::read_file(file, "x") == "one\n");
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
  dues::write_file_atomic(file, "two\n", "sub/dues.toml");
  CHECK(dues::read_file(file, "x") == "two\n");
  CHECK((fs::status(file).permissions() & fs::perms::all)
        == (fs::perms::owner_read | fs::perms::owner_write));
  int entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder / "sub")) {
    ++entries;
  }
  CHECK(entries == 1);
}

TEST_CASE("append_file_durable adds whole lines") {
  const Folder folder;
  const fs::path file = folder / "journal/2026.dues";
  dues::append_file_durable(file, "a\n", "journal/2026.dues"); // creates folder and file
  dues::append_file_durable(file, "b\n", "journal/2026.dues");
  CHECK(dues::read_file(file, "x") == "a\nb\n");
  dues::write_file_atomic(file, "no newline", "x");
  dues::append_file_durable(file, "c\n", "journal/2026.dues");
  CHECK(dues::read_file(file, "x") == "no newline\nc\n");
}

TEST_CASE("file errors are environment errors naming the file as shown") {
  const Folder folder;
  try {
    (void)dues::read_file(folder / "missing.toml", "missing.toml");
    FAIL("no error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::environment);
    CHECK(std::string(error.what()) == "cannot read missing.toml: No such file or directory");
  }
  CHECK_THROWS_WITH_AS(dues::read_file(folder.path(), "journal"),
                       "cannot read journal: a folder, not a regular file", Error);
  CHECK_THROWS_WITH_AS(dues::read_file("/dev/zero", "zero"),
                       "cannot read zero: a device, not a regular file", Error);
  CHECK_THROWS_WITH_AS(dues::MappedFile("/dev/zero", "zero"),
                       "cannot read zero: a device, not a regular file", Error);
}

TEST_CASE("read_file: a file bigger than its limit is refused before it is read") {
  const Folder folder;
  const auto path = folder / "big.toml";
  dues::write_file_atomic(path, std::string(100, 'x'), "big.toml");
  CHECK(dues::read_file(path, "big.toml", 100).size() == 100);
  try {
    (void)dues::read_file(path, "big.toml", 99);
    FAIL("no error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::invalid_input);
    CHECK(std::string(error.what())
          == "big.toml is too big: 100 bytes, more than the 99 this kind of file may have "
             "(docs/limits.md)");
  }
}

TEST_CASE("LedgerLock: a second writer waits, then gives up with a conflict") {
  const Folder folder;
  {
    const dues::LedgerLock first(folder.path(), std::chrono::milliseconds(0));
    try {
      const dues::LedgerLock second(folder.path(), std::chrono::milliseconds(20));
      FAIL("the second lock was granted");
    } catch (const Error& error) {
      CHECK(error.kind() == ErrorKind::conflict);
      CHECK(std::string(error.what())
            == "another dues process is writing to this ledger (lock .dues.lock held for more than "
               "20 ms); try again");
    }
  }
  // Released with the first: the next writer gets it at once.
  const dues::LedgerLock again(folder.path(), std::chrono::milliseconds(0));
  CHECK(fs::exists(folder / ".dues.lock"));
}
