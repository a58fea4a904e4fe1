#include "model/security.hpp"
#include "syntax/toml_reader.hpp"
#include "testutil.hpp"

#include <string>
#include <vector>

// privacy (issue 20): [security] encrypt = ["mandate"] covers the mandate's IBAN and BIC.

using dues::Diagnostics;
using dues::syntax::CustomerRecord;
using dues::syntax::read_customers;
using dues::syntax::read_settings;
using dues::syntax::Settings;

namespace {

constexpr std::string_view k_customers = R"([globex]
name = "Globex GmbH"

[globex.mandate]
id = "GLOBEX-001"
signed = "2023-11-02"
iban = "DE89 3704 0044 0532 0130 00"
bic = "COBADEFFXXX"
)";

Settings settings_with(std::string_view encrypt) {
  Diagnostics diags;
  Settings settings = read_settings(
      dues::test::settings_toml(fmt::format("[security]\nencrypt = {}\nrecipients = "
                                            "[\"age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2"
                                            "kg5sfn9aqmcac8p\"]\n",
                                            encrypt)),
      "dues.toml", diags);
  REQUIRE(diags.empty());
  return settings;
}

std::vector<CustomerRecord> customers(std::string_view text) {
  Diagnostics diags;
  auto records = read_customers(text, "customers.toml", diags);
  REQUIRE(diags.empty());
  return records;
}

} // namespace

TEST_CASE("security: the mandate's values are its IBAN and BIC, each under its own key") {
  auto records = customers(k_customers);
  CustomerRecord& globex = records.front();
  const auto values = dues::field_values(globex, "mandate");
  REQUIRE(values.size() == 2);
  CHECK(*values[0] == "DE89 3704 0044 0532 0130 00");
  CHECK(dues::value_key(globex, "mandate", values[0]) == "mandate.iban");
  CHECK(dues::value_key(globex, "mandate", values[1]) == "mandate.bic");
  CHECK(dues::field_loc(globex, "mandate.bic").line == 8);
  CHECK(dues::field_loc(globex, "mandate").line == 7);
  CHECK(dues::value_key(globex, "bank-accounts", values[0]) == "bank-accounts");
}

TEST_CASE("security: a clear mandate is an error per value while encrypt lists it") {
  const auto records = customers(k_customers);
  Diagnostics diags;
  dues::check_encrypted_values(records, settings_with("[\"mandate\"]"), diags);
  CHECK(dues::test::messages(diags)
        == std::vector<std::string>{
            "customers.toml:7:8: customer 'globex': mandate.iban is stored in clear, but "
            "[security] encrypt lists mandate; run 'dues security rekey' to encrypt it",
            "customers.toml:8:7: customer 'globex': mandate.bic is stored in clear, but "
            "[security] encrypt lists mandate; run 'dues security rekey' to encrypt it"});
  Diagnostics none;
  dues::check_encrypted_values(records, settings_with("[]"), none);
  CHECK(none.empty());
}

TEST_CASE("security: 'mandate' may be listed, 'phone' is no customer field") {
  Diagnostics diags;
  dues::check_security_settings(settings_with("[\"mandate\", \"address\"]"), diags);
  CHECK(diags.empty());
  dues::check_security_settings(settings_with("[\"phone\"]"), diags);
  CHECK(dues::test::messages(diags)
        == std::vector<std::string>{
            "dues.toml:18:1: [security] encrypt: 'phone' cannot be encrypted; the fields that "
            "can are address, tax-id, bank-accounts, notes, mandate"});
}
