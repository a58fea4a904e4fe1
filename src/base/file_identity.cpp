#include "base/file_identity.hpp"

#include "base/hash.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <ctime>

namespace dues {
namespace {

std::int64_t nanoseconds(const struct timespec& at) {
  return static_cast<std::int64_t>(at.tv_sec) * 1'000'000'000 + at.tv_nsec;
}

constexpr std::int64_t k_racy_ns = 1'000'000'000;
constexpr std::uint64_t k_block = 4096;
constexpr std::uint64_t k_samples = 16;

} // namespace

std::optional<FileIdentity> file_identity(const std::filesystem::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) {
    return std::nullopt;
  }
  FileIdentity identity;
  identity.size = static_cast<std::uint64_t>(info.st_size);
  identity.inode = static_cast<std::uint64_t>(info.st_ino);
  identity.device = static_cast<std::uint64_t>(info.st_dev);
  identity.mtime_ns = nanoseconds(info.st_mtim);
  identity.ctime_ns = nanoseconds(info.st_ctim);
  return identity;
}

std::int64_t now_ns() {
  struct timespec now {};
  ::clock_gettime(CLOCK_REALTIME, &now);
  return nanoseconds(now);
}

bool identity_trusted(const FileIdentity& identity, std::int64_t seen_ns) {
  return identity.mtime_ns + k_racy_ns <= seen_ns && identity.ctime_ns + k_racy_ns <= seen_ns;
}

namespace {

// Reads exactly `size` bytes at `from` into `out`; false on an error or end of file.
bool pread_all(int fd, std::uint64_t from, std::uint64_t size, char* out) {
  std::uint64_t got = 0;
  while (got < size) {
    const ssize_t n = ::pread(fd, out + got, size - got, static_cast<off_t>(from + got));
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      return false;
    }
    got += static_cast<std::uint64_t>(n);
  }
  return true;
}

class InputFd {
public:
  explicit InputFd(const std::filesystem::path& path)
      : m_fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {}
  ~InputFd() {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
  }
  InputFd(const InputFd&) = delete;
  InputFd& operator=(const InputFd&) = delete;
  int get() const { return m_fd; }

private:
  int m_fd;
};

} // namespace

std::optional<std::string> read_range(const std::filesystem::path& path, std::uint64_t from,
                                      std::uint64_t size) {
  const InputFd fd(path);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  if (fd.get() < 0 || !pread_all(fd.get(), from, size, bytes.data())) {
    return std::nullopt;
  }
  return bytes;
}

std::string sample_hash(const std::filesystem::path& path, std::uint64_t size) {
  const InputFd fd(path);
  if (fd.get() < 0) {
    return {};
  }
  ContentHash hash;
  std::string block(k_block, '\0');
  const auto sample = [&](std::uint64_t at) {
    const std::uint64_t want = std::min(k_block, size - at);
    if (!pread_all(fd.get(), at, want, block.data())) {
      return false;
    }
    hash.add(std::string_view(block.data(), static_cast<std::size_t>(want)));
    return true;
  };
  for (std::uint64_t i = 0; i < k_samples; ++i) {
    if (!sample(size / k_samples * i)) {
      return {};
    }
  }
  if (!sample(size > k_block ? size - k_block : 0)) {
    return {};
  }
  hash.add(std::to_string(size));
  return hash.hex();
}

} // namespace dues
