#include "base/creditor_reference.hpp"

#include <doctest/doctest.h>

using namespace dues;

TEST_CASE("RF references from the standard and the samples validate") {
  CHECK(is_valid_rf_reference("RF18539007547034"));
  CHECK(is_valid_rf_reference("RF05 2024 0000 42"));
  CHECK(is_valid_rf_reference("rf052024000042"));
  CHECK(is_valid_rf_reference("RF47INV20240043"));
}

TEST_CASE("RF references with a wrong check digit or shape are refused") {
  CHECK_FALSE(is_valid_rf_reference("RF19539007547034"));
  CHECK_FALSE(is_valid_rf_reference("RF06 2024 0000 42"));
  CHECK_FALSE(is_valid_rf_reference("RF05"));
  CHECK_FALSE(is_valid_rf_reference("XX052024000042"));
  CHECK_FALSE(is_valid_rf_reference("RFAB2024000042"));
  CHECK_FALSE(is_valid_rf_reference("RF05-2024-0000-42"));
  CHECK_FALSE(is_valid_rf_reference("RF471234567890123456789012")); // 22 characters of body
  CHECK_FALSE(is_valid_rf_reference(""));
}

TEST_CASE("an RF reference is made from an invoice number's letters and digits") {
  CHECK(make_rf_reference("INV-2024-0043") == "RF47INV20240043");
  CHECK(make_rf_reference("2024000042") == "RF052024000042");
  CHECK(make_rf_reference("539007547034") == "RF18539007547034");
  CHECK(make_rf_reference("inv 2024/0043") == "RF47INV20240043");
  CHECK(is_valid_rf_reference(*make_rf_reference("ZZ-9")));
}

TEST_CASE("numbers that cannot become an RF reference give nothing") {
  CHECK_FALSE(make_rf_reference("").has_value());
  CHECK_FALSE(make_rf_reference("---").has_value());
  CHECK_FALSE(make_rf_reference("INV#1").has_value());
  CHECK_FALSE(make_rf_reference("Ä-1").has_value());
  CHECK_FALSE(make_rf_reference("1234567890123456789012").has_value());
  CHECK(make_rf_reference("123456789012345678901").has_value());
}

TEST_CASE("RF references print in groups of four and compact back") {
  CHECK(format_rf_reference("RF052024000042") == "RF05 2024 0000 42");
  CHECK(format_rf_reference("rf05 2024 000042") == "RF05 2024 0000 42");
  CHECK(compact_rf_reference("RF05 2024 0000 42") == "RF052024000042");
}
