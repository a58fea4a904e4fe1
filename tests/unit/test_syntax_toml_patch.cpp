#include "base/error.hpp"
#include "syntax/toml_patch.hpp"

#include <doctest/doctest.h>

using dues::syntax::TomlPatch;

namespace {

const std::string k_file = R"(# customers
[acme]   # the big one
name = "ACME"   # trailing
emails = [
  "a@acme.example", # first
]
# a comment inside
address = """
1 Main St
Springfield"""

# between tables
["bolt.jp"]
name = 'ボルト株式会社'
)";

} // namespace

TEST_CASE("set replaces only the value's bytes and keeps comments") {
  TomlPatch patch(k_file, "customers.toml");
  patch.set("acme", "name", R"("ACME Corp")");
  std::string expected = k_file;
  expected.replace(expected.find(R"("ACME")"), 6, R"("ACME Corp")");
  CHECK(patch.text() == expected);

  patch.set("bolt.jp", "name", R"("Bolt KK")");
  CHECK(patch.text().find("name = \"Bolt KK\"\n") != std::string::npos);
  CHECK(patch.text().find("ボルト") == std::string::npos);
}

TEST_CASE("set replaces multi-line values whole, and columns count code points") {
  TomlPatch patch(k_file, "customers.toml");
  patch.set("acme", "emails", R"(["x@acme.example", "y@acme.example"])");
  patch.set("acme", "address", R"("2 Side St")");
  CHECK(patch.text() == R"(# customers
[acme]   # the big one
name = "ACME"   # trailing
emails = ["x@acme.example", "y@acme.example"]
# a comment inside
address = "2 Side St"

# between tables
["bolt.jp"]
name = 'ボルト株式会社'
)");
  TomlPatch cjk("[b]\nname = \"ボルト\" # 注\nx = 1\n", "c.toml");
  cjk.set("b", "x", "2");
  CHECK(cjk.text() == "[b]\nname = \"ボルト\" # 注\nx = 2\n");
}

TEST_CASE("a new key goes below the table's last key; a new table at the end") {
  TomlPatch patch(k_file, "customers.toml");
  patch.set("acme", "terms", R"("net30")");
  CHECK(patch.text().find("Springfield\"\"\"\nterms = \"net30\"\n\n# between tables")
        != std::string::npos);
  patch.set("bolt.jp", "currency", R"("JPY")");
  CHECK(patch.text().ends_with("name = 'ボルト株式会社'\ncurrency = \"JPY\"\n"));
  patch.append_table("carl.de", {{"name", R"("Carl")"}, {"tags", R"(["a", "b"])"}});
  CHECK(patch.text().ends_with("currency = \"JPY\"\n\n[\"carl.de\"]\nname = \"Carl\"\n"
                               "tags = [\"a\", \"b\"]\n"));
  TomlPatch bare("[x]", "c.toml");
  bare.set("x", "a", "1");
  CHECK(bare.text() == "[x]\na = 1\n");
  TomlPatch empty("", "c.toml");
  empty.append_table("x", {{"a", "1"}});
  CHECK(empty.text() == "[x]\na = 1\n");
}

TEST_CASE("remove drops the key's lines with their trailing comment") {
  TomlPatch patch(k_file, "customers.toml");
  patch.remove("acme", "emails");
  patch.remove("acme", "address");
  patch.remove("acme", "nothing");
  CHECK(patch.text() == R"(# customers
[acme]   # the big one
name = "ACME"   # trailing
# a comment inside

# between tables
["bolt.jp"]
name = 'ボルト株式会社'
)");
}

TEST_CASE("inline tables and bad TOML are refused") {
  TomlPatch patch("acme = { name = \"A\" }\n", "customers.toml");
  CHECK_THROWS_WITH(patch.set("acme", "name", "\"B\""),
                    "customers.toml:1:8: [acme] is not written as a table with a [header]; edit "
                    "it by hand");
  CHECK_THROWS_WITH(TomlPatch("[a\n", "customers.toml"), doctest::Contains("customers.toml:1:"));
}

// Found by fuzz/fuzz_toml_patch: "[series.invoice]" makes [series] a table whose
// position is that header, so a new key landed in [series.invoice] and the edit failed
// its own check with an internal error.
TEST_CASE("a table made only by a [parent.child] header is refused, not edited") {
  TomlPatch patch("[series.invoice]\nformat = \"x\"\n", "customers.toml");
  CHECK_THROWS_WITH(patch.set("series", "name", "\"S\""),
                    "customers.toml:1:1: [series] is not written as a table with a [header]; "
                    "edit it by hand");
  CHECK(patch.text() == "[series.invoice]\nformat = \"x\"\n");
  TomlPatch spaced("[ \"acme\" ]  # quoted, spaced\n[acme.sub]\n", "c.toml");
  spaced.set("acme", "name", "\"A\"");
  CHECK(spaced.text() == "[ \"acme\" ]  # quoted, spaced\nname = \"A\"\n[acme.sub]\n");
}

// Found by fuzz/fuzz_toml_patch: appending [zz] to a file with [zz.n] gave valid TOML
// holding more than asked for (an internal error); appending an existing name is refused.
TEST_CASE("append_table refuses a table the file already has, even implicitly") {
  TomlPatch implicit("[zz.n]\n", "customers.toml");
  CHECK_THROWS_WITH(implicit.append_table("zz", {{"name", "\"Z\""}}),
                    "customers.toml:1:1: [zz] is already in customers.toml");
  TomlPatch plain("[zz]\n", "customers.toml");
  CHECK_THROWS_WITH(plain.append_table("zz", {{"name", "\"Z\""}}),
                    "customers.toml:1:1: [zz] is already in customers.toml");
  CHECK(plain.text() == "[zz]\n");
}

// Found by fuzz/fuzz_toml_patch: with "name.k = []" in [ta], set("ta", "name", ...)
// replaced the bytes toml++ gives for the implicit table `name` and failed its own check
// with an internal error. Keys not written as "key = value" are refused.
TEST_CASE("a key written as a dotted key or a sub-table is refused, not edited") {
  const std::string text = "[ta]\nname.k = []\n'quoted' = 1\n[ta.sub]\nx = 1\n";
  TomlPatch patch(text, "customers.toml");
  CHECK_THROWS_WITH(patch.set("ta", "name", "\"A\""),
                    "customers.toml:2:1: ta.name is not written as 'key = value' (a dotted key "
                    "or a table of its own); edit it by hand");
  CHECK_THROWS_WITH(patch.remove("ta", "sub"),
                    doctest::Contains("ta.sub is not written as 'key = value'"));
  CHECK(patch.text() == text);
  patch.set("ta", "quoted", "2");
  CHECK(patch.text() == "[ta]\nname.k = []\n'quoted' = 2\n[ta.sub]\nx = 1\n");
  patch.remove("ta", "quoted");
  CHECK(patch.text() == "[ta]\nname.k = []\n[ta.sub]\nx = 1\n");
}

TEST_CASE("strings and keys are quoted so they read back the same") {
  using dues::syntax::toml_key;
  using dues::syntax::toml_string;
  CHECK(toml_string("a \"b\" \\ c\nd\te") == R"("a \"b\" \\ c\nd\te")");
  CHECK(toml_string(std::string("x\x01y\x7F", 4)) == R"("x\u0001y\u007F")");
  CHECK(toml_key("acme_1-2") == "acme_1-2");
  CHECK(toml_key("acme.de") == R"("acme.de")");
  TomlPatch patch("[a]\n", "c.toml");
  patch.set("a", "text", toml_string(std::string("tricky \"\"\" \\u0041 \x1b end")));
  CHECK(patch.text().starts_with("[a]\ntext = "));
}

// privacy: sub-tables such as [acme.mandate] are edited by their path, and removed whole
// by `dues customer forget`; a dotted top-level id ("bolt.jp") is still one table.
TEST_CASE("set_in, remove_in and remove_table_in edit a [table.sub] by its path") {
  const std::string text = "[acme]\nname = \"ACME\"\n\n[acme.mandate] # signed\nid = \"M-1\"\n"
                           "iban = \"DE89\"\n\n[\"bolt.jp\"]\nname = \"Bolt\"\n";
  TomlPatch patch(text, "customers.toml");
  const std::string_view mandate[] = {"acme", "mandate"};
  patch.set_in(mandate, "id", "\"M-2\"");
  patch.remove_in(mandate, "iban");
  CHECK(patch.text()
        == "[acme]\nname = \"ACME\"\n\n[acme.mandate] # signed\nid = \"M-2\"\n\n"
           "[\"bolt.jp\"]\nname = \"Bolt\"\n");
  patch.remove_table_in(mandate);
  CHECK(patch.text() == "[acme]\nname = \"ACME\"\n\n\n[\"bolt.jp\"]\nname = \"Bolt\"\n");
  patch.remove_table_in(mandate); // absent: nothing
  patch.set("bolt.jp", "name", "\"Bolt KK\"");
  CHECK(patch.text() == "[acme]\nname = \"ACME\"\n\n\n[\"bolt.jp\"]\nname = \"Bolt KK\"\n");
}

TEST_CASE("set_all gives what set_in one after the other gives, and refuses a key twice") {
  const std::string text =
      "[acme]\nname = \"ACME\" # kept\nemails = [\n  \"a@x\",\n]\n\n"
      "[acme.mandate]\niban = \"DE89\"\n\n[\"bolt.jp\"]\nname = 'ボルト' # 注\n";
  const std::vector<dues::syntax::TomlEdit> edits = {
      {{"bolt.jp"}, "name", "\"Bolt KK\""},
      {{"acme", "mandate"}, "iban", "\"age:QQ==\""},
      {{"acme", "mandate"}, "bic", "\"COBADEFFXXX\""}, // not written yet: added
      {{"acme"}, "emails", "[\"b@x\"]"},
      {{"acme"}, "name", "\"ACME Corp\""},
  };
  TomlPatch one_by_one(text, "customers.toml");
  for (const auto& edit : edits) {
    const std::vector<std::string_view> path(edit.table.begin(), edit.table.end());
    one_by_one.set_in(path, edit.key, edit.value);
  }
  TomlPatch batch(text, "customers.toml");
  batch.set_all(edits);
  CHECK(batch.text() == one_by_one.text());
  CHECK(
      batch.text()
      == "[acme]\nname = \"ACME Corp\" # kept\nemails = [\"b@x\"]\n\n[acme.mandate]\n"
         "iban = \"age:QQ==\"\nbic = \"COBADEFFXXX\"\n\n[\"bolt.jp\"]\nname = \"Bolt KK\" # 注\n");

  TomlPatch twice(text, "customers.toml");
  const std::vector<dues::syntax::TomlEdit> same_key = {{{"acme"}, "name", "\"A\""},
                                                        {{"acme"}, "name", "\"B\""}};
  CHECK_THROWS_AS(twice.set_all(same_key), dues::Error);
  CHECK(twice.text() == text);
}
