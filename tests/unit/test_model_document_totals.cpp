// compute_totals: the arithmetic of items, discounts and taxes (docs/journal-format.md).
#include "model/document.hpp"

#include <doctest/doctest.h>

namespace {

using dues::Decimal;
using dues::LineItem;
using dues::Money;
using dues::Pricing;

const dues::Currency& eur() {
  return *dues::find_currency("EUR");
}

Money cents(std::int64_t units) {
  return {eur(), units};
}

LineItem item(Decimal quantity, Decimal price, std::string tax = "",
              std::optional<dues::syntax::Discount> discount = std::nullopt) {
  LineItem line;
  line.description = std::string{"x"}; // = "x" trips GCC 12 -Wrestrict at -O2 (PR 105329)
  line.quantity = quantity;
  line.unit_price = price;
  line.tax_code = std::move(tax);
  line.discount = discount;
  return line;
}

const std::vector<dues::TaxRate> k_rates = {{"vat", Decimal(20, 0)},
                                            {"reduced", Decimal(7, 0)},
                                            {"ten", Decimal(10, 0)},
                                            {"de", Decimal(19, 0)}};

} // namespace

TEST_CASE("quantity x price is rounded once, half-up or half-even") {
  const auto totals = dues::compute_totals({item(Decimal(3, 0), Decimal(333, 3))}, std::nullopt,
                                           k_rates, {}, eur());
  CHECK(totals.line_amounts[0] == cents(100));                                // 0.999 -> 1.00
  const std::vector<LineItem> half = {item(Decimal(15, 1), Decimal(999, 2))}; // 14.985
  CHECK(dues::compute_totals(half, std::nullopt, k_rates, {}, eur()).total == cents(1499));
  Pricing even;
  even.rounding = dues::RoundingMode::half_even;
  CHECK(dues::compute_totals(half, std::nullopt, k_rates, even, eur()).total == cents(1498));
  const auto yen = dues::compute_totals({item(Decimal(3, 0), Decimal(3333, 1))}, std::nullopt,
                                        k_rates, {}, *dues::find_currency("JPY"));
  CHECK(yen.total.minor_units() == 1000); // 999.9 -> 1000
}

TEST_CASE("several rates give one tax line each, in order of first use") {
  const auto totals = dues::compute_totals({item(Decimal(10, 0), Decimal(12000, 2), "vat"),
                                            item(Decimal(3, 0), Decimal(999, 2), "reduced"),
                                            item(Decimal(1, 0), Decimal(5000, 2)),
                                            item(Decimal(1, 0), Decimal(10, 0), "vat")},
                                           std::nullopt, k_rates, {}, eur());
  REQUIRE(totals.taxes.size() == 2);
  CHECK(totals.taxes[0].code == "vat");
  CHECK(totals.taxes[0].base == cents(121000));
  CHECK(totals.taxes[0].amount == cents(24200));
  CHECK(totals.taxes[1].code == "reduced");
  CHECK(totals.taxes[1].base == cents(2997));
  CHECK(totals.taxes[1].amount == cents(210)); // 2.0979 -> 2.10
  CHECK(totals.subtotal == cents(121000 + 2997 + 5000));
  CHECK(totals.total == cents(121000 + 2997 + 5000 + 24200 + 210));
}

TEST_CASE("tax rounded per line or once per rate") {
  const std::vector<LineItem> lines(3, item(Decimal(1, 0), Decimal(105, 2), "ten"));
  const auto per_line = dues::compute_totals(lines, std::nullopt, k_rates, {}, eur());
  CHECK(per_line.taxes[0].amount == cents(33)); // 3 x 0.105 -> 3 x 0.11
  Pricing per_invoice;
  per_invoice.per_invoice = true;
  const auto once = dues::compute_totals(lines, std::nullopt, k_rates, per_invoice, eur());
  CHECK(once.taxes[0].amount == cents(32)); // 0.315 -> 0.32
  CHECK(once.taxes[0].base == cents(315));
  CHECK(once.total == cents(347));
}

TEST_CASE("inclusive prices: the tax is the part of the gross price, the rest is the base") {
  Pricing inclusive;
  inclusive.inclusive = true;
  const auto totals = dues::compute_totals(
      {item(Decimal(1, 0), Decimal(11900, 2), "de"), item(Decimal(1, 0), Decimal(1000, 2), "de")},
      std::nullopt, k_rates, inclusive, eur());
  CHECK(totals.taxes[0].amount == cents(1900 + 160)); // 10.00 gross: 1.5966 -> 1.60
  CHECK(totals.taxes[0].base == cents(10000 + 840));
  CHECK(totals.total == cents(12900)); // the gross prices are the total
  inclusive.per_invoice = true;
  const auto once = dues::compute_totals(
      {item(Decimal(1, 0), Decimal(1000, 2), "de"), item(Decimal(1, 0), Decimal(1000, 2), "de")},
      std::nullopt, k_rates, inclusive, eur());
  CHECK(once.taxes[0].amount == cents(319)); // 20.00 gross: 3.193 -> 3.19 (per line: 3.20)
  CHECK(once.taxes[0].base == cents(1681));
  CHECK(once.total == cents(2000));
}

TEST_CASE("line discounts, and an invoice discount spread over the lines") {
  using dues::syntax::Discount;
  const auto line = dues::compute_totals(
      {item(Decimal(3, 0), Decimal(999, 2), "reduced", Discount{Decimal(10, 0), true}),
       item(Decimal(1, 0), Decimal(5000, 2), "", Discount{Decimal(500, 2), false})},
      std::nullopt, k_rates, {}, eur());
  CHECK(line.line_amounts[0] == cents(2697)); // 29.97 - 3.00 (2.997 -> 3.00)
  CHECK(line.line_amounts[1] == cents(4500));
  const auto spread = dues::compute_totals(
      {item(Decimal(1, 0), Decimal(3000, 2), "vat"), item(Decimal(1, 0), Decimal(7000, 2), "ten")},
      Discount{Decimal(1000, 2), false}, k_rates, {}, eur());
  CHECK(spread.line_amounts[0] == cents(3000)); // stored line amounts are before it
  CHECK(spread.taxes[0].base == cents(2700));
  CHECK(spread.taxes[1].base == cents(6300));
  CHECK(spread.subtotal == cents(9000));
  CHECK(spread.total == cents(2700 + 540 + 6300 + 630));
  const auto percent = dues::compute_totals({item(Decimal(1, 0), Decimal(2997, 2), "reduced")},
                                            Discount{Decimal(5, 0), true}, k_rates, {}, eur());
  CHECK(percent.subtotal == cents(2847)); // 29.97 - 1.4985 (1.50)
  CHECK(percent.taxes[0].amount == cents(199));
}

TEST_CASE("a tax code without a rate is an error naming it") {
  CHECK_THROWS_WITH(dues::compute_totals({item(Decimal(1, 0), Decimal(1, 0), "nope")}, std::nullopt,
                                         k_rates, {}, eur()),
                    "unknown tax code 'nope'");
}
