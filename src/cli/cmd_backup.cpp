// privacy: dues backup FILE | backup --verify FILE | restore FILE DIR (docs/security.md).
// The archive is a POSIX tar (pax) compressed with zstd, written and read with libarchive
// (Debian libarchive-dev). It holds every regular file of the ledger folder (not .git,
// not the lock file) as read under the ledger lock, so it is consistent while writers
// run, and MANIFEST.sha256 last: "HEX  PATH" lines, as `sha256sum -c` reads them.
// Encrypted customer fields stay encrypted: files are copied byte for byte.
#include "base/file.hpp"
#include "cli/backup.hpp"
#include "crypt/hmac.hpp"

#include <archive.h>
#include <archive_entry.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <sstream>

namespace dues::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view k_manifest = "MANIFEST.sha256";
constexpr std::uint64_t k_member_limit = std::uint64_t{1} << 31U; // 2 GiB per file

struct Member {
  std::string path; // relative, with '/'
  std::string data;
};

// Every regular file of the ledger folder, sorted by path.
std::vector<Member> collect(const fs::path& dir, const fs::path& skip) {
  std::vector<Member> members;
  std::error_code ec;
  const fs::path skipped = fs::weakly_canonical(skip, ec);
  auto it = fs::recursive_directory_iterator(dir, fs::directory_options::none);
  for (; it != fs::recursive_directory_iterator(); ++it) {
    const fs::path& path = it->path();
    const std::string name = path.filename().string();
    if (it->is_directory() && (name == ".git")) {
      it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file() || it->is_symlink() || name == ".dues.lock"
        || fs::weakly_canonical(path, ec) == skipped) {
      continue;
    }
    const std::string relative = fs::relative(path, dir).generic_string();
    members.push_back({relative, read_file(path, relative, k_member_limit)});
  }
  std::sort(members.begin(), members.end(),
            [](const Member& a, const Member& b) { return a.path < b.path; });
  return members;
}

std::string manifest_of(const std::vector<Member>& members) {
  std::string text;
  for (const Member& member : members) {
    text += fmt::format("{}  {}\n", crypt::sha256_hex(member.data), member.path);
  }
  return text;
}

la_ssize_t append_to(struct archive* /*archive*/, void* client, const void* buffer,
                     std::size_t size) {
  static_cast<std::string*>(client)->append(static_cast<const char*>(buffer), size);
  return static_cast<la_ssize_t>(size);
}

void archive_check(struct archive* archive, int status, const std::string& what) {
  if (status < ARCHIVE_WARN) {
    const char* message = archive_error_string(archive);
    throw Error(ErrorKind::environment,
                fmt::format("{}: {}", what, message == nullptr ? "libarchive failed" : message));
  }
}

std::string write_archive(const std::vector<Member>& members, const std::string& name) {
  std::string bytes;
  struct archive* archive = archive_write_new();
  try {
    archive_check(archive, archive_write_set_format_pax_restricted(archive), name);
    archive_check(archive, archive_write_add_filter_zstd(archive), name);
    // No zero padding after the zstd frame: zstd would read it as a broken frame.
    archive_check(archive, archive_write_set_bytes_in_last_block(archive, 1), name);
    archive_check(archive, archive_write_open(archive, &bytes, nullptr, append_to, nullptr),
                  name);
    for (const Member& member : members) {
      struct archive_entry* entry = archive_entry_new();
      archive_entry_set_pathname(entry, member.path.c_str());
      archive_entry_set_size(entry, static_cast<la_int64_t>(member.data.size()));
      archive_entry_set_filetype(entry, AE_IFREG);
      archive_entry_set_perm(entry, 0600);
      const int status = archive_write_header(archive, entry);
      archive_entry_free(entry);
      archive_check(archive, status, name);
      if (!member.data.empty()
          && archive_write_data(archive, member.data.data(), member.data.size()) < 0) {
        archive_check(archive, ARCHIVE_FATAL, name);
      }
    }
    archive_check(archive, archive_write_close(archive), name);
  } catch (...) {
    archive_write_free(archive);
    throw;
  }
  archive_write_free(archive);
  return bytes;
}

// A path that stays inside the folder it is restored into.
bool is_safe_path(const std::string& path) {
  if (path.empty() || path.front() == '/') {
    return false;
  }
  std::istringstream parts(path);
  std::string part;
  while (std::getline(parts, part, '/')) {
    if (part.empty() || part == "." || part == "..") {
      return false;
    }
  }
  return true;
}

std::vector<Member> read_archive(const std::string& file) {
  std::vector<Member> members;
  struct archive* archive = archive_read_new();
  try {
    archive_read_support_filter_all(archive);
    archive_read_support_format_tar(archive);
    archive_check(archive, archive_read_open_filename(archive, file.c_str(), 65536), file);
    struct archive_entry* entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(archive, &entry)) == ARCHIVE_OK) {
      const char* name = archive_entry_pathname(entry);
      Member member{name == nullptr ? "" : name, {}};
      if (archive_entry_filetype(entry) != AE_IFREG || !is_safe_path(member.path)) {
        throw Error(ErrorKind::invalid_input,
                    fmt::format("{}: '{}' is not a ledger file (a regular file at a relative "
                                "path inside the folder); not a dues backup",
                                file, member.path));
      }
      char buffer[65536];
      la_ssize_t got = 0;
      while ((got = archive_read_data(archive, buffer, sizeof buffer)) > 0) {
        member.data.append(buffer, static_cast<std::size_t>(got));
      }
      archive_check(archive, got < 0 ? ARCHIVE_FATAL : ARCHIVE_OK, file);
      members.push_back(std::move(member));
    }
    archive_check(archive, status == ARCHIVE_EOF ? ARCHIVE_OK : status, file);
  } catch (...) {
    archive_read_free(archive);
    throw;
  }
  archive_read_free(archive);
  return members;
}

// Checks the members against the manifest; returns the problems, one line each.
std::vector<std::string> verify(const std::vector<Member>& members) {
  std::vector<std::string> problems;
  const auto manifest = std::find_if(members.begin(), members.end(),
                                     [](const Member& m) { return m.path == k_manifest; });
  if (manifest == members.end()) {
    return {fmt::format("no {}: not a dues backup", k_manifest)};
  }
  std::map<std::string, std::string> expected; // path -> hash
  std::istringstream lines(manifest->data);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.size() < 67 || line.compare(64, 2, "  ") != 0) {
      problems.push_back(fmt::format("{}: not a 'HEX  PATH' line: '{}'", k_manifest, line));
      continue;
    }
    expected[line.substr(66)] = line.substr(0, 64);
  }
  for (const Member& member : members) {
    if (member.path == k_manifest) {
      continue;
    }
    const auto it = expected.find(member.path);
    if (it == expected.end()) {
      problems.push_back(fmt::format("{}: not in the manifest", member.path));
      continue;
    }
    if (crypt::sha256_hex(member.data) != it->second) {
      problems.push_back(fmt::format("{}: sha256 differs from the manifest", member.path));
    }
    expected.erase(it);
  }
  for (const auto& [path, hash] : expected) {
    problems.push_back(fmt::format("{}: in the manifest, missing from the archive", path));
  }
  return problems;
}

std::vector<Member> verified_members(Context& ctx, const std::string& file) {
  std::vector<Member> members = read_archive(file);
  const std::vector<std::string> problems = verify(members);
  for (const std::string& problem : problems) {
    ctx.err << fmt::format("dues: error: {}: {}\n", file, problem);
  }
  if (!problems.empty()) {
    throw Error(ErrorKind::invalid_input,
                fmt::format("{} does not match its manifest; nothing was restored", file));
  }
  return members;
}

} // namespace

ExitCode run_backup(Context& ctx, const BackupOptions& options) {
  if (options.verify) {
    const std::vector<Member> members = verified_members(ctx, options.file);
    ctx.out << fmt::format("ok: {} files match {}\n", members.size() - 1, k_manifest);
    return ExitCode::ok;
  }
  const fs::path dir = ctx.ledger_dir();
  const fs::path target = ctx.working_dir / options.file;
  std::vector<Member> members;
  {
    // Writers hold the lock exclusively while they write: every write acknowledged
    // before this point is in the files read here, and none is half in them.
    const LedgerLock lock(dir, ctx.lock_timeout, LockMode::shared);
    members = collect(dir, target);
  }
  members.push_back({std::string(k_manifest), manifest_of(members)});
  const std::string bytes = write_archive(members, options.file);
  write_file_atomic(target, bytes, options.file);
  std::uint64_t size = 0;
  for (const Member& member : members) {
    size += member.data.size();
  }
  ctx.out << fmt::format("backed up {} files ({} bytes) to {} (tar + zstd, {} bytes), with {}\n",
                         members.size() - 1, size, options.file, bytes.size(), k_manifest);
  return ExitCode::ok;
}

ExitCode run_restore(Context& ctx, const RestoreOptions& options) {
  const fs::path dir = ctx.working_dir / options.dir;
  std::error_code ec;
  if (fs::exists(dir, ec) && !(fs::is_directory(dir, ec) && fs::is_empty(dir, ec))) {
    throw Error(ErrorKind::usage,
                fmt::format("{} is not an empty folder; restore into a new one", options.dir));
  }
  const std::vector<Member> members = verified_members(ctx, options.file);
  fs::create_directories(dir, ec);
  for (const Member& member : members) {
    if (member.path == k_manifest) {
      continue;
    }
    const fs::path path = dir / member.path;
    fs::create_directories(path.parent_path(), ec);
    write_file_atomic(path, member.data, member.path);
  }
  ctx.out << fmt::format("restored {} files into {}\n", members.size() - 1, options.dir);
  Context restored = ctx;
  restored.ledger_arg = dir;
  restored.cache_dir.reset();
  return run_check(restored);
}

} // namespace dues::cli
