// libFuzzer harness: arbitrary bytes as customers.toml, edited the way `dues customer
// set` and `customer add` edit it. TomlPatch must never crash; an edit either works or
// is refused with a located invalid_input error (a table without a [header]). When it
// works, the edited text must parse, and parse to the old tree with exactly that one
// change: the span edit touched nothing else.
#include "base/error.hpp"
#include "syntax/toml_patch.hpp"

#include <toml++/toml.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using dues::syntax::TomlPatch;

namespace {

void require(bool condition) {
  if (!condition) {
    std::abort();
  }
}

std::optional<toml::table> parse(const std::string& text) {
  try {
    return toml::parse(text, std::string_view{"customers.toml"});
  } catch (const toml::parse_error&) {
    return std::nullopt;
  }
}

// Applies one edit to a copy of the patch; checks the outcome against `expect`, which
// makes the same change on the parsed tree.
void edit(const TomlPatch& original, const toml::table& before,
          const std::function<void(TomlPatch&)>& change,
          const std::function<void(toml::table&)>& expect) {
  TomlPatch patch = original;
  try {
    change(patch);
  } catch (const dues::Error& error) {
    if (error.kind() != dues::ErrorKind::invalid_input) {
      std::fprintf(stderr, "%s\n", error.what());
    }
    require(error.kind() == dues::ErrorKind::invalid_input);
    require(error.where().has_value() && error.where()->line >= 1);
    require(patch.text() == original.text()); // nothing changed
    return;
  }
  const std::optional<toml::table> after = parse(patch.text());
  require(after.has_value());
  toml::table wanted = before;
  expect(wanted);
  require(*after == wanted);
}

// The top-level tables that `dues customer` could edit (at most four, to stay fast).
std::vector<std::string> tables_of(const toml::table& root) {
  std::vector<std::string> names;
  for (const auto& [key, node] : root) {
    if (node.is_table() && names.size() < 4) {
      names.emplace_back(key.str());
    }
  }
  return names;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::optional<toml::table> before = parse(text);
  if (!before) {
    try {
      TomlPatch refused(text, "customers.toml");
      std::abort(); // invalid TOML must be refused
    } catch (const dues::Error& error) {
      require(error.kind() == dues::ErrorKind::invalid_input && error.where().has_value());
    }
    return 0;
  }
  const TomlPatch original(text, "customers.toml");
  for (const std::string& table : tables_of(*before)) {
    const auto at = [&](toml::table& root) -> toml::table& {
      return *root[table].as_table();
    };
    edit(
        original, *before,
        [&](TomlPatch& p) { p.set(table, "name", "\"ACME \\\"Q\\\" 株式会社\""); },
        [&](toml::table& root) { at(root).insert_or_assign("name", "ACME \"Q\" 株式会社"); });
    edit(
        original, *before,
        [&](TomlPatch& p) { p.set(table, "emails", R"(["a@x.example", "b@y.example"])"); },
        [&](toml::table& root) {
          at(root).insert_or_assign("emails", toml::array{"a@x.example", "b@y.example"});
        });
    for (const char* key : {"terms", "name"}) {
      edit(
          original, *before, [&](TomlPatch& p) { p.remove(table, key); },
          [&](toml::table& root) { at(root).erase(key); });
    }
  }
  edit(
      original, *before,
      [&](TomlPatch& p) {
        p.append_table("zz-new", {{"name", "\"New\""}, {"currency", "\"EUR\""}});
      },
      [&](toml::table& root) {
        root.insert_or_assign("zz-new", toml::table{{"name", "New"}, {"currency", "EUR"}});
      });
  return 0;
}
