#include "render/payment_codes.hpp"

#include <doctest/doctest.h>

using namespace dues;
using namespace dues::render;

namespace {

const Currency& eur() {
  return *find_currency("EUR");
}

} // namespace

TEST_CASE("render::epc_qr_payload puts an RF reference in the structured field") {
  const auto payload =
      epc_qr_payload(EpcTransfer{"COBADEFFXXX", "Example GmbH", "DE89 3704 0044 0532 0130 00",
                                 Money(eur(), 144617), "RF16 INV2 0260 001"});
  REQUIRE(payload);
  CHECK(*payload
        == "BCD\n002\n1\nSCT\nCOBADEFFXXX\nExample GmbH\nDE89370400440532013000\n"
           "EUR1446.17\n\nRF16INV20260001");
}

TEST_CASE("render::epc_qr_payload puts any other reference in the remittance text") {
  const auto payload = epc_qr_payload(
      EpcTransfer{"", "Müller & Söhne", "DE89370400440532013000", Money(eur(), 5), "INV-7"});
  REQUIRE(payload);
  CHECK(*payload
        == "BCD\n002\n1\nSCT\n\nMüller & Söhne\nDE89370400440532013000\nEUR0.05\n\n\nINV-7");
}

TEST_CASE("render::epc_qr_payload cuts the name to 70 characters and keeps one line each") {
  const std::string name(80, 'x');
  const auto payload = epc_qr_payload(
      EpcTransfer{"", name + "\nsecond", "DE89370400440532013000", Money(eur(), 100), "A\nB"});
  REQUIRE(payload);
  CHECK(payload->find(std::string(70, 'x') + "\n") != std::string::npos);
  CHECK(payload->find(std::string(71, 'x')) == std::string::npos);
  CHECK(payload->substr(payload->size() - 3) == "A B");
}

TEST_CASE("render::epc_qr_payload refuses what no EPC code can carry") {
  CHECK_FALSE(epc_qr_payload(
      EpcTransfer{"", "X", "DE89370400440532013000", Money(*find_currency("USD"), 100), ""}));
  CHECK_FALSE(epc_qr_payload(EpcTransfer{"", "X", "DE89370400440532013000", Money(eur(), 0), ""}));
  CHECK_FALSE(
      epc_qr_payload(EpcTransfer{"", "X", "DE89370400440532013000", Money(eur(), -100), ""}));
  CHECK_FALSE(epc_qr_payload(
      EpcTransfer{"", "X", "DE89370400440532013000", Money(eur(), 100'000'000'000), ""}));
  CHECK(epc_qr_payload(
      EpcTransfer{"", "X", "DE89370400440532013000", Money(eur(), 99'999'999'999), ""}));
}

TEST_CASE("render::pay_link fills the fields percent-encoded") {
  CHECK(pay_link("https://pay.example.com/{number}?amount={open}&c={currency}",
                 PayLinkFields{"INV 2026/1", "acme", "10.00", "7.50", "EUR", ""})
        == "https://pay.example.com/INV%202026%2F1?amount=7.50&c=EUR");
  CHECK(pay_link("https://paypal.me/example/{total}{currency}?ref={reference}&x={unknown}",
                 PayLinkFields{"1", "张伟", "10.00", "10.00", "EUR", "RF18 5390"})
        == "https://paypal.me/example/10.00EUR?ref=RF18%205390&x={unknown}");
  CHECK(pay_link("{customer}", PayLinkFields{"", "张", "", "", "", ""}) == "%E5%BC%A0");
}
