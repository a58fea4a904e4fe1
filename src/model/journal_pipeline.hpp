#pragma once

#include "base/error.hpp"
#include "syntax/journal_parser.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dues {

// Reads journal file `index` and calls `parse` with its text, which needs to live only
// during that call (build.hpp's JournalReader).
using JournalFileReader = std::function<void(
    std::size_t index, const std::function<void(std::string_view text)>& parse)>;

// Parses the journal files in order on a second thread while `sink` receives their
// entries on this one: a parse of a big ledger uses two cores. `sink` and `diags` see
// exactly what a parse of one file after the other on this thread gives, in the same
// order (errors, entries and unparsed ids interleaved as the parser made them);
// `starting(index, headers)` is called before the entries of each file, with its count
// of lines that start with a digit (entry headers: an upper bound of its entries).
// What `read` throws is thrown here, after the entries of the files before.
void parse_journals_in_parallel(const std::vector<std::string>& paths,
                                const JournalFileReader& read, syntax::EntrySink& sink,
                                Diagnostics& diags,
                                const std::function<void(std::size_t, std::size_t)>& starting);

} // namespace dues
