#include "bank/bank_file.hpp"

#include "bank/camt.hpp"
#include "bank/mt940.hpp"
#include "base/text.hpp"

#include <fmt/format.h>

#include <array>
#include <utility>

namespace dues::bank {

std::string_view input_format_name(InputFormat format) {
  switch (format) {
  case InputFormat::csv:
    return "csv";
  case InputFormat::camt053:
    return "camt053";
  case InputFormat::camt054:
    return "camt054";
  case InputFormat::mt940:
    return "mt940";
  }
  return "csv";
}

std::optional<InputFormat> input_format_named(std::string_view name) {
  const std::string lower = ascii_lower(name);
  if (lower == "csv") {
    return InputFormat::csv;
  }
  if (lower == "camt053" || lower == "camt.053" || lower == "camt") {
    return InputFormat::camt053;
  }
  if (lower == "camt054" || lower == "camt.054") {
    return InputFormat::camt054;
  }
  if (lower == "mt940" || lower == "mt942" || lower == "sta") {
    return InputFormat::mt940;
  }
  return std::nullopt;
}

InputFormat sniff_input_format(std::string_view bytes) {
  if (has_bom(bytes)) {
    bytes.remove_prefix(3);
  }
  while (!bytes.empty() && (bytes[0] == ' ' || bytes[0] == '\t' || bytes[0] == '\r'
                            || bytes[0] == '\n')) {
    bytes.remove_prefix(1);
  }
  if (bytes.starts_with('<')) {
    // The root element comes within the first few kilobytes (after the declaration and
    // comments); its namespace names the message.
    const std::string_view head = bytes.substr(0, 16384);
    return head.find("camt.054") != std::string_view::npos
                   && head.find("camt.053") == std::string_view::npos
               ? InputFormat::camt054
               : InputFormat::camt053;
  }
  if (bytes.starts_with("{1:")) {
    return InputFormat::mt940;
  }
  if (bytes.starts_with(":20:")) {
    return InputFormat::mt940;
  }
  return InputFormat::csv;
}

Statement read_standard_statement(InputFormat format, std::string_view bytes,
                                  const std::string& path, Diagnostics& diags) {
  switch (format) {
  case InputFormat::camt053:
  case InputFormat::camt054:
    return read_camt(bytes, path, diags);
  case InputFormat::mt940:
    return read_mt940(bytes, path, diags);
  case InputFormat::csv:
    break;
  }
  throw Error(ErrorKind::internal, "read_standard_statement: CSV needs a profile");
}

bool add_movement(std::optional<Money>& movements, const Money& movement) {
  const Money sum = movements.value_or(Money::zero(movement.currency()));
  if (sum.currency() != movement.currency()) {
    return false;
  }
  try {
    movements = sum + movement;
  } catch (const Error&) {
    return false; // beyond 64 bits of minor units: no bank statement holds that
  }
  return true;
}

void check_balances(const Statement& statement, Diagnostics& diags) {
  for (const StatementBalance& balance : statement.balances) {
    if (!balance.opening || !balance.closing || !balance.movements) {
      continue;
    }
    if (balance.opening->currency() != balance.closing->currency()
        || balance.movements->currency() != balance.opening->currency()) {
      diags.add(Error(ErrorKind::invalid_input, SourceLoc{statement.path, balance.line, 1},
                      fmt::format("statement '{}': the opening balance is in {}, the closing "
                                  "balance in {}",
                                  balance.statement, balance.opening->currency().code,
                                  balance.closing->currency().code)));
      continue;
    }
    std::optional<Money> expected = *balance.opening;
    if (!add_movement(expected, *balance.movements)) {
      continue; // cannot happen for amounts a bank writes
    }
    if (*expected != *balance.closing) {
      diags.add(Error(
          ErrorKind::invalid_input, SourceLoc{statement.path, balance.line, 1},
          fmt::format("statement '{}' does not tie out: opening balance {} plus booked movements "
                      "{} is {}, but its closing balance is {} (a difference of {})",
                      balance.statement, *balance.opening, *balance.movements, *expected,
                      *balance.closing, *balance.closing - *expected)));
    }
  }
}

std::string_view return_reason_text(std::string_view code) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 24> k_reasons = {{
      {"AC01", "incorrect account number"},
      {"AC04", "account closed"},
      {"AC06", "account blocked"},
      {"AC13", "debtor is a consumer"},
      {"AG01", "transaction forbidden on this account"},
      {"AG02", "invalid bank operation code"},
      {"AM04", "insufficient funds"},
      {"AM05", "duplicate collection"},
      {"BE05", "creditor not recognised"},
      {"CNOR", "creditor bank not registered"},
      {"DNOR", "debtor bank not registered"},
      {"FF01", "invalid file format"},
      {"FOCR", "return after a recall request"},
      {"MD01", "no mandate"},
      {"MD02", "mandate data missing or wrong"},
      {"MD06", "refund requested by the debtor"},
      {"MD07", "debtor deceased"},
      {"MS02", "refused by the debtor"},
      {"MS03", "reason not specified"},
      {"RC01", "bank identifier incorrect"},
      {"RR01", "debtor account or identification missing"},
      {"RR04", "regulatory reason"},
      {"SL01", "specific service of the debtor bank"},
      {"DUPL", "duplicate payment"},
  }};
  for (const auto& [known, words] : k_reasons) {
    if (known == code) {
      return words;
    }
  }
  return {};
}

} // namespace dues::bank
