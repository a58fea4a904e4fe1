// libFuzzer harness: arbitrary bytes as a bank export. Every layer of bank/ must take
// them without crashing, hanging or reading out of bounds:
// - decode_to_utf8 in each encoding: valid UTF-8 out, or Error(invalid_input) at a line;
// - CsvReader with two dialects: every cell at a line and column inside the text;
// - read_statement with profiles built here that cover the shapes of
//   docs/bank-profiles.md (signed amount, credit/debit columns, amount + direction,
//   decimal comma with a preamble and a footer, GBK with a fallback, columns by
//   position without a header). A file-wide problem is an Error naming the file; a row
//   problem is an error in Diagnostics at the row's line; receipts are money received.
#include "bank/csv.hpp"
#include "bank/encoding.hpp"
#include "bank/statement.hpp"
#include "base/error.hpp"
#include "base/text.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

using namespace dues;
using namespace dues::bank;

namespace {

void require(bool condition) {
  if (!condition) {
    std::abort();
  }
}

// An error from reading `path` must name it; row errors also a line and column.
void require_located(const Error& error, const std::string& path, bool row) {
  require(error.where().has_value());
  require(error.where()->path == path);
  if (row) {
    require(error.where()->line >= 1 && error.where()->column >= 1);
  }
}

ColumnRef named(std::string name) {
  return ColumnRef{std::move(name), 0, {}};
}

ColumnRef at(int index) {
  return ColumnRef{{}, index, {}};
}

Profile signed_amount() {
  Profile profile;
  profile.name = "signed";
  profile.where = {"bank/signed.toml", 1, 1};
  profile.date = named("Date");
  profile.date_formats = {"%m/%d/%Y", "%Y-%m-%d"};
  profile.amount = named("Amount");
  profile.payer_name = named("Payer");
  profile.payer_account = named("Account");
  profile.reference = {named("Description"), named("Memo")};
  profile.currency = "USD";
  profile.fee = named("Fee");
  profile.status = named("Status");
  profile.booked = {"Completed", "Booked"};
  return profile;
}

Profile credit_debit() {
  Profile profile;
  profile.name = "creditdebit";
  profile.where = {"bank/creditdebit.toml", 1, 1};
  profile.skip_lines = 2;
  profile.date = named("日期");
  profile.amount_mode = AmountMode::credit_debit;
  profile.credit = named("收入");
  profile.debit = named("支出");
  profile.thousands_separator = ",";
  profile.payer_name = named("对方户名");
  profile.currency = "CNY";
  profile.footer_prefix = {"人民币合计"};
  return profile;
}

Profile direction() {
  Profile profile;
  profile.name = "direction";
  profile.where = {"bank/direction.toml", 1, 1};
  profile.encoding = Encoding::utf8;
  profile.fallback_encoding = Encoding::gbk;
  profile.header_row = {"time", "amount"};
  profile.date = named("time");
  profile.date_formats = {"%Y-%m-%d %H:%M:%S", "%d %b %y"};
  profile.amount_mode = AmountMode::direction;
  profile.amount = named("amount");
  profile.direction = named("dir");
  profile.incoming = {"收入", "in"};
  profile.outgoing = {"支出"};
  profile.currency_column = named("cur");
  profile.currency = "CNY";
  profile.bank_id = named("id");
  profile.strip = {"'", "\""};
  return profile;
}

Profile decimal_comma() {
  Profile profile;
  profile.name = "comma";
  profile.where = {"bank/comma.toml", 1, 1};
  profile.encoding = Encoding::latin1;
  profile.delimiter = ';';
  profile.header_row = {"Buchung", "Betrag"};
  profile.date = named("Buchung");
  profile.date_formats = {"%d.%m.%Y"};
  profile.decimal_mark = ',';
  profile.thousands_separator = ".";
  profile.amount = named("Betrag");
  profile.negate = true;
  profile.currency_column = at(3);
  profile.reference = {named("Verwendungszweck")};
  profile.footer_prefix = {"Kontostand"};
  profile.footer_regex = {"^(Summe|Total)[;:]"};
  profile.ignore_regex = {"^;*$"};
  profile.ignore_prefix = {"#"};
  return profile;
}

Profile gbk_by_position() {
  Profile profile;
  profile.name = "gbk";
  profile.where = {"bank/gbk.toml", 1, 1};
  profile.encoding = Encoding::gbk;
  profile.header = false;
  profile.skip_lines = 1;
  profile.date = at(1);
  profile.amount = at(2);
  profile.thousands_separator = " ";
  profile.payer_name = at(3);
  profile.payer_account = at(4);
  profile.reference = {at(5)};
  profile.currency = "JPY";
  return profile;
}

Profile cp1252_apostrophe() {
  Profile profile;
  profile.name = "cp1252";
  profile.where = {"bank/cp1252.toml", 1, 1};
  profile.encoding = Encoding::cp1252;
  profile.delimiter = '\t';
  profile.quote = '\'';
  profile.date = named("Valuta");
  profile.date_formats = {"%y%m%d"};
  profile.amount = named("Betrag");
  profile.thousands_separator = "'";
  profile.currency = "KWD";
  profile.trim = false;
  return profile;
}

const std::vector<Profile>& profiles() {
  static const std::vector<Profile> all = {signed_amount(), credit_debit(),    direction(),
                                           decimal_comma(), gbk_by_position(), cp1252_apostrophe()};
  return all;
}

void fuzz_decode(std::string_view bytes) {
  for (const Encoding encoding :
       {Encoding::utf8, Encoding::gbk, Encoding::gb18030, Encoding::cp1252, Encoding::latin1}) {
    try {
      const std::string text = decode_to_utf8(bytes, encoding, "bank.csv");
      require(!find_invalid_utf8(text));
    } catch (const Error& error) {
      require(error.kind() == ErrorKind::invalid_input);
      require_located(error, "bank.csv", true);
    }
  }
}

void fuzz_csv(std::string_view text) {
  for (const CsvDialect dialect : {CsvDialect{',', '"'}, CsvDialect{';', '\''}}) {
    CsvReader reader(text, dialect);
    CsvRow row;
    int last_line = 0;
    while (reader.next(row)) {
      require(row.line > last_line);
      last_line = row.line;
      require(row.raw.data() >= text.data()
              && row.raw.data() + row.raw.size() <= text.data() + text.size());
      for (const CsvField& field : row.fields) {
        require(field.line >= row.line && field.column >= 1);
      }
    }
    require(reader.unterminated().line == 0 || reader.unterminated().column >= 1);
  }
}

void fuzz_statement(std::string_view bytes) {
  for (const Profile& profile : profiles()) {
    Diagnostics diags;
    try {
      const Statement statement = read_statement(profile, bytes, "bank.csv", diags);
      for (const BankLine& line : statement.receipts) {
        require(line.line_number >= 1);
        require(!line.amount.is_negative() && !line.amount.is_zero());
        require(!line.fee.is_negative());
        require(line.key.starts_with(profile.name + ":"));
      }
      for (const SkippedRow& skipped : statement.skipped) {
        require(skipped.line_number >= 1);
      }
    } catch (const Error& error) {
      require(error.kind() == ErrorKind::invalid_input);
      // Undecodable bytes name the file; a missing header names the file or, for a
      // column the header lacks, the profile's place.
      require(error.where().has_value() && !error.where()->path.empty());
    }
    for (const Error& error : diags.errors()) {
      require_located(error, "bank.csv", true);
    }
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  fuzz_decode(bytes);
  if (!find_invalid_utf8(bytes)) {
    fuzz_csv(bytes);
  }
  fuzz_statement(bytes);
  return 0;
}
