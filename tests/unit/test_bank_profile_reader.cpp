#include "bank/profile_reader.hpp"

#include <doctest/doctest.h>

using namespace dues;
using namespace dues::bank;

namespace {

std::vector<std::string> messages(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const Error& error : diags.errors()) {
    out.emplace_back(error.what());
  }
  return out;
}

} // namespace

TEST_CASE("profiles in dues.toml [bank.NAME] tables") {
  const std::string text = R"toml(format = 1
[bank.ing-de]
description = "ING Deutschland"
encoding = "iso-8859-1"
delimiter = ";"
header-row = ["Buchung", "Betrag"]
date = "Buchung"
date-format = "%d.%m.%Y"
decimal-mark = ","
thousands-separator = "."
amount = "Betrag"
currency-column = 9
payer-name = "Auftraggeber/Empfänger"
reference = ["Buchungstext", "Verwendungszweck"]

[bank.icbc]
encoding = "utf-8"
fallback-encoding = "gbk"
skip-lines = 6
credit = "记账金额(收入)"
debit = "记账金额(支出)"
date = 1
currency = "CNY"
footer-prefix = "人民币合计"
status = "状态"
booked = ["成功"]
)toml";
  Diagnostics diags;
  const auto profiles = read_bank_profiles(text, "dues.toml", diags);
  CHECK(messages(diags).empty());
  REQUIRE(profiles.size() == 2);
  const Profile& ing = profiles[1].name == "ing-de" ? profiles[1] : profiles[0];
  CHECK(ing.encoding == Encoding::latin1);
  CHECK(ing.delimiter == ';');
  CHECK(ing.decimal_mark == ',');
  CHECK(ing.thousands_separator == ".");
  CHECK(ing.date_formats == std::vector<std::string>{"%d.%m.%Y"});
  CHECK(ing.amount_mode == AmountMode::signed_amount);
  CHECK(ing.currency_column.index == 9);
  CHECK(ing.reference.size() == 2);
  CHECK(ing.payer_name.where.line == 13);
  const Profile& icbc = profiles[1].name == "icbc" ? profiles[1] : profiles[0];
  CHECK(icbc.amount_mode == AmountMode::credit_debit);
  CHECK(icbc.fallback_encoding == Encoding::gbk);
  CHECK(icbc.skip_lines == 6);
  CHECK(icbc.date.index == 1);
  CHECK(icbc.footer_prefix == std::vector<std::string>{"人民币合计"});
}

TEST_CASE("a profile file holds one profile at the top level") {
  Diagnostics diags;
  const Profile profile = read_bank_profile_file(R"(date = "Date"
amount = "Amount"
direction = "Af Bij"
incoming = "Bij"
currency = "EUR"
delimiter = "tab"
)",
                                                 "bank/nl.toml", "nl", diags);
  CHECK(messages(diags).empty());
  CHECK(profile.name == "nl");
  CHECK(profile.delimiter == '\t');
  CHECK(profile.amount_mode == AmountMode::direction);
  CHECK(profile.where.path == "bank/nl.toml");
}

TEST_CASE("mistakes in a profile name file, line and column") {
  Diagnostics diags;
  read_bank_profile_file(R"(date = "Date"
amount = 0
encoding = "ebcdic"
delimiter = ";;"
skip-line = 3
currency = "EUR"
header-row = [1]
)",
                         "bank/x.toml", "x", diags);
  CHECK(messages(diags)
        == std::vector<std::string>{
            "bank/x.toml:3:12: 'encoding' in bank profile 'x' must be one of utf-8, gbk (cp936), "
            "gb18030, cp1252 (windows-1252), iso-8859-1 (latin1)",
            "bank/x.toml:4:13: 'delimiter' in bank profile 'x' must be one character such as "
            "\";\", or \"tab\"",
            "bank/x.toml:7:15: 'header-row' in bank profile 'x' must be a string or a list of "
            "strings",
            "bank/x.toml:2:10: 'amount' in bank profile 'x' must be a header name such as "
            "\"Amount\" or a position from 1",
            "bank/x.toml:5:1: unknown key 'skip-line' in bank profile 'x'"}); // not "no amount column" too
  Diagnostics broken;
  read_bank_profile_file("date = ", "bank/y.toml", "y", broken);
  REQUIRE(broken.errors().size() == 1);
  CHECK(std::string(broken.errors()[0].what()).starts_with("bank/y.toml:1:8: not valid TOML"));
}
