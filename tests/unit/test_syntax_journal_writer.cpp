#include "syntax/journal_writer.hpp"
#include "testutil.hpp"

#include <string>

using dues::syntax::quote;
using dues::syntax::quote_if_needed;
using dues::test::parse;
using dues::test::rewrite;

TEST_CASE("quote escapes only quotes and backslashes") {
  CHECK(quote("Consulting, January") == "\"Consulting, January\"");
  CHECK(quote("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(quote("") == "\"\"");
  CHECK(quote("中文；说明") == "\"中文；说明\"");
  CHECK(quote_if_needed("acme") == "acme");
  CHECK(quote_if_needed("wire transfer") == "\"wire transfer\"");
  CHECK(quote_if_needed("a;b") == "\"a;b\"");
  CHECK(quote_if_needed("a\"b") == "\"a\\\"b\"");
  CHECK(quote_if_needed("a\\b") == "\"a\\\\b\"");
  CHECK(quote_if_needed("") == "\"\"");
}

TEST_CASE("the writer puts attributes in grammar order with canonical values") {
  CHECK(rewrite("2026-01-05   invoice INV-1 note plain total 1440 EUR  due 2026-02-04 customer "
                "\"acme\"\n")
        == "2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 1440.00 EUR note "
           "\"plain\"\n");
  CHECK(rewrite("2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 1440 EUR\n"
                "  item \"A\" amount 1200 tax standard price 120 unit h qty 10.0\n"
                "  tax standard amount 240 base 1200 rate 20.0\n")
        == "2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 1440.00 EUR\n"
           "  item \"A\" qty 10 unit h price 120.00 tax standard amount 1200.00\n"
           "  tax standard rate 20% base 1200.00 amount 240.00\n");
  CHECK(rewrite("2026-02-01 payment PAY-1 note \"x\" bank \"chase:8f3a\" ref \"SEPA 4711\" method "
                "bank fee 2.5 amount 1437.5 EUR customer acme\n"
                "  apply INV-1 1440\n")
        == "2026-02-01 payment PAY-1 customer acme amount 1437.50 EUR fee 2.50 method bank ref "
           "\"SEPA 4711\" bank \"chase:8f3a\" note \"x\"\n"
           "  apply INV-1 1440.00\n");
}

TEST_CASE("amounts get the currency's decimals; prices and quantities keep theirs") {
  CHECK(rewrite("2026-01-05 invoice INV-2 customer nippon due 2026-02-04 total 1500 JPY\n"
                "  item \"B\" qty 3 price 0.5 amount 2\n")
        == "2026-01-05 invoice INV-2 customer nippon due 2026-02-04 total 1500 JPY\n"
           "  item \"B\" qty 3 price 0.5 amount 2\n");
  CHECK(rewrite("2026-01-05 invoice INV-3 customer gulf due 2026-02-04 total 1.5 KWD\n"
                "  item \"C\" qty 0.125 price 0.123456 amount 1.5\n")
        == "2026-01-05 invoice INV-3 customer gulf due 2026-02-04 total 1.500 KWD\n"
           "  item \"C\" qty 0.125 price 0.123456 amount 1.500\n");
  // Without a currency (write-offs may omit it, allocations have none) the amount stays as
  // written.
  CHECK(rewrite("2026-06-30 writeoff INV-3 reason \"Uncollectible\" amount 20.0\n")
        == "2026-06-30 writeoff INV-3 amount 20.0 reason \"Uncollectible\"\n");
  CHECK(rewrite("2026-06-30 writeoff INV-3 reason x amount 20 EUR\n")
        == "2026-06-30 writeoff INV-3 amount 20.00 EUR reason \"x\"\n");
  CHECK(rewrite("2026-03-06 allocate PAY-4\n  apply INV-5 10\n")
        == "2026-03-06 allocate PAY-4\n  apply INV-5 10\n");
  CHECK(rewrite("2026-03-02 remind INV-5 level 01\n") == "2026-03-02 remind INV-5 level 1\n");
}

TEST_CASE("percentages and discounts") {
  CHECK(rewrite("2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 1 EUR discount 5.0% "
                "cash-discount 2 cash-discount-until 2026-01-15\n"
                "  item \"A\" price 1 discount 2.5\n"
                "  item \"B\" price 1 discount 10.50%\n")
        == "2026-01-05 invoice INV-1 customer acme due 2026-02-04 cash-discount 2% "
           "cash-discount-until 2026-01-15 discount 5% total 1.00 EUR\n"
           "  item \"A\" price 1.00 discount 2.50\n"
           "  item \"B\" price 1.00 discount 10.5%\n");
}

TEST_CASE("free text is always quoted and escaped, words only when they must be") {
  CHECK(rewrite("2026-01-05 void INV-1 reason \"say \\\"hi\\\" \\\\ ; 中文\"\n")
        == "2026-01-05 void INV-1 reason \"say \\\"hi\\\" \\\\ ; 中文\"\n");
  CHECK(rewrite("2026-01-05 void INV-1 reason x\n") == "2026-01-05 void INV-1 reason \"x\"\n");
  CHECK(rewrite("2026-02-01 payment PAY-1 customer acme amount 1 EUR method \"wire transfer\"\n")
        == "2026-02-01 payment PAY-1 customer acme amount 1.00 EUR method \"wire transfer\"\n");
  CHECK(rewrite("2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 1 EUR\n"
                "  item \"Design \\\"v2\\\"\" unit \"per hour\" price 1\n")
        == "2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 1.00 EUR\n"
           "  item \"Design \\\"v2\\\"\" unit \"per hour\" price 1.00\n");
}

TEST_CASE("comments are written back where they stood") {
  const std::string canonical =
      "2026-01-05 invoice INV-1 customer acme due 2026-02-04 total 240.00 EUR ; trailing header\n"
      "  ; above item 1\n"
      "  ;\n"
      "  item \"A\" price 100.00 tax standard amount 100.00 ; trailing item\n"
      "  item \"B\" price 100.00 tax standard amount 100.00\n"
      "  ; above tax\n"
      "  tax standard rate 20% base 200.00 amount 40.00\n"
      "  ; end comment\n";
  CHECK(rewrite(canonical) == canonical);
  CHECK(rewrite("2026-01-05 void INV-1 reason x   ;no space\n")
        == "2026-01-05 void INV-1 reason \"x\" ; no space\n");
}

namespace {

// Entries using every attribute, detail line and escape the grammar has.
constexpr std::string_view k_rich =
    "2026-01-05 invoice INV-2026-0001 po \"PO \\\"7\\\"\" customer acme series invoice due "
    "2026-02-04 terms net30 cash-discount 2% cash-discount-until 2026-01-15 prices exclusive "
    "tax-rounding invoice rounding half-even discount 5% subtotal 1140 total 1368.0 EUR ref \"RF18 "
    "5390 0754 7034\" note \"Back\\\\slash; and 中文\" ; header comment\n"
    "  ; about the work\n"
    "  item \"Consulting, January\" qty 10 unit h price 120 tax standard discount 5% amount 1140\n"
    "  item \"咨询服务\" qty 0.5 unit \"half day\" price 0.125 discount 0.01\n"
    "  tax standard rate 20% base 1140 amount 228\n"
    "  instalment 2026-02-04 684\n"
    "  instalment 2026-03-04 684.00 ; second half\n"
    "  ; the end\n"
    "\n"
    "2026-01-06 credit CN-2026-0001 customer acme invoice INV-2026-0001 reason \"Damaged\" prices "
    "inclusive total 120 EUR\n"
    "  item \"Returned\" price 120 tax standard amount 120\n"
    "  tax standard rate 20% base 100 amount 20\n"
    "  apply INV-2026-0001 120\n"
    "2026-01-07 payment PAY-2026-0001 customer nippon amount 1500 JPY fee 0 method card ref \"x\" "
    "bank \"alipay:123\" note \"n\"\n"
    "  apply INV-2026-0002 1500\n"
    "2026-01-08 refund RFD-2026-0001 customer gulf amount 1.5 KWD method bank ref \"r\" bank "
    "\"b\"\n"
    "2026-01-09 void INV-2026-0003 reason \"Issued twice\"\n"
    "2026-01-10 writeoff INV-2026-0004 amount 20 reason \"Uncollectible\"\n"
    "2026-01-11 allocate PAY-2026-0004 note \"late allocation\"\n"
    "  apply INV-2026-0005 10.5\n"
    "2026-01-12 dispute INV-2026-0004 reason \"Goods arrived damaged\"\n"
    "2026-01-13 resolve INV-2026-0004\n"
    "2026-01-14 resolve INV-2026-0006 reason \"Credit note agreed\"\n"
    "2026-01-15 remind INV-2026-0005 level 2 note \"sent by post\"\n";

} // namespace

TEST_CASE("parse, write, parse, write reaches a fixed point at once") {
  const std::string once = rewrite(k_rich);
  const std::string twice = rewrite(once);
  CHECK(once == twice);
  // Nothing was lost on the way: the same entries, with the same values.
  const auto first = parse(k_rich);
  const auto second = parse(once);
  REQUIRE(first.entries.size() == second.entries.size());
  CHECK(first.entries.size() == 11);
  for (std::size_t i = 0; i < first.entries.size(); ++i) {
    CAPTURE(i);
    const auto& a = first.entries[i];
    const auto& b = second.entries[i];
    CHECK(a.kind == b.kind);
    CHECK(a.id.value == b.id.value);
    CHECK(a.total.value == b.total.value);
    CHECK(a.amount.value == b.amount.value);
    CHECK(a.note.value == b.note.value);
    CHECK(a.reference.value == b.reference.value);
    CHECK(a.items.size() == b.items.size());
    CHECK(a.taxes.size() == b.taxes.size());
    CHECK(a.instalments.size() == b.instalments.size());
    CHECK(a.applies.size() == b.applies.size());
    CHECK(a.comments.trailing == b.comments.trailing);
    CHECK(a.end_comments == b.end_comments);
  }
  CHECK(second.entries[0].purchase_order.value == "PO \"7\"");
  CHECK(second.entries[0].note.value == "Back\\slash; and 中文");
  CHECK(second.entries[0].items[1].unit.value == "half day");
  CHECK(second.entries[0].items[1].description.value == "咨询服务");
}

TEST_CASE("the canonical text of a rich entry") {
  const auto parsed = parse(k_rich);
  REQUIRE(parsed.entries.size() == 11);
  CHECK(dues::syntax::format_entry(parsed.entries[0])
        == "2026-01-05 invoice INV-2026-0001 customer acme series invoice due 2026-02-04 terms "
           "net30 cash-discount 2% cash-discount-until 2026-01-15 prices exclusive tax-rounding "
           "invoice rounding half-even discount 5% subtotal 1140.00 total 1368.00 EUR ref \"RF18 "
           "5390 0754 7034\" po \"PO \\\"7\\\"\" note \"Back\\\\slash; and 中文\" ; header "
           "comment\n"
           "  ; about the work\n"
           "  item \"Consulting, January\" qty 10 unit h price 120.00 tax standard discount 5% "
           "amount 1140.00\n"
           "  item \"咨询服务\" qty 0.5 unit \"half day\" price 0.125 discount 0.01\n"
           "  tax standard rate 20% base 1140.00 amount 228.00\n"
           "  instalment 2026-02-04 684.00\n"
           "  instalment 2026-03-04 684.00 ; second half\n"
           "  ; the end\n");
  CHECK(dues::syntax::format_entry(parsed.entries[2])
        == "2026-01-07 payment PAY-2026-0001 customer nippon amount 1500 JPY fee 0 method card "
           "ref \"x\" bank \"alipay:123\" note \"n\"\n"
           "  apply INV-2026-0002 1500\n");
  CHECK(dues::syntax::format_entry(parsed.entries[3])
        == "2026-01-08 refund RFD-2026-0001 customer gulf amount 1.500 KWD method bank ref \"r\" "
           "bank \"b\"\n");
}
