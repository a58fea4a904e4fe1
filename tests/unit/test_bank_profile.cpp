#include "bank/profile.hpp"
#include "bank/values.hpp"

#include <doctest/doctest.h>

using namespace dues;
using namespace dues::bank;

namespace {

std::string number(std::string_view text, char mark = '.', std::string separator = ",") {
  const auto value = parse_bank_number(text, NumberStyle{mark, std::move(separator)});
  return value ? format_decimal(*value) : "refused";
}

std::string day(std::string_view text, std::string_view format) {
  const auto value = parse_bank_date(text, format);
  return value ? format_date(*value) : "refused";
}

Profile minimal() {
  Profile profile;
  profile.name = "test";
  profile.where = {"dues.toml", 3, 1};
  profile.date.name = "Date";
  profile.amount.name = "Amount";
  profile.currency = "EUR";
  return profile;
}

std::vector<std::string> problems(const Profile& profile) {
  Diagnostics diags;
  check_profile(profile, diags);
  std::vector<std::string> messages;
  for (const Error& error : diags.errors()) {
    messages.emplace_back(error.what());
  }
  return messages;
}

} // namespace

TEST_CASE("amounts with a decimal point and comma grouping") {
  CHECK(number("4250.00") == "4250");
  CHECK(number("4,250.00") == "4250");
  CHECK(number("1,234,567.89") == "1234567.89");
  CHECK(number("-1,284.56") == "-1284.56");
  CHECK(number("+12.5") == "12.5");
  CHECK(number("(34.56)") == "-34.56");
  CHECK(number("34.56-") == "-34.56");
  CHECK(number("\u221212.00") == "-12");
  CHECK(number("0.001") == "0.001");
}

TEST_CASE("decimal commas with point grouping") {
  CHECK(number("4.250,00", ',', ".") == "4250");
  CHECK(number("960,40", ',', ".") == "960.4");
  CHECK(number("-4,90", ',', ".") == "-4.9");
  CHECK(number("1.000", ',', ".") == "1000");
  CHECK(number("16.291,11", ',', ".") == "16291.11");
  CHECK(number("1 234,56", ',', " ") == "1234.56");
  CHECK(number("1'234.50", '.', "'") == "1234.5");
}

TEST_CASE("inconsistent grouping and stray marks are refused, not guessed") {
  CHECK(number("1.2345,00", ',', ".") == "refused");
  CHECK(number("10.999.99", '.', ",") == "refused");
  CHECK(number("10.999.99", ',', ".") == "refused");
  CHECK(number("1,2,3") == "refused");
  CHECK(number("12,34,567.00") == "refused");
  CHECK(number(",250.00") == "refused");
  CHECK(number("4,250.00", ',', ".") == "refused");
  CHECK(number("4,250.00", '.', "") == "refused");
  CHECK(number("4250,5", '.', "") == "refused");
  CHECK(number("1.000,00.5", ',', ".") == "refused");
  CHECK(number("12.") == "refused");
  CHECK(number("-") == "refused");
  CHECK(number("1e3") == "refused");
  CHECK(number("12.3456789012") == "refused");
  CHECK(number("EUR 12.00") == "refused");
}

TEST_CASE("bank date formats") {
  CHECK(day("03/18/2024", "%m/%d/%Y") == "2024-03-18");
  CHECK(day("3/5/2024", "%m/%d/%Y") == "2024-03-05");
  CHECK(day("18.03.2024", "%d.%m.%Y") == "2024-03-18");
  CHECK(day("20240318", "%Y%m%d") == "2024-03-18");
  CHECK(day("18-03-2024", "%d-%m-%Y") == "2024-03-18");
  CHECK(day("2024-03-17 14:22:10", "%Y-%m-%d %H:%M:%S") == "2024-03-17");
  CHECK(day("240318", "%y%m%d") == "2024-03-18");
  CHECK(day("18 Mar 2024", "%d %b %Y") == "2024-03-18");
  CHECK(day("March 18, 2024", "%b %d, %Y") == "2024-03-18");
  CHECK(day("100%18.03.2024", "100%%%d.%m.%Y") == "2024-03-18");
}

TEST_CASE("dates that do not fit the format or do not exist are refused") {
  CHECK(day("2024-02-30", "%Y-%m-%d") == "refused");
  CHECK(day("18.03.2024", "%m/%d/%Y") == "refused");
  CHECK(day("18.03.2024 extra", "%d.%m.%Y") == "refused");
  CHECK(day("24-03-18", "%Y-%m-%d") == "refused");
  CHECK(day("13/18/2024", "%m/%d/%Y") == "refused");
  CHECK(day("", "%Y-%m-%d") == "refused");
  CHECK(day("18 Foo 2024", "%d %b %Y") == "refused");
}

TEST_CASE("date formats are checked") {
  CHECK_FALSE(date_format_problem("%d.%m.%Y").has_value());
  CHECK(date_format_problem("%d.%m")
        == "it needs a year (%Y or %y), a month (%m or %b) and a "
           "day (%d)");
  CHECK(date_format_problem("%Y-%m-%e")
        == "unknown conversion '%e' (known: %Y %y %m %d %b %H "
           "%M %S %%)");
  CHECK(date_format_problem("%Y-%m-%d%") == "a '%' at the end");
}

TEST_CASE("a minimal profile is complete") {
  CHECK(problems(minimal()).empty());
}

TEST_CASE("an incomplete profile names what is missing") {
  Profile profile = minimal();
  profile.date = {};
  profile.currency.clear();
  profile.amount = {};
  CHECK(problems(profile)
        == std::vector<std::string>{"dues.toml:3:1: bank profile 'test': no 'date' column",
                                    "dues.toml:3:1: bank profile 'test': no amount column: set "
                                    "'amount' (signed), 'credit' and 'debit', or 'amount' with "
                                    "'direction' and 'incoming'",
                                    "dues.toml:3:1: bank profile 'test': no currency: set "
                                    "'currency' to a code such as \"EUR\", or 'currency-column'"});
}

TEST_CASE("profile combinations that cannot work") {
  Profile profile = minimal();
  profile.amount_mode = AmountMode::credit_debit;
  profile.credit = {"In", 0, {"bank/x.toml", 7, 10}};
  CHECK(
      problems(profile)
      == std::vector<std::string>{"bank/x.toml:7:10: bank profile 'test': 'credit' and 'debit' go "
                                  "together: set both columns",
                                  "dues.toml:3:1: bank profile 'test': 'amount' and 'direction' "
                                  "cannot be combined with 'credit' and 'debit'"});
  profile = minimal();
  profile.amount_mode = AmountMode::direction;
  profile.direction.name = "Af Bij";
  CHECK(problems(profile).size() == 1);
  profile = minimal();
  profile.currency = "EURO";
  profile.decimal_mark = ',';
  profile.thousands_separator = ",";
  profile.footer_regex = {"(unclosed"};
  profile.status.index = 3;
  CHECK(problems(profile)
        == std::vector<std::string>{"dues.toml:3:1: bank profile 'test': unknown currency 'EURO' "
                                    "(expected an ISO 4217 code)",
                                    "dues.toml:3:1: bank profile 'test': 'thousands-separator' "
                                    "cannot contain the decimal mark",
                                    "dues.toml:3:1: bank profile 'test': 'status' needs 'booked', "
                                    "the status values of booked rows",
                                    "dues.toml:3:1: bank profile 'test': 'footer-regex' is not a "
                                    "regular expression dues can use (RE2 syntax: no backreferences "
                                    "or lookaround): '(unclosed': missing ): (unclosed"});
}

TEST_CASE("without a header, columns go by position") {
  Profile profile = minimal();
  profile.header = false;
  CHECK(problems(profile).size() == 2);
  profile.date = {"", 1, {}};
  profile.amount = {"", 2, {}};
  CHECK(problems(profile).empty());
  CHECK(profile.amount.describe() == "column 2");
  CHECK(ColumnRef{"Betrag", 0, {}}.describe() == "column 'Betrag'");
}
