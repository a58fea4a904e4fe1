#pragma once

// Details on demand: the items, tax lines, discounts, terms and notes of a few documents
// of a ledger loaded with LoadMode::balances (which lets them go), read again from each
// document's own journal entry. Showing or crediting one invoice then costs that entry,
// not a parse of the whole journal (issue 16).
#include "model/ledger.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dues::cli {

// A journal file whose newlines were counted (the last one, with the snapshot's key): an
// entry in its second half is found by counting back from its end.
struct CountedFile {
  std::string path;
  std::uint32_t newlines = 0;
};

// Reads the details of many documents, in calls of any size (a report's period, an
// export a chunk at a time). Keeps each journal file mapped and places in it between
// calls, so documents read in chunks in about file order cost one pass over each file.
class DetailsReader {
public:
  DetailsReader(std::filesystem::path dir, std::optional<CountedFile> counted);
  ~DetailsReader();
  DetailsReader(const DetailsReader&) = delete;
  DetailsReader& operator=(const DetailsReader&) = delete;

  // Gives each of ledger.documents[i], i in `documents`, that has no details the details
  // a full load gives it. False when an entry cannot be read back exactly (as below).
  bool read(Ledger& ledger, std::vector<std::uint32_t> documents);

private:
  struct File;
  File* open(const Ledger& ledger, std::uint32_t index);
  std::filesystem::path m_dir;
  std::optional<CountedFile> m_counted;
  std::vector<std::unique_ptr<File>> m_files; // by syntax::Pos::file
};

// The documents (indexes) that `ids` name; ids of anything else are left out.
std::vector<std::uint32_t> documents_named(const Ledger& ledger,
                                           const std::vector<std::string>& ids);

// Gives each document named in `ids` the details a full load gives it (the same code
// fills them: model/entry_values.hpp). Ids that name no document are left for the
// caller to report. False when an entry cannot be read back exactly (not found at its
// line, another entry there, a parse error): the caller then loads the ledger in full.
bool read_details(const std::filesystem::path& dir, Ledger& ledger,
                  const std::vector<std::string>& ids, const std::optional<CountedFile>& counted);

} // namespace dues::cli
