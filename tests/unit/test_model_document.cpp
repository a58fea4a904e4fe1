#include "base/error.hpp"
#include "model/document.hpp"
#include "testutil.hpp"

#include <optional>
#include <random>
#include <string>
#include <vector>

using dues::compute_totals;
using dues::ComputedTotals;
using dues::Currency;
using dues::Error;
using dues::ErrorKind;
using dues::LineItem;
using dues::Money;
using dues::Pricing;
using dues::RoundingMode;
using dues::TaxRate;
using dues::syntax::Discount;
using dues::test::dec;
using dues::test::eur;
using dues::test::money;

namespace {

const Currency& code(const char* text) {
  return *dues::find_currency(text);
}

LineItem item(std::string_view quantity, std::string_view price, std::string tax = {},
              std::optional<Discount> discount = std::nullopt) {
  LineItem line;
  line.quantity = dec(quantity);
  line.unit_price = dec(price);
  line.tax_code = std::move(tax);
  line.discount = discount;
  return line;
}

Discount percent(std::string_view value) {
  return {dec(value), true};
}

Discount amount(std::string_view value) {
  return {dec(value), false};
}

// Plain constructors: dec() reports through doctest, which is not running yet here.
const std::vector<TaxRate> k_rates = {{"standard", dues::Decimal(20, 0)},
                                      {"reduced", dues::Decimal(7, 0)},
                                      {"ten", dues::Decimal(10, 0)}};

Pricing pricing(bool inclusive, bool per_invoice, RoundingMode mode = RoundingMode::half_up) {
  Pricing result;
  result.inclusive = inclusive;
  result.per_invoice = per_invoice;
  result.rounding = mode;
  return result;
}

const Pricing k_default = pricing(false, false);

ComputedTotals totals(const std::vector<LineItem>& items, const Pricing& how = k_default,
                      std::optional<Discount> discount = std::nullopt,
                      const char* currency = "EUR") {
  return compute_totals(items, discount, k_rates, how, code(currency));
}

} // namespace

TEST_CASE("compute_totals: exclusive prices, tax per line") {
  const auto result = totals({item("10", "120.00", "standard")});
  CHECK(result.line_amounts == std::vector<Money>{eur("1200.00")});
  REQUIRE(result.taxes.size() == 1);
  CHECK(result.taxes[0].code == "standard");
  CHECK(result.taxes[0].rate == dec("20"));
  CHECK(result.taxes[0].base == eur("1200.00"));
  CHECK(result.taxes[0].amount == eur("240.00"));
  CHECK(result.subtotal == eur("1200.00"));
  CHECK(result.total == eur("1440.00"));
}

TEST_CASE("compute_totals: tax per line and per invoice differ by a cent") {
  // 7% of 1.05 is 0.0735: 0.07 on each line, but 7% of 3.15 is 0.2205, so 0.22 once.
  const std::vector<LineItem> items = {item("1", "1.05", "reduced"), item("1", "1.05", "reduced"),
                                       item("1", "1.05", "reduced")};
  const auto per_line = totals(items, pricing(false, false));
  CHECK(per_line.taxes.at(0).amount == eur("0.21"));
  CHECK(per_line.taxes.at(0).base == eur("3.15"));
  CHECK(per_line.total == eur("3.36"));
  const auto per_invoice = totals(items, pricing(false, true));
  CHECK(per_invoice.taxes.at(0).amount == eur("0.22"));
  CHECK(per_invoice.taxes.at(0).base == eur("3.15"));
  CHECK(per_invoice.subtotal == eur("3.15"));
  CHECK(per_invoice.total == eur("3.37"));
}

TEST_CASE("compute_totals: inclusive prices take the tax out of the gross") {
  const auto single = totals({item("1", "120.00", "standard")}, pricing(true, false));
  CHECK(single.line_amounts == std::vector<Money>{eur("120.00")});
  CHECK(single.taxes.at(0).base == eur("100.00"));
  CHECK(single.taxes.at(0).amount == eur("20.00"));
  CHECK(single.subtotal == eur("100.00"));
  CHECK(single.total == eur("120.00"));
  // 1.00 gross at 20% holds 0.1667 tax: 0.17 per line (0.51), but 0.50 on 3.00 at once.
  const std::vector<LineItem> items = {item("1", "1.00", "standard"), item("1", "1.00", "standard"),
                                       item("1", "1.00", "standard")};
  const auto per_line = totals(items, pricing(true, false));
  CHECK(per_line.taxes.at(0).amount == eur("0.51"));
  CHECK(per_line.taxes.at(0).base == eur("2.49"));
  CHECK(per_line.subtotal == eur("2.49"));
  CHECK(per_line.total == eur("3.00"));
  const auto per_invoice = totals(items, pricing(true, true));
  CHECK(per_invoice.taxes.at(0).amount == eur("0.50"));
  CHECK(per_invoice.taxes.at(0).base == eur("2.50"));
  CHECK(per_invoice.subtotal == eur("2.50"));
  CHECK(per_invoice.total == eur("3.00"));
}

TEST_CASE("compute_totals: half-up and half-even differ only on exact ties") {
  const auto tie_up = totals({item("1", "0.25", "ten")}, pricing(false, false));
  const auto tie_even =
      totals({item("1", "0.25", "ten")}, pricing(false, false, RoundingMode::half_even));
  CHECK(tie_up.taxes.at(0).amount == eur("0.03"));   // 0.025
  CHECK(tie_even.taxes.at(0).amount == eur("0.02")); // 0.025
  CHECK(tie_up.total == eur("0.28"));
  CHECK(tie_even.total == eur("0.27"));
  // 0.035 rounds to 0.04 either way: the even neighbour of 3.5 cents is 4.
  CHECK(totals({item("1", "0.35", "ten")}, pricing(false, false, RoundingMode::half_even))
            .taxes.at(0)
            .amount
        == eur("0.04"));
  // Quantity x price is rounded once, with the same mode.
  CHECK(totals({item("0.5", "0.05")}).line_amounts.at(0) == eur("0.03"));
  CHECK(totals({item("0.5", "0.05")}, pricing(false, false, RoundingMode::half_even))
            .line_amounts.at(0)
        == eur("0.02"));
  CHECK(totals({item("1.5", "0.333")}).line_amounts.at(0) == eur("0.50")); // 0.4995
  CHECK(totals({item("0.5", "0.01")}, pricing(false, false, RoundingMode::half_even))
            .line_amounts.at(0)
        == eur("0.00"));
  // Per-invoice rounding ties too: 10% of 0.45 = 0.045.
  const std::vector<LineItem> items = {item("1", "0.15", "ten"), item("1", "0.30", "ten")};
  CHECK(totals(items, pricing(false, true)).taxes.at(0).amount == eur("0.05"));
  CHECK(totals(items, pricing(false, true, RoundingMode::half_even)).taxes.at(0).amount
        == eur("0.04"));
}

TEST_CASE("compute_totals: line discounts") {
  CHECK(totals({item("3", "19.99", {}, percent("10"))}).line_amounts.at(0) == eur("53.97"));
  CHECK(totals({item("3", "19.99", {}, amount("5"))}).line_amounts.at(0) == eur("54.97"));
  CHECK(totals({item("1", "0.50", {}, percent("5"))}).line_amounts.at(0) == eur("0.47"));
  CHECK(
      totals({item("1", "0.50", {}, percent("5"))}, pricing(false, false, RoundingMode::half_even))
          .line_amounts.at(0)
      == eur("0.48"));
  const auto taxed = totals({item("10", "120.00", "standard", percent("5"))});
  CHECK(taxed.line_amounts.at(0) == eur("1140.00"));
  CHECK(taxed.taxes.at(0).amount == eur("228.00"));
  CHECK(taxed.total == eur("1368.00"));
  try {
    (void)totals({item("1", "1.00", {}, amount("0.001"))});
    FAIL("no error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::invalid_input);
    CHECK(error.message() == "discount 0.001 has more decimals than EUR allows");
  }
}

TEST_CASE("compute_totals: an invoice discount is spread over the lines and sums exactly") {
  // 10.00 off 33.33 + 33.33 + 33.34: shares 3.33, 3.33, 3.34, so every base is 30.00.
  const auto even = totals({item("1", "33.33", "standard"), item("1", "33.33", "standard"),
                            item("1", "33.34", "standard")},
                           k_default, amount("10"));
  CHECK(even.line_amounts
        == std::vector<Money>{eur("33.33"), eur("33.33"), eur("33.34")}); // before the discount
  CHECK(even.taxes.at(0).base == eur("90.00"));
  CHECK(even.taxes.at(0).amount == eur("18.00"));
  CHECK(even.subtotal == eur("90.00"));
  CHECK(even.total == eur("108.00"));
  // 10% off two rates: 15.00 split 10.00 / 5.00.
  const auto mixed = totals({item("1", "100.00", "standard"), item("1", "50.00", "reduced")},
                            k_default, percent("10"));
  REQUIRE(mixed.taxes.size() == 2);
  CHECK(mixed.taxes[0].code == "standard");
  CHECK(mixed.taxes[0].base == eur("90.00"));
  CHECK(mixed.taxes[0].amount == eur("18.00"));
  CHECK(mixed.taxes[1].code == "reduced");
  CHECK(mixed.taxes[1].base == eur("45.00"));
  CHECK(mixed.taxes[1].amount == eur("3.15"));
  CHECK(mixed.subtotal == eur("135.00"));
  CHECK(mixed.total == eur("156.15"));
  // 0.10 off three lines of 0.10: 0.04 + 0.03 + 0.03, never 0.09 or 0.11.
  const auto cents =
      totals({item("1", "0.10"), item("1", "0.10"), item("1", "0.10")}, k_default, amount("0.10"));
  CHECK(cents.subtotal == eur("0.20"));
  CHECK(cents.taxes.empty());
  // A negative line takes no share of the discount.
  const auto negative =
      totals({item("1", "100.00"), item("1", "-10.00")}, k_default, percent("10"));
  CHECK(negative.subtotal == eur("81.00"));
}

TEST_CASE("compute_totals: untaxed lines, other currencies, unknown codes") {
  const auto mixed = totals({item("1", "10.00"), item("1", "10.00", "standard")});
  CHECK(mixed.taxes.size() == 1);
  CHECK(mixed.subtotal == eur("20.00"));
  CHECK(mixed.total == eur("22.00"));
  const auto yen = totals({item("3", "333", "ten")}, k_default, std::nullopt, "JPY");
  CHECK(yen.line_amounts.at(0) == money("999", "JPY"));
  CHECK(yen.taxes.at(0).amount == money("100", "JPY")); // 99.9
  CHECK(yen.total == money("1099", "JPY"));
  CHECK(totals({item("1", "1005", "ten")}, pricing(false, false, RoundingMode::half_even),
               std::nullopt, "JPY")
            .taxes.at(0)
            .amount
        == money("100", "JPY"));
  const auto dinar = totals({item("1", "1.234", "standard")}, k_default, std::nullopt, "KWD");
  CHECK(dinar.taxes.at(0).amount == money("0.247", "KWD")); // 0.2468
  CHECK(dinar.total == money("1.481", "KWD"));
  CHECK(totals({}).total == eur("0.00"));
  CHECK_THROWS_WITH_AS(totals({item("1", "1.00", "vat99")}), "unknown tax code 'vat99'", Error);
}

TEST_CASE("compute_totals: subtotal is the lines less the discount, total adds the taxes") {
  std::mt19937 random(4711);
  std::uniform_int_distribution<int> count(1, 6);
  std::uniform_int_distribution<std::int64_t> cents(-500, 100000);
  std::uniform_int_distribution<int> quantity(1, 2000);
  std::uniform_int_distribution<int> pick(0, 3);
  std::uniform_int_distribution<int> off(0, 300); // tenths of a percent
  const char* codes[] = {"", "standard", "reduced", "ten"};
  for (int round = 0; round < 500; ++round) {
    std::vector<LineItem> items;
    const int n = count(random);
    for (int i = 0; i < n; ++i) {
      LineItem line;
      line.quantity = dues::Decimal(quantity(random), 1);
      line.unit_price = dues::Decimal(cents(random), 2);
      line.tax_code = codes[pick(random)];
      items.push_back(line);
    }
    const Discount discount{dues::Decimal(off(random), 1), true};
    const Pricing how = pricing(false, round % 2 == 0,
                                round % 3 == 0 ? RoundingMode::half_even : RoundingMode::half_up);
    CAPTURE(round);
    const auto result = totals(items, how, discount);
    Money lines = eur("0");
    for (const Money& line : result.line_amounts) {
      lines += line;
    }
    const Money taken = percent_of(lines, discount.value, how.rounding);
    CHECK(result.subtotal == lines - taken);
    Money taxes = eur("0");
    for (const auto& tax : result.taxes) {
      taxes += tax.amount;
    }
    CHECK(result.total == result.subtotal + taxes);
  }
}
