#include "syntax/toml_reader.hpp"
#include "testutil.hpp"

#include <string>
#include <vector>

using dues::Diagnostics;
using dues::Error;
using dues::ErrorKind;
using dues::syntax::read_customers;
using dues::syntax::read_settings;
using dues::test::dec;
using dues::test::messages;
using Messages = std::vector<std::string>;

namespace {

Messages settings_errors(std::string_view text) {
  Diagnostics diags;
  (void)read_settings(text, "dues.toml", diags);
  return messages(diags);
}

Messages customer_errors(std::string_view text) {
  Diagnostics diags;
  (void)read_customers(text, "customers.toml", diags);
  return messages(diags);
}

const std::string k_head = "format = 1\n[company]\ncurrency = \"EUR\"\n"; // three lines

} // namespace

TEST_CASE("settings: a complete dues.toml reads into typed values") {
  Diagnostics diags;
  const auto settings = read_settings(dues::test::settings_toml(R"(
[defaults]
terms = "net30"
prices = "inclusive"
tax-rounding = "invoice"
rounding = "half-even"
tax = "standard"
allocation = "manual"
auto-apply-credit = true
reference = "rf"

[terms.split]
days = 0
instalments = [{ days = 30, share = "50%" }, { days = 60, share = 50 }]

[terms.2-10-net30]
days = 30
cash-discount = "2%"
cash-discount-days = 10
end-of-month = true

[series.invoice]
format = "INV-{year}-{seq:04}"
reset = "never"

[series.export]
format = "EX{seq}"
kind = "invoice"
external = true

[aging]
basis = "invoice"
buckets = [15, 45]

[journal]
files = ["journal/*.dues", "old/*.dues"]
append = "journal/{year}.dues"

[dunning]
grace-days = 3 # collections: [dunning] is read now
)"),
                                      "dues.toml", diags);
  CHECK(messages(diags) == Messages{});
  CHECK(settings.format == 1);
  CHECK(settings.company.name == "Test Company");
  CHECK(settings.company.currency == "EUR");
  CHECK(settings.defaults.prices == "inclusive");
  CHECK(settings.defaults.tax_rounding == "invoice");
  CHECK(settings.defaults.rounding == "half-even");
  CHECK(settings.defaults.allocation == "manual");
  CHECK(settings.defaults.auto_apply_credit);
  CHECK(settings.defaults.reference == "rf");
  CHECK(settings.taxes.at("standard").rate == dec("20"));
  CHECK(settings.taxes.at("reduced").rate == dec("7"));
  CHECK(settings.taxes.at("standard").loc.line == 7);
  const auto& split = settings.terms.at("split");
  REQUIRE(split.instalments.size() == 2);
  CHECK(split.instalments[0].days == 30);
  CHECK(split.instalments[0].percent == dec("50"));
  CHECK(split.instalments[1].percent == dec("50"));
  const auto& early = settings.terms.at("2-10-net30");
  CHECK(early.cash_discount == dec("2"));
  CHECK(early.cash_discount_days == 10);
  CHECK(early.end_of_month);
  CHECK_FALSE(settings.series.at("invoice").yearly_reset);
  CHECK(settings.series.at("invoice").kind == "invoice");
  CHECK(settings.series.at("export").external);
  CHECK(settings.aging.basis == "invoice");
  CHECK(settings.aging.buckets == std::vector<int>{15, 45});
  CHECK(settings.journal.files == std::vector<std::string>{"journal/*.dues", "old/*.dues"});
}

TEST_CASE("settings: defaults when keys are absent") {
  Diagnostics diags;
  const auto settings = read_settings("format = 1\n", "dues.toml", diags);
  CHECK(diags.empty());
  CHECK(settings.defaults.prices == "exclusive");
  CHECK(settings.defaults.tax_rounding == "line");
  CHECK(settings.defaults.rounding == "half-up");
  CHECK(settings.aging.basis == "due");
  CHECK(settings.aging.buckets == std::vector<int>{30, 60, 90});
  CHECK(settings.journal.files == std::vector<std::string>{"journal/*.dues"});
  CHECK(settings.journal.append == "journal/{year}.dues");
  CHECK(settings.path == "dues.toml");
}

TEST_CASE("settings: unknown keys are errors at the key") {
  CHECK(settings_errors("format = 1\ncolour = \"red\"\n[company]\nnmae = \"x\"\n")
        == Messages{"dues.toml:2:1: unknown key 'colour' in dues.toml",
                    "dues.toml:4:1: unknown key 'nmae' in [company]"});
  CHECK(settings_errors("format = 1\n[taxes.standard]\nrate = \"20%\"\nrat = \"7%\"\n")
        == Messages{"dues.toml:4:1: unknown key 'rat' in [taxes.standard]"});
  CHECK(
      settings_errors("format = 1\n[terms.split]\ninstalments = [{ days = 30, part = \"50%\" }]\n")
      == Messages{"dues.toml:3:29: unknown key 'part' in an instalment of [terms.split]"});
}

TEST_CASE("settings: floats are refused for rates and amounts, with the reason") {
  CHECK(settings_errors("format = 1\n[taxes.standard]\nrate = 0.2\n")
        == Messages{"dues.toml:3:8: 'rate' must be a string such as \"20%\" or a whole number, "
                    "not a float: floats cannot hold decimals exactly"});
  CHECK(settings_errors("format = 1\n[terms.early]\ncash-discount = 2.5\n")
        == Messages{"dues.toml:3:17: 'cash-discount' must be a string such as \"20%\" or a whole "
                    "number, not a float: floats cannot hold decimals exactly"});
  CHECK(customer_errors("[acme]\nname = \"A\"\ncredit-limit = 1200.5\n")
        == Messages{"customers.toml:3:16: 'credit-limit' must be a string such as \"1200.50\" or "
                    "a whole number, not a float: floats cannot hold decimals exactly"});
}

TEST_CASE("settings: a format newer than this binary is an environment error") {
  Diagnostics diags;
  try {
    (void)read_settings("format = 2\n[company]\ncurrency = \"EUR\"\n", "dues.toml", diags);
    FAIL("no error thrown");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::environment);
    CHECK(std::string(error.what())
          == "dues.toml:1:10: this ledger uses format 2, but this dues reads format 1 at most; "
             "upgrade dues");
  }
  CHECK(settings_errors("[company]\ncurrency = \"EUR\"\n")
        == Messages{"dues.toml:1:1: missing 'format = 1' at the top of the file"});
  CHECK(settings_errors("format = \"1\"\n")
        == Messages{"dues.toml:1:10: 'format' in dues.toml must be a whole number"});
  CHECK(settings_errors("format = 0\n")
        == Messages{"dues.toml:1:10: 'format' in dues.toml must be a format version from 1 to 1"});
}

TEST_CASE("settings: wrong types name the key, the table and what was expected") {
  CHECK(settings_errors("format = 1\n[company]\nname = 5\n")
        == Messages{"dues.toml:3:8: 'name' in [company] must be a string"});
  CHECK(settings_errors("format = 1\n[defaults]\nprices = \"both\"\n")
        == Messages{"dues.toml:3:10: 'prices' in [defaults] must be \"exclusive\" or "
                    "\"inclusive\""});
  CHECK(settings_errors("format = 1\n[defaults]\nrounding = \"upward\"\n")
        == Messages{"dues.toml:3:12: 'rounding' in [defaults] must be \"half-up\" or "
                    "\"half-even\" or \"down\" or \"up\""});
  CHECK(settings_errors("format = 1\n[defaults]\nauto-apply-credit = \"yes\"\n")
        == Messages{"dues.toml:3:21: 'auto-apply-credit' in [defaults] must be true or false"});
  CHECK(settings_errors("format = 1\n[terms.net30]\ndays = -1\n")
        == Messages{"dues.toml:3:8: 'days' in [terms.net30] must be a whole number from 0 to "
                    "3660"});
  CHECK(settings_errors("format = 1\n[terms.net30]\ndays = \"30\"\n")
        == Messages{"dues.toml:3:8: 'days' in [terms.net30] must be a whole number from 0 to "
                    "3660"});
  CHECK(settings_errors("format = 1\n[terms.x]\ninstalments = 5\n")
        == Messages{"dues.toml:3:15: 'instalments' in [terms.x] must be a list of { days = N, "
                    "share = \"50%\" } tables"});
  CHECK(settings_errors("format = 1\n[aging]\nbuckets = [30, 20]\n")
        == Messages{"dues.toml:3:16: 'buckets' in [aging] must be increasing whole numbers of "
                    "days (30, 60, 90)"});
  CHECK(settings_errors("format = 1\n[aging]\nbuckets = 30\n")
        == Messages{"dues.toml:3:11: 'buckets' in [aging] must be a list of days such as [30, 60, "
                    "90]"});
  CHECK(settings_errors("format = 1\n[taxes.x]\nname = \"X\"\n")
        == Messages{"dues.toml:2:1: [taxes.x] needs a rate such as rate = \"20%\""});
  CHECK(settings_errors("format = 1\n[taxes.x]\nrate = \"abc\"\n")
        == Messages{"dues.toml:3:8: 'rate' in [taxes.x] must be a percentage such as \"20%\""});
  CHECK(settings_errors("format = 1\ntaxes = 5\n")
        == Messages{"dues.toml:2:9: 'taxes' in dues.toml must be a table"});
  CHECK(settings_errors("format = 1\n[series]\ninvoice = 5\n")
        == Messages{"dues.toml:3:11: [series.invoice] must be a table"});
  CHECK(settings_errors("format = 1\n[series.invoice]\nformat = \"X{seq}\"\nreset = \"monthly\"\n")
        == Messages{"dues.toml:4:9: 'reset' in [series.invoice] must be \"yearly\" or \"never\""});
  CHECK(settings_errors("format = 1\n[journal]\nfiles = [\"a\", 5]\n")
        == Messages{"dues.toml:3:15: 'files' in [journal] must be a list of strings"});
}

TEST_CASE("settings: sections that must be tables are refused when they are not") {
  CHECK(settings_errors("format = 1\ncompany = \"ACME\"\n")
        == Messages{"dues.toml:2:11: 'company' in dues.toml must be a table"});
  CHECK(settings_errors("format = 1\ndefaults = 1\n")
        == Messages{"dues.toml:2:12: 'defaults' in dues.toml must be a table"});
  CHECK(settings_errors("format = 1\naging = []\n")
        == Messages{"dues.toml:2:9: 'aging' in dues.toml must be a table"});
  CHECK(settings_errors("format = 1\njournal = \"j.dues\"\n")
        == Messages{"dues.toml:2:11: 'journal' in dues.toml must be a table"});
}

TEST_CASE("settings: TOML syntax errors keep toml++'s position and stop the reading") {
  // Text that is not TOML is reported alone: nothing read from it could be trusted.
  CHECK_THROWS_WITH(settings_errors("format = 1\nx = \n"),
                    "dues.toml:2:5: not valid TOML: Error while parsing key-value pair: expected "
                    "value, saw '\\n'");
  CHECK_THROWS_WITH(settings_errors("format = 1\n[company]\n[company]\n"),
                    "dues.toml:3:1: not valid TOML: Error while parsing table header: cannot "
                    "redefine existing table 'company'");
}

TEST_CASE("customers: one record per table, in file order, with field locations") {
  Diagnostics diags;
  const auto customers = read_customers(R"([zeta]
name = "Zeta"
emails = "ap@zeta.example"

[acme]
name = "ACME"
aliases = ["ACME CORP", "ACME LTD"]
emails = ["ap@acme.example", "boss@acme.example"]
address = """
1 Main Street
Springfield"""
country = "US"
tax-id = "US12-3456789"
bank-accounts = ["DE89 3704 0044 0532 0130 00"]
currency = "USD"
terms = "net30"
credit-limit = "10000.50"
tags = ["wholesale"]
allocation = "manual"
notes = "pays late"
)",
                                        "customers.toml", diags);
  CHECK(messages(diags) == Messages{});
  REQUIRE(customers.size() == 2);
  CHECK(customers[0].id == "zeta"); // file order, not sorted by id
  CHECK(customers[0].emails == std::vector<std::string>{"ap@zeta.example"});
  CHECK(customers[0].loc.line == 1);
  const auto& acme = customers[1];
  CHECK(acme.id == "acme");
  CHECK(acme.loc.line == 5);
  CHECK(acme.aliases == std::vector<std::string>{"ACME CORP", "ACME LTD"});
  CHECK(acme.emails.size() == 2);
  CHECK(acme.address == "1 Main Street\nSpringfield");
  CHECK(acme.country == "US");
  CHECK(acme.currency == "USD");
  CHECK(acme.credit_limit == dec("10000.5"));
  CHECK(acme.allocation == "manual");
  CHECK(acme.notes == "pays late");
  CHECK(dues::format_loc(acme.field_locs.at("emails")) == "customers.toml:8:10");
  CHECK(dues::format_loc(acme.field_locs.at("credit-limit")) == "customers.toml:17:16");
}

TEST_CASE("customers: errors") {
  CHECK(customer_errors("x = 5\n")
        == Messages{"customers.toml:1:5: 'x' must be a table [x] of customer fields"});
  CHECK(customer_errors("[acme]\nname = \"A\"\nfax = \"1\"\n")
        == Messages{"customers.toml:3:1: unknown key 'fax' in customer [acme]"});
  CHECK(customer_errors("[acme]\nname = \"A\"\nemails = [\"a@b.co\", 5]\n")
        == Messages{"customers.toml:3:21: 'emails' in customer [acme] must be a list of strings"});
  CHECK(customer_errors("[acme]\nallocation = \"newest\"\n")
        == Messages{"customers.toml:2:14: 'allocation' in customer [acme] must be \"oldest-due\" "
                    "or \"manual\""});
  // Columns count code points: the key after the CJK name is in column 25, not 37.
  CHECK(customer_errors("acme = { name = \"中文公司\", fax = \"1\" }\n")
        == Messages{"customers.toml:1:25: unknown key 'fax' in customer [acme]"});
}

TEST_CASE("settings: empty bucket and file lists are refused") {
  CHECK(settings_errors("format = 1\n[aging]\nbuckets = []\n")
        == Messages{"dues.toml:3:11: 'buckets' in [aging] must be a list of days such as [30, 60, "
                    "90]"});
  CHECK(settings_errors("format = 1\n[journal]\nfiles = []\n")
        == Messages{"dues.toml:3:9: 'files' in [journal] must be a list of at least one glob "
                    "pattern such as [\"journal/*.dues\"]"});
}
