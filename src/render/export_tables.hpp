#pragma once

#include "model/ledger.hpp"
#include "query/export_tables.hpp"

#include <ostream>

namespace dues::render {

// One table as CSV: a header row of the column names, then one row per record
// (amounts in minor units, NULL as an empty cell).
// With a feed, documents are given their details a chunk at a time (query::DetailsFeed).
void write_table_csv(std::ostream& out, const Ledger& ledger, const query::ExportPeriod& period,
                     const query::TableSpec& table, const query::DetailsFeed& feed = nullptr);

// Every table as one JSON document: {"format": 1, "from", "to", "tables": {NAME: [rows]}},
// each row an object keyed by column name; amounts are integers of minor units.
void write_tables_json(std::ostream& out, const Ledger& ledger, const query::ExportPeriod& period,
                       const query::DetailsFeed& feed = nullptr);

} // namespace dues::render
