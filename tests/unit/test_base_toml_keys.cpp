#include "base/toml_keys.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

std::vector<std::string> messages_of(const dues::Diagnostics& diags) {
  std::vector<std::string> out;
  for (const dues::Error& error : diags.errors()) {
    out.emplace_back(error.what());
  }
  return out;
}

} // namespace

TEST_CASE("TomlKeys: typed keys, wrong types and unknown keys, each at its place") {
  const std::string path = "dues.toml";
  const toml::table table = toml::parse("name = \"Acme\"\nopen = true\ndays = 400\nextra = 1\n"
                                        "flag = \"yes\"\n");
  dues::Diagnostics diags;
  dues::TomlKeys keys(table, "[company]", path, diags);
  std::string name;
  bool open = false;
  bool flag = false;
  int days = 30;
  int missing = 7;
  keys.string("name", name);
  keys.boolean("open", open);
  keys.boolean("flag", flag);
  keys.integer("days", days, 0, 365);
  keys.integer("missing", missing, 0, 365);
  keys.finish();
  CHECK(name == "Acme");
  CHECK(open);
  CHECK_FALSE(flag);
  CHECK(days == 30);   // out of range: kept, and reported
  CHECK(missing == 7); // absent: kept, not reported
  CHECK(messages_of(diags)
        == std::vector<std::string>{
            "dues.toml:5:8: 'flag' in [company] must be true or false",
            "dues.toml:3:8: 'days' in [company] must be a whole number from 0 to 365",
            "dues.toml:4:1: unknown key 'extra' in [company]"});
}

TEST_CASE("TomlKeys: record_places keeps where each key read was written") {
  const std::string path = "bank/x.toml";
  const toml::table table = toml::parse("a = \"1\"\n\nb = \"2\"\n");
  dues::Diagnostics diags;
  dues::TomlKeys keys(table, "profile", path, diags);
  std::map<std::string, dues::SourceLoc, std::less<>> places;
  keys.record_places(places);
  std::string value;
  keys.string("b", value);
  keys.string("c", value);
  REQUIRE(places.size() == 1);
  CHECK(places.at("b").line == 3);
  CHECK(places.at("b").column == 5);
  CHECK(places.at("b").path == "bank/x.toml");
}
