#pragma once

#include "bank/statement.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dues::bank {

// The kinds of bank file `dues reconcile` reads. CSV goes through a profile; the others
// are standards and need none.
enum class InputFormat {
  csv,
  camt053, // ISO 20022 BankToCustomerStatement (end of day)
  camt054, // ISO 20022 BankToCustomerDebitCreditNotification
  mt940,   // SWIFT MT940 customer statement (MT942 interim reports read the same way)
};

// "csv", "camt053", "camt054", "mt940".
std::string_view input_format_name(InputFormat format);

// The format named on the command line (also "camt", "camt.053", "camt.054", "mt942",
// "sta"), or nullopt.
std::optional<InputFormat> input_format_named(std::string_view name);

// The format the content shows: XML whose root names camt.053 or camt.054, a SWIFT
// text whose first field is ":20:" (after an optional "{1:...}" header block), else CSV.
InputFormat sniff_input_format(std::string_view bytes);


// Reads a camt or MT940 file (not CSV, which needs a profile). File-wide problems
// (not XML, a wrong namespace, a DTD) throw Error(invalid_input); problems of one entry
// and balances that do not tie out are errors in `diags` at path:line:col.
Statement read_standard_statement(InputFormat format, std::string_view bytes,
                                  const std::string& path, Diagnostics& diags);

// Adds a booked movement to a statement's running sum; false (and the sum unchanged)
// when it is in another currency or the sum would overflow.
bool add_movement(std::optional<Money>& movements, const Money& movement);

// Adds an error for each statement whose opening balance plus its booked movements is
// not its closing balance, naming the statement.
void check_balances(const Statement& statement, Diagnostics& diags);

// The return reason codes of the ISO 20022 external code list that SEPA uses, in words
// ("AM04" -> "insufficient funds"); "" for a code not in the table.
std::string_view return_reason_text(std::string_view code);

} // namespace dues::bank
