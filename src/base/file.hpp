#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <sys/stat.h>

namespace dues {

// The most bytes each kind of input may have, checked before it is read
// (docs/limits.md). Every input must be a regular file (not a FIFO, device or folder).
// dues.toml, drafts, recurring templates, bank profiles:
constexpr std::uint64_t k_settings_limit = std::uint64_t{16} << 20U;
constexpr std::uint64_t k_customers_limit = std::uint64_t{256} << 20U; // customers.toml
constexpr std::uint64_t k_journal_limit = std::uint64_t{4} << 30U;     // one journal file
constexpr std::uint64_t k_bank_export_limit = std::uint64_t{1} << 30U; // one bank export

// Describes what a stat result is: "a folder", "a FIFO (named pipe)", "a device", ...
std::string file_kind(const struct stat& info);

// The whole content of a file. Throws Error(environment) naming `shown` when the file
// cannot be read or is not a regular file, Error(invalid_input) when it has more than
// `limit` bytes.
std::string read_file(const std::filesystem::path& path, const std::string& shown,
                      std::uint64_t limit = k_settings_limit);

// Reads a file in chunks of about a megabyte and hands each to `use`, so even a big
// file never takes more memory than one chunk. Throws as read_file does.
void read_chunks(const std::filesystem::path& path, const std::string& shown,
                 const std::function<void(std::string_view chunk)>& use,
                 std::uint64_t limit = k_journal_limit);

// The files of `folder` whose names end in `extension` (".toml"), sorted. A folder that
// does not exist has none; one that exists but cannot be listed (permissions, not a
// folder, a symbolic link loop) throws Error(environment) naming `shown`: an
// unreadable folder is never taken for an empty one.
std::vector<std::filesystem::path> list_folder(const std::filesystem::path& folder,
                                               const std::string& shown,
                                               std::string_view extension);

// Whether something is at `path` (a file, a folder, a dangling or looping link): it is
// then to be read, and reading says what is wrong with it.
bool something_at(const std::filesystem::path& path);

// A file's content mapped read-only into memory (no copy), for reading big journals.
// Falls back to reading into memory when the file cannot be mapped.
class MappedFile {
public:
  // Throws as read_file does.
  MappedFile(const std::filesystem::path& path, const std::string& shown,
             std::uint64_t limit = k_journal_limit);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::string_view text() const { return m_text; }
  // Lets the pages read so far go from the process (they stay in the page cache and
  // are read again when touched): a long walk through a big file keeps it out of RSS.
  void release() const;

private:
  void* m_map = nullptr;
  std::size_t m_size = 0;
  std::string m_fallback;
  std::string_view m_text;
};

// Replaces a file's content atomically: writes a temporary file in the same folder,
// fsyncs it, renames it over `path` and fsyncs the folder. Readers see the old or the
// new content, never a mix. Throws Error(environment) and leaves `path` untouched on failure.
void write_file_atomic(const std::filesystem::path& path, std::string_view content,
                       const std::string& shown);

// Replaces a file by writing a temporary file and renaming it, without fsync: for
// caches, which may be lost in a crash but are never seen half-written.
void write_file_replace(const std::filesystem::path& path, std::string_view content,
                        const std::string& shown);

// Appends `content` (whole lines) to a file with one O_APPEND write and fsyncs it; a
// newline is added first if the file does not end with one. Creates the file (and its
// folder) when missing. On failure the file is cut back to its old length and
// Error(environment) is thrown.
void append_file_durable(const std::filesystem::path& path, std::string_view content,
                         const std::string& shown);

// Removes a file and fsyncs its folder; a missing file is not an error.
void remove_file_durable(const std::filesystem::path& path, const std::string& shown);

// Whether a lock excludes everybody (writers) or only writers (readers).
enum class LockMode { exclusive, shared };

// An advisory lock (flock) on <folder>/.dues.lock held for the object's life: writers
// take it exclusive, readers shared, so a reader never sees half of a write. Waits up
// to `timeout`, then throws Error(conflict). A reader does not create the lock file:
// without one (no writer ever ran, or it cannot be opened) it reads unlocked.
class LedgerLock {
public:
  LedgerLock(const std::filesystem::path& folder, std::chrono::milliseconds timeout,
             LockMode mode = LockMode::exclusive);
  ~LedgerLock();
  LedgerLock(const LedgerLock&) = delete;
  LedgerLock& operator=(const LedgerLock&) = delete;

private:
  int m_fd = -1;
};

} // namespace dues
