#include "base/account.hpp"

#include <doctest/doctest.h>

using dues::AccountMask;
using dues::mask_account;

TEST_CASE("mask_account keeps an IBAN's country and last four, else the last four") {
  CHECK(mask_account("DE89 3704 0044 0532 0130 00") == "DE** **** 3000");
  CHECK(mask_account("DE89370400440532013000") == "DE** **** 3000");
  CHECK(mask_account("gb29 nwbk 6016 1331 9268 19") == "GB** **** 6819");
  CHECK(mask_account("0001-123-4567890") == "**** 7890");
  CHECK(mask_account("6222 0212 3456 7890 123") == "**** 0123");
  CHECK(mask_account("12345678") == "**** 5678");
  CHECK(mask_account("1234567") == "****");
  CHECK(mask_account("某某") == "****");
  CHECK(mask_account("") == "");
  CHECK(mask_account("ap@globex.example") == "ap@globex.example");
  // The same length whatever the length of the number.
  CHECK(mask_account("NO93 8601 1117 947").size()
        == mask_account("MT84 MALT 0110 0001 2345 MTLC AST0 01S").size());
}

TEST_CASE("AccountMask::account masks one field unless unmasked") {
  CHECK(AccountMask().account("DE89 3704 0044 0532 0130 00") == "DE** **** 3000");
  CHECK(AccountMask(true).account("DE89 3704 0044 0532 0130 00") == "DE89 3704 0044 0532 0130 00");
  CHECK(AccountMask(true).unmasked());
}

TEST_CASE("AccountMask::text finds valid IBANs, grouped or not, and known accounts") {
  AccountMask mask;
  CHECK(mask.text("SEPA IBAN: DE89370400440532013000 BIC: COBADEFFXXX RE 2026-0001")
        == "SEPA IBAN: DE** **** 3000 BIC: COBADEFFXXX RE 2026-0001");
  CHECK(mask.text("from DE89 3704 0044 0532 0130 00, thanks") == "from DE** **** 3000, thanks");
  CHECK(mask.text("?31DE89370400440532013000") == "?31DE** **** 3000");
  // A wrong check digit, an IBAN-like invoice number and plain text stay.
  CHECK(mask.text("DE88370400440532013000") == "DE88370400440532013000");
  CHECK(mask.text("INV-2026-0001 RF18 5390 0754 7034") == "INV-2026-0001 RF18 5390 0754 7034");
  CHECK(mask.text("") == "");
  // Two IBANs next to each other are both masked.
  CHECK(mask.text("DE89370400440532013000 GB29NWBK60161331926819")
        == "DE** **** 3000 GB** **** 6819");

  AccountMask known;
  known.add_known("0001-123-4567890");
  known.add_known("6222 0212"); // written with a space: both forms are looked for
  known.add_known("12345");     // too short to look for in text
  CHECK(known.text("payer account 0001-123-4567890 belongs to kyoto")
        == "payer account **** 7890 belongs to kyoto");
  CHECK(known.text("account 00011234567890 in the text") == "account **** 7890 in the text");
  CHECK(known.text("ref 62220212 and 6222 0212; not 162220212")
        == "ref **** 0212 and **** 0212; not 162220212");
  CHECK(known.text("order 12345") == "order 12345");
  CHECK(AccountMask(true).text("IBAN DE89370400440532013000") == "IBAN DE89370400440532013000");
}

// Found by fuzz/fuzz_output_escaping: a known account written with an '@' glued to an
// IBAN-shaped number was taken for an email address and left whole in the text.
TEST_CASE("AccountMask::text masks every account it finds; emails are not accounts") {
  AccountMask mask;
  mask.add_known("@WY1045565634566");
  CHECK(mask.text("@WY1045565634566") == "@WY** **** 4566"); // the IBAN-shaped part
  AccountMask paypal;
  paypal.add_known("ap@globex.example");
  CHECK(paypal.text("from ap@globex.example") == "from ap@globex.example");
  CHECK(paypal.account("ap@globex.example") == "ap@globex.example");
}
