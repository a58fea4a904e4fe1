#include "syntax/toml_reader.hpp"

#include <doctest/doctest.h>

using namespace dues;
using namespace dues::syntax;

// The [reconcile] table of dues.toml (dues reconcile).

namespace {

std::vector<std::string> messages(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const Error& error : diags.errors()) {
    out.emplace_back(error.what());
  }
  return out;
}

} // namespace

TEST_CASE("the [reconcile] table") {
  Diagnostics diags;
  const Settings settings = read_settings(R"(format = 1
[reconcile]
fee-tolerance = "2.50"
fee-tolerance-percent = "1.5%"
name-cutoff = 85
min-confidence = 70
date-tolerance = 3
)",
                                          "dues.toml", diags);
  CHECK(messages(diags).empty());
  CHECK(settings.reconcile.fee_tolerance == Decimal(250, 2));
  CHECK(settings.reconcile.fee_tolerance_percent == Decimal(15, 1));
  CHECK(settings.reconcile.name_cutoff == 85);
  CHECK(settings.reconcile.min_confidence == 70);
  CHECK(settings.reconcile.date_tolerance == 3);
}

TEST_CASE("[reconcile] defaults and mistakes") {
  Diagnostics none;
  const Settings defaults = read_settings("format = 1\n", "dues.toml", none);
  CHECK(defaults.reconcile.name_cutoff == 80);
  CHECK(defaults.reconcile.min_confidence == 80);
  CHECK(defaults.reconcile.date_tolerance == 0);
  CHECK_FALSE(defaults.reconcile.fee_tolerance.has_value());
  Diagnostics bad;
  read_settings("format = 1\n[reconcile]\nfee-tolerance = 2.5\nname-cutoff = 101\n"
                "fee-tolerance-percent = \"-1%\"\nx = 1\n",
                "dues.toml", bad);
  CHECK(messages(bad)
        == std::vector<std::string>{
            "dues.toml:3:17: 'fee-tolerance' must be a string such as \"1200.50\" or a whole "
            "number, not a float: floats cannot hold decimals exactly",
            "dues.toml:5:25: 'fee-tolerance-percent' in [reconcile] must be zero or more",
            "dues.toml:4:15: 'name-cutoff' in [reconcile] must be a whole number from 0 to 100",
            "dues.toml:6:1: unknown key 'x' in [reconcile]"});
}
