#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace dues::render {

// The reconcile plan as text, ready to print: what `dues reconcile` found for each bank
// line and what it records (or would record). Built by the reconcile command from the
// statement, the matches and the ledger.
struct PlanApply {
  std::string invoice;
  std::string amount;
  std::string date;
};

struct PlanCandidate {
  std::string invoice;
  std::string customer;
  std::string open;
};

struct PlanLine {
  int line = 0;
  std::string status; // matched | ambiguous | unmatched | already-imported
  std::string date;
  std::string amount;
  std::string currency;
  std::string fee; // recorded fee, "" when none
  std::string payer_name;
  std::string payer_account;
  std::string reference;
  std::string key;
  int tier = -1;
  int confidence = 0;
  std::string customer;
  std::string payment; // the new payment's id, or the one already holding the key
  std::vector<PlanApply> applies;
  std::vector<PlanCandidate> candidates;
  std::vector<std::string> reasons;
};

struct PlanSkip {
  int line = 0;
  std::string reason; // pending, outgoing, footer, ...
  std::string detail;
  std::string date;
  std::string amount;
  std::string text;
};

// The balances a camt or MT940 statement states, for a person to tie out. Amounts
// "" when the statement does not give them.
struct PlanBalance {
  std::string statement;
  std::string account;
  std::string opening;
  std::string opening_date;
  std::string movements; // booked credits minus booked debits
  std::string closing;
  std::string closing_date;
  std::string currency;
};

struct ReconcilePlan {
  std::string file;
  std::string profile;
  std::string format = "csv";        // csv, camt.053.001.08, mt940, ...
  std::vector<PlanBalance> balances; // camt and MT940: one per statement
  bool applied = false;          // --apply: the matched lines were recorded
  std::vector<PlanLine> lines;   // money received, in file order
  std::vector<PlanSkip> skipped; // rows that are not receipts, in file order
};

// Sections for people: matched, ambiguous, unmatched, already imported, skipped, then a
// summary line. Only sections with lines are printed.
void reconcile_table(std::ostream& out, const ReconcilePlan& plan, bool colour);

// The documented JSON shape (docs/man/dues-reconcile.1.md). Amounts are strings.
void reconcile_json(std::ostream& out, const ReconcilePlan& plan);

// One row of --profile-check: how a profile read a row of the file.
struct CheckRow {
  int line = 0;
  std::string result; // "receipt", or why the row was skipped
  std::string date;
  std::string amount;
  std::string currency;
  std::string fee;
  std::string payer_name;
  std::string payer_account;
  std::string reference;
  std::string bank_id;
  std::string status;
};

struct ProfileCheck {
  std::string file;
  std::string profile;
  std::string encoding;
  int header_line = 0;
  std::vector<std::string> header;
  std::vector<CheckRow> rows; // in file order
  int errors = 0;
};

// The profile check for people: the header found, then a table of the parsed fields.
void profile_check_table(std::ostream& out, const ProfileCheck& check, bool colour);

// The same as JSON.
void profile_check_json(std::ostream& out, const ProfileCheck& check);

} // namespace dues::render
