#include "base/error.hpp"
#include "testutil.hpp"

using dues::Diagnostics;
using dues::Error;
using dues::ErrorKind;
using dues::ExitCode;
using dues::SourceLoc;

TEST_CASE("format_loc shows the parts that are known") {
  CHECK(dues::format_loc({"journal/2026.dues", 14, 44}) == "journal/2026.dues:14:44");
  CHECK(dues::format_loc({"journal/2026.dues", 14, 0}) == "journal/2026.dues:14");
  CHECK(dues::format_loc({"dues.toml", 0, 7}) == "dues.toml");
}

TEST_CASE("Error puts the location before the message") {
  const Error located(ErrorKind::invalid_input, SourceLoc{"journal/2026.dues", 3, 9},
                      "not a valid date (YYYY-MM-DD): '2026-02-30'");
  CHECK(std::string(located.what())
        == "journal/2026.dues:3:9: not a valid date (YYYY-MM-DD): '2026-02-30'");
  CHECK(located.message() == "not a valid date (YYYY-MM-DD): '2026-02-30'");
  REQUIRE(located.where().has_value());
  CHECK(located.where()->line == 3);
  const Error plain(ErrorKind::usage, "--today: bad");
  CHECK(std::string(plain.what()) == "--today: bad");
  CHECK_FALSE(plain.where().has_value());
  const Error pathless(ErrorKind::conflict, SourceLoc{}, "locked");
  CHECK(std::string(pathless.what()) == "locked");
  CHECK_THROWS_WITH_AS(dues::fail_at({"a.dues", 1, 2}, "bad"), "a.dues:1:2: bad", Error);
}

TEST_CASE("each error kind has its documented exit code") {
  CHECK(dues::exit_code_for(ErrorKind::usage) == ExitCode::usage);
  CHECK(dues::exit_code_for(ErrorKind::invalid_input) == ExitCode::invalid_input);
  CHECK(dues::exit_code_for(ErrorKind::conflict) == ExitCode::conflict);
  CHECK(dues::exit_code_for(ErrorKind::environment) == ExitCode::environment);
  CHECK(dues::exit_code_for(ErrorKind::internal) == ExitCode::internal);
  CHECK(static_cast<int>(ExitCode::ok) == 0);
  CHECK(static_cast<int>(ExitCode::attention) == 1);
  CHECK(static_cast<int>(ExitCode::usage) == 2);
  CHECK(static_cast<int>(ExitCode::invalid_input) == 3);
  CHECK(static_cast<int>(ExitCode::conflict) == 4);
  CHECK(static_cast<int>(ExitCode::environment) == 5);
  CHECK(static_cast<int>(ExitCode::internal) == 70);
}

TEST_CASE("Diagnostics::sort orders by file, line and column, keeping ties in order") {
  Diagnostics diags;
  diags.add(Error(ErrorKind::invalid_input, SourceLoc{"b.dues", 1, 1}, "b1"));
  diags.add(Error(ErrorKind::invalid_input, SourceLoc{"a.dues", 10, 2}, "a10"));
  diags.add(Error(ErrorKind::invalid_input, SourceLoc{"a.dues", 2, 5}, "a2-5"));
  diags.add(Error(ErrorKind::invalid_input, SourceLoc{"a.dues", 2, 5}, "a2-5 again"));
  diags.add(Error(ErrorKind::invalid_input, SourceLoc{"a.dues", 2, 1}, "a2-1"));
  diags.add(Error(ErrorKind::invalid_input, "no place"));
  diags.warn(Error(ErrorKind::invalid_input, SourceLoc{"z", 1, 1}, "w"));
  CHECK_FALSE(diags.empty());
  diags.sort();
  std::vector<std::string> order;
  for (const Error& error : diags.errors()) {
    order.push_back(error.message());
  }
  CHECK(order == std::vector<std::string>{"no place", "a2-1", "a2-5", "a2-5 again", "a10", "b1"});
  CHECK(diags.warnings().size() == 1);
  Diagnostics only_warnings;
  only_warnings.warn(Error(ErrorKind::invalid_input, "w"));
  CHECK(only_warnings.empty());
}
