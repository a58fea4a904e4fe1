// --item and --discount arguments.
#include "cli/invoicing.hpp"

#include <doctest/doctest.h>

using dues::Decimal;
using dues::cli::item_argument;

TEST_CASE("--item fields are taken from the right, so descriptions may hold colons") {
  auto item = item_argument("--item", "Consulting:10:120.00");
  CHECK(item.description == "Consulting");
  CHECK(item.quantity == Decimal(10, 0));
  CHECK(item.price == Decimal(12000, 2));
  CHECK(item.tax.empty());
  CHECK_FALSE(item.discount.has_value());
  item = item_argument("--item", "Workshop: Q1 planning:1.5:800:standard:10%");
  CHECK(item.description == "Workshop: Q1 planning");
  CHECK(item.quantity == Decimal(15, 1));
  CHECK(item.tax == "standard");
  REQUIRE(item.discount.has_value());
  CHECK(item.discount->is_percent);
  CHECK(item.discount->value == Decimal(10, 0));
  item = item_argument("--item", "Ratio 1:2:3:10"); // "10" is no tax code: QTY 3, PRICE 10
  CHECK(item.description == "Ratio 1:2");
  CHECK(item.quantity == Decimal(3, 0));
  item = item_argument("--item", "Fee:1:10::25.00"); // no tax, an amount off
  CHECK(item.tax.empty());
  CHECK_FALSE(item.discount->is_percent);
  item = item_argument("--item", "Time 10\\:30:1:5");
  CHECK(item.description == "Time 10:30");
  item = item_argument("--item", "a\\\\b\\:1:1:1");
  CHECK(item.description == "a\\b:1");
  CHECK(item.price == Decimal(1, 0));
}

TEST_CASE("a malformed --item is a usage error saying what is expected") {
  for (const char* bad : {"Consulting", "Consulting:ten:120", ":1:2", "x:1", "x:0:5", "a\\b:1:1"}) {
    CAPTURE(bad);
    try {
      item_argument("--item", bad);
      FAIL("accepted");
    } catch (const dues::Error& error) {
      CHECK(error.kind() == dues::ErrorKind::usage);
      CHECK(std::string(error.what()).starts_with("--item: "));
    }
  }
  CHECK_THROWS_WITH(item_argument("--item", "Fee:1:10:5%"),
                    "--item: expected \"DESCRIPTION:QUANTITY:PRICE[:TAX[:DISCOUNT]]\" such as "
                    "\"Consulting:10:120.00:standard:5%\", not 'Fee:1:10:5%'");
}

TEST_CASE("--discount takes a percentage or an amount") {
  CHECK(dues::cli::discount_argument("--discount", "5%").is_percent);
  CHECK(dues::cli::discount_argument("--discount", "25.00").value == Decimal(25, 0));
  CHECK_THROWS_WITH(dues::cli::discount_argument("--discount", "-5%"),
                    "--discount: expected a percentage such as 5% or an amount such as 25.00, "
                    "not '-5%'");
}
