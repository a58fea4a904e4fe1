#include "model/customer.hpp"
#include "syntax/toml_reader.hpp"
#include "testutil.hpp"

#include <random>
#include <string>
#include <vector>

using dues::Diagnostics;
using dues::is_valid_email;
using dues::is_valid_iban;
using dues::is_valid_uscc;
using dues::test::messages;
using Messages = std::vector<std::string>;

namespace {

// GB 32100-2015 check character, computed here independently of the code under test:
// weights are 3^i mod 31 over the 31-character alphabet.
constexpr std::string_view k_alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

char uscc_check(std::string_view body) {
  int sum = 0;
  int weight = 1;
  for (const char c : body) {
    sum += static_cast<int>(k_alphabet.find(c)) * weight;
    weight = weight * 3 % 31;
  }
  return k_alphabet[static_cast<std::size_t>((31 - sum % 31) % 31)];
}

Messages customer_errors(std::string_view customers, std::string_view extra_settings = {}) {
  Diagnostics diags;
  const auto settings =
      dues::syntax::read_settings(dues::test::settings_toml(extra_settings), "dues.toml", diags);
  for (const auto& customer : dues::syntax::read_customers(customers, "customers.toml", diags)) {
    dues::check_customer(customer, settings, diags);
  }
  return messages(diags);
}

Messages settings_errors(std::string_view text) {
  Diagnostics diags;
  const auto settings = dues::syntax::read_settings(text, "dues.toml", diags);
  dues::check_settings(settings, diags);
  return messages(diags);
}

} // namespace

TEST_CASE("is_valid_email") {
  for (const char* email : {"ap@acme.example", "first.last+tag@sub.example.co.uk", "x@y.io",
                            "o'brien@example.ie", "用户@例子.中国", "a-b_c@d-e.fg"}) {
    CAPTURE(email);
    CHECK(is_valid_email(email));
  }
  for (const char* email : {"",
                            "@x.com",
                            "a@",
                            "a@b",
                            "a@b.c",
                            "a@@b.com",
                            "a@b@c.com",
                            "a b@c.com",
                            "a@b..com",
                            ".a@b.com",
                            "a.@b.com",
                            "a..b@c.com",
                            "a@-b.com",
                            "a@b-.com",
                            "a@.b.com",
                            "a@b.com.",
                            "a@b,com",
                            "<a@b.com>",
                            "a@b.com, c@d.com",
                            "a@b .com"}) {
    CAPTURE(email);
    CHECK_FALSE(is_valid_email(email));
  }
}

TEST_CASE("is_valid_iban: country length and mod 97 check digits") {
  for (const char* iban :
       {"DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "de89 3704 0044 0532 0130 00",
        "GB82 WEST 1234 5698 7654 32", "FR14 2004 1010 0505 0001 3M02 606", "NL91ABNA0417164300",
        "BE68539007547034", "NO9386011117947", "CH9300762011623852957"}) {
    CAPTURE(iban);
    CHECK(dues::looks_like_iban(iban));
    CHECK(is_valid_iban(iban));
  }
  for (const char* iban : {
           "DE89 3704 0044 0532 0130 01",  // wrong check digits
           "DE88 3704 0044 0532 0130 00",  // wrong check digits
           "DE89 3704 0044 0532 0130 0",   // too short for DE
           "DE81 3704 0044 0532 0130 000", // mod 97 passes, but DE has 22 characters
           "GB88WEST1234569876543",        // mod 97 passes, but GB has 22 characters
           "DE89-3704-0044-0532-0130-00",  // dashes are not spaces
           "DE89 3704 0044",               // too short for any IBAN
           "",
       }) {
    CAPTURE(iban);
    CHECK_FALSE(is_valid_iban(iban));
  }
  CHECK_FALSE(dues::looks_like_iban("1234 5678"));
  CHECK_FALSE(dues::looks_like_iban("D89"));
}

TEST_CASE("is_valid_uscc: computed check characters") {
  CHECK(uscc_check("91350100M000100Y4") == '3');
  CHECK(is_valid_uscc("91350100M000100Y43"));
  CHECK(is_valid_uscc("91110000802100433B"));
  CHECK_FALSE(is_valid_uscc("91350100M000100Y44"));
  CHECK_FALSE(is_valid_uscc("91350100M000100Y4"));   // 17 characters
  CHECK_FALSE(is_valid_uscc("91350100M000100Y433")); // 19 characters
  CHECK_FALSE(is_valid_uscc("91350100m000100Y43"));  // lower case
  CHECK_FALSE(is_valid_uscc("91350100I000100Y43"));  // I, O, S, V and Z are not used
  CHECK_FALSE(is_valid_uscc(""));
  std::mt19937 random(31);
  std::uniform_int_distribution<std::size_t> pick(0, k_alphabet.size() - 1);
  for (int round = 0; round < 300; ++round) {
    std::string body;
    for (int i = 0; i < 17; ++i) {
      body += k_alphabet[pick(random)];
    }
    const char check = uscc_check(body);
    CAPTURE(body);
    CHECK(is_valid_uscc(body + check));
    // Every other check character is wrong.
    const char wrong = k_alphabet[(k_alphabet.find(check) + 1 + pick(random) % 30) % 31];
    CHECK_FALSE(is_valid_uscc(body + wrong));
  }
}

TEST_CASE("check_customer reports each bad field where it was written") {
  CHECK(customer_errors(R"([acme]
name = "ACME"
emails = ["ok@acme.example", "bad@"]
bank-accounts = ["DE89 3704 0044 0532 0130 01", "1234 5678-90", "abc"]
country = "CN"
tax-id = "91350100M000100Y44"
currency = "XYZ"
terms = "net99"

[globex]
name = "Globex"
credit-limit = "10.001"

[initech]
name = "Initech"
credit-limit = "-5"
country = "CN"
tax-id = "91350100M000100Y43"
)")
        == Messages{"customers.toml:3:10: not a valid email address: 'bad@'",
                    "customers.toml:4:17: not a valid IBAN (length or check digits): 'DE89 3704 "
                    "0044 0532 0130 01'",
                    "customers.toml:4:17: not an IBAN or an account number of digits: 'abc'",
                    "customers.toml:6:10: not a valid unified social credit code (18 characters "
                    "with a check character): '91350100M000100Y44'",
                    "customers.toml:7:12: unknown currency 'XYZ' (expected an ISO 4217 code)",
                    "customers.toml:8:9: unknown terms 'net99' (not in [terms] of dues.toml)",
                    "customers.toml:12:16: not a valid EUR credit limit: '10.001'",
                    "customers.toml:16:16: not a valid EUR credit limit: '-5'"});
}

TEST_CASE("check_customer: names, ids, and codes outside China") {
  CHECK(customer_errors("[nameless]\nterms = \"net30\"\n")
        == Messages{"customers.toml:1:2: customer 'nameless' needs a name"});
  CHECK(customer_errors("[\"a b\"]\nname = \"x\"\n")
        == Messages{
            "customers.toml:1:2: not a valid customer id (letters, digits, '-', '_', '.', '/'): "
            "'a b'"});
  // A tax id is only checked as a USCC for Chinese customers.
  CHECK(customer_errors("[acme]\nname = \"ACME\"\ncountry = \"DE\"\ntax-id = \"DE123456789\"\n")
        == Messages{});
  CHECK(customer_errors("[acme]\nname = \"ACME\"\ncurrency = \"JPY\"\ncredit-limit = \"100\"\n")
        == Messages{});
  CHECK(customer_errors("[acme]\nname = \"ACME\"\ncurrency = \"JPY\"\ncredit-limit = \"100.5\"\n")
        == Messages{"customers.toml:4:16: not a valid JPY credit limit: '100.5'"});
}

TEST_CASE("check_settings: the parts of dues.toml fit together") {
  CHECK(settings_errors("format = 1\n")
        == Messages{"dues.toml:1:1: missing 'currency' in [company] (the default currency, such as "
                    "\"EUR\")"});
  CHECK(settings_errors("format = 1\n[company]\ncurrency = \"EURO\"\n")
        == Messages{
            "dues.toml:3:12: unknown currency 'EURO' in [company] (expected an ISO 4217 code)"});
  const std::string head = "format = 1\n[company]\ncurrency = \"EUR\"\n";
  CHECK(settings_errors(head + "[defaults]\nterms = \"net7\"\ntax = \"vat\"\n")
        == Messages{"dues.toml:5:9: [defaults] unknown terms 'net7' (not in [terms] of dues.toml)",
                    "dues.toml:6:7: [defaults] unknown tax code 'vat' (not in [taxes] of "
                    "dues.toml)"});
  CHECK(settings_errors(head + "[taxes.odd]\nrate = \"101%\"\n")
        == Messages{"dues.toml:4:1: [taxes.odd] rate must be from 0% to 100%"});
  CHECK(settings_errors(head + "[taxes.odd]\nrate = \"-1\"\n")
        == Messages{"dues.toml:4:1: [taxes.odd] rate must be from 0% to 100%"});
  CHECK(settings_errors(head
                        + "[terms.split]\ninstalments = [{ days = 30, share = \"50%\" }, { "
                          "days = 60, share = \"49.5%\" }]\n")
        == Messages{"dues.toml:4:1: [terms.split] instalment shares add up to 99.5%, not 100%"});
  CHECK(settings_errors(head
                        + "[terms.split]\ninstalments = [{ days = 30, share = \"33.333333334%\" "
                          "}, { days = 60, share = \"66.666666666%\" }]\n")
        == Messages{});
  CHECK(settings_errors(head + "[series.invoice]\nformat = \"INV-{year}\"\n")
        == Messages{"dues.toml:5:10: 'format' in [series.invoice] is not a series format such "
                    "as \"INV-{year}-{seq:04}\": it needs a {seq} or {seq:04} placeholder"});
  CHECK(settings_errors(head + "[series.gov]\nformat = \"\"\nexternal = true\n") == Messages{});
}
