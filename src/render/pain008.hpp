#pragma once

#include <string>
#include <vector>

namespace dues::render {

// A SEPA direct debit initiation (ISO 20022 pain.008) as text, ready to write: built by
// `dues collect` from the collection plan. Amounts are strings with two decimals.
struct Pain008Transaction {
  std::string end_to_end; // the invoice id
  std::string amount;
  std::string mandate_id;
  std::string signed_on; // YYYY-MM-DD
  std::string debtor_name;
  std::string debtor_iban;
  std::string debtor_bic; // "" : NOTPROVIDED
  std::string remittance;
};

// One PmtInf: the transactions of one collection date, scheme and sequence type.
struct Pain008Batch {
  std::string id;
  std::string scheme;   // CORE | B2B
  std::string sequence; // FRST | RCUR | FNAL | OOFF
  std::string collection_date;
  std::string control_sum;
  std::vector<Pain008Transaction> transactions;
};

struct Pain008 {
  int version = 2; // pain.008.001.02 or .08
  std::string message_id;
  std::string created; // ISO date-time
  std::string creditor_name;
  std::string creditor_iban;
  std::string creditor_bic; // "" : NOTPROVIDED
  std::string creditor_id;
  std::string count;
  std::string control_sum;
  std::vector<Pain008Batch> batches;
};

// The XML document, UTF-8, every text escaped. Version 2 writes <BIC>, version 8 <BICFI>.
std::string pain008_xml(const Pain008& message);

} // namespace dues::render
