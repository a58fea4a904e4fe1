#pragma once

#include "bank/encoding.hpp"
#include "base/error.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dues::bank {

// A column of a bank file, named by its header text or by its 1-based position.
struct ColumnRef {
  std::string name;
  int index = 0;   // 1-based; 0 when named
  SourceLoc where; // where the profile names it, for messages

  bool is_set() const { return index > 0 || !name.empty(); }
  // "'Betrag'" or "column 3", for messages.
  std::string describe() const;
};

// How a row says how much money moved and in which direction.
enum class AmountMode {
  signed_amount, // one column, negative for money going out
  credit_debit,  // two unsigned columns: money in, money out
  direction,     // one unsigned column and a column whose value says in or out
};

// Everything dues needs to know to read one bank's export: the profile data of
// docs/bank-profiles.md. bank/profile_reader reads it from TOML.
struct Profile {
  std::string name;
  std::string description;
  SourceLoc where; // the profile's table or file
  // Where each key was written, for messages ("decimal-mark" -> bank/x.toml:4:16).
  std::map<std::string, SourceLoc, std::less<>> key_places;

  // Where `key` was written, else where the profile starts.
  const SourceLoc& place_of(std::string_view key) const;

  // The file: encoding, CSV dialect, where the table starts and ends.
  Encoding encoding = Encoding::utf8;
  std::optional<Encoding> fallback_encoding; // tried when the text is not valid in `encoding`
  char delimiter = ',';
  char quote = '"';
  int skip_lines = 0;                     // physical lines before the header (or the data)
  bool header = true;                     // false: no header row, columns by position only
  std::vector<std::string> header_row;    // the header is the first line holding all of these
  std::vector<std::string> footer_prefix; // a row whose first cell starts so ends the table
  std::vector<std::string> footer_regex;  // ... or whose raw text matches (RE2 syntax)
  std::vector<std::string> ignore_prefix; // such rows are skipped, the table goes on
  std::vector<std::string> ignore_regex;
  // A data row with fewer cells than the header is an error (a cut file), unless the
  // bank drops trailing empty cells; even then a short last row without a line break is.
  bool short_rows = false;

  // Cleaning every cell.
  bool trim = true;               // spaces, TABs, no-break and ideographic spaces at both ends
  std::vector<std::string> strip; // texts removed from the start and end of every cell
  std::vector<std::string> currency_symbols{"¥", "￥", "$", "€", "£"}; // dropped from amounts

  // Dates and numbers.
  ColumnRef date;
  std::vector<std::string> date_formats{"%Y-%m-%d"};
  char decimal_mark = '.';
  std::string thousands_separator; // "" (none), ",", ".", "'", " "

  // Amounts.
  AmountMode amount_mode = AmountMode::signed_amount;
  ColumnRef amount;                  // signed_amount and direction
  ColumnRef credit;                  // credit_debit: money in
  ColumnRef debit;                   // credit_debit: money out
  ColumnRef direction;               // direction: the column saying in or out
  std::vector<std::string> incoming; // values of `direction` meaning money in
  std::vector<std::string> outgoing; // values meaning money out (empty: anything else)
  bool negate = false;               // the file shows money in as negative
  ColumnRef fee;                     // charges deducted before the money arrived
  ColumnRef gross; // instead of `amount`: the gross, fee included (PayPal, Stripe, Revolut)
  ColumnRef currency_column;
  std::string currency; // a fixed ISO 4217 code when no column gives it

  // Who paid and why.
  ColumnRef payer_name;
  ColumnRef payer_account;
  std::vector<ColumnRef> reference; // joined with a space
  ColumnRef bank_id;                // the bank's own id of the transaction
  ColumnRef status;
  std::vector<std::string> booked; // status values of booked rows; other rows are pending
};

// Checks that a profile can read a file: a date column, exactly one way to read
// amounts, a currency, regexes that compile, date formats dues understands. Every
// problem goes to `diags`, at the profile's place.
void check_profile(const Profile& profile, Diagnostics& diags);

} // namespace dues::bank
