#include "cli/fingerprint.hpp"

#include "base/file.hpp"
#include "base/hash.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iomanip>
#include <sstream>

namespace dues::cli {
namespace {

// How the proofs file begins; a different build's hash may differ, so DUES_VERSION too.
constexpr std::string_view k_proofs_magic = "dues-proofs-1 ";

// The proof of `path` in `known` when it holds for the file as it is now, else nullptr.
// `covered` is how much of the file the caller needs hashed (nullopt: all of it).
const JournalProof* proven(const Proofs* known, const std::string& path,
                           const std::optional<FileIdentity>& now,
                           const std::filesystem::path& file, std::optional<std::uint64_t> covered) {
  if (known == nullptr || !now) {
    return nullptr;
  }
  const auto it = std::find_if(known->journals.begin(), known->journals.end(),
                               [&](const JournalProof& proof) { return proof.path == path; });
  if (it == known->journals.end() || it->identity != *now
      || !identity_trusted(it->identity, known->seen_ns)
      || it->covered != covered.value_or(now->size) || it->covered > now->size
      || sample_hash(file, now->size) != it->sample) {
    return nullptr;
  }
  return &*it;
}

} // namespace

Fingerprint fingerprint(const LedgerInputs& inputs, LoadMode mode,
                        std::optional<std::uint64_t> limit, const Proofs* known) {
  namespace fs = std::filesystem;
  ContentHash hash;
  hash.add(DUES_VERSION);
  hash.add("validated: totals"); // snapshots of older builds did not check stored totals
  hash.add("per-file hashes");    // the layout of this key
  hash.add(mode == LoadMode::full ? "full" : "balances");
  std::error_code ec;
  std::vector<fs::path> settings_files{inputs.dir / "dues.toml", inputs.dir / "customers.toml"};
  if (fs::is_directory(inputs.dir / "recurring", ec)) {
    std::vector<fs::path> recurring;
    for (const auto& file : fs::directory_iterator(inputs.dir / "recurring", ec)) {
      recurring.push_back(file.path());
    }
    std::sort(recurring.begin(), recurring.end());
    settings_files.insert(settings_files.end(), recurring.begin(), recurring.end());
  }
  for (const fs::path& file : settings_files) {
    hash.add(file.lexically_relative(inputs.dir).string());
    hash.add(fs::is_regular_file(file, ec)
                 ? read_file(file, file.filename().string(), k_customers_limit)
                 : "");
  }
  Fingerprint result;
  result.seen.seen_ns = now_ns(); // before any identity is taken
  for (std::size_t i = 0; i < inputs.paths.size(); ++i) {
    const std::string& path = inputs.paths[i];
    const fs::path file = inputs.dir / path;
    const bool last = i + 1 == inputs.paths.size();
    hash.add(path);
    const std::optional<FileIdentity> identity = file_identity(file);
    std::uint64_t size = 0;
    std::string file_hash;
    // The last file's lines are counted by reading it, unless only a part is hashed.
    const JournalProof* proof = last && !limit ? nullptr
                                               : proven(known, path, identity, file,
                                                        last ? limit : std::nullopt);
    if (proof != nullptr) {
      size = proof->covered;
      file_hash = proof->hash;
      if (last) { // the text past the proven part, and whether the part ends a line
        const std::uint64_t from = size == 0 ? 0 : size - 1;
        const auto rest = read_range(file, from, identity->size - from);
        if (!rest) {
          return {};
        }
        result.ends_line = size == 0 || rest->front() == '\n';
        result.tail = size == 0 ? *rest : rest->substr(1);
      }
    } else {
      ++result.journals_read;
      ContentHash content; // journals are read in chunks: not kept in memory
      read_chunks(file, path, [&](std::string_view chunk) {
        if (last && limit && size + chunk.size() > *limit) {
          const auto keep = static_cast<std::size_t>(*limit - size);
          result.tail.append(chunk.substr(keep));
          chunk = chunk.substr(0, keep);
        }
        content.add_raw(chunk);
        size += chunk.size();
        if (last && !chunk.empty()) {
          if (!limit) {
            result.lines +=
                static_cast<std::uint32_t>(std::count(chunk.begin(), chunk.end(), '\n'));
          }
          result.ends_line = chunk.back() == '\n';
        }
      });
      file_hash = content.hex();
    }
    hash.add(file_hash);
    hash.add(std::to_string(size));
    if (identity) {
      result.seen.journals.push_back(
          {path, *identity, size, file_hash, sample_hash(file, identity->size)});
    }
    if (last) {
      result.size = size;
    }
  }
  if (limit && result.size != *limit) {
    return {}; // the last journal shrank: the snapshot is of another text
  }
  result.key = limit ? fmt::format("{} {} ?", hash.hex(), result.size)
                     : fmt::format("{} {} {}", hash.hex(), result.size, result.lines);
  return result;
}

std::optional<Proofs> read_proofs(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return std::nullopt;
  }
  try {
    std::istringstream in(read_file(path, path.string(), 1U << 24U));
    std::string magic;
    std::string version;
    Proofs proofs;
    if (!(in >> magic >> version >> proofs.seen_ns) || magic + " " != k_proofs_magic
        || version != DUES_VERSION) {
      return std::nullopt;
    }
    std::size_t count = 0;
    in >> count;
    for (std::size_t i = 0; i < count && in; ++i) {
      JournalProof proof;
      FileIdentity& id = proof.identity;
      in >> std::quoted(proof.path) >> id.size >> id.inode >> id.device >> id.mtime_ns
          >> id.ctime_ns >> proof.covered >> proof.hash >> proof.sample;
      proofs.journals.push_back(std::move(proof));
    }
    std::string end;
    if (!in || !(in >> end) || end != "end") {
      return std::nullopt;
    }
    return proofs;
  } catch (const Error&) { // an unreadable cache is no proof
  }
  return std::nullopt;
}

void write_proofs(const std::filesystem::path& path, const Proofs& proofs) {
  std::ostringstream out;
  out << k_proofs_magic << DUES_VERSION << ' ' << proofs.seen_ns << '\n'
      << proofs.journals.size() << '\n';
  for (const JournalProof& proof : proofs.journals) {
    const FileIdentity& id = proof.identity;
    out << std::quoted(proof.path) << ' ' << id.size << ' ' << id.inode << ' ' << id.device
        << ' ' << id.mtime_ns << ' ' << id.ctime_ns << ' ' << proof.covered << ' '
        << (proof.hash.empty() ? "-" : proof.hash) << ' '
        << (proof.sample.empty() ? "-" : proof.sample) << '\n';
  }
  out << "end\n";
  try {
    write_file_replace(path, out.str(), path.string());
  } catch (const Error&) { // best effort: the next run reads the journals again
  }
}

} // namespace dues::cli
