#pragma once

#include "model/ledger.hpp"
#include "query/export.hpp"

#include <ostream>
#include <vector>

namespace dues::render {

// Writes movements as a beancount, ledger or hledger journal: a header comment, the
// declarations the tool's strict checks want (beancount `open`, ledger and hledger
// `account` and `commodity`), then one transaction per movement in order. Streams:
// memory does not grow with the ledger beyond one transaction (and, with a feed, the
// documents' tax lines: query::TransactionBuilder). Same input, same bytes.
void write_journal_export(std::ostream& out, const Ledger& ledger,
                          const std::vector<query::ExportEvent>& movements,
                          const query::AccountMap& accounts, query::LedgerSyntax syntax,
                          const query::ExportPeriod& period,
                          const query::DetailsFeed& feed = nullptr);

} // namespace dues::render
