#include "bank/statement.hpp"

#include "bank/csv.hpp"
#include "bank/header.hpp"
#include "bank/line_key.hpp"
#include "bank/values.hpp"
#include "base/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>

#include <re2/re2.h>

namespace dues::bank {
namespace {

// Runs of white space (line breaks in quoted cells included) become one space.
std::string collapse_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += c;
  }
  return out;
}

// Cells that only say "nothing here".
bool is_placeholder(std::string_view text) {
  return text.empty() || text == "-" || text == "--" || text == "/";
}

bool same_word(std::string_view a, std::string_view b) {
  return ascii_lower(a) == ascii_lower(b);
}

bool contains_word(const std::vector<std::string>& words, std::string_view value) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& word) { return same_word(word, value); });
}

std::string decode(const Profile& profile, std::string_view bytes, const std::string& path,
                   Encoding& used) {
  used = profile.encoding;
  if (has_bom(bytes)) {
    used = Encoding::utf8; // a byte order mark leaves no doubt
    return decode_to_utf8(bytes, used, path);
  }
  if (!profile.fallback_encoding) {
    return decode_to_utf8(bytes, profile.encoding, path);
  }
  try {
    return decode_to_utf8(bytes, profile.encoding, path);
  } catch (const Error& first) {
    try {
      used = *profile.fallback_encoding;
      return decode_to_utf8(bytes, used, path);
    } catch (const Error&) {
      throw first; // the error of the encoding the profile names first
    }
  }
}

// RE2 matches in linear time without recursion: a 20,000-character cell cannot crash it
// the way std::regex did. check_profile has refused patterns RE2 cannot take.
using Patterns = std::vector<std::unique_ptr<re2::RE2>>;
Patterns compile(const std::vector<std::string>& patterns) {
  Patterns compiled;
  for (const std::string& pattern : patterns) {
    compiled.push_back(std::make_unique<re2::RE2>(pattern, re2::RE2::Quiet));
  }
  return compiled;
}

// Reads the data rows of one file once the columns are known.
class RowReader {
public:
  RowReader(const Profile& profile, const std::string& path, Statement& statement,
            Diagnostics& diags)
      : m_profile(profile), m_path(path), m_statement(statement), m_diags(&diags),
        m_footer(compile(profile.footer_regex)), m_ignore(compile(profile.ignore_regex)) {}

  // Turns every column of the profile into a position in the row.
  void resolve_columns() {
    m_date = position(m_profile.date);
    m_amount = position(m_profile.amount);
    m_credit = position(m_profile.credit);
    m_debit = position(m_profile.debit);
    m_direction = position(m_profile.direction);
    m_fee = position(m_profile.fee);
    m_currency = position(m_profile.currency_column);
    m_payer_name = position(m_profile.payer_name);
    m_payer_account = position(m_profile.payer_account);
    m_bank_id = position(m_profile.bank_id);
    m_status = position(m_profile.status);
    for (const ColumnRef& column : m_profile.reference) {
      m_reference.push_back(position(column));
    }
  }

  void read(const CsvRow& row);

private:
  std::optional<BankLine> parse(const CsvRow& row, std::optional<SkipReason>& skip_reason,
                                std::string& detail);
  std::optional<Money> signed_amount(const CsvRow& row, const Currency& currency,
                                     std::optional<SkipReason>& skip_reason, std::string& detail);
  static constexpr std::size_t k_none = static_cast<std::size_t>(-1);

  std::size_t position(const ColumnRef& column) const;
  bool boundary(const CsvRow& row);
  bool well_formed(const CsvRow& row); // no stray quote, not cut short
  std::string cell(const CsvRow& row, std::size_t index) const;
  std::string text_cell(const CsvRow& row, std::size_t index) const;
  void error(const CsvRow& row, std::size_t index, const std::string& message);
  std::optional<Decimal> number(const CsvRow& row, std::size_t index, std::string_view what);
  std::optional<Money> money(const CsvRow& row, std::size_t index, const Decimal& value,
                             const Currency& currency);
  const Currency* currency(const CsvRow& row);
  std::optional<Date> day(const CsvRow& row);
  void skip(int line, SkipReason reason, std::string detail,
            std::optional<BankLine> parsed = std::nullopt) {
    m_statement.skipped.push_back({line, reason, std::move(detail), std::move(parsed), {}});
  }

  const Profile& m_profile;
  const std::string& m_path;
  Statement& m_statement;
  Diagnostics* m_diags; // a scratch one while reading a pending row
  Patterns m_footer;
  Patterns m_ignore;
  bool m_in_footer = false;
  std::size_t m_date = k_none, m_amount = k_none, m_credit = k_none, m_debit = k_none,
              m_direction = k_none, m_fee = k_none, m_currency = k_none, m_payer_name = k_none,
              m_payer_account = k_none, m_bank_id = k_none, m_status = k_none;
  std::vector<std::size_t> m_reference;
};

std::size_t RowReader::position(const ColumnRef& column) const {
  if (!column.is_set()) {
    return k_none;
  }
  const auto& header = m_statement.header;
  if (column.index > 0
      && (header.empty() || static_cast<std::size_t>(column.index) <= header.size())) {
    return static_cast<std::size_t>(column.index - 1);
  }
  for (const bool exact : {true, false}) {
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (exact ? header[i] == column.name : same_word(header[i], column.name)) {
        return i;
      }
    }
  }
  std::string names;
  for (const std::string& name : header) {
    names += fmt::format("{}'{}'", names.empty() ? "" : ", ", name);
  }
  if (column.index > 0) { // a position past the header's last cell
    std::string key; // the profile key that names the column, found by where it is written
    for (const auto& [name, place] : m_profile.key_places) {
      if (place.path == column.where.path && place.line == column.where.line) {
        key = fmt::format("'{}' in ", name);
      }
    }
    throw Error(ErrorKind::invalid_input,
                column.where.path.empty() ? m_profile.where : column.where,
                fmt::format("{}bank profile '{}': {} is past the last column of {} (expected a "
                            "position from 1 to {}; line {} has {} cells: {})",
                            key, m_profile.name, column.describe(), m_path, header.size(),
                            m_statement.header_line, header.size(), names));
  }
  throw Error(ErrorKind::invalid_input, column.where.path.empty() ? m_profile.where : column.where,
              fmt::format("bank profile '{}': {} is not in the header of {} (line {} has {}){}",
                          m_profile.name, column.describe(), m_path, m_statement.header_line, names,
                          other_format_hint(m_statement.header)));
}

std::string RowReader::cell(const CsvRow& row, std::size_t index) const {
  if (index == k_none || index >= row.fields.size()) {
    return {};
  }
  return clean_cell(row.fields[index].text, m_profile);
}

std::string RowReader::text_cell(const CsvRow& row, std::size_t index) const {
  std::string text = collapse_spaces(cell(row, index));
  return is_placeholder(text) ? std::string() : text;
}

void RowReader::error(const CsvRow& row, std::size_t index, const std::string& message) {
  SourceLoc where{m_path, row.line, 1};
  if (index != k_none && index < row.fields.size()) {
    where = {m_path, row.fields[index].line, row.fields[index].column};
  }
  // A cell echoed in the message may be megabytes long: show its start.
  m_diags->add(Error(ErrorKind::invalid_input, where,
                     message.size() > 300 ? truncate_to_width(message, 200) : message));
}

// False, with an error, for a row with a stray quote or fewer cells than the header: a
// cut or broken file must not turn into receipts or "no amount" skips.
bool RowReader::well_formed(const CsvRow& row) {
  if (row.stray_quote.line > 0) {
    m_diags->add(Error(ErrorKind::invalid_input,
                       SourceLoc{m_path, row.stray_quote.line, row.stray_quote.column},
                       fmt::format("{} (a quoted cell is closed by the quote before its "
                                   "delimiter; a quote inside it is written twice: \"\")",
                                   row.stray_quote.text)));
    return false;
  }
  const std::size_t want = m_statement.header.size();
  if (row.fields.size() >= want || (m_profile.short_rows && row.line_end)) {
    return true;
  }
  const CsvField& last = row.fields.back();
  m_diags->add(Error(
      ErrorKind::invalid_input, SourceLoc{m_path, last.line, last.column},
      row.line_end ? fmt::format("the row has {} cells, the header {}; the row is cut short "
                                 "(bank profile '{}' may set 'short-rows = true' for a bank "
                                 "that drops trailing empty cells)",
                                 row.fields.size(), want, m_profile.name)
                   : fmt::format("the last row has {} cells, the header {}, and the file ends "
                                 "without a line break: the file looks truncated",
                                 row.fields.size(), want)));
  return false;
}

// True when the row is a footer or ignored row (recorded as skipped).
bool RowReader::boundary(const CsvRow& row) {
  const std::string first = row.fields.empty() ? std::string() : cell(row, 0);
  const auto prefixed = [&](const std::vector<std::string>& prefixes) {
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [&](const std::string& prefix) { return first.starts_with(prefix); });
  };
  const auto matches = [&](const Patterns& patterns) {
    return std::any_of(patterns.begin(), patterns.end(), [&](const auto& pattern) {
      return re2::RE2::PartialMatch(re2::StringPiece(row.raw.data(), row.raw.size()), *pattern);
    });
  };
  if (m_in_footer || prefixed(m_profile.footer_prefix) || matches(m_footer)) {
    m_in_footer = true;
    skip(row.line, SkipReason::footer, collapse_spaces(row.raw));
    return true;
  }
  if (prefixed(m_profile.ignore_prefix) || matches(m_ignore)) {
    skip(row.line, SkipReason::ignored, collapse_spaces(row.raw));
    return true;
  }
  return false;
}

std::optional<Decimal> RowReader::number(const CsvRow& row, std::size_t index,
                                         std::string_view what) {
  std::string text = cell(row, index);
  for (const std::string& symbol : m_profile.currency_symbols) {
    for (auto at = text.find(symbol); !symbol.empty() && at != std::string::npos;
         at = text.find(symbol)) {
      text.erase(at, symbol.size());
    }
  }
  text = std::string(trim_padding(text));
  if (is_placeholder(text)) {
    return std::nullopt;
  }
  const NumberStyle style{m_profile.decimal_mark, m_profile.thousands_separator};
  if (auto value = parse_bank_number(text, style)) {
    return value;
  }
  error(
      row, index,
      fmt::format("not {} with decimal mark '{}'{}: '{}'", what, m_profile.decimal_mark,
                  m_profile.thousands_separator.empty()
                      ? std::string(" and no thousands separator")
                      : fmt::format(" and thousands separator '{}'", m_profile.thousands_separator),
                  text));
  return std::nullopt;
}

std::optional<Money> RowReader::money(const CsvRow& row, std::size_t index, const Decimal& value,
                                      const Currency& currency) {
  if (auto amount = money_from_decimal(value, currency)) {
    return amount;
  }
  error(row, index,
        fmt::format("more decimals than {} has: '{}'", currency.code, format_decimal(value)));
  return std::nullopt;
}

const Currency* RowReader::currency(const CsvRow& row) {
  if (m_currency == k_none) {
    return find_currency(m_profile.currency);
  }
  std::string code = cell(row, m_currency);
  for (char& c : code) {
    c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  if (code.empty() && !m_profile.currency.empty()) {
    return find_currency(m_profile.currency);
  }
  const Currency* found = find_currency(code);
  if (found == nullptr) {
    error(row, m_currency, fmt::format("unknown currency (expected an ISO 4217 code): '{}'", code));
  }
  return found;
}

std::optional<Date> RowReader::day(const CsvRow& row) {
  const std::string text = cell(row, m_date);
  for (const std::string& format : m_profile.date_formats) {
    if (auto parsed = parse_bank_date(text, format)) {
      return parsed;
    }
  }
  std::string formats;
  for (const std::string& format : m_profile.date_formats) {
    formats += fmt::format("{}'{}'", formats.empty() ? "" : " or ", format);
  }
  error(row, m_date, fmt::format("not a date in the format {}: '{}'", formats, text));
  return std::nullopt;
}

// The amount with its sign (positive: money in), or nullopt with the reason the row has
// none, or nullopt after an error.
std::optional<Money> RowReader::signed_amount(const CsvRow& row, const Currency& currency,
                                              std::optional<SkipReason>& skip_reason,
                                              std::string& detail) {
  std::optional<Decimal> value;
  std::size_t column = m_amount;
  const std::size_t before = m_diags->errors().size();
  switch (m_profile.amount_mode) {
  case AmountMode::signed_amount:
    value = number(row, m_amount, "an amount");
    if (value && m_profile.negate) {
      value = Decimal(-value->mantissa(), value->scale());
    }
    break;
  case AmountMode::credit_debit: {
    const auto credit = number(row, m_credit, "an amount");
    const auto debit = number(row, m_debit, "an amount");
    const bool has_credit = credit && !credit->is_zero();
    const bool has_debit = debit && !debit->is_zero();
    if (has_credit && has_debit) {
      error(row, m_credit,
            fmt::format("both the credit and the debit cell hold an amount: '{}' "
                        "and '{}'",
                        format_decimal(*credit), format_decimal(*debit)));
      return std::nullopt;
    }
    column = has_debit ? m_debit : m_credit;
    const auto magnitude = has_debit ? debit : (credit ? credit : debit);
    if (magnitude) {
      const std::int64_t units =
          magnitude->mantissa() < 0 ? -magnitude->mantissa() : magnitude->mantissa();
      value = Decimal(has_debit ? -units : units, magnitude->scale());
    }
    break;
  }
  case AmountMode::direction: {
    value = number(row, m_amount, "an amount");
    const std::string way = collapse_spaces(cell(row, m_direction));
    const bool in = contains_word(m_profile.incoming, way);
    const bool out = m_profile.outgoing.empty() ? !in : contains_word(m_profile.outgoing, way);
    if (!in && !out) {
      // Neither in nor out: the row is skipped, its amount shown as written.
      skip_reason = SkipReason::other_direction;
      detail = fmt::format("direction '{}'", way);
    }
    if (value && (in || out)) {
      const std::int64_t units = value->mantissa() < 0 ? -value->mantissa() : value->mantissa();
      value = Decimal(in ? units : -units, value->scale());
    }
    break;
  }
  }
  if (m_diags->errors().size() > before) {
    return std::nullopt;
  }
  if (!value) {
    if (!skip_reason) {
      skip_reason = SkipReason::no_amount;
    }
    return std::nullopt;
  }
  return money(row, column, *value, currency);
}

std::optional<BankLine> RowReader::parse(const CsvRow& row, std::optional<SkipReason>& skip_reason,
                                         std::string& detail) {
  const std::size_t before = m_diags->errors().size();
  BankLine line;
  line.line_number = row.line;
  line.status = text_cell(row, m_status);
  const std::optional<Date> date = day(row);
  const Currency* currency = this->currency(row);
  line.payer_name = text_cell(row, m_payer_name);
  line.payer_account = text_cell(row, m_payer_account);
  line.bank_id = text_cell(row, m_bank_id);
  for (const std::size_t index : m_reference) {
    const std::string part = text_cell(row, index);
    if (!part.empty()) {
      line.reference += (line.reference.empty() ? "" : " ") + part;
    }
  }
  std::optional<Money> amount;
  if (currency != nullptr) {
    amount = signed_amount(row, *currency, skip_reason, detail);
    line.fee = Money::zero(*currency);
    if (const auto fee = number(row, m_fee, "a fee")) {
      const Decimal magnitude(fee->mantissa() < 0 ? -fee->mantissa() : fee->mantissa(),
                              fee->scale());
      line.fee = money(row, m_fee, magnitude, *currency).value_or(line.fee);
    }
    if (m_profile.gross.is_set() && amount && amount->is_positive()) {
      *amount -= line.fee; // what arrived; the payment records the fee beside it
    }
  }
  if (m_diags->errors().size() > before || !date || currency == nullptr) {
    return std::nullopt;
  }
  line.date = *date;
  line.amount = amount.value_or(Money::zero(*currency));
  return line;
}

void RowReader::read(const CsvRow& row) {
  if (row.is_blank()) {
    if (!m_in_footer) {
      skip(row.line, SkipReason::blank, {});
    }
    return;
  }
  ++m_statement.data_rows;
  if (boundary(row) || !well_formed(row)) {
    return;
  }
  const std::string status = text_cell(row, m_status);
  const bool pending = m_status != k_none && !contains_word(m_profile.booked, status);
  Diagnostics scratch; // a pending row is skipped, so its errors do not count
  Diagnostics* real = m_diags;
  if (pending) {
    m_diags = &scratch;
  }
  std::optional<SkipReason> reason;
  std::string detail;
  std::optional<BankLine> line = parse(row, reason, detail);
  m_diags = real;
  if (pending) {
    skip(row.line, SkipReason::pending, fmt::format("status '{}'", status), std::move(line));
    return;
  }
  if (reason) {
    skip(row.line, *reason, std::move(detail), std::move(line));
    return;
  }
  if (!line) {
    return; // the errors are in the diagnostics
  }
  if (line->amount.is_zero()) {
    skip(row.line, SkipReason::zero_amount, {}, std::move(line));
  } else if (line->amount.is_negative()) {
    skip(row.line, SkipReason::outgoing, {}, std::move(line));
  } else {
    m_statement.receipts.push_back(std::move(*line));
  }
}

} // namespace

std::string_view skip_reason_name(SkipReason reason) {
  switch (reason) {
  case SkipReason::blank:
    return "blank";
  case SkipReason::footer:
    return "footer";
  case SkipReason::ignored:
    return "ignored";
  case SkipReason::pending:
    return "pending";
  case SkipReason::no_amount:
    return "no amount";
  case SkipReason::zero_amount:
    return "zero amount";
  case SkipReason::outgoing:
    return "outgoing";
  case SkipReason::other_direction:
    return "not incoming";
  case SkipReason::returned:
    return "returned";
  }
  return "skipped";
}

Statement read_statement(const Profile& profile, std::string_view bytes, const std::string& path,
                         Diagnostics& diags, int max_rows) {
  Statement statement;
  statement.path = path;
  statement.profile = profile.name;
  const std::string text = decode(profile, bytes, path, statement.encoding);
  // Issue 19.7: a UTF-8 file declared cp1252 or latin1 decodes without an error, as
  // mojibake (MÃ¼ller); text that is valid multi-byte UTF-8 is almost never meant so.
  const bool mojibake =
      (statement.encoding == Encoding::cp1252 || statement.encoding == Encoding::latin1)
      && std::any_of(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) != 0; })
      && !find_invalid_utf8(bytes);
  if (mojibake) {
    diags.warn(Error(ErrorKind::invalid_input, SourceLoc{path, 1, 1},
                     fmt::format("the profile says encoding {}, but the file is valid UTF-8 "
                                 "with non-ASCII text: its names read as mojibake (MÃ¼ller for "
                                 "Müller); if so, remove 'encoding' from the profile",
                                 encoding_name(statement.encoding))));
  }
  CsvReader reader(text, CsvDialect{profile.delimiter, profile.quote});
  RowReader rows(profile, path, statement, diags);
  try {
    read_header(profile, reader, statement);
    rows.resolve_columns();
  } catch (const Error& error) {
    if (!mojibake) {
      throw;
    }
    // The header names do not match because they were decoded as mojibake: say so here,
    // where the reader stops (the warning above would be lost with the error).
    const std::string hint = fmt::format(
        "; the file is valid UTF-8 read as {} (mojibake): remove 'encoding' from the profile",
        encoding_name(statement.encoding));
    throw error.where() ? Error(error.kind(), *error.where(), error.message() + hint)
                        : Error(error.kind(), error.message() + hint);
  }
  CsvRow row;
  while ((max_rows <= 0 || statement.data_rows < max_rows) && reader.next(row)) {
    rows.read(row);
  }
  if (reader.unterminated().line > 0) {
    diags.add(Error(ErrorKind::invalid_input,
                    SourceLoc{path, reader.unterminated().line, reader.unterminated().column},
                    "a quoted cell is never closed (a '\"' is missing)"));
  }
  assign_keys(profile.name, statement.receipts);
  return statement;
}

} // namespace dues::bank
