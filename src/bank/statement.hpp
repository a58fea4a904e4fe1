#pragma once

#include "bank/profile.hpp"
#include "base/date.hpp"
#include "base/error.hpp"
#include "base/money.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dues::bank {

// One row of a bank export as dues understands it.
struct BankLine {
  int line_number = 0; // where the row starts in the file
  Date date;
  Money amount; // positive for money received; exact, never a float
  Money fee;    // charges deducted before the money arrived (zero when the file has none)
  std::string payer_name;
  std::string payer_account;
  std::string reference; // the reference and memo cells, joined with a space
  std::string bank_id;   // the bank's own id of the transaction, when the file has one
  std::string status;
  // The line's identity across imports: "PROFILE:BANK-ID" when the bank gives an id,
  // else "PROFILE:FINGERPRINT#N", the fingerprint being a hash of the normalised date,
  // amount, currency, payer and text, and N its occurrence in the file (so two
  // identical rows stay two payments). Stored as the payment's `bank` attribute.
  std::string key;
};

// Why a row of the table did not become a receipt.
enum class SkipReason {
  blank,           // every cell empty
  footer,          // at or after a footer row
  ignored,         // matched ignore-prefix / ignore-regex
  pending,         // status not among the booked values
  no_amount,       // the amount cells are empty
  zero_amount,     // the amount is zero
  outgoing,        // money going out
  other_direction, // the direction column says neither in nor out
  returned,        // a reversal or return of an earlier payment (camt RvslInd, RtrInf)
};

// "blank", "footer", "ignored", "pending", "no amount", "zero amount", "outgoing",
// "not incoming".
std::string_view skip_reason_name(SkipReason reason);

struct SkippedRow {
  int line_number = 0;
  SkipReason reason = SkipReason::blank;
  std::string detail;             // "status 'Pending'", "direction '/'", the footer text
  std::optional<BankLine> parsed; // the row's fields, when they could be read
  std::string return_code;        // sepa: a return's reason code (AM04, MD01, ...), if given
};

// The balances one statement of a file states (camt Bal OPBD/PRCD and CLBD, MT940
// :60F:/:62F:) and what its booked movements add up to, so a person can tie out.
struct StatementBalance {
  std::string statement; // the statement's id (camt Stmt/Id, MT940 :20: and :28C:)
  std::string account;   // camt Acct/Id/IBAN, MT940 :25:
  int line = 0;          // where the statement starts
  std::optional<Money> opening;
  std::optional<Date> opening_date;
  std::optional<Money> closing;
  std::optional<Date> closing_date;
  std::optional<Money> movements; // booked credits minus booked debits
};

// What a bank file holds, read through a profile.
struct Statement {
  std::string path;
  std::string profile;
  Encoding encoding = Encoding::utf8; // the one that decoded the file
  int header_line = 0;                // 0 when the file has no header
  std::vector<std::string> header;
  std::vector<BankLine> receipts;  // booked money received, in file order
  std::vector<SkippedRow> skipped; // in file order
  int data_rows = 0;               // rows after the header, blank ones not counted
  std::string format = "csv";      // csv, camt.053.001.08, camt.054.001.02, mt940, ...
  std::vector<StatementBalance> balances; // camt and MT940 only
};

// Reads a bank export with a profile: decodes it, skips the preamble, finds the header,
// reads each row until the footer. A file that cannot be read as a whole (undecodable
// bytes, no header, a column the header lacks) throws Error(invalid_input). A row that
// cannot be read (a bad date or amount) is an error in `diags` naming path:line:col and
// is left out; the other rows are still read. `max_rows` > 0 stops after that many data
// rows (for --profile-check).
Statement read_statement(const Profile& profile, std::string_view bytes, const std::string& path,
                         Diagnostics& diags, int max_rows = 0);

} // namespace dues::bank
