#include "model/charges.hpp"

#include <doctest/doctest.h>

using namespace dues;

TEST_CASE("dues::parse_charge_origin") {
  CHECK(charge_origin("INV-2026-0005", 2) == "dunning:INV-2026-0005/2");
  const auto origin = parse_charge_origin("dunning:INV/2026/0005/12");
  REQUIRE(origin);
  CHECK(origin->invoice == "INV/2026/0005"); // ids may hold '/': the level is after the last
  CHECK(origin->level == 12);
  for (const char* bad : {"dunning:INV-1", "dunning:INV-1/0", "dunning:INV-1/x",
                          "dunning:/2", "dunning:INV-1/2a", "recurring:INV-1/2", "dunning:INV-1/-1"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_charge_origin(bad));
  }
}
