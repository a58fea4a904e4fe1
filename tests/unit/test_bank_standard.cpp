#include "bank/bank_file.hpp"
#include "bank/camt.hpp"
#include "bank/mt940.hpp"

#include <doctest/doctest.h>

using namespace dues;
using namespace dues::bank;

namespace {

std::string camt(std::string_view version, std::string_view entries) {
  return fmt::format(R"(<?xml version="1.0"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.{}"><BkToCstmrStmt><Stmt><Id>S1</Id>
{}
</Stmt></BkToCstmrStmt></Document>
)",
                     version, entries);
}

} // namespace

TEST_CASE("bank_standard: the format is sniffed from the content") {
  CHECK(sniff_input_format("\xEF\xBB\xBF  <?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:"
                           "iso:20022:tech:xsd:camt.054.001.02\">")
        == InputFormat::camt054);
  CHECK(sniff_input_format(camt("08", "")) == InputFormat::camt053);
  CHECK(sniff_input_format(":20:STARTUMS\r\n:25:1/2\r\n") == InputFormat::mt940);
  CHECK(sniff_input_format("{1:F01X}{2:O940}{4:\n:20:X\n") == InputFormat::mt940);
  CHECK(sniff_input_format("Date,Amount\n2024-01-01,1\n") == InputFormat::csv);
  CHECK(input_format_named("CAMT.053") == InputFormat::camt053);
  CHECK(input_format_named("mt942") == InputFormat::mt940);
  CHECK_FALSE(input_format_named("ofx").has_value());
}

TEST_CASE("bank_standard: a camt entry without TxDtls, instructed amount and charges") {
  Diagnostics diags;
  const Statement statement = read_camt(camt("06", R"(
<Ntry><Amt Ccy="EUR">98.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
  <BookgDt><DtTm>2024-05-02T08:00:00</DtTm></BookgDt><AcctSvcrRef>A1</AcctSvcrRef></Ntry>
<Ntry><Amt Ccy="EUR">97.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
  <BookgDt><Dt>2024-05-03</Dt></BookgDt>
  <NtryDtls><TxDtls><AmtDtls><InstdAmt><Amt Ccy="EUR">100.00</Amt></InstdAmt>
  <TxAmt><Amt Ccy="EUR">97.00</Amt></TxAmt></AmtDtls>
  <RltdPties><Dbtr><Pty><Nm> Globex
     GmbH </Nm></Pty></Dbtr><DbtrAcct><Id><Othr><Id>12345</Id></Othr></Id></DbtrAcct></RltdPties>
  <RmtInf><Strd><CdtrRefInf><Ref>RF47INV20240043</Ref></CdtrRefInf></Strd>
  <Ustrd>thanks</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
<Ntry><Amt Ccy="JPY">1.5</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2024-05-03</Dt></BookgDt></Ntry>
<Ntry><Amt Ccy="EUR">5.00</Amt><CdtDbtInd>SIDEWAYS</CdtDbtInd><BookgDt><Dt>2024-05-03</Dt></BookgDt></Ntry>
)"),
                                        "s.xml", diags);
  CHECK(statement.format == "camt.053.001.06");
  REQUIRE(statement.receipts.size() == 2);
  const BankLine& first = statement.receipts[0];
  CHECK(format_date(first.date) == "2024-05-02");
  CHECK(first.key == "camt:A1");
  const BankLine& second = statement.receipts[1];
  CHECK(format_amount(second.fee) == "3.00");
  CHECK(second.payer_name == "Globex GmbH");
  CHECK(second.payer_account == "12345");
  CHECK(second.reference == "RF47INV20240043 thanks");
  CHECK(second.key.starts_with("camt:")); // no bank id: a fingerprint
  REQUIRE(diags.errors().size() == 2);
  CHECK(std::string(diags.errors()[0].what()) == "s.xml:14:8: more decimals than JPY has: '1.5'");
  CHECK(std::string(diags.errors()[1].what())
        == "s.xml:15:33: CdtDbtInd must be CRDT or DBIT, not 'SIDEWAYS'");
}

TEST_CASE("bank_standard: camt text: entities, CDATA, white space, prefixes, mixed content") {
  // The reader keeps an element's leading text in the element (parse_embed_pcdata) and
  // copies clean text as is: what it reads must not change (issue 18).
  Diagnostics diags;
  const Statement statement = read_camt(R"(<?xml version="1.0"?>
<c:Document xmlns:c="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><c:BkToCstmrStmt><c:Stmt>
<c:Ntry><c:Amt Ccy="EUR">10.00</c:Amt><c:CdtDbtInd>CRDT</c:CdtDbtInd><c:Sts><c:Cd>BOOK</c:Cd></c:Sts>
  <c:BookgDt><c:Dt>2024-05-02</c:Dt></c:BookgDt><c:AcctSvcrRef>A&amp;1</c:AcctSvcrRef>
  <c:NtryDtls><c:TxDtls><c:RltdPties><c:Dbtr><c:Pty><c:Nm>Smith &amp; Sons&#x20;&#x41;G</c:Nm>
  </c:Pty></c:Dbtr></c:RltdPties><c:RmtInf><c:Ustrd><![CDATA[INV <1>  &amp;]]></c:Ustrd><c:Ustrd>
     two	lines
     here </c:Ustrd><c:Ustrd>tail&#x9;</c:Ustrd></c:RmtInf></c:TxDtls></c:NtryDtls></c:Ntry>
<c:Ntry><c:Amt Ccy="EUR">11.00</c:Amt><c:CdtDbtInd>CRDT</c:CdtDbtInd><c:Sts>BOOK</c:Sts>
  <c:BookgDt><c:Dt>2024-05-03</c:Dt></c:BookgDt>
  <c:NtryDtls><c:TxDtls><c:RltdPties><c:Dbtr><c:Nm>Müller<c:X/> GmbH</c:Nm></c:Dbtr></c:RltdPties>
  <c:Refs><c:EndToEndId> E2E  1 </c:EndToEndId></c:Refs></c:TxDtls></c:NtryDtls></c:Ntry>
</c:Stmt></c:BkToCstmrStmt></c:Document>
)",
                                        "s.xml", diags);
  CHECK(diags.empty());
  REQUIRE(statement.receipts.size() == 2);
  const BankLine& first = statement.receipts[0];
  CHECK(first.line_number == 5);
  CHECK(first.payer_name == "Smith & Sons AG");
  CHECK(first.reference == "INV <1> &amp; two lines here tail");
  CHECK(first.key == "camt:A&1");
  const BankLine& second = statement.receipts[1];
  CHECK(second.line_number == 11);
  CHECK(second.payer_name == "Müller"); // the text before a child element, as before
  CHECK(second.reference == "E2E 1");
}

TEST_CASE("bank_standard: hostile XML") {
  Diagnostics diags;
  CHECK_THROWS_WITH(read_camt("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><x/>",
                              "x.xml", diags),
                    doctest::Contains("DOCTYPE is not allowed"));
  CHECK_THROWS_WITH(read_camt("", "x.xml", diags), doctest::Contains("not well-formed XML"));
  CHECK_THROWS_WITH(read_camt("<Document/>", "x.xml", diags),
                    doctest::Contains("not a camt.053 or camt.054 document"));
  CHECK_THROWS_WITH(read_camt(camt("01", ""), "x.xml", diags),
                    doctest::Contains("versions .001.02 to .001.08"));
}

TEST_CASE("bank_standard: MT940 :86: conventions") {
  const Mt940Details german = parse_mt940_details(
      "166?00SEPA-GUTSCHRIFT?20EREF+E2E-1?21SVWZ+Rechnung INV-20?2224-0043?31DE89370400440532013"
      "000?32Globex?33 GmbH?34AM04");
  CHECK(german.code == "166");
  CHECK(german.text == "SEPA-GUTSCHRIFT");
  CHECK(german.purpose == "Rechnung INV-2024-0043");
  CHECK(german.end_to_end == "E2E-1");
  CHECK(german.account == "DE89370400440532013000");
  CHECK(german.name == "Globex GmbH");
  CHECK(german.return_code == "AM04");
  const Mt940Details dutch = parse_mt940_details(
      "/TRTP/SEPA OVERBOEKING/IBAN/NL91ABNA0417164300/BIC/ABNANL2A/NAME/W.F. Hermans/REMI/STRD/"
      "CUR/RF18539007547034/EREF/NOTPROVIDED");
  CHECK(dutch.code == "SEPA OVERBOEKING");
  CHECK(dutch.account == "NL91ABNA0417164300");
  CHECK(dutch.name == "W.F. Hermans");
  CHECK(dutch.purpose == "RF18539007547034");
  CHECK(dutch.end_to_end.empty());
  const Mt940Details free = parse_mt940_details(" Payment INV-1 /thanks ");
  CHECK(free.purpose == "Payment INV-1 /thanks");
  CHECK(free.name.empty());
}

TEST_CASE("bank_standard: MT940 statement lines") {
  Diagnostics diags;
  const Statement statement = read_mt940(":20:X\n:25:ACC\n:60F:C231231EUR0,\n"
                                         ":61:2312310102C10,5NTRFNONREF//B1\n"
                                         ":61:231231RC1,00NTRFNONREF\n:62F:C240102EUR9,50\n",
                                         "x.sta", diags);
  CHECK(diags.empty());
  REQUIRE(statement.receipts.size() == 1);
  CHECK(format_date(statement.receipts[0].date) == "2024-01-02"); // entry date in the next year
  CHECK(format_amount(statement.receipts[0].amount) == "10.50");
  CHECK(statement.receipts[0].key == "mt940:B1");
  REQUIRE(statement.skipped.size() == 1);
  CHECK(statement.skipped[0].reason == SkipReason::returned);
  REQUIRE(statement.balances.size() == 1);
  CHECK(format_amount(*statement.balances[0].movements) == "9.50");
  check_balances(statement, diags);
  CHECK(diags.empty());
  CHECK(return_reason_text("MD01") == "no mandate");
  CHECK(return_reason_text("ZZ99").empty());
}

// Found by fuzz_bank_standard: a :61: after a balance in another currency made the
// running sum mix currencies, an internal error instead of a located one.
TEST_CASE("bank_standard: regress mt940-movement-in-another-currency") {
  Diagnostics diags;
  const Statement statement = read_mt940(":20:X\n:60F:C240101EUR1,00\n:62M:C240101USD1,00\n"
                                         ":61:240101C5,00NTRFNONREF\n",
                                         "x.sta", diags);
  REQUIRE(diags.errors().size() == 1);
  CHECK(std::string(diags.errors()[0].what())
        == "x.sta:4:12: the movements of this statement do not add up in its currency");
  CHECK(statement.receipts.empty());
}
