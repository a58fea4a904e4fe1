#include "bank/mt940.hpp"

#include "bank/bank_file.hpp"
#include "bank/encoding.hpp"
#include "bank/line_key.hpp"
#include "bank/values.hpp"
#include "base/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <utility>

namespace dues::bank {
namespace {

// SWIFT wraps :86: at 65 characters, in the middle of words: a full line continues
// without a space, a shorter one ended where its writer wanted a break.
constexpr std::size_t k_line_width = 65;

// The keys of the Dutch slash form that dues reads or steps over.
constexpr std::array<std::string_view, 24> k_slash_keys = {
    "TRTP", "IBAN", "BIC",  "NAME", "REMI", "EREF", "MARF", "CSID", "RTRN", "PREF", "ORDP", "BENM",
    "ID",   "ADDR", "CNTP", "PURP", "ULTC", "ULTD", "SVCL", "ISDT", "EXCH", "CHGS", "RTYP", "INV"};

bool is_slash_key(std::string_view key) {
  return std::find(k_slash_keys.begin(), k_slash_keys.end(), key) != k_slash_keys.end();
}

void append(std::string& text, std::string_view part, std::string_view separator = " ") {
  if (!part.empty()) {
    text += (text.empty() ? "" : std::string(separator)) + std::string(part);
  }
}

// The value of a SEPA keyword ("EREF+") inside a German purpose text, up to the next
// keyword.
std::string sepa_keyword(std::string_view purpose, std::string_view keyword) {
  const std::size_t at = purpose.find(keyword);
  if (at == std::string_view::npos) {
    return {};
  }
  std::string_view rest = purpose.substr(at + keyword.size());
  std::size_t end = rest.size();
  for (const std::string_view other : {"EREF+", "KREF+", "MREF+", "CRED+", "SVWZ+", "ABWA+",
                                       "ABWE+", "DEBT+", "COAM+", "OAMT+", "IBAN+", "BIC+"}) {
    end = std::min(end, rest.find(other));
  }
  return std::string(trim(rest.substr(0, end)));
}

Mt940Details german_details(std::string_view text) {
  Mt940Details details;
  details.code = std::string(text.substr(0, 3));
  std::size_t at = text.find('?');
  while (at != std::string_view::npos && at + 3 <= text.size()) {
    const std::string_view number = text.substr(at + 1, 2);
    const std::size_t next = text.find('?', at + 3);
    const std::string_view value =
        text.substr(at + 3, next == std::string_view::npos ? std::string_view::npos : next - at - 3);
    const int n = is_ascii_digit(number[0]) && is_ascii_digit(number[1])
                      ? (number[0] - '0') * 10 + (number[1] - '0')
                      : -1;
    if (n == 0) {
      details.text = std::string(trim(value));
    } else if ((n >= 20 && n <= 29) || (n >= 60 && n <= 63)) {
      details.purpose += value; // fixed-width lines: a reference may be split across two
    } else if (n == 31) {
      details.account = std::string(trim(value));
    } else if (n == 32 || n == 33) {
      details.name += value;
    } else if (n == 34) {
      details.return_code = std::string(trim(value));
    }
    at = next;
  }
  details.name = std::string(trim(details.name));
  details.end_to_end = sepa_keyword(details.purpose, "EREF+");
  if (details.end_to_end == "NOTPROVIDED") {
    details.end_to_end.clear();
  }
  // With SEPA keywords, the remittance text is what follows SVWZ+.
  if (std::string remittance = sepa_keyword(details.purpose, "SVWZ+"); !remittance.empty()) {
    details.purpose = std::move(remittance);
  }
  return details;
}

Mt940Details dutch_details(std::string_view text) {
  Mt940Details details;
  // "/KEY/value/KEY/value...": a value runs to the next "/KEY/" of the known keys.
  std::vector<std::pair<std::string_view, std::string_view>> pairs;
  std::size_t at = 0;
  std::string_view key;
  std::size_t value_start = 0;
  while (at < text.size()) {
    const std::size_t close = text[at] == '/' ? text.find('/', at + 1) : std::string_view::npos;
    const std::string_view candidate =
        close == std::string_view::npos ? std::string_view() : text.substr(at + 1, close - at - 1);
    if (close != std::string_view::npos && is_slash_key(candidate)) {
      if (!key.empty()) {
        pairs.emplace_back(key, text.substr(value_start, at - value_start));
      }
      key = candidate;
      value_start = close + 1;
      at = close + 1;
      continue;
    }
    ++at;
  }
  if (!key.empty()) {
    pairs.emplace_back(key, text.substr(value_start));
  }
  for (auto [name, value] : pairs) {
    while (value.ends_with('/')) {
      value.remove_suffix(1);
    }
    value = trim(value);
    if (name == "TRTP") {
      details.code = std::string(value);
    } else if (name == "IBAN") {
      details.account = std::string(value);
    } else if (name == "NAME") {
      details.name = std::string(value);
    } else if (name == "EREF") {
      details.end_to_end = value == "NOTPROVIDED" ? std::string() : std::string(value);
    } else if (name == "RTRN") {
      details.return_code = std::string(value);
    } else if (name == "CNTP") {
      // ING: /CNTP/account/BIC/name/city/
      const std::vector<std::string_view> parts = split(value, '/');
      details.account = parts.empty() ? std::string() : std::string(parts[0]);
      details.name = parts.size() > 2 ? std::string(parts[2]) : details.name;
    } else if (name == "REMI") {
      // ABN AMRO and ING: "USTD//text", structured: "STRD/CUR/RF18...".
      for (const std::string_view prefix : {"USTD//", "STRD/CUR/", "STRD/ISO/", "STRD/BBA/"}) {
        if (value.starts_with(prefix)) {
          value.remove_prefix(prefix.size());
          break;
        }
      }
      append(details.purpose, value);
    }
  }
  return details;
}

bool is_german_form(std::string_view text) {
  return text.size() >= 4 && is_ascii_digit(text[0]) && is_ascii_digit(text[1])
         && is_ascii_digit(text[2]) && text[3] == '?';
}

bool is_dutch_form(std::string_view text) {
  if (!text.starts_with('/')) {
    return false;
  }
  const std::size_t close = text.find('/', 1);
  return close != std::string_view::npos && is_slash_key(text.substr(1, close - 1));
}

} // namespace

Mt940Details parse_mt940_details(std::string_view text) {
  if (is_german_form(text)) {
    return german_details(text);
  }
  if (is_dutch_form(text)) {
    return dutch_details(text);
  }
  Mt940Details details;
  details.purpose = std::string(trim(text));
  return details;
}

namespace {

struct Field {
  std::string tag;
  std::string value; // continuation lines joined
  int line = 0;
  int column = 0; // of the value
};

// Splits the text into fields; SWIFT blocks, blank lines and "-" trailers are skipped.
// Text before the first field means the file is not MT940: an Error.
std::vector<Field> split_fields(std::string_view text, const std::string& path) {
  std::vector<Field> fields;
  int number = 0;
  std::size_t previous_length = 0;
  for (std::string_view line : split(text, '\n')) {
    ++number;
    if (line.ends_with('\r')) {
      line.remove_suffix(1);
    }
    if (line.starts_with("{1:") || line.starts_with("{2:") || line.starts_with("{4:")) {
      const std::size_t body = line.find("{4:");
      line = body == std::string_view::npos ? std::string_view() : line.substr(body + 3);
    }
    if (line == "-" || line == "-}" || line.empty() || line.starts_with("-}")) {
      previous_length = 0;
      continue;
    }
    const std::size_t close = line.size() > 3 && line[0] == ':' ? line.find(':', 1) : 0;
    if (close != std::string_view::npos && close >= 3 && close <= 5 && is_ascii_digit(line[1])
        && is_ascii_digit(line[2])) {
      fields.push_back({std::string(line.substr(1, close - 1)), std::string(line.substr(close + 1)),
                        number, static_cast<int>(close) + 2});
      previous_length = line.size();
      continue;
    }
    if (fields.empty()) {
      throw Error(ErrorKind::invalid_input, SourceLoc{path, number, 1},
                  "not an MT940 statement: expected a field such as ':20:' at the start of "
                  "the line");
    }
    Field& last = fields.back();
    const bool full = previous_length >= k_line_width;
    const bool spaced = line.starts_with(' ') || last.value.ends_with(' ');
    last.value += (full || spaced || last.tag != "86" ? "" : " ");
    if (last.tag != "86") {
      last.value += "\n"; // :61: has a second line of supplementary details
    }
    last.value += line;
    previous_length = line.size();
  }
  return fields;
}

// Reads "1234,56" from the start of text.
std::optional<Money> read_amount(std::string_view digits, const Currency& currency) {
  std::string text(digits);
  if (text.ends_with(',')) {
    text.pop_back(); // "4250," has no decimals
  }
  const auto value = parse_bank_number(text, NumberStyle{',', ""});
  if (!value || value->mantissa() < 0) {
    return std::nullopt;
  }
  return money_from_decimal(*value, currency);
}

std::optional<Date> six_digit_date(std::string_view text) {
  if (text.size() < 6 || !std::all_of(text.begin(), text.begin() + 6, is_ascii_digit)) {
    return std::nullopt;
  }
  return parse_date(fmt::format("20{}-{}-{}", text.substr(0, 2), text.substr(2, 2),
                                text.substr(4, 2)));
}

class Mt940Reader {
public:
  Mt940Reader(const std::string& path, Statement& statement, Diagnostics& diags)
      : m_path(path), m_statement(statement), m_diags(diags) {}

  void read(const std::vector<Field>& fields);

private:
  void error(const Field& field, std::size_t offset, const std::string& message) {
    m_diags.add(Error(ErrorKind::invalid_input,
                      SourceLoc{m_path, field.line, field.column + static_cast<int>(offset)},
                      message));
  }
  std::optional<Money> balance(const Field& field, std::optional<Date>& day);
  void statement_line(const Field& field);
  void details(const Field& field);
  void finish();

  const std::string& m_path;
  Statement& m_statement;
  Diagnostics& m_diags;
  StatementBalance m_balance;
  bool m_open = false;
  const Currency* m_currency = nullptr;
  std::optional<BankLine> m_line; // the :61: waiting for its :86:
  bool m_credit = true;
  bool m_reversal = false;
  std::string m_return_code; // of the :86: of m_line
};

std::optional<Money> Mt940Reader::balance(const Field& field, std::optional<Date>& day) {
  // C|D YYMMDD CCY amount
  const std::string_view value = field.value;
  if (value.size() < 11 || (value[0] != 'C' && value[0] != 'D')) {
    error(field, 0, fmt::format("expected a balance 'C' or 'D', YYMMDD, currency, amount: '{}'",
                                value));
    return std::nullopt;
  }
  day = six_digit_date(value.substr(1));
  if (!day) {
    error(field, 1, fmt::format("not a date YYMMDD: '{}'", value.substr(1, 6)));
  }
  const Currency* currency = find_currency(value.substr(7, 3));
  if (currency == nullptr) {
    error(field, 7, fmt::format("unknown currency: '{}'", value.substr(7, 3)));
    return std::nullopt;
  }
  m_currency = currency;
  const auto money = read_amount(trim(value.substr(10)), *currency);
  if (!money) {
    error(field, 10, fmt::format("not an amount with a decimal comma: '{}'", value.substr(10)));
    return std::nullopt;
  }
  return value[0] == 'C' ? *money : -*money;
}

void Mt940Reader::statement_line(const Field& field) {
  ++m_statement.data_rows;
  const std::string_view value = field.value;
  const std::optional<Date> value_date = six_digit_date(value);
  if (!value_date) {
    error(field, 0, fmt::format("expected the value date YYMMDD: '{}'", value.substr(0, 6)));
    return;
  }
  std::size_t at = 6;
  Date day = *value_date;
  if (value.size() >= at + 4 && std::all_of(value.begin() + 6, value.begin() + 10, is_ascii_digit)) {
    // The entry (booking) date MMDD, in the value date's year or next to it.
    int year = static_cast<int>(value_date->year());
    const int month = (value[6] - '0') * 10 + (value[7] - '0');
    const auto value_month = static_cast<unsigned>(value_date->month());
    year += (month == 12 && value_month == 1) ? -1 : (month == 1 && value_month == 12) ? 1 : 0;
    const auto entry = parse_date(fmt::format("{}-{}-{}", year, value.substr(6, 2), value.substr(8, 2)));
    if (!entry) {
      error(field, 6, fmt::format("not an entry date MMDD: '{}'", value.substr(6, 4)));
      return;
    }
    day = *entry;
    at = 10;
  }
  m_reversal = value.substr(at).starts_with("RC") || value.substr(at).starts_with("RD");
  if (m_reversal) {
    ++at;
  }
  if (at >= value.size() || (value[at] != 'C' && value[at] != 'D')) {
    error(field, at, "expected the mark C, D, RC or RD");
    return;
  }
  // RD, the reversal of a debit, brings money in; RC takes it out.
  m_credit = value[at] == 'C' ? !m_reversal : m_reversal;
  ++at;
  if (at < value.size() && is_ascii_upper(value[at])) {
    ++at; // the funds code, the third letter of the currency
  }
  const std::size_t start = at;
  while (at < value.size() && (is_ascii_digit(value[at]) || value[at] == ',')) {
    ++at;
  }
  if (m_currency == nullptr) {
    error(field, 0, "a statement line before the opening balance (:60F:) names its currency");
    return;
  }
  const auto amount = read_amount(value.substr(start, at - start), *m_currency);
  if (!amount) {
    error(field, start,
          fmt::format("not an amount with a decimal comma: '{}'", value.substr(start, at - start)));
    return;
  }
  if (at + 4 > value.size() || (value[at] != 'N' && value[at] != 'F' && value[at] != 'S')) {
    error(field, at, "expected the transaction type (N, F or S and three characters)");
    return;
  }
  at += 4;
  const std::string_view first = value.substr(at, value.find('\n', at) - at);
  const std::size_t slashes = first.find("//");
  BankLine line;
  line.line_number = field.line;
  line.date = day;
  line.amount = m_credit ? *amount : -*amount;
  line.fee = Money::zero(*m_currency);
  line.status = "BOOK";
  if (slashes != std::string_view::npos) {
    line.bank_id = std::string(trim(first.substr(slashes + 2)));
  }
  const std::string customer_ref(trim(first.substr(0, slashes)));
  if (customer_ref != "NONREF") {
    line.reference = customer_ref;
  }
  if (m_balance.opening && (line.amount.currency() != m_balance.opening->currency()
                            || !add_movement(m_balance.movements, line.amount))) {
    error(field, start, "the movements of this statement do not add up in its currency");
    return;
  }
  m_line = std::move(line);
}

void Mt940Reader::details(const Field& field) {
  if (!m_line) {
    return; // :86: after the closing balance: information about the statement
  }
  const Mt940Details info = parse_mt940_details(field.value);
  BankLine& line = *m_line;
  line.payer_name = info.name;
  line.payer_account = info.account;
  std::string reference = info.purpose;
  if (!info.end_to_end.empty() && reference.find(info.end_to_end) == std::string::npos
      && line.reference.find(info.end_to_end) == std::string::npos) {
    append(reference, info.end_to_end);
  }
  append(line.reference, reference);
  if (!info.return_code.empty()) {
    m_reversal = true;
  }
  m_return_code = info.return_code;
}

void Mt940Reader::finish() {
  if (m_line) {
    BankLine line = std::move(*m_line);
    m_line.reset();
    const std::string code = std::exchange(m_return_code, std::string());
    if (m_reversal) {
      std::string detail = "reversal";
      if (!code.empty()) {
        const std::string_view words = return_reason_text(code);
        detail = words.empty() ? fmt::format("return, reason {}", code)
                               : fmt::format("return, reason {} ({})", code, words);
      }
      m_statement.skipped.push_back({line.line_number, SkipReason::returned, detail, line, code});
    } else if (!m_credit) {
      m_statement.skipped.push_back({line.line_number, SkipReason::outgoing, {}, line, {}});
    } else if (line.amount.is_zero()) {
      m_statement.skipped.push_back({line.line_number, SkipReason::zero_amount, {}, line, {}});
    } else {
      m_statement.receipts.push_back(std::move(line));
    }
  }
}

void Mt940Reader::read(const std::vector<Field>& fields) {
  const auto close_statement = [&] {
    finish();
    if (m_open && (m_balance.opening || m_balance.closing)) {
      if (m_balance.opening && !m_balance.movements) {
        m_balance.movements = Money::zero(m_balance.opening->currency());
      }
      m_statement.balances.push_back(std::move(m_balance));
    }
    m_balance = StatementBalance();
    m_open = false;
  };
  for (const Field& field : fields) {
    const std::string& tag = field.tag;
    if (tag != "86") {
      finish();
    }
    if (tag == "20") {
      close_statement();
      m_open = true;
      m_balance.statement = std::string(trim(field.value));
      m_balance.line = field.line;
    } else if (tag == "25") {
      m_balance.account = std::string(trim(field.value));
    } else if (tag == "28C" || tag == "28") {
      append(m_balance.statement, trim(field.value));
    } else if (tag == "60F" || tag == "60M") {
      m_balance.opening = balance(field, m_balance.opening_date);
    } else if (tag == "62F" || tag == "62M") {
      m_balance.closing = balance(field, m_balance.closing_date);
    } else if (tag == "61") {
      statement_line(field);
    } else if (tag == "86") {
      details(field);
      finish();
    } else if (tag == "34F") {
      m_currency = find_currency(std::string_view(field.value).substr(0, 3));
    } else if (tag != "21" && tag != "64" && tag != "65" && tag != "13D" && tag != "13"
               && tag != "90D" && tag != "90C") {
      m_diags.add(Error(ErrorKind::invalid_input, SourceLoc{m_path, field.line, 1},
                        fmt::format("unknown MT940 field ':{}:'", tag)));
    }
  }
  close_statement();
}

} // namespace

Statement read_mt940(std::string_view bytes, const std::string& path, Diagnostics& diags) {
  Statement statement;
  statement.path = path;
  statement.profile = "mt940";
  statement.format = "mt940";
  // SWIFT text is ASCII; German banks write umlauts in Latin-1 or Windows-1252.
  std::string text(bytes);
  if (find_invalid_utf8(bytes)) {
    text = decode_to_utf8(bytes, Encoding::cp1252, path);
    statement.encoding = Encoding::cp1252;
  }
  Mt940Reader reader(path, statement, diags);
  reader.read(split_fields(text, path));
  assign_keys(statement.profile, statement.receipts);
  return statement;
}

} // namespace dues::bank
