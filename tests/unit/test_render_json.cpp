#include "render/json.hpp"
#include "testutil.hpp"

#include <sstream>

using dues::render::json_string;
using dues::render::JsonWriter;

TEST_CASE("json_string escapes quotes, backslashes and control characters") {
  CHECK(json_string("plain") == "\"plain\"");
  CHECK(json_string("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(json_string("tab\there\nnew\rline") == "\"tab\\there\\nnew\\rline\"");
  CHECK(json_string(std::string_view("\x01\x1f", 2)) == "\"\\u0001\\u001f\"");
  CHECK(json_string("日本商事") == "\"日本商事\"");
  CHECK(json_string("") == "\"\"");
}

TEST_CASE("JsonWriter indents by two spaces and separates items") {
  std::ostringstream out;
  JsonWriter json(out);
  json.begin_object();
  json.key("as_of").value("2026-03-31");
  json.key("count").value(2);
  json.key("detail").value(false);
  json.key("missing").null();
  json.key("empty").begin_array().end_array();
  json.key("rows").begin_array();
  json.begin_object().key("total").value("100.00").end_object();
  json.value(-3LL);
  json.end_array();
  json.end_object();
  json.finish();
  CHECK(out.str()
        == "{\n"
           "  \"as_of\": \"2026-03-31\",\n"
           "  \"count\": 2,\n"
           "  \"detail\": false,\n"
           "  \"missing\": null,\n"
           "  \"empty\": [],\n"
           "  \"rows\": [\n"
           "    {\n"
           "      \"total\": \"100.00\"\n"
           "    },\n"
           "    -3\n"
           "  ]\n"
           "}\n");
}
