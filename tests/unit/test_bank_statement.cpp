#include "bank/line_key.hpp"
#include "bank/statement.hpp"

#include <doctest/doctest.h>

using namespace dues;
using namespace dues::bank;

namespace {

Profile signed_profile() {
  Profile profile;
  profile.name = "chase";
  profile.where = {"bank/chase.toml", 1, 1};
  profile.date.name = "Posting Date";
  profile.date_formats = {"%m/%d/%Y"};
  profile.amount.name = "Amount";
  profile.reference = {ColumnRef{"Description", 0, {}}};
  profile.currency = "USD";
  return profile;
}

std::vector<std::string> errors_of(const Diagnostics& diags) {
  std::vector<std::string> messages;
  for (const Error& error : diags.errors()) {
    messages.emplace_back(error.what());
  }
  return messages;
}

} // namespace

TEST_CASE("signed amounts: money in becomes receipts, the rest is skipped with a reason") {
  const std::string file = "Details,Posting Date,Description,Amount,Type\n"
                           "CREDIT,03/18/2024,\"ACH  GLOBEX\",4250.00,ACH_CREDIT,\n"
                           "DEBIT,03/14/2024,FEE,-15.00,FEE,\n"
                           "\n"
                           "CREDIT,03/12/2024,nothing,,X,\n"
                           "CREDIT,03/11/2024,zero,0.00,X,\n";
  Diagnostics diags;
  const Statement statement = read_statement(signed_profile(), file, "chase.csv", diags);
  CHECK(diags.empty());
  CHECK(statement.header_line == 1);
  CHECK(statement.data_rows == 4);
  REQUIRE(statement.receipts.size() == 1);
  const BankLine& line = statement.receipts[0];
  CHECK(line.line_number == 2);
  CHECK(format_date(line.date) == "2024-03-18");
  CHECK(fmt::format("{}", line.amount) == "4250.00 USD");
  CHECK(line.fee.is_zero());
  CHECK(line.reference == "ACH GLOBEX");
  CHECK(line.key.starts_with("chase:"));
  CHECK(line.key.ends_with("#1"));
  REQUIRE(statement.skipped.size() == 4);
  CHECK(statement.skipped[0].reason == SkipReason::outgoing);
  CHECK(statement.skipped[0].parsed->amount.minor_units() == -1500);
  CHECK(statement.skipped[1].reason == SkipReason::blank);
  CHECK(statement.skipped[2].reason == SkipReason::no_amount);
  CHECK(statement.skipped[3].reason == SkipReason::zero_amount);
  CHECK(skip_reason_name(SkipReason::other_direction) == "not incoming");
}

TEST_CASE("decimal commas, a preamble found by its header cells, and ISO-8859-1") {
  Profile profile;
  profile.name = "ing-de";
  profile.encoding = Encoding::latin1;
  profile.delimiter = ';';
  profile.header_row = {"Buchung", "Betrag"};
  profile.date.name = "Buchung";
  profile.date_formats = {"%d.%m.%Y"};
  profile.decimal_mark = ',';
  profile.thousands_separator = ".";
  profile.amount.name = "Betrag";
  profile.currency_column.index = 9;
  profile.payer_name.name = "Auftraggeber/Empf\u00E4nger";
  profile.reference = {ColumnRef{"Verwendungszweck", 0, {}}};
  const std::string file = "Umsatzanzeige;Datei\n"
                           "Saldo;16.291,11;EUR\n"
                           "\n"
                           "Buchung;Valuta;Auftraggeber/Empf\xE4nger;Verwendungszweck;Saldo;"
                           "W\xE4hrung;Betrag;W\xE4hrung\n"
                           "18.03.2024;18.03.2024;M\xFCller & S\xF6hne KG;RE 2024-0043;1,00;EUR;"
                           "4.250,00;EUR\n";
  profile.currency_column.index = 8;
  Diagnostics diags;
  const Statement statement = read_statement(profile, file, "ing.csv", diags);
  CHECK(errors_of(diags).empty());
  CHECK(statement.header_line == 4);
  REQUIRE(statement.receipts.size() == 1);
  CHECK(statement.receipts[0].payer_name == "Müller & Söhne KG");
  CHECK(fmt::format("{}", statement.receipts[0].amount) == "4250.00 EUR");
}

TEST_CASE("credit and debit columns, padding, placeholders and a footer") {
  Profile profile;
  profile.name = "icbc";
  profile.skip_lines = 2;
  profile.date.name = "日期";
  profile.credit.name = "收入";
  profile.debit.name = "支出";
  profile.amount_mode = AmountMode::credit_debit;
  profile.thousands_separator = ",";
  profile.payer_name.name = "对方户名";
  profile.currency = "CNY";
  profile.footer_prefix = {"人民币合计"};
  const std::string file = "明细查询\n"
                           "卡号: 6222\n"
                           "日期,收入,支出,对方户名\n"
                           "2024-03-18\t,\"4,250.00   \t\",\"     \t\",\"某某科技  \t\"\n"
                           "2024-03-15\t,\"-\",\"1,250.00\t\",张三\n"
                           "2024-03-14,¥13.40,13.40,x\n"
                           "人民币合计,,,\"4,250.00\"\n"
                           "garbage after the footer,\n";
  Diagnostics diags;
  const Statement statement = read_statement(profile, file, "icbc.csv", diags);
  CHECK(errors_of(diags)
        == std::vector<std::string>{"icbc.csv:6:12: both the credit and the "
                                    "debit cell hold an amount: '13.4' and "
                                    "'13.4'"});
  REQUIRE(statement.receipts.size() == 1);
  CHECK(statement.receipts[0].payer_name == "某某科技");
  CHECK(fmt::format("{}", statement.receipts[0].amount) == "4250.00 CNY");
  REQUIRE(statement.skipped.size() == 3);
  CHECK(statement.skipped[0].reason == SkipReason::outgoing);
  CHECK(statement.skipped[0].parsed->amount.minor_units() == -125000);
  CHECK(statement.skipped[1].reason == SkipReason::footer);
  CHECK(statement.skipped[2].reason == SkipReason::footer);
}

TEST_CASE("an amount with a direction column; other directions are skipped") {
  Profile profile;
  profile.name = "wechat";
  profile.date.name = "time";
  profile.date_formats = {"%Y-%m-%d %H:%M:%S"};
  profile.amount_mode = AmountMode::direction;
  profile.amount.name = "amount";
  profile.direction.name = "dir";
  profile.incoming = {"收入"};
  profile.outgoing = {"支出"};
  profile.currency = "CNY";
  profile.bank_id.name = "id";
  const std::string file = "time,dir,amount,id\n"
                           "2024-03-15 16:20:11,收入,¥980.00,\"100005\t\"\n"
                           "2024-03-14 12:05:40,支出,¥13.40,\"420000\t\"\n"
                           "2024-03-13 08:00:00,/,¥500.00,\"100003\t\"\n";
  Diagnostics diags;
  const Statement statement = read_statement(profile, file, "wechat.csv", diags);
  CHECK(diags.empty());
  REQUIRE(statement.receipts.size() == 1);
  CHECK(statement.receipts[0].key == "wechat:100005");
  CHECK(statement.receipts[0].amount.minor_units() == 98000);
  REQUIRE(statement.skipped.size() == 2);
  CHECK(statement.skipped[0].reason == SkipReason::outgoing);
  CHECK(statement.skipped[1].reason == SkipReason::other_direction);
  CHECK(statement.skipped[1].detail == "direction '/'");
}

TEST_CASE("pending rows are skipped, even when their cells would not parse") {
  Profile profile = signed_profile();
  profile.status.name = "Status";
  profile.booked = {"Completed"};
  profile.fee.name = "Fee";
  const std::string file = "Posting Date,Description,Amount,Fee,Status\n"
                           "03/18/2024,INV-1,\"965.01\",\"-34.99\",Completed\n"
                           "03/19/2024,INV-2,soon,,Pending\n";
  Diagnostics diags;
  const Statement statement = read_statement(profile, file, "paypal.csv", diags);
  CHECK(diags.empty());
  REQUIRE(statement.receipts.size() == 1);
  CHECK(statement.receipts[0].fee.minor_units() == 3499);
  REQUIRE(statement.skipped.size() == 1);
  CHECK(statement.skipped[0].reason == SkipReason::pending);
  CHECK(statement.skipped[0].detail == "status 'Pending'");
}

TEST_CASE("identical rows get keys numbered by occurrence; bank ids key directly") {
  const std::string file = "Posting Date,Description,Amount\n"
                           "03/18/2024,coffee,4.20\n"
                           "03/18/2024,coffee,4.20\n"
                           "03/18/2024,tea,4.20\n";
  Diagnostics diags;
  const Statement statement = read_statement(signed_profile(), file, "c.csv", diags);
  REQUIRE(statement.receipts.size() == 3);
  const std::string first = statement.receipts[0].key;
  CHECK(first.ends_with("#1"));
  CHECK(statement.receipts[1].key == first.substr(0, first.size() - 1) + "2");
  CHECK(statement.receipts[2].key.ends_with("#1"));
  CHECK(statement.receipts[2].key != first);
  // The same rows in a longer file get the same keys.
  const Statement again = read_statement(
      signed_profile(), "Posting Date,Description,Amount\n03/19/2024,x,1.00\n" + file.substr(32),
      "d.csv", diags);
  CHECK(again.receipts[1].key == first);
}

TEST_CASE("rows with bad values are errors at their line and column; others still read") {
  Profile profile = signed_profile();
  profile.currency.clear();
  profile.currency_column.name = "Cur";
  const std::string file = "Posting Date,Description,Amount,Cur\n"
                           "02/30/2024,a,1.00,USD\n"
                           "03/01/2024,\"b\",1.2.3,USD\n"
                           "03/01/2024,c,1.001,usd\n"
                           "03/01/2024,d,1.00,XYZ\n"
                           "03/02/2024,e,2.00,usd\n";
  Diagnostics diags;
  const Statement statement = read_statement(profile, file, "bad.csv", diags);
  CHECK(errors_of(diags)
        == std::vector<std::string>{
            "bad.csv:2:1: not a date in the format '%m/%d/%Y': '02/30/2024'",
            "bad.csv:3:16: not an amount with decimal mark '.' and no thousands separator: "
            "'1.2.3'",
            "bad.csv:4:14: more decimals than USD has: '1.001'",
            "bad.csv:5:19: unknown currency (expected an ISO 4217 code): 'XYZ'"});
  REQUIRE(statement.receipts.size() == 1);
  CHECK(statement.receipts[0].line_number == 6);
}

TEST_CASE("files that cannot be read as a whole") {
  Profile profile = signed_profile();
  Diagnostics diags;
  CHECK_THROWS_WITH(read_statement(profile, "Date,Amount\n", "x.csv", diags),
                    "bank/chase.toml:1:1: bank profile 'chase': column 'Posting Date' is not in "
                    "the header of x.csv (line 1 has 'Date', 'Amount')");
  profile.header_row = {"Posting Date"};
  CHECK_THROWS_WITH(read_statement(profile, "a,b\n", "x.csv", diags),
                    "x.csv: no line holds the header cells 'Posting Date' (header-row of bank "
                    "profile 'chase')");
  CHECK_THROWS_WITH(read_statement(profile, "Posting Date\n\xFF", "x.csv", diags),
                    "x.csv:2:1: not valid utf-8 text: byte 0xFF at byte offset 13 (set "
                    "'encoding' in the bank profile)");
}

TEST_CASE("a fallback encoding is used when the first one does not decode") {
  Profile profile = signed_profile();
  profile.fallback_encoding = Encoding::gbk;
  profile.reference = {ColumnRef{"收入", 0, {}}};
  Diagnostics diags;
  const std::string gbk = "Posting Date,\xCA\xD5\xC8\xEB,Amount\n03/18/2024,x,1.00\n";
  const Statement statement = read_statement(profile, gbk, "g.csv", diags);
  CHECK(statement.encoding == Encoding::gbk);
  CHECK(statement.receipts.size() == 1);
}

TEST_CASE("no header: columns by position; max_rows stops early") {
  Profile profile;
  profile.name = "wf";
  profile.header = false;
  profile.date.index = 1;
  profile.date_formats = {"%m/%d/%Y"};
  profile.amount.index = 2;
  profile.reference = {ColumnRef{"", 5, {}}};
  profile.currency = "USD";
  const std::string file = "\"03/18/2024\",\"4250.00\",\"*\",\"\",\"FROM GLOBEX INV-2024-0042\"\n"
                           "\"03/15/2024\",\"-15.00\",\"*\",\"\",\"FEE\"\n"
                           "\"03/12/2024\",\"980.00\",\"*\",\"\",\"DEPOSIT\"\n";
  Diagnostics diags;
  const Statement statement = read_statement(profile, file, "wf.csv", diags, 2);
  CHECK(statement.header_line == 0);
  CHECK(statement.data_rows == 2);
  REQUIRE(statement.receipts.size() == 1);
  CHECK(statement.receipts[0].reference == "FROM GLOBEX INV-2024-0042");
}

TEST_CASE("a UTF-8 byte order mark wins over the profile's encoding") {
  Profile profile = signed_profile();
  profile.encoding = Encoding::gbk;
  profile.reference = {ColumnRef{"摘要", 0, {}}};
  Diagnostics diags;
  const Statement statement = read_statement(
      profile, "\xEF\xBB\xBFPosting Date,摘要,Amount\n03/18/2024,转账,1.00\n", "b.csv", diags);
  CHECK(statement.encoding == Encoding::utf8);
  REQUIRE(statement.receipts.size() == 1);
  CHECK(statement.receipts[0].reference == "转账");
}

TEST_CASE("keys: the same line in another file gets the same key; a bank id repeated is numbered") {
  BankLine line;
  line.date = *parse_date("2024-03-18");
  line.amount = *parse_money("10.00", *find_currency("EUR"));
  line.payer_name = "Globex";
  line.reference = "INV-1";
  std::vector<BankLine> first{line};
  std::vector<BankLine> second{line, line};
  assign_keys("giro", first);
  assign_keys("giro", second);
  CHECK(first[0].key == second[0].key);
  CHECK(second[1].key.ends_with("#2"));
  std::vector<BankLine> other_profile{line};
  assign_keys("sparkasse", other_profile);
  CHECK(other_profile[0].key.starts_with("sparkasse:"));
  line.payer_name = "GLOBEX"; // payer names compare without case
  std::vector<BankLine> upper{line};
  assign_keys("giro", upper);
  CHECK(upper[0].key == first[0].key);
  line.bank_id = "TX-1";
  std::vector<BankLine> ids{line, line};
  assign_keys("wise", ids);
  CHECK(ids[0].key == "wise:TX-1");
  CHECK(ids[1].key == "wise:TX-1#2");
}
