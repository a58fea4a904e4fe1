#pragma once

#include "bank/statement.hpp"

#include <string>
#include <string_view>

namespace dues::bank {

// Reads an ISO 20022 camt.053 (BkToCstmrStmt/Stmt) or camt.054
// (BkToCstmrDbtCdtNtfctn/Ntfctn) file of versions .001.02 to .001.08, with or without
// a namespace prefix. Each booked credit transaction (every TxDtls of a batched Ntry)
// is a receipt: booking date, amount and currency, debtor name and IBAN, structured
// creditor references, unstructured remittance and EndToEndId joined as the reference,
// charges as the fee, AcctSvcrRef as the bank id. Pending entries are skipped as
// pending, debits as outgoing, reversals and returns as returned (with the reason
// code). Each statement's balances are kept (see StatementBalance).
//
// Hostile input: a DOCTYPE (and so any entity or DTD) is refused, only the five XML
// entities and character references are expanded, nothing is fetched. Malformed XML or
// a root that is not a camt.053/054 Document of a known version throws
// Error(invalid_input) at path:line:col; an entry that cannot be read is an error in
// `diags` at its line, the other entries are still read.
Statement read_camt(std::string_view bytes, const std::string& path, Diagnostics& diags);

} // namespace dues::bank
