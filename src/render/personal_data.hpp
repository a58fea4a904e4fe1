#pragma once

// privacy: `dues customer export-data` as JSON (one document, keys in a fixed order) or
// CSV (one table section,record,field,value; docs/security.md "Personal data export").
#include "query/personal_data.hpp"

#include <ostream>

namespace dues::render {

void personal_data_json(std::ostream& out, const query::DataNode& root);

// One row per value: `section` the top-level key (`master-data`, `documents`, ...; the
// export's own scalars under `export`), `record` the id of the array element (its `id`,
// else its position from 1; the customer id for objects), `field` the dotted path inside
// the record, lists numbered from 1 (`items.2.amount`), `value` the text (empty: none).
void personal_data_csv(std::ostream& out, const query::DataNode& root);

} // namespace dues::render
