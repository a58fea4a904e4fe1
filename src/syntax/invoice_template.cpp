#include "syntax/invoice_template.hpp"

#include "base/toml_keys.hpp"
#include "syntax/journal_parser.hpp"
#include "syntax/toml_patch.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

namespace dues::syntax {
namespace {

// Dates and exact decimals on top of the shared typed keys.
class Fields : public TomlKeys {
public:
  using TomlKeys::TomlKeys;

  void day(std::string_view key, std::optional<Date>& into) {
    if (const toml::node* node = find(key)) {
      const auto* value = node->as_string();
      const auto parsed = value == nullptr ? std::nullopt : parse_date(value->get());
      if (!parsed) {
        type_error(*node, key, "a date written \"YYYY-MM-DD\"");
        return;
      }
      into = parsed;
    }
  }

  // An exact decimal written as a string or an integer; `percent_ok` accepts "10%" and
  // tells through `is_percent` whether it was one.
  void decimal(std::string_view key, std::optional<Decimal>& into, bool percent_ok = false,
               bool* is_percent = nullptr) {
    const toml::node* node = find(key);
    if (node == nullptr) {
      return;
    }
    if (const auto* value = node->as_integer()) {
      into = Decimal::from_int(value->get());
      return;
    }
    if (const auto* value = node->as_string()) {
      std::string_view text = value->get();
      const bool percent = percent_ok && text.ends_with('%');
      if (percent) {
        text.remove_suffix(1);
      }
      if (const auto parsed = parse_decimal(text)) {
        into = parsed;
        if (is_percent != nullptr) {
          *is_percent = percent;
        }
        return;
      }
    }
    type_error(*node, key,
          node->is_floating_point()
              ? R"(a string such as "120.50" (floats cannot hold decimals exactly))"
              : (percent_ok ? R"(a percentage such as "10%" or an amount such as "25.00")"
                            : R"(a number written as a string, such as "120.50")"));
  }

};

std::optional<toml::table> parse(std::string_view text, const std::string& path,
                                 Diagnostics& diags) {
  try {
    return toml::parse(text, std::string_view{path});
  } catch (const toml::parse_error& error) {
    diags.add(Error(ErrorKind::invalid_input, loc_of(error.source(), path),
                    fmt::format("not valid TOML: {}", error.description())));
    return std::nullopt;
  }
}

void read_item(const toml::table& table, const std::string& context, Fields& parent,
               TemplateItem& item) {
  Fields in(table, context, parent.path(), parent.diags());
  item.loc = loc_of(table.source(), parent.path());
  in.string("description", item.description);
  std::optional<Decimal> quantity;
  in.decimal("qty", quantity);
  item.quantity = quantity.value_or(Decimal{1, 0});
  in.string("unit", item.unit);
  std::optional<Decimal> price;
  in.decimal("price", price);
  in.string("tax", item.tax);
  in.decimal("discount", item.discount, true, &item.discount_is_percent);
  in.finish();
  if (!price && table.get("price") == nullptr) {
    in.error(table.source(), fmt::format("{} needs a price such as price = \"120.00\"", context));
  }
  item.price = price.value_or(Decimal{});
  if (item.description.empty() && table.get("description") == nullptr) {
    in.error(table.source(), fmt::format("{} needs a description", context));
  }
}

// The keys a draft and a recurring template share.
void read_invoice(Fields& in, const std::string& context, InvoiceTemplate& invoice) {
  in.string("customer", invoice.customer);
  in.string("terms", invoice.terms);
  in.decimal("discount", invoice.discount, true, &invoice.discount_is_percent);
  in.string("currency", invoice.currency);
  in.string("ref", invoice.reference);
  in.string("po", invoice.purchase_order);
  in.string("note", invoice.note);
  in.string("prices", invoice.prices);
  in.string("series", invoice.series);
  if (!invoice.prices.empty() && invoice.prices != "exclusive" && invoice.prices != "inclusive") {
    in.type_error(*in.find("prices"), "prices", R"("exclusive" or "inclusive")");
  }
  const toml::node* items = in.find("items");
  const toml::array* array = items == nullptr ? nullptr : items->as_array();
  if (items != nullptr && array == nullptr) {
    in.type_error(*items, "items", "a list of [[items]] tables");
  }
  for (std::size_t i = 0; array != nullptr && i < array->size(); ++i) {
    const toml::table* table = array->get(i)->as_table();
    if (table == nullptr) {
      in.type_error(*array->get(i), "items", "a list of [[items]] tables");
      continue;
    }
    read_item(*table, fmt::format("item {} of {}", i + 1, context), in,
              invoice.items.emplace_back());
  }
  if (invoice.customer.empty() && in.find("customer") == nullptr) {
    in.diags().add(Error(ErrorKind::invalid_input, invoice.loc,
                         fmt::format("{} needs customer = \"ID\"", context)));
  }
  if (array == nullptr || array->empty()) {
    in.diags().add(Error(ErrorKind::invalid_input, invoice.loc,
                         fmt::format("{} needs at least one [[items]] table", context)));
  }
}

void read_recurring(const toml::table& table, const std::string& path, const std::string& name,
                    const std::string& context, Diagnostics& diags, RecurringSetting& recurring) {
  recurring.name = name;
  recurring.loc = loc_of(table.source(), path);
  recurring.invoice.loc = recurring.loc;
  if (recurring.loc.line == 0) {
    recurring.loc.line = 1;
    recurring.invoice.loc.line = 1;
  }
  Fields in(table, context, path, diags);
  if (!is_valid_id(name)) {
    diags.add(Error(ErrorKind::invalid_input, recurring.loc,
                    fmt::format("not a valid template name (letters, digits, '-', '_', '.'): "
                                "'{}'",
                                name)));
  }
  read_invoice(in, context, recurring.invoice);
  in.string("schedule", recurring.schedule);
  if (recurring.schedule != "monthly" && recurring.schedule != "quarterly"
      && recurring.schedule != "yearly") {
    in.type_error(*in.find("schedule"), "schedule", R"("monthly", "quarterly" or "yearly")");
  }
  in.integer("day", recurring.day, 1, 31);
  std::optional<Date> start;
  in.day("start", start);
  if (start) {
    recurring.start = *start;
  } else if (table.get("start") == nullptr) {
    diags.add(Error(ErrorKind::invalid_input, recurring.loc,
                    fmt::format("{} needs start = \"YYYY-MM-DD\"", context)));
  }
  in.day("end", recurring.end);
  in.finish();
}

std::string toml_discount(const Decimal& value, bool percent) {
  return toml_string(format_decimal(value) + (percent ? "%" : ""));
}

} // namespace

InvoiceTemplate read_draft(std::string_view text, const std::string& path, Diagnostics& diags) {
  InvoiceTemplate draft;
  draft.loc = SourceLoc{path, 1, 1};
  const auto table = parse(text, path, diags);
  if (!table) {
    return draft;
  }
  Fields in(*table, fmt::format("draft {}", path), path, diags);
  read_invoice(in, fmt::format("draft {}", path), draft);
  in.day("date", draft.date);
  in.day("due", draft.due);
  in.finish();
  return draft;
}

std::string format_draft(const InvoiceTemplate& draft, std::string_view name) {
  std::string out = fmt::format(
      "# Draft invoice: review it, edit it, then issue it with 'dues invoice issue {}'.\n"
      "# Numbers, taxes and totals are computed when it is issued "
      "(docs/drafts-and-recurring.md).\n",
      name);
  const auto line = [&](std::string_view key, const std::string& value) {
    if (!value.empty()) {
      out += fmt::format("{} = {}\n", key, toml_string(value));
    }
  };
  line("customer", draft.customer);
  line("date", draft.date ? format_date(*draft.date) : "");
  line("terms", draft.terms);
  line("due", draft.due ? format_date(*draft.due) : "");
  line("currency", draft.currency);
  line("prices", draft.prices);
  line("series", draft.series);
  if (draft.discount) {
    out +=
        fmt::format("discount = {}\n", toml_discount(*draft.discount, draft.discount_is_percent));
  }
  line("ref", draft.reference);
  line("po", draft.purchase_order);
  line("note", draft.note);
  for (const TemplateItem& item : draft.items) {
    out += "\n[[items]]\n";
    line("description", item.description);
    if (item.quantity != Decimal{1, 0}) {
      out += fmt::format("qty = {}\n", toml_string(format_decimal(item.quantity)));
    }
    line("unit", item.unit);
    out += fmt::format("price = {}\n", toml_string(format_decimal(item.price)));
    line("tax", item.tax);
    if (item.discount) {
      out +=
          fmt::format("discount = {}\n", toml_discount(*item.discount, item.discount_is_percent));
    }
  }
  return out;
}

void read_recurring_settings(std::string_view text, const std::string& path, Diagnostics& diags,
                             std::map<std::string, RecurringSetting>& into) {
  Diagnostics ignored; // the first read of dues.toml already reported a parse error
  const auto table = parse(text, path, ignored);
  if (!table) {
    return;
  }
  const toml::node* node = table->get("recurring");
  if (node == nullptr) {
    return;
  }
  if (node->as_table() == nullptr) {
    diags.add(Error(ErrorKind::invalid_input, loc_of(node->source(), path),
                    "'recurring' must be tables such as [recurring.hosting]"));
    return;
  }
  for (const auto& [key, child] : *node->as_table()) {
    const std::string name(key.str());
    if (child.as_table() == nullptr) {
      diags.add(Error(ErrorKind::invalid_input, loc_of(child.source(), path),
                      fmt::format("[recurring.{}] must be a table", name)));
      continue;
    }
    read_recurring(*child.as_table(), path, name, fmt::format("[recurring.{}]", name), diags,
                   into[name]);
  }
}

RecurringSetting read_recurring_file(std::string_view text, const std::string& path,
                                     const std::string& name, Diagnostics& diags) {
  RecurringSetting recurring;
  const auto table = parse(text, path, diags);
  if (table) {
    read_recurring(*table, path, name, fmt::format("recurring template {}", path), diags,
                   recurring);
  }
  return recurring;
}

} // namespace dues::syntax
