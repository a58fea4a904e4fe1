#include "bank/profile.hpp"

#include "bank/values.hpp"
#include "base/money.hpp"

#include <fmt/format.h>

#include <re2/re2.h>

namespace dues::bank {
namespace {

void problem(Diagnostics& diags, const Profile& profile, const SourceLoc& where,
             const std::string& message) {
  diags.add(Error(ErrorKind::invalid_input, where.path.empty() ? profile.where : where,
                  fmt::format("bank profile '{}': {}", profile.name, message)));
}

// A problem with the value of one key, reported where the key was written.
void key_problem(Diagnostics& diags, const Profile& profile, std::string_view key,
                 const std::string& message) {
  problem(diags, profile, profile.place_of(key), message);
}

// True when the profile writes `key`: a column that is written but not set had a value
// of the wrong kind, reported where it is written; "no such column" would only repeat it.
bool written(const Profile& profile, std::string_view key) {
  return profile.key_places.find(key) != profile.key_places.end();
}

void check_amount_columns(const Profile& profile, Diagnostics& diags) {
  switch (profile.amount_mode) {
  case AmountMode::signed_amount:
    if (!profile.amount.is_set() && !written(profile, "amount") && !written(profile, "gross")) {
      problem(diags, profile, {},
              "no amount column: set 'amount' (signed), 'credit' and 'debit', or 'amount' "
              "with 'direction' and 'incoming'");
    }
    break;
  case AmountMode::credit_debit:
    if (!profile.credit.is_set() || !profile.debit.is_set()) {
      problem(diags, profile, profile.credit.is_set() ? profile.credit.where : profile.debit.where,
              "'credit' and 'debit' go together: set both columns");
    }
    if (profile.amount.is_set() || profile.direction.is_set()) {
      problem(diags, profile, profile.amount.where,
              "'amount' and 'direction' cannot be combined with 'credit' and 'debit'");
    }
    break;
  case AmountMode::direction:
    if (!profile.amount.is_set()) {
      problem(diags, profile, profile.direction.where, "'direction' needs an 'amount' column");
    }
    if (profile.incoming.empty()) {
      problem(diags, profile, profile.direction.where,
              "'direction' needs 'incoming', the values that mean money received");
    }
    break;
  }
}

void check_positional(const Profile& profile, const ColumnRef& column, Diagnostics& diags) {
  if (!column.name.empty()) {
    problem(diags, profile, column.where,
            fmt::format("the file has no header (header = false), so name columns by position, "
                        "not '{}'",
                        column.name));
  }
}

void check_regexes(const Profile& profile, const std::vector<std::string>& patterns,
                   std::string_view key, Diagnostics& diags) {
  for (const std::string& pattern : patterns) {
    const re2::RE2 compiled(pattern, re2::RE2::Quiet);
    if (!compiled.ok()) {
      key_problem(diags, profile, key,
                  fmt::format("'{}' is not a regular expression dues can use (RE2 syntax: no "
                              "backreferences or lookaround): '{}': {}",
                              key, pattern, compiled.error()));
    }
  }
}

} // namespace

const SourceLoc& Profile::place_of(std::string_view key) const {
  const auto it = key_places.find(key);
  return it == key_places.end() ? where : it->second;
}

std::string ColumnRef::describe() const {
  if (index > 0) {
    return fmt::format("column {}", index);
  }
  return fmt::format("column '{}'", name);
}

void check_profile(const Profile& profile, Diagnostics& diags) {
  if (!profile.date.is_set() && !written(profile, "date")) {
    problem(diags, profile, {}, "no 'date' column");
  }
  for (const std::string& format : profile.date_formats) {
    if (const auto why = date_format_problem(format)) {
      key_problem(diags, profile, "date-format", fmt::format("date format '{}': {}", format, *why));
    }
  }
  check_amount_columns(profile, diags);
  if (profile.gross.is_set() && !profile.fee.is_set()) {
    key_problem(diags, profile, "gross", "'gross' needs 'fee', the column of what was deducted");
  }
  if (profile.gross.is_set()
      && (profile.amount_mode == AmountMode::credit_debit
          || profile.amount.name != profile.gross.name || profile.amount.index != profile.gross.index)) {
    key_problem(diags, profile, "gross", "'gross' replaces 'amount'; not with 'credit' and 'debit'");
  }
  if (!profile.currency.empty() && find_currency(profile.currency) == nullptr) {
    key_problem(diags, profile, "currency",
                fmt::format("unknown currency '{}' (expected an ISO 4217 code)", profile.currency));
  }
  if (profile.currency.empty() && !profile.currency_column.is_set()
      && !written(profile, "currency") && !written(profile, "currency-column")) {
    problem(diags, profile, {},
            "no currency: set 'currency' to a code such as \"EUR\", or 'currency-column'");
  }
  if (profile.decimal_mark != '.' && profile.decimal_mark != ',') {
    key_problem(diags, profile, "decimal-mark", "'decimal-mark' must be \".\" or \",\"");
  }
  if (profile.thousands_separator.find(profile.decimal_mark) != std::string::npos) {
    key_problem(diags, profile, "thousands-separator",
                "'thousands-separator' cannot contain the decimal mark");
  }
  if (profile.delimiter == profile.quote || profile.delimiter == '\n'
      || profile.delimiter == '\r') {
    key_problem(diags, profile, "delimiter",
                "'delimiter' must differ from the quote and from line ends");
  }
  if (profile.status.is_set() && profile.booked.empty()) {
    problem(diags, profile, profile.status.where,
            "'status' needs 'booked', the status values of booked rows");
  }
  if (!profile.header) {
    for (const ColumnRef* column :
         {&profile.date, &profile.amount, &profile.credit, &profile.debit, &profile.direction,
          &profile.fee, &profile.currency_column, &profile.payer_name, &profile.payer_account,
          &profile.bank_id, &profile.status}) {
      check_positional(profile, *column, diags);
    }
    for (const ColumnRef& column : profile.reference) {
      check_positional(profile, column, diags);
    }
  }
  check_regexes(profile, profile.footer_regex, "footer-regex", diags);
  check_regexes(profile, profile.ignore_regex, "ignore-regex", diags);
}

} // namespace dues::bank
