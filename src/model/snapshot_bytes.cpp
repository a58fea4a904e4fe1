#include "model/snapshot_bytes.hpp"

#include <optional>

namespace dues::snapshot_bytes {
namespace {

std::optional<syntax::Discount> read_discount(Reader& in) {
  const auto flag = in.pod<std::uint8_t>();
  if (flag == 0) {
    return std::nullopt;
  }
  return syntax::Discount{in.decimal(), flag == 2};
}

} // namespace

void write_details(Writer& out, const DocumentDetails& details) {
  out.pod(static_cast<std::uint64_t>(details.items.size()));
  for (const LineItem& item : details.items) {
    out.text(item.description);
    out.decimal(item.quantity);
    out.text(item.unit);
    out.decimal(item.unit_price);
    out.text(item.tax_code);
    out.pod(static_cast<std::uint8_t>(item.discount ? 1 + (item.discount->is_percent ? 1 : 0) : 0));
    if (item.discount) {
      out.decimal(item.discount->value);
    }
    out.pod(static_cast<std::uint8_t>(item.amount ? 1 : 0));
    if (item.amount) {
      out.money(*item.amount);
    }
    out.pos(item.pos);
  }
  out.pod(static_cast<std::uint64_t>(details.taxes.size()));
  for (const TaxAmount& tax : details.taxes) {
    out.text(tax.code);
    out.decimal(tax.rate);
    out.money(tax.base);
    out.money(tax.amount);
    out.pos(tax.pos);
  }
  out.pod(static_cast<std::uint64_t>(details.instalments.size()));
  for (const Instalment& instalment : details.instalments) {
    out.date(instalment.due);
    out.money(instalment.amount);
    out.pos(instalment.pos);
  }
  out.pod(
      static_cast<std::uint8_t>(details.discount ? 1 + (details.discount->is_percent ? 1 : 0) : 0));
  if (details.discount) {
    out.decimal(details.discount->value);
  }
  out.pod(static_cast<std::uint8_t>(details.cash_discount ? 1 : 0));
  if (details.cash_discount) {
    out.decimal(*details.cash_discount);
  }
  out.pod(static_cast<std::uint8_t>(details.cash_discount_until ? 1 : 0));
  if (details.cash_discount_until) {
    out.date(*details.cash_discount_until);
  }
  out.pod(static_cast<std::uint8_t>(details.subtotal ? 1 : 0));
  if (details.subtotal) {
    out.money(*details.subtotal);
  }
  for (const std::string* text :
       {&details.terms, &details.purchase_order, &details.note, &details.reason,
        &details.related_invoice, &details.series, &details.origin, &details.opening}) {
    out.text(*text);
  }
  out.pod(details.pricing);
}

void read_details(Reader& in, DocumentDetails& details) {
  const std::size_t items = in.count(16);
  details.items.resize(items);
  for (LineItem& item : details.items) {
    item.description = in.text();
    item.quantity = in.decimal();
    item.unit = in.text();
    item.unit_price = in.decimal();
    item.tax_code = in.text();
    item.discount = read_discount(in);
    if (in.pod<std::uint8_t>() != 0) {
      item.amount = in.money();
    }
    item.pos = in.pos();
  }
  const std::size_t taxes = in.count(16);
  details.taxes.resize(taxes);
  for (TaxAmount& tax : details.taxes) {
    tax.code = in.text();
    tax.rate = in.decimal();
    tax.base = in.money();
    tax.amount = in.money();
    tax.pos = in.pos();
  }
  const std::size_t instalments = in.count(16);
  details.instalments.resize(instalments);
  for (Instalment& instalment : details.instalments) {
    instalment.due = in.date();
    instalment.amount = in.money();
    instalment.pos = in.pos();
  }
  details.discount = read_discount(in);
  if (in.pod<std::uint8_t>() != 0) {
    details.cash_discount = in.decimal();
  }
  if (in.pod<std::uint8_t>() != 0) {
    details.cash_discount_until = in.date();
  }
  if (in.pod<std::uint8_t>() != 0) {
    details.subtotal = in.money();
  }
  for (std::string* text :
       {&details.terms, &details.purchase_order, &details.note, &details.reason,
        &details.related_invoice, &details.series, &details.origin, &details.opening}) {
    *text = in.text();
  }
  details.pricing = in.pod<Pricing>();
}

} // namespace dues::snapshot_bytes
