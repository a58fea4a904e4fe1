#pragma once

#include "query/aging.hpp"

#include <ostream>

namespace dues::render {

// The aging report for people: one block per currency, a row per customer, totals.
void aging_table(std::ostream& out, const query::AgingReport& report, bool colour);

// One CSV record per customer and currency (and per open item with detail), with a
// header row. Amounts are canonical decimals.
void aging_csv(std::ostream& out, const query::AgingReport& report, bool detail);

// The documented JSON shape (docs/commands/aging.md), stable: keys are only added.
void aging_json(std::ostream& out, const query::AgingReport& report, bool detail);

} // namespace dues::render
