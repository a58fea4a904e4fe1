#include "base/file.hpp"

#include "base/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dues {
namespace {

[[noreturn]] void io_failure(const std::string& what, const std::string& shown, int error) {
  throw Error(ErrorKind::environment, fmt::format("{} {}: {}", what, shown, std::strerror(error)));
}

// Closes a file descriptor on scope exit.
class FileHandle {
public:
  explicit FileHandle(int fd) : m_fd(fd) {}
  ~FileHandle() {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
  }
  FileHandle(const FileHandle&) = delete;
  FileHandle& operator=(const FileHandle&) = delete;
  FileHandle(FileHandle&& other) noexcept : m_fd(other.release()) {}
  FileHandle& operator=(FileHandle&&) = delete;
  int get() const { return m_fd; }
  int release() {
    const int fd = m_fd;
    m_fd = -1;
    return fd;
  }

private:
  int m_fd;
};

// Writes all bytes, retrying short writes; returns 0 or an errno value.
int write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) {
        continue;
      }
      return errno;
    }
    content.remove_prefix(static_cast<std::size_t>(written));
  }
  return 0;
}

void fsync_folder(const std::filesystem::path& folder) {
  const FileHandle dir(::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY));
  if (dir.get() >= 0) {
    ::fsync(dir.get());
  }
}

// Opens an input for reading: a regular file of at most `limit` bytes. O_NONBLOCK keeps
// the open of a FIFO from waiting for a writer for ever; it changes nothing for a
// regular file. Returns the descriptor and fills `info`.
FileHandle open_input(const std::filesystem::path& path, const std::string& shown,
                      std::uint64_t limit, struct stat& info) {
  FileHandle file(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
  if (file.get() < 0) {
    if (errno == ELOOP) {
      throw Error(ErrorKind::environment,
                  fmt::format("cannot read {}: a symbolic link loop (or too many links)", shown));
    }
    io_failure("cannot read", shown, errno);
  }
  if (::fstat(file.get(), &info) != 0) {
    io_failure("cannot read", shown, errno);
  }
  if (!S_ISREG(info.st_mode)) {
    throw Error(ErrorKind::environment,
                fmt::format("cannot read {}: {}, not a regular file", shown, file_kind(info)));
  }
  if (static_cast<std::uint64_t>(info.st_size) > limit) {
    throw Error(ErrorKind::invalid_input,
                fmt::format("{} is too big: {} bytes, more than the {} this kind of file may "
                            "have (docs/limits.md)",
                            shown, info.st_size, limit));
  }
  return file;
}

} // namespace

std::string file_kind(const struct stat& info) {
  if (S_ISDIR(info.st_mode)) {
    return "a folder";
  }
  if (S_ISFIFO(info.st_mode)) {
    return "a FIFO (named pipe)";
  }
  if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode)) {
    return "a device";
  }
  if (S_ISSOCK(info.st_mode)) {
    return "a socket";
  }
  return S_ISREG(info.st_mode) ? "a regular file" : "not a file";
}

std::string read_file(const std::filesystem::path& path, const std::string& shown,
                      std::uint64_t limit) {
  struct stat info {};
  const FileHandle file = open_input(path, shown, limit, info);
  std::string content;
  content.resize(static_cast<std::size_t>(info.st_size));
  std::size_t have = 0;
  while (true) {
    if (have == content.size()) {
      if (have >= limit) {
        break; // grown past the limit while being read: the limit is what is read
      }
      content.resize(
          static_cast<std::size_t>(std::min<std::uint64_t>(limit, content.size() + 65536)));
    }
    const ssize_t got = ::read(file.get(), content.data() + have, content.size() - have);
    if (got < 0) {
      if (errno == EINTR) {
        continue;
      }
      io_failure("cannot read", shown, errno);
    }
    if (got == 0) {
      break;
    }
    have += static_cast<std::size_t>(got);
  }
  content.resize(have);
  return content;
}

void read_chunks(const std::filesystem::path& path, const std::string& shown,
                 const std::function<void(std::string_view chunk)>& use, std::uint64_t limit) {
  struct stat info {};
  const FileHandle file = open_input(path, shown, limit, info);
  std::string buffer(std::size_t{1} << 20, '\0');
  while (true) {
    const ssize_t got = ::read(file.get(), buffer.data(), buffer.size());
    if (got < 0) {
      if (errno == EINTR) {
        continue;
      }
      io_failure("cannot read", shown, errno);
    }
    if (got == 0) {
      return;
    }
    use(std::string_view(buffer.data(), static_cast<std::size_t>(got)));
  }
}

MappedFile::MappedFile(const std::filesystem::path& path, const std::string& shown,
                       std::uint64_t limit) {
  struct stat info {};
  const FileHandle file = open_input(path, shown, limit, info);
  if (info.st_size > 0) {
    m_size = static_cast<std::size_t>(info.st_size);
    void* map = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, file.get(), 0);
    if (map != MAP_FAILED) {
      ::madvise(map, m_size, MADV_SEQUENTIAL);
      m_map = map;
      m_text = std::string_view(static_cast<const char*>(map), m_size);
      return;
    }
  }
  if (info.st_size == 0) {
    return;
  }
  m_size = 0;
  m_fallback = read_file(path, shown, limit);
  m_text = m_fallback;
}

std::vector<std::filesystem::path> list_folder(const std::filesystem::path& folder,
                                               const std::string& shown,
                                               std::string_view extension) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  std::error_code ec;
  if (!something_at(folder)) {
    return files;
  }
  const auto fail = [&](const std::error_code& error) {
    if (error.value() == ELOOP) {
      throw Error(ErrorKind::environment,
                  fmt::format("cannot read folder {}: a symbolic link loop", shown));
    }
    throw Error(ErrorKind::environment,
                fmt::format("cannot read folder {}: {}", shown, error.message()));
  };
  fs::directory_iterator it(folder, ec);
  if (ec) {
    fail(ec);
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (it->path().extension() == extension) {
      files.push_back(it->path());
    }
  }
  if (ec) {
    fail(ec);
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool something_at(const std::filesystem::path& path) {
  std::error_code ec;
  return std::filesystem::symlink_status(path, ec).type() != std::filesystem::file_type::not_found
         && !ec;
}

void MappedFile::release() const {
  if (m_map != nullptr) {
    ::madvise(m_map, m_size, MADV_DONTNEED); // read-only and private: the text stays the same
  }
}

MappedFile::~MappedFile() {
  if (m_map != nullptr) {
    ::munmap(m_map, m_size);
  }
}

namespace {

void replace_file(const std::filesystem::path& path, std::string_view content,
                  const std::string& shown, bool durable) {
  const std::filesystem::path folder = path.parent_path();
  std::error_code ignored;
  std::filesystem::create_directories(folder, ignored);
  const std::filesystem::path temp =
      folder / fmt::format(".{}.tmp.{}", path.filename().string(), ::getpid());
  FileHandle file(::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
  if (file.get() < 0) {
    io_failure("cannot write", shown, errno);
  }
  // Keep the permissions of the file being replaced.
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) {
    ::fchmod(file.get(), info.st_mode & 07777);
  }
  int error = write_all(file.get(), content);
  if (error == 0 && durable && ::fsync(file.get()) != 0) {
    error = errno;
  }
  if (error == 0 && ::close(file.release()) != 0) {
    error = errno;
  }
  if (error == 0 && ::rename(temp.c_str(), path.c_str()) != 0) {
    error = errno;
  }
  if (error != 0) {
    ::unlink(temp.c_str());
    io_failure("cannot write", shown, error);
  }
  if (durable) {
    fsync_folder(folder);
  }
}

} // namespace

void write_file_atomic(const std::filesystem::path& path, std::string_view content,
                       const std::string& shown) {
  replace_file(path, content, shown, true);
}

void write_file_replace(const std::filesystem::path& path, std::string_view content,
                        const std::string& shown) {
  replace_file(path, content, shown, false);
}

void append_file_durable(const std::filesystem::path& path, std::string_view content,
                         const std::string& shown) {
  const std::filesystem::path folder = path.parent_path();
  std::error_code ignored;
  std::filesystem::create_directories(folder, ignored);
  const bool existed = std::filesystem::exists(path, ignored);
  const FileHandle file(::open(path.c_str(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0644));
  if (file.get() < 0) {
    io_failure("cannot write", shown, errno);
  }
  struct stat info {};
  if (::fstat(file.get(), &info) != 0) {
    io_failure("cannot write", shown, errno);
  }
  const off_t old_size = info.st_size;
  std::string text;
  if (old_size > 0) {
    char last = '\n';
    if (::pread(file.get(), &last, 1, old_size - 1) == 1 && last != '\n') {
      text += '\n';
    }
  }
  text += content;
  int error = write_all(file.get(), text);
  if (error == 0 && ::fsync(file.get()) != 0) {
    error = errno;
  }
  if (error != 0) {
    // Cut back a partial entry so the journal still parses.
    if (::ftruncate(file.get(), old_size) == 0) {
      ::fsync(file.get());
    }
    io_failure("cannot write", shown, error);
  }
  if (!existed) {
    fsync_folder(folder);
  }
}

void remove_file_durable(const std::filesystem::path& path, const std::string& shown) {
  if (::unlink(path.c_str()) != 0 && errno != ENOENT) {
    io_failure("cannot remove", shown, errno);
  }
  fsync_folder(path.parent_path());
}

LedgerLock::LedgerLock(const std::filesystem::path& folder, std::chrono::milliseconds timeout,
                       LockMode mode) {
  const std::filesystem::path path = folder / ".dues.lock";
  const bool shared = mode == LockMode::shared;
  // Readers never create the lock file: where there is none, no writer ever ran.
  FileHandle file(shared ? ::open(path.c_str(), O_RDONLY | O_CLOEXEC)
                         : ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644));
  if (file.get() < 0) {
    if (shared) {
      return; // no lock file, or one this user cannot open: nothing to wait for
    }
    io_failure("cannot lock the ledger at", ".dues.lock", errno);
  }
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  auto pause = std::chrono::milliseconds(1);
  while (::flock(file.get(), (shared ? LOCK_SH : LOCK_EX) | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      io_failure("cannot lock the ledger at", ".dues.lock", errno);
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      throw Error(ErrorKind::conflict,
                  fmt::format("another dues process is writing to this ledger (lock .dues.lock "
                              "held for more than {} ms); try again",
                              timeout.count()));
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(50));
  }
  m_fd = file.release();
}

LedgerLock::~LedgerLock() {
  if (m_fd >= 0) {
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
  }
}

} // namespace dues
