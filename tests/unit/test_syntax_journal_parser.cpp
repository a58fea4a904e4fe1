#include "syntax/journal_parser.hpp"
#include "testutil.hpp"

#include <string>
#include <vector>

using dues::syntax::EntryKind;
using dues::syntax::ParseOptions;
using dues::test::dec;
using dues::test::parse;
using Messages = std::vector<std::string>;

namespace {

// The errors of a journal, as the user sees them.
Messages errors_of(std::string_view text, const ParseOptions& options = {}) {
  return parse(text, options).errors();
}

std::string only_error(std::string_view text) {
  const Messages errors = errors_of(text);
  REQUIRE_MESSAGE(errors.size() == 1, "expected one error, got " << errors.size());
  return errors.front();
}

std::vector<std::string> ids_of(const dues::test::Parsed& parsed) {
  std::vector<std::string> ids;
  for (const auto& entry : parsed.entries) {
    ids.push_back(entry.id.value);
  }
  return ids;
}

// Column ruler for the header most tests start from:
//  2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 100.00 EUR
//  1         11       20    26       35   40  44         55    61     68
constexpr std::string_view k_invoice =
    "2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 100.00 EUR";

// 2026-02-01 payment PAY-1 customer acme amount X EUR   (X starts in column 47)
std::string payment_with_amount(std::string_view amount) {
  return "2026-02-01 payment PAY-1 customer acme amount " + std::string(amount) + " EUR";
}

} // namespace

TEST_CASE("a well-formed invoice parses into typed fields with positions") {
  const auto parsed = parse(std::string(k_invoice)
                            + " terms net30 ref \"RF18 5390\"\n"
                              "  item \"Consulting\" qty 10 unit h price 10.00 tax standard amount "
                              "100.00\n"
                              "  tax standard rate 20% base 100.00 amount 20.00\n"
                              "  instalment 2026-02-04 100.00\n");
  REQUIRE(parsed.diags.empty());
  REQUIRE(parsed.entries.size() == 1);
  const auto& entry = parsed.entries.front();
  CHECK(entry.kind == EntryKind::invoice);
  CHECK(entry.date == dues::test::day("2026-01-05"));
  CHECK(entry.pos.line == 1);
  CHECK(entry.pos.column == 1);
  CHECK(entry.id.value == "INV-1");
  CHECK(entry.id.pos.column == 20);
  CHECK(entry.customer.value == "acme");
  CHECK(entry.customer.pos.column == 35);
  CHECK(entry.due.value == dues::test::day("2026-02-04"));
  CHECK(entry.total.value == dec("100"));
  CHECK(entry.total.pos.column == 61);
  CHECK(entry.currency.value == "EUR");
  CHECK(entry.currency.pos.column == 68);
  CHECK(entry.terms.value == "net30");
  CHECK(entry.reference.value == "RF18 5390");
  CHECK_FALSE(entry.note.set);
  REQUIRE(entry.items.size() == 1);
  CHECK(entry.items[0].pos.line == 2);
  CHECK(entry.items[0].pos.column == 3);
  CHECK(entry.items[0].description.value == "Consulting");
  CHECK(entry.items[0].quantity.value == dec("10"));
  CHECK(entry.items[0].unit.value == "h");
  CHECK(entry.items[0].price.value == dec("10.00"));
  CHECK(entry.items[0].tax.value == "standard");
  CHECK(entry.items[0].amount.value == dec("100"));
  REQUIRE(entry.taxes.size() == 1);
  CHECK(entry.taxes[0].rate.value == dec("20"));
  CHECK(entry.taxes[0].base.value == dec("100"));
  CHECK(entry.taxes[0].amount.value == dec("20"));
  REQUIRE(entry.instalments.size() == 1);
  CHECK(entry.instalments[0].due.value == dues::test::day("2026-02-04"));
  CHECK(entry.instalments[0].pos.line == 4);
}

TEST_CASE("every entry kind parses") {
  const auto parsed = parse("2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 1 EUR\n"
                            "2026-01-06 credit CN-1 customer acme invoice INV-1 reason \"r\" total "
                            "1 EUR\n"
                            "2026-01-07 payment PAY-1 customer acme amount 1 EUR fee 0.5\n"
                            "2026-01-08 refund RFD-1 customer acme amount 1 EUR method bank\n"
                            "2026-01-09 void INV-1 reason \"twice\"\n"
                            "2026-01-10 writeoff INV-1 amount 1 reason \"gone\"\n"
                            "2026-01-11 allocate PAY-1\n"
                            "  apply INV-1 1\n"
                            "2026-01-12 dispute INV-1 reason \"damaged\"\n"
                            "2026-01-13 resolve INV-1\n"
                            "2026-01-14 remind INV-1 level 2\n");
  CHECK(parsed.errors() == Messages{});
  std::vector<EntryKind> kinds;
  for (const auto& entry : parsed.entries) {
    kinds.push_back(entry.kind);
  }
  CHECK(kinds
        == std::vector<EntryKind>{EntryKind::invoice, EntryKind::credit, EntryKind::payment,
                                  EntryKind::refund, EntryKind::void_doc, EntryKind::writeoff,
                                  EntryKind::allocate, EntryKind::dispute, EntryKind::resolve,
                                  EntryKind::remind});
  CHECK_FALSE(parsed.entries[5].currency.set); // a write-off's currency is optional
  CHECK(parsed.entries[9].level.value == dec("2"));
}

TEST_CASE("header errors name the token's line and column") {
  const std::string p = "journal/2026.dues:1:";
  CHECK(only_error("2026-02-30 void INV-1 reason \"x\"")
        == p + "1: not a valid date (YYYY-MM-DD): '2026-02-30'");
  CHECK(only_error("2026-1-5 void INV-1 reason \"x\"")
        == p + "1: not a valid date (YYYY-MM-DD): '2026-1-5'");
  CHECK(only_error("invoice INV-1")
        == p + "1: expected a date (YYYY-MM-DD) at the start of an entry, found 'invoice'");
  CHECK(
      only_error("2026-01-05 bill INV-1")
      == p
             + "12: unknown entry 'bill'; expected one of invoice, credit, payment, refund, void, "
               "writeoff, allocate, dispute, resolve, remind, note, promise, sent, collection, return, forgotten");
  CHECK(only_error("2026-01-05")
        == p
               + "12: expected an entry keyword such as 'invoice', found "
                 "end of line");
  CHECK(only_error("2026-01-05 invoice")
        == p + "20: expected an id after 'invoice', found end of line");
  CHECK(only_error("2026-01-05 invoice -INV-1 customer acme due 2026-02-04 total 1 EUR")
        == p + "20: not a valid id (letters, digits, '-', '_', '.', '/'): '-INV-1'");
  CHECK(only_error(std::string(k_invoice) + " due 2026-02-05") == p + "72: 'due' given twice");
  CHECK(only_error(std::string(k_invoice) + " colour red")
        == p + "72: unknown attribute 'colour' for an invoice");
  CHECK(only_error(payment_with_amount("10.00") + " due 2026-03-01")
        == p + "57: unknown attribute 'due' for a payment");
  CHECK(only_error("2026-01-05 invoice INV-1 customer")
        == p + "35: expected a value after 'customer', found end of line");
  CHECK(only_error("2026-01-05 invoice INV-1 customer \"\" due 2026-02-04 total 1 EUR")
        == p + "35: expected a value after 'customer', found an empty string");
  CHECK(only_error("2026-01-05 invoice INV-1 customer acme due 2026-02-30 total 100.00 EUR")
        == p + "44: not a valid date (YYYY-MM-DD): '2026-02-30'");
}

TEST_CASE("missing required attributes are reported after the last token") {
  const std::string p = "journal/2026.dues:1:";
  CHECK(only_error("2026-01-05 invoice INV-1 customer acme due 2026-02-04")
        == p + "55: missing 'total' for an invoice");
  CHECK(only_error("2026-01-05 invoice INV-1 due 2026-02-04 total 1 EUR")
        == p + "53: missing 'customer' for an invoice");
  CHECK(only_error("2026-01-05 void INV-1") == p + "23: missing 'reason' for a void");
  CHECK(only_error("2026-01-05 void INV-1 ; why?") == p + "23: missing 'reason' for a void");
  CHECK(only_error("2026-03-02 remind INV-1") == p + "25: missing 'level' for a reminder");
  CHECK(only_error("2026-03-02 dispute INV-1") == p + "26: missing 'reason' for a dispute");
  CHECK(only_error("2026-02-01 payment PAY-1 customer acme")
        == p + "40: missing 'amount' for a payment");
  CHECK(only_error("2026-06-30 writeoff INV-1 reason \"x\"")
        == p + "38: missing 'amount' for a write-off");
}

TEST_CASE("currency codes after amounts") {
  const std::string p = "journal/2026.dues:1:";
  CHECK(only_error("2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 100.00")
        == p + "68: expected a currency code (such as EUR) after the amount, found end of line");
  CHECK(only_error("2026-01-05 invoice INV-1 customer acme total 100.00 due 2026-02-04")
        == p + "53: expected a currency code (such as EUR) after the amount, found 'due'");
  CHECK(only_error("2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 100.00 XYZ")
        == p + "68: unknown currency 'XYZ' (expected an ISO 4217 code)");
  // A write-off may name its currency, or not.
  const auto parsed = parse("2026-06-30 writeoff INV-1 amount 20.00 EUR reason \"x\"\n"
                            "2026-06-30 writeoff INV-2 amount 20.00 reason \"x\"\n");
  REQUIRE(parsed.entries.size() == 2);
  CHECK(parsed.entries[0].currency.value == "EUR");
  CHECK_FALSE(parsed.entries[1].currency.set);
  CHECK(only_error("2026-06-30 writeoff INV-1 amount 20.00 ABC reason \"x\"")
        == p + "40: unknown currency 'ABC' (expected an ISO 4217 code)");
}

TEST_CASE("amounts: each kind of bad number has its own message") {
  const std::string p = "journal/2026.dues:1:47: ";
  const std::string invalid = "not a valid amount (digits, optionally '.' and decimals): ";
  CHECK(only_error(payment_with_amount("1e3")) == p + invalid + "'1e3'");
  CHECK(only_error(payment_with_amount(".5")) == p + invalid + "'.5'");
  CHECK(only_error(payment_with_amount("5.")) == p + invalid + "'5.'");
  CHECK(only_error(payment_with_amount(".")) == p + invalid + "'.'");
  CHECK(only_error(payment_with_amount("-")) == p + invalid + "'-'");
  CHECK(only_error(payment_with_amount("--5")) == p + invalid + "'--5'");
  CHECK(only_error(payment_with_amount("+1")) == p + invalid + "'+1'");
  CHECK(only_error(payment_with_amount("1.2.3")) == p + invalid + "'1.2.3'");
  CHECK(only_error(payment_with_amount("1,200.00")) == p + invalid + "'1,200.00'");
  CHECK(only_error(payment_with_amount("12€")) == p + invalid + "'12€'");
  CHECK(only_error(payment_with_amount("99999999999999999999"))
        == p + "amount out of range: '99999999999999999999'");
  CHECK(only_error(payment_with_amount("0.1234567891")) == p + "too many decimals: '0.1234567891'");
}

TEST_CASE("percentages, discounts and whole numbers") {
  const std::string tax_line = "  tax standard rate ";
  CHECK(only_error(std::string(k_invoice) + "\n" + tax_line + "abc amount 1.00")
        == "journal/2026.dues:2:21: not a valid percentage (such as 20%): 'abc'");
  CHECK(only_error(std::string(k_invoice) + "\n" + tax_line + "-5% amount 1.00")
        == "journal/2026.dues:2:21: not a valid percentage (such as 20%): '-5%'");
  CHECK(only_error(std::string(k_invoice) + " discount 10%%")
        == "journal/2026.dues:1:81: not a valid discount (a percentage such as 10% or an amount): "
           "'10%%'");
  CHECK(only_error(std::string(k_invoice) + " discount -5")
        == "journal/2026.dues:1:81: not a valid discount (a percentage such as 10% or an amount): "
           "'-5'");
  CHECK(only_error("2026-03-02 remind INV-1 level 1.5")
        == "journal/2026.dues:1:31: not a whole number: '1.5'");
  CHECK(only_error("2026-03-02 remind INV-1 level -1")
        == "journal/2026.dues:1:31: not a whole number: '-1'");
  const auto parsed = parse(std::string(k_invoice)
                            + " discount 5% cash-discount 2 "
                              "cash-discount-until 2026-01-15\n"
                              "2026-01-06 credit CN-1 customer acme "
                              "discount 12.50 total 1 EUR\n");
  REQUIRE(parsed.entries.size() == 2);
  CHECK(parsed.entries[0].discount.value.is_percent);
  CHECK(parsed.entries[0].discount.value.value == dec("5"));
  CHECK(parsed.entries[0].cash_discount.value == dec("2"));
  CHECK_FALSE(parsed.entries[1].discount.value.is_percent);
  CHECK(parsed.entries[1].discount.value.value == dec("12.5"));
}

TEST_CASE("words and quoted strings") {
  const std::string p = "journal/2026.dues:1:";
  // 2026-01-05 void INV-1 reason ...   (the value starts in column 30)
  CHECK(only_error("2026-01-05 void INV-1 reason ab\"c\"")
        == p + "32: unexpected '\"' inside a word; quote the whole value");
  CHECK(only_error("2026-01-05 void INV-1 reason \"abc")
        == p + "30: unterminated string: missing closing '\"'");
  CHECK(only_error("2026-01-05 void INV-1 reason \"a\\tb\"")
        == p + "32: unknown escape in string; only \\\" and \\\\ are allowed");
  CHECK(only_error("2026-01-05 void INV-1 reason \"abc\"def")
        == p + "35: expected a space after the closing '\"'");
  const auto parsed = parse("2026-01-05 void INV-1 reason \"say \\\"hi\\\" \\\\ ; not a comment\" "
                            "note plain ; a comment\n");
  REQUIRE(parsed.entries.size() == 1);
  CHECK(parsed.entries[0].reason.value == "say \"hi\" \\ ; not a comment");
  CHECK(parsed.entries[0].note.value == "plain");
  CHECK(parsed.entries[0].comments.trailing == "a comment");
  // A ';' glued to a word is part of the word.
  const auto glued = parse("2026-01-05 void INV-1 reason x;y\n");
  REQUIRE(glued.entries.size() == 1);
  CHECK(glued.entries[0].reason.value == "x;y");
  CHECK(glued.entries[0].comments.trailing.empty());
}

TEST_CASE("columns count code points, not bytes") {
  // 2026-01-05 invoice INV-1 customer acme note "中文说明：测试" due ...
  // note 40, the string 45-53, due 55, its value 59.
  CHECK(only_error("2026-01-05 invoice INV-1 customer acme note \"中文说明：测试\" due 2026-02-30 "
                   "total 100.00 EUR")
        == "journal/2026.dues:1:59: not a valid date (YYYY-MM-DD): '2026-02-30'");
  CHECK(only_error(std::string(k_invoice) + "\n  item \"咨询服务，一月\" qty 10 price 1x")
        == "journal/2026.dues:2:31: not a valid amount (digits, optionally '.' and decimals): "
           "'1x'");
  CHECK(only_error("2026-01-05 void INV-1 reason \"日本語\" note \"a\\x\"")
        == "journal/2026.dues:1:43: unknown escape in string; only \\\" and \\\\ are allowed");
  CHECK(only_error("2026-01-05 void INV-1 reason \"é\xFF\"")
        == "journal/2026.dues:1:32: invalid UTF-8 (byte 0xFF); journals must be UTF-8");
}

TEST_CASE("detail line errors") {
  const std::string head = std::string(k_invoice) + "\n";
  const std::string p = "journal/2026.dues:2:";
  CHECK(only_error(head + "  item")
        == p
               + "8: expected the item description (in quotes), found "
                 "end of line");
  CHECK(only_error(head + "  item \"A\" qty 1") == p + "18: missing 'price' for an item line");
  CHECK(only_error(head + "  item \"A\" price 1.00 colour red")
        == p + "23: unknown attribute 'colour' for an item line");
  CHECK(only_error(head + "  item \"A\" price 1.00 price 2.00") == p + "23: 'price' given twice");
  CHECK(only_error(head + "  tax standard rate 20%") == p + "25: missing 'amount' for a tax line");
  CHECK(only_error(head + "  tax standard amount 1.00") == p + "28: missing 'rate' for a tax line");
  CHECK(only_error(head + "  tax") == p + "7: expected a tax code, found end of line");
  CHECK(only_error(head + "  instalment 2026-02-30 10.00")
        == p + "14: not a valid date (YYYY-MM-DD): '2026-02-30'");
  CHECK(only_error(head + "  instalment 2026-03-01 500.00 extra")
        == p + "32: unexpected 'extra' after the instalment");
  CHECK(only_error(head + "  instalment 2026-03-01")
        == p + "25: expected the instalment's amount, found end of line");
  CHECK(only_error(head + "  apply INV-1 10.00")
        == p + "3: unknown line 'apply' in an invoice; expected item, tax, instalment");
  CHECK(only_error(head + "  note \"x\"")
        == p + "3: unknown line 'note' in an invoice; expected item, tax, instalment");
  const std::string payment = payment_with_amount("10.00") + "\n";
  CHECK(only_error(payment + "  apply INV-1 10.00 x")
        == p + "21: unexpected 'x' after the applied amount");
  CHECK(only_error(payment + "  apply \"INV 1\" 10.00")
        == p + "9: not a valid id (letters, digits, '-', '_', '.', '/'): 'INV 1'");
  CHECK(only_error(payment + "  apply INV-1")
        == p + "15: expected the amount applied, found end of line");
  CHECK(only_error(payment + "  item \"A\" price 1.00")
        == p + "3: unknown line 'item' in a payment; expected apply");
  CHECK(only_error("2026-01-06 credit CN-1 customer acme total 1 EUR\n  instalment 2026-02-01 1")
        == p + "3: unknown line 'instalment' in a credit note; expected item, tax, apply");
  CHECK(only_error("2026-01-06 void INV-1 reason \"x\"\n  apply INV-1 1.00")
        == p + "3: a void has no indented lines, found 'apply'");
  CHECK(only_error("2026-01-06 refund RFD-1 customer acme amount 1 EUR\n  apply INV-1 1.00")
        == p + "3: a refund has no indented lines, found 'apply'");
  CHECK(only_error("  item \"A\" price 1.00")
        == "journal/2026.dues:1:3: indented line outside an entry (entries start with a date in "
           "column 1)");
  CHECK(only_error(head + "\n  item \"A\" price 1.00")
        == "journal/2026.dues:3:3: indented line outside an entry (entries start with a date in "
           "column 1)");
}

TEST_CASE("one bad line does not stop later entries from being read and reported") {
  const auto parsed =
      parse("2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 100.00 EUR\n"
            "  item \"A\" price 100.00 amount 1x\n"
            "\n"
            "2026-01-06 invoice INV-2 customer acme due 2026-02-05 total 50.00 EUR\n"
            "\n"
            "2026-01-08 payment PAY-1 customer acme amount 50.00 EUR\n"
            "  apply INV-2 50.00\n"
            "2026-01-09 bill INV-3\n"
            "  item \"B\" price 1.00\n"
            "2026-01-10 void INV-9 reason \"ok\"\n"
            "2026-01-11 void INV-8 reason \"a\tb\"\n"
            "2026-01-12 dispute INV-2 reason \"late\" level 1\n"
            "2026-01-13 remind INV-2 level 1\n");
  CHECK(parsed.errors()
        == Messages{"journal/2026.dues:2:32: not a valid amount (digits, optionally '.' and "
                    "decimals): '1x'",
                    "journal/2026.dues:8:12: unknown entry 'bill'; expected one of invoice, "
                    "credit, payment, refund, void, writeoff, allocate, dispute, resolve, remind, note, "
                    "promise, sent, collection, return, forgotten",
                    "journal/2026.dues:11:32: tab character; journals use spaces (run 'dues fmt' "
                    "to convert)",
                    "journal/2026.dues:12:40: unknown attribute 'level' for a dispute"});
  CHECK(ids_of(parsed) == std::vector<std::string>{"INV-2", "PAY-1", "INV-9", "INV-2"});
  REQUIRE(parsed.entries.size() == 4);
  CHECK(parsed.entries[0].pos.line == 4);
  CHECK(parsed.entries[1].pos.line == 6);
  CHECK(parsed.entries[1].applies.size() == 1);
  CHECK(parsed.entries[3].kind == EntryKind::remind);
}

TEST_CASE("every bad detail line of an entry is reported, and the entry is dropped") {
  const auto parsed = parse(std::string(k_invoice)
                            + "\n"
                              "  item \"A\" price x\n"
                              "  item \"B\" price 1.00\n"
                              "  tax standard rate y amount 1\n");
  CHECK(parsed.errors().size() == 2);
  CHECK(parsed.entries.empty());
}

TEST_CASE("comments stay where they were written") {
  const auto parsed = parse("; header comment\n"
                            "\n"
                            "2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 240.00 "
                            "EUR ; trailing header\n"
                            "  ; above item 1\n"
                            "  ;\n"
                            "  item \"A\" price 100.00 tax standard amount 100.00 ; trailing item\n"
                            "  item \"B\" price 100.00 tax standard amount 100.00\n"
                            "  ; above tax\n"
                            "  tax standard rate 20% base 200.00 amount 40.00\n"
                            "  ; end comment\n"
                            ";between entries\n"
                            "  ; indented between entries\n"
                            "2026-02-01 payment PAY-1 customer acme amount 240.00 EUR\n"
                            "  apply INV-1 240.00 ;paid in full\n");
  REQUIRE(parsed.errors() == Messages{});
  CHECK(parsed.trivia
        == std::vector<std::string>{"; header comment", "", ";between entries",
                                    "; indented between entries"});
  REQUIRE(parsed.entries.size() == 2);
  const auto& invoice = parsed.entries[0];
  CHECK(invoice.comments.trailing == "trailing header");
  CHECK(invoice.comments.above.empty());
  REQUIRE(invoice.items.size() == 2);
  CHECK(invoice.items[0].comments.above == std::vector<std::string>{"above item 1", ""});
  CHECK(invoice.items[0].comments.trailing == "trailing item");
  CHECK(invoice.items[1].comments.above.empty());
  CHECK(invoice.items[1].comments.trailing.empty());
  REQUIRE(invoice.taxes.size() == 1);
  CHECK(invoice.taxes[0].comments.above == std::vector<std::string>{"above tax"});
  CHECK(invoice.end_comments == std::vector<std::string>{"end comment"});
  const auto& payment = parsed.entries[1];
  CHECK(payment.applies.at(0).comments.trailing == "paid in full");
  CHECK(payment.end_comments.empty());
}

TEST_CASE("a byte order mark, CRLF line ends and tabs are errors, or repaired") {
  const std::string text = "\xEF\xBB\xBF" + std::string(k_invoice) + "\r\n"
                           + "\titem \"A\"\tprice 100.00\r\n"
                             "2026-01-06 void INV-1 reason \"x\"\r\n";
  CHECK(errors_of(text)
        == Messages{"journal/2026.dues:1:1: byte order mark at the start of the file; journals are "
                    "UTF-8 without one (run 'dues fmt' to remove it)",
                    "journal/2026.dues:1:71: carriage return at the end of the line (CRLF); "
                    "journals use LF line ends (run 'dues fmt' to convert)",
                    "journal/2026.dues:2:1: tab character; journals use spaces (run 'dues fmt' "
                    "to convert)"});
  // The invoice whose item line is bad is not passed on; the void after it is.
  CHECK(ids_of(parse(text)) == std::vector<std::string>{"INV-1"});
  CHECK(parse(text).entries.at(0).kind == EntryKind::void_doc);

  ParseOptions repair;
  repair.repair = true;
  const auto repaired = parse(text, repair);
  CHECK(repaired.errors() == Messages{});
  REQUIRE(repaired.entries.size() == 2);
  REQUIRE(repaired.entries[0].items.size() == 1);
  CHECK(repaired.entries[0].items[0].price.value == dec("100"));
  CHECK(repaired.entries[0].currency.value == "EUR"); // no '\r' left on the last token
  CHECK(repaired.entries[1].reason.value == "x");
}

TEST_CASE("a carriage return inside a line is always an error") {
  ParseOptions repair;
  repair.repair = true;
  CHECK(errors_of("2026-01-06 void INV-1 reason \"a\rb\"\n", repair)
        == Messages{"journal/2026.dues:1:32: carriage return inside a line"});
}

TEST_CASE("is_valid_id") {
  using dues::syntax::is_valid_id;
  CHECK(is_valid_id("INV-2026-0001"));
  CHECK(is_valid_id("a/b.c_d-e"));
  CHECK(is_valid_id("7"));
  CHECK(is_valid_id(std::string(64, 'x')));
  CHECK_FALSE(is_valid_id(std::string(65, 'x')));
  CHECK_FALSE(is_valid_id(""));
  CHECK_FALSE(is_valid_id("-a"));
  CHECK_FALSE(is_valid_id("_a"));
  CHECK_FALSE(is_valid_id("a b"));
  CHECK_FALSE(is_valid_id("a;b"));
  CHECK_FALSE(is_valid_id("中文"));
}
