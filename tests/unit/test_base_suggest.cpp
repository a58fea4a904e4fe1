#include "base/suggest.hpp"
#include "testutil.hpp"

using dues::closest_match;
using dues::did_you_mean;
using dues::edit_distance;

TEST_CASE("edit_distance counts insertions, deletions, substitutions and swaps") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("acme", "acme") == 0);
  CHECK(edit_distance("acme", "ACME") == 0); // ASCII case is ignored
  CHECK(edit_distance("acme", "acm") == 1);
  CHECK(edit_distance("acme", "acmee") == 1);
  CHECK(edit_distance("acme", "acne") == 1);
  CHECK(edit_distance("custmer", "customer") == 1);
  CHECK(edit_distance("acme", "amce") == 1); // two neighbours swapped
  CHECK(edit_distance("", "net30") == 5);
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("closest_match suggests only what is close enough to be a typo") {
  const std::vector<std::string_view> customers{"acme", "beta", "kyoto", "huaxin"};
  CHECK(closest_match("acne", customers) == "acme");
  CHECK(closest_match("kyotoo", customers) == "kyoto");
  CHECK(closest_match("zzzz", customers).empty());
  CHECK(closest_match("ab", customers).empty());
  CHECK(closest_match("cny", {"CNY", "EUR"}) == "CNY");
  CHECK(closest_match("frobnicate", {"invoice", "customer", "reconcile"}).empty());
  CHECK(closest_match("x", {"y"}).empty()); // one letter for another is no suggestion
  CHECK(closest_match("anything", {}).empty());
}

TEST_CASE("did_you_mean phrases the suggestion, or says nothing") {
  CHECK(did_you_mean("net3O", {"net30", "net60"}) == "; did you mean 'net30'?");
  CHECK(did_you_mean("nothing-like-it", {"net30"}).empty());
}
