#pragma once

#include "model/ledger.hpp"
#include "query/export_tables.hpp"

#include <filesystem>
#include <string>

namespace dues::store {

// Writes the export tables (query/export_tables) into a new SQLite database at `path`,
// with primary and foreign keys, indexes, and the views `balances`, `open_items` and
// `aging` (docs/export.md shows the schema and queries). `as_of` is the day the aging
// view ages from. The database is built in a temporary file beside `path` and renamed
// over it when complete. With a feed, documents are given their details a chunk at a
// time (query::DetailsFeed). Throws Error(environment) when it cannot be written.
void write_sqlite_export(const std::filesystem::path& path, const std::string& shown,
                         const Ledger& ledger, const query::ExportPeriod& period, const Date& as_of,
                         const query::DetailsFeed& feed = nullptr);

} // namespace dues::store
