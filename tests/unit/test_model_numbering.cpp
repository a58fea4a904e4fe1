#include "model/numbering.hpp"
#include "testutil.hpp"

#include <fmt/format.h>

#include <string>
#include <vector>

using dues::format_series_id;
using dues::match_series;
using dues::next_id;
using dues::series_for_kind;
using dues::test::build;
using dues::test::LedgerText;
using dues::test::settings_toml;
using Messages = std::vector<std::string>;

namespace {

constexpr std::string_view k_series = R"(
[series.invoice]
format = "INV-{year}-{seq:04}"

[series.credit]
format = "CN-{year}-{seq:04}"

[series.payment]
format = "PAY-{seq:05}"
reset = "never"

[series.b2b]
format = "B2B-{seq:03}"
kind = "invoice"

[series.export]
format = "anything"
kind = "invoice"
external = true
)";

dues::test::Built build_numbered(const std::string& journal, std::string_view series = k_series) {
  LedgerText text;
  text.settings = settings_toml(series);
  text.journals = {{"journal/2026.dues", journal}};
  return build(text);
}

// An invoice line with this id and date.
std::string invoice(std::string_view id, std::string_view day = "2026-01-05",
                    std::string_view extra = {}) {
  return fmt::format("{} invoice {} customer acme due 2026-12-31 total 1.00 EUR{}\n", day, id,
                     extra);
}

} // namespace

TEST_CASE("match_series reads year and sequence number") {
  const auto number = match_series("INV-{year}-{seq:04}", "INV-2026-0001");
  REQUIRE(number.has_value());
  CHECK(number->year == 2026);
  CHECK(number->sequence == 1);
  CHECK(match_series("INV-{year}-{seq:04}", "INV-2026-12345")->sequence == 12345);
  CHECK(match_series("{seq}", "7")->sequence == 7);
  CHECK_FALSE(match_series("{seq}", "7")->year.has_value());
  CHECK(match_series("CN{seq:06}", "CN000042")->sequence == 42);
  CHECK(match_series("{year}{seq:03}", "2026007")->year == 2026);
  CHECK(match_series("{year}{seq:03}", "2026007")->sequence == 7);
  for (const char* id : {"INV-2026-00001", // wider than the pad, with a leading zero
                         "INV-2026-001",   // narrower than the pad
                         "INV-26-0001", "INV-2026-0001x", "inv-2026-0001", "INV-2026-", "",
                         "INV-2026-1234567890123"}) {
    CAPTURE(id);
    CHECK_FALSE(match_series("INV-{year}-{seq:04}", id).has_value());
  }
  CHECK_FALSE(match_series("{seq}", "07").has_value());
  CHECK_FALSE(match_series("INV-{year}", "INV-2026").has_value()); // no {seq}
  CHECK_FALSE(match_series("INV-{foo}", "INV-1").has_value());
  CHECK_FALSE(match_series("INV-{seq", "INV-1").has_value());
}

TEST_CASE("format_series_id pads and round-trips with match_series") {
  CHECK(format_series_id("INV-{year}-{seq:04}", 2026, 7) == "INV-2026-0007");
  CHECK(format_series_id("INV-{year}-{seq:04}", 2026, 12345) == "INV-2026-12345");
  CHECK(format_series_id("{seq}", 2026, 7) == "7");
  CHECK(format_series_id("CN{seq:06}", 2026, 42) == "CN000042");
  for (const char* format : {"INV-{year}-{seq:04}", "R{seq}", "{year}/{seq:02}"}) {
    for (const long sequence : {1L, 9L, 10L, 99L, 100L, 9999L, 10000L, 123456L}) {
      CAPTURE(format);
      CAPTURE(sequence);
      const auto number = match_series(format, format_series_id(format, 2031, sequence));
      REQUIRE(number.has_value());
      CHECK(number->sequence == sequence);
    }
  }
}

TEST_CASE("series_for_kind: by name, then by kind") {
  const auto built = build_numbered("");
  const auto& settings = built.ledger.settings;
  CHECK(series_for_kind(settings, "invoice")->format == "INV-{year}-{seq:04}");
  CHECK(series_for_kind(settings, "payment")->format == "PAY-{seq:05}");
  CHECK(series_for_kind(settings, "refund") == nullptr);
  const auto other = build_numbered("", "[series.rechnung]\nformat = \"RE{seq}\"\nkind = "
                                        "\"invoice\"\n");
  CHECK(series_for_kind(other.ledger.settings, "invoice")->name == "rechnung");
}

TEST_CASE("next_id: one more than the highest, per year when the series resets") {
  const auto empty = build_numbered("");
  const auto& invoices = empty.ledger.settings.series.at("invoice");
  CHECK(next_id(empty.ledger, invoices, 2026) == "INV-2026-0001");
  const auto built = build_numbered(
      invoice("INV-2025-0002", "2025-12-01") + invoice("INV-2025-0001", "2025-11-01")
      + invoice("INV-2026-0001") + invoice("INV-2026-0002") + invoice("INV-2026-0003")
      + "2026-02-01 payment PAY-00001 customer acme amount 1 EUR\n"
        "2025-02-01 payment PAY-00002 customer acme amount 1 EUR\n");
  REQUIRE(built.errors() == Messages{});
  CHECK(next_id(built.ledger, invoices, 2026) == "INV-2026-0004");
  CHECK(next_id(built.ledger, invoices, 2025) == "INV-2025-0003");
  CHECK(next_id(built.ledger, invoices, 2027) == "INV-2027-0001");
  const auto& payments = built.ledger.settings.series.at("payment");
  CHECK(next_id(built.ledger, payments, 2026) == "PAY-00003");
  CHECK(next_id(built.ledger, payments, 2030) == "PAY-00003");
  const auto full = build_numbered("2026-01-05 invoice INV-2026-9999 customer acme due 2026-12-31 "
                                   "total 1 EUR\n");
  CHECK(next_id(full.ledger, invoices, 2026) == "INV-2026-10000");
}

TEST_CASE("numbering gaps are reported once, with the missing range") {
  CHECK(build_numbered(invoice("INV-2026-0001") + invoice("INV-2026-0002")
                       + invoice("INV-2026-0005") + invoice("INV-2026-0006")
                       + invoice("INV-2026-0009") + invoice("INV-2026-0011"))
            .errors()
        == Messages{"journal/2026.dues:3:1: numbering gap in series 'invoice': INV-2026-0003 to "
                    "INV-2026-0004 are missing before INV-2026-0005",
                    "journal/2026.dues:5:1: numbering gap in series 'invoice': INV-2026-0007 to "
                    "INV-2026-0008 are missing before INV-2026-0009",
                    "journal/2026.dues:6:1: numbering gap in series 'invoice': INV-2026-0010 is "
                    "missing before INV-2026-0011"});
  // Ids may be written in any order; the gap is at the next number used.
  CHECK(build_numbered(invoice("INV-2026-0004") + invoice("INV-2026-0001")).errors()
        == Messages{"journal/2026.dues:1:1: numbering gap in series 'invoice': INV-2026-0002 to "
                    "INV-2026-0003 are missing before INV-2026-0004"});
  CHECK(build_numbered(invoice("INV-2026-0002")).errors()
        == Messages{"journal/2026.dues:1:1: numbering gap in series 'invoice': INV-2026-0001 is "
                    "missing before INV-2026-0002"});
  // A series of its own, named on the entry.
  CHECK(build_numbered(invoice("B2B-001", "2026-01-05", " series b2b")
                       + invoice("B2B-003", "2026-01-06", " series b2b"))
            .errors()
        == Messages{"journal/2026.dues:2:1: numbering gap in series 'b2b': B2B-002 is missing "
                    "before B2B-003"});
  // Payments are numbered in their own series, without a yearly reset.
  CHECK(build_numbered("2025-02-01 payment PAY-00001 customer acme amount 1 EUR\n"
                       "2026-02-01 payment PAY-00003 customer acme amount 1 EUR\n")
            .errors()
        == Messages{"journal/2026.dues:2:1: numbering gap in series 'payment': PAY-00002 is "
                    "missing before PAY-00003"});
}

TEST_CASE("yearly reset: every year starts at 1") {
  CHECK(build_numbered(invoice("INV-2025-0001", "2025-12-01")
                       + invoice("INV-2025-0002", "2025-12-02") + invoice("INV-2026-0001")
                       + invoice("INV-2026-0002"))
            .errors()
        == Messages{});
  // Without a reset the count goes on across years; a gap names the year it is in.
  const std::string never = "[series.invoice]\nformat = \"INV-{year}-{seq:04}\"\nreset = "
                            "\"never\"\n";
  CHECK(build_numbered(invoice("INV-2025-0001", "2025-12-01") + invoice("INV-2026-0002"), never)
            .errors()
        == Messages{});
  CHECK(build_numbered(invoice("INV-2025-0001", "2025-12-01") + invoice("INV-2026-0003"), never)
            .errors()
        == Messages{"journal/2026.dues:2:1: numbering gap in series 'invoice': INV-2026-0002 is "
                    "missing before INV-2026-0003"});
  CHECK(build_numbered(invoice("INV-2025-0001", "2025-12-01")
                           + invoice("INV-2025-0002", "2025-12-02") + invoice("INV-2026-0001"),
                       never)
            .errors()
        == Messages{});
}

TEST_CASE("ids follow their series' format and year") {
  CHECK(build_numbered(invoice("INV-1")).errors()
        == Messages{"journal/2026.dues:1:1: id 'INV-1' does not follow the invoice series format "
                    "'INV-{year}-{seq:04}'"});
  CHECK(build_numbered(invoice("INV-2025-0001")).errors()
        == Messages{"journal/2026.dues:1:1: 'INV-2025-0001' is numbered in year 2025 but dated "
                    "2026-01-05"});
  CHECK(build_numbered(invoice("X-1", "2026-01-05", " series nosuch")).errors()
        == Messages{"journal/2026.dues:1:1: unknown series 'nosuch' (not in [series] of "
                    "dues.toml)"});
  CHECK(build_numbered(invoice("EXT/77", "2026-01-05", " series export")).errors() == Messages{});
  CHECK(build_numbered("2026-01-05 credit CN-2026-0001 customer acme total 1.00 EUR\n"
                       "2026-01-06 credit CN-2026-0002 customer acme total 1.00 EUR\n"
                       "2026-01-07 refund R-1 customer acme amount 1.00 EUR\n")
            .errors()
        == Messages{}); // refunds have no series here: any id is fine
  // Without any [series], ids are free.
  CHECK(build(invoice("whatever-1")).errors() == Messages{});
}
