#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace dues {

// What the file system says about a file without reading it, as git's index keeps it:
// enough to tell, cheaply, that a file is the one seen before. Any write through the file
// system changes the size or the modification time; ctime (which no program can set
// back) catches a time restored with `touch -d`, the inode a file replaced by a rename.
struct FileIdentity {
  std::uint64_t size = 0;
  std::uint64_t inode = 0;
  std::uint64_t device = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;
  bool operator==(const FileIdentity&) const = default;
};

// The identity of a regular file (following links), or nullopt when there is none.
std::optional<FileIdentity> file_identity(const std::filesystem::path& path);

// The wall clock, in nanoseconds since 1970: what file times are compared with.
std::int64_t now_ns();

// Whether an identity seen at `seen_ns` can prove a file unchanged later: a file
// modified within a second of the moment its identity was taken may be modified again
// with the same size and time stamp (file systems keep coarse times): racily clean, as
// git calls it. Such a file must be read again.
bool identity_trusted(const FileIdentity& identity, std::int64_t seen_ns);

// `size` bytes of a file from offset `from`; nullopt when it cannot be read or is shorter.
std::optional<std::string> read_range(const std::filesystem::path& path, std::uint64_t from,
                                      std::uint64_t size);

// A hash of sampled parts of a file's first `size` bytes: the last 4 KiB and 16 blocks of
// 4 KiB spread evenly: a cheap second opinion besides the identity, never a proof.
// Empty when the file cannot be read or is shorter than `size`.
std::string sample_hash(const std::filesystem::path& path, std::uint64_t size);

} // namespace dues
