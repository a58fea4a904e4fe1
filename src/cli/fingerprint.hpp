#pragma once

// The key of a snapshot (cli/load.cpp): a fingerprint of every input of a ledger, and the
// proofs that let a later run take a journal file's part of it without reading the file.
#include "base/file_identity.hpp"
#include "cli/context.hpp"
#include "model/customer.hpp"
#include "syntax/settings.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace dues::cli {

// What a ledger is built from: settings and customers read, journal files named.
struct LedgerInputs {
  std::filesystem::path dir;
  syntax::Settings settings;
  std::vector<Customer> customers;
  std::vector<std::string> paths;
  std::string key;              // content fingerprint of every input file, when taken
  std::uint32_t last_lines = 0; // with the key: newlines in the last journal file
  bool last_ends_line = true;   //   and whether it ends with one (or is empty)
};

// A journal file as a run saw it: its identity, and the hash of its first `covered`
// bytes. A later run that finds the same identity (and the same sampled bytes), taken
// long enough after the file's last change (identity_trusted), uses the hash without
// reading the file.
struct JournalProof {
  std::string path;
  FileIdentity identity;
  std::uint64_t covered = 0;
  std::string hash;
  std::string sample;
};

struct Proofs {
  std::int64_t seen_ns = 0; // when the identities were taken (before reading any file)
  std::vector<JournalProof> journals;
};

// The fingerprint of the inputs of a build, as a snapshot key: "HASH SIZE LINES", where
// HASH covers every input file but only the first SIZE bytes of the last journal, which
// hold LINES newlines. With `limit`, SIZE is that limit and what follows it in the last
// journal is put in `tail`; a last journal shorter than the limit gives no key (""), and
// lines are not counted (the snapshot's key knows them): the key ends in "?".
struct Fingerprint {
  std::string key;
  std::uint64_t size = 0; // of the last journal's hashed part
  std::uint32_t lines = 0;
  bool ends_line = true;
  std::string tail;
  std::size_t journals_read = 0; // journal files hashed by reading them (not proven)
  Proofs seen;                   // what this fingerprint saw, for the next run
};

// `known`: proofs of an earlier run; journal files they prove are not read (only their
// identity and sampled bytes are), except the last file's text past `limit`.
Fingerprint fingerprint(const LedgerInputs& inputs, LoadMode mode,
                        std::optional<std::uint64_t> limit = std::nullopt,
                        const Proofs* known = nullptr);

// The proofs saved at `path`, or nullopt when there are none readable.
std::optional<Proofs> read_proofs(const std::filesystem::path& path);
// Saves proofs; a cache that cannot be written is no error.
void write_proofs(const std::filesystem::path& path, const Proofs& proofs);

} // namespace dues::cli
