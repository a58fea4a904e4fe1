#include "syntax/journal_writer.hpp"

#include "base/money.hpp"
#include "syntax/journal_grammar.hpp"

#include <fmt/format.h>

namespace dues::syntax {
namespace {

// An amount with at least the currency's number of decimals: 1200.5 EUR -> "1200.50".
// Without a known currency (exponent < 0) the decimals are kept as written.
std::string format_amount_text(const Decimal& value, int exponent) {
  const Decimal normal = value.normalized();
  if (exponent < 0) {
    exponent = value.scale();
  }
  if (normal.scale() >= exponent) {
    return format_decimal(normal);
  }
  const auto units = normal.units_at_scale(exponent);
  if (!units) {
    return format_decimal(normal);
  }
  // Format with exactly `exponent` decimals.
  std::string digits = std::to_string(*units < 0 ? -*units : *units);
  const auto width = static_cast<std::size_t>(exponent);
  if (width > 0) {
    if (digits.size() <= width) {
      digits.insert(0, width - digits.size() + 1, '0');
    }
    digits.insert(digits.size() - width, 1, '.');
  }
  return *units < 0 ? "-" + digits : digits;
}

int exponent_of(const Entry& entry) {
  if (!entry.currency.set) {
    return -1;
  }
  const Currency* currency = find_currency(entry.currency.value);
  return currency == nullptr ? -1 : currency->exponent;
}

template <typename Owner>
void write_attributes(std::string& out, const Owner& owner,
                      std::span<const AttributeSpec<Owner>> specs, int exponent,
                      const Field<std::string>* currency) {
  for (const auto& spec : specs) {
    std::visit(
        [&](auto member) {
          const auto& field = owner.*member;
          if (!field.set) {
            return;
          }
          out += ' ';
          out += spec.key;
          out += ' ';
          using FieldType = std::remove_cvref_t<decltype(field)>;
          if constexpr (std::is_same_v<FieldType, Field<Date>>) {
            out += format_date(field.value);
          } else if constexpr (std::is_same_v<FieldType, Field<Discount>>) {
            out += field.value.is_percent ? format_decimal(field.value.value.normalized()) + "%"
                                          : format_amount_text(field.value.value, exponent);
          } else if constexpr (std::is_same_v<FieldType, Field<Decimal>>) {
            if (spec.type == ValueType::percent) {
              out += format_decimal(field.value.normalized()) + "%";
            } else if (spec.type == ValueType::number) {
              out += format_decimal(field.value.normalized());
            } else {
              out += format_amount_text(field.value, exponent);
              if (spec.type == ValueType::amount_currency && currency != nullptr && currency->set) {
                out += ' ';
                out += currency->value;
              }
            }
          } else {
            out += spec.type == ValueType::text ? quote(field.value) : quote_if_needed(field.value);
          }
        },
        spec.member);
  }
}

void write_above(std::string& out, const std::vector<std::string>& comments) {
  for (const std::string& comment : comments) {
    out += comment.empty() ? "  ;\n" : "  ; " + comment + "\n";
  }
}

void end_line(std::string& out, const std::string& trailing) {
  if (!trailing.empty()) {
    out += " ; ";
    out += trailing;
  }
  out += '\n';
}

std::string format_quantity(const Decimal& value) {
  return format_decimal(value.normalized());
}

} // namespace

std::string quote(std::string_view value) {
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"' || c == '\\') {
      out += '\\';
    }
    out += c;
  }
  out += '"';
  return out;
}

std::string quote_if_needed(std::string_view value) {
  if (value.empty() || value.find_first_of(" \";\\") != std::string_view::npos) {
    return quote(value);
  }
  return std::string(value);
}

void write_entry(std::string& out, const Entry& entry) {
  const int exponent = exponent_of(entry);
  out += format_date(entry.date);
  out += ' ';
  out += keyword_of(entry.kind);
  out += ' ';
  out += entry.id.value;
  write_attributes<Entry>(out, entry, header_attributes(), exponent, &entry.currency);
  end_line(out, entry.comments.trailing);
  for (const Item& item : entry.items) {
    write_above(out, item.comments.above);
    out += "  item ";
    out += quote(item.description.value);
    if (item.quantity.set) {
      out += " qty " + format_quantity(item.quantity.value);
    }
    Item rest = item;
    rest.quantity.set = false;
    write_attributes<Item>(out, rest, item_attributes(), exponent, nullptr);
    end_line(out, item.comments.trailing);
  }
  for (const TaxLine& tax : entry.taxes) {
    write_above(out, tax.comments.above);
    out += "  tax " + quote_if_needed(tax.code.value);
    write_attributes<TaxLine>(out, tax, tax_attributes(), exponent, nullptr);
    end_line(out, tax.comments.trailing);
  }
  for (const Instalment& instalment : entry.instalments) {
    write_above(out, instalment.comments.above);
    out += "  instalment " + format_date(instalment.due.value) + " "
           + format_amount_text(instalment.amount.value, exponent);
    end_line(out, instalment.comments.trailing);
  }
  for (const Apply& apply : entry.applies) {
    write_above(out, apply.comments.above);
    out += "  apply " + apply.document_id.value + " "
           + format_amount_text(apply.amount.value, exponent);
    end_line(out, apply.comments.trailing);
  }
  write_above(out, entry.end_comments);
}

std::string format_entry(const Entry& entry) {
  std::string out;
  write_entry(out, entry);
  return out;
}

} // namespace dues::syntax
