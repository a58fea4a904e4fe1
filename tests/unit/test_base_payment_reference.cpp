#include "base/payment_reference.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace dues;

TEST_CASE("payment_reference: national check digits") {
  CHECK(is_valid_ogm("020240000495"));
  CHECK_FALSE(is_valid_ogm("020240000496"));
  CHECK(is_valid_ogm("000000009797")); // a body of 0 mod 97 has check digits 97
  CHECK(is_valid_finnish_reference("1232"));
  CHECK_FALSE(is_valid_finnish_reference("1233"));
  CHECK_FALSE(is_valid_finnish_reference("12")); // too short
  CHECK(is_valid_kid("1234567897"));              // Luhn
  CHECK(is_valid_kid("12345678903"));             // mod 11: 1234567890 -> 3
  CHECK_FALSE(is_valid_kid("1234567890"));
  CHECK(is_valid_qr_reference("210000000003139471430009017"));
  CHECK_FALSE(is_valid_qr_reference("210000000003139471430009018"));
  CHECK_FALSE(is_valid_qr_reference("21000000000313947143000901"));
}

TEST_CASE("payment_reference: made for an invoice number, in printed form") {
  CHECK(make_payment_reference(ReferenceScheme::ogm, "INV-202400004").value()
        == "+++020/2400/00495+++");
  CHECK(make_payment_reference(ReferenceScheme::fi, "INV-0123").value() == "1232");
  CHECK(make_payment_reference(ReferenceScheme::kid, "123456789").value() == "1234567897");
  const std::string qrr = make_payment_reference(ReferenceScheme::qrr, "INV-2024-0043").value();
  CHECK(qrr == "00 00000 00000 00000 02024 00434");
  CHECK(is_valid_qr_reference(reference_key(qrr)));
  CHECK(make_payment_reference(ReferenceScheme::rf, "INV-2024-0043").value()
        == "RF47 INV2 0240 043");
  CHECK_FALSE(make_payment_reference(ReferenceScheme::ogm, "ABC").has_value());
  for (const char* number : {"1", "7", "INV-0000", "99999999999999999999999999999"}) {
    for (const ReferenceScheme scheme : {ReferenceScheme::ogm, ReferenceScheme::fi,
                                         ReferenceScheme::kid, ReferenceScheme::qrr}) {
      const std::string key = reference_key(make_payment_reference(scheme, number).value());
      const std::vector<std::string> found = find_national_references(key);
      CHECK_MESSAGE(std::find(found.begin(), found.end(), key) != found.end(), number);
    }
  }
}

TEST_CASE("payment_reference: schemes by name and country") {
  CHECK(reference_scheme_named("ogm") == ReferenceScheme::ogm);
  CHECK_FALSE(reference_scheme_named("OGM").has_value());
  CHECK(reference_scheme_for_country("BE") == ReferenceScheme::ogm);
  CHECK(reference_scheme_for_country("fi") == ReferenceScheme::fi);
  CHECK(reference_scheme_for_country("NO") == ReferenceScheme::kid);
  CHECK(reference_scheme_for_country("CH") == ReferenceScheme::qrr);
  CHECK(reference_scheme_for_country("DE") == ReferenceScheme::rf);
}

TEST_CASE("payment_reference: keys and finding references in bank text") {
  CHECK(reference_key("+++020/2400/00495+++") == "020240000495");
  CHECK(reference_key("***020/2400/00495***") == "020240000495");
  CHECK(reference_key("rf05 2024 0000 42") == "RF052024000042");
  CHECK(reference_key("ABC 12") == "ABC12");
  const auto found = find_national_references("Betaling +++020/2400/00495+++ dank u");
  CHECK(std::find(found.begin(), found.end(), "020240000495") != found.end());
  const auto swiss = find_national_references("Ref 21 00000 00003 13947 14300 09017, merci");
  CHECK(std::find(swiss.begin(), swiss.end(), "210000000003139471430009017") != swiss.end());
  CHECK(find_national_references("no digits here").empty());
  CHECK(find_national_references("12").empty());
}

TEST_CASE("payment_reference: SEPA creditor identifiers and mandate ids") {
  CHECK(is_valid_creditor_id("DE98ZZZ09999999999"));
  CHECK(is_valid_creditor_id("de98 zzz 09999999999"));
  CHECK(is_valid_creditor_id("DE98ABC09999999999")); // the business code does not count
  CHECK_FALSE(is_valid_creditor_id("DE97ZZZ09999999999"));
  CHECK_FALSE(is_valid_creditor_id("DE98ZZZ"));
  CHECK_FALSE(is_valid_creditor_id("DE98ZZZ0999999999_"));
  CHECK(is_valid_mandate_id("INI/2024/7"));
  CHECK(is_valid_mandate_id("A"));
  CHECK_FALSE(is_valid_mandate_id(""));
  CHECK_FALSE(is_valid_mandate_id("ACME_001"));
  CHECK_FALSE(is_valid_mandate_id(std::string(36, 'A')));
}
