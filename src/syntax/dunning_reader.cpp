#include "syntax/dunning_reader.hpp"

#include "base/toml_keys.hpp"

#include <fmt/format.h>

namespace dues::syntax {
namespace {

// Exact decimals ("9%", "40.00", or a whole number) and dates (a TOML date or
// "YYYY-MM-DD") on top of the shared typed keys. Floats are refused: they are binary.
class DunningKeys : public TomlKeys {
public:
  using TomlKeys::TomlKeys;

  std::optional<Decimal> decimal_of(const toml::node& node, std::string_view key, bool percent) {
    if (auto parsed = exact_decimal(node, percent)) {
      return parsed;
    }
    type_error(node, key,
               percent ? "a percentage such as \"9%\" (a string, not a float)"
                       : "an amount such as \"40.00\" (a string, not a float)");
    return std::nullopt;
  }

  void decimal(std::string_view key, std::optional<Decimal>& into, bool percent) {
    if (const toml::node* node = find(key)) {
      into = decimal_of(*node, key, percent);
    }
  }

  std::optional<Date> date_of(const toml::node& node, std::string_view key) {
    if (const auto* value = node.as_date()) {
      const toml::date d = value->get();
      const Date day{date::year{d.year}, date::month{d.month}, date::day{d.day}};
      if (day.ok()) {
        return day;
      }
    }
    if (const auto* value = node.as_string()) {
      if (auto day = parse_date(value->get())) {
        return day;
      }
    }
    type_error(node, key, "a date YYYY-MM-DD");
    return std::nullopt;
  }

  // `{ EUR = "5.00", USD = "5.00" }`: an amount per currency.
  void per_currency(std::string_view key, std::map<std::string, Decimal, std::less<>>& into) {
    const toml::node* node = find(key);
    if (node == nullptr) {
      return;
    }
    const auto* table = node->as_table();
    if (table == nullptr) {
      type_error(*node, key, "a table of amounts per currency such as { EUR = \"40.00\" }");
      return;
    }
    for (const auto& [code, value] : *table) {
      if (auto amount = decimal_of(value, key, false)) {
        into[std::string(code.str())] = *amount;
      }
    }
  }

  SourceLoc here() const { return loc_of(table().source(), path()); }
};

void read_interest(DunningKeys& top, InterestSettings& interest) {
  const toml::node* node = top.find("interest");
  if (node == nullptr) {
    return;
  }
  if (node->as_table() == nullptr) {
    top.type_error(*node, "interest", "a table [dunning.interest]");
    return;
  }
  DunningKeys in(*node->as_table(), "[dunning.interest]", top.path(), top.diags());
  interest.loc = in.here();
  in.decimal("rate", interest.rate, true);
  in.decimal("points", interest.points, true);
  interest.mode = interest.points ? "base-plus" : interest.rate ? "fixed" : "none";
  std::string basis = "act/365";
  if (const toml::node* value = in.find("day-count")) {
    if (value->value_or(std::string_view{}) == "act/360") {
      basis = "act/360";
    } else if (value->value_or(std::string_view{}) != "act/365") {
      in.type_error(*value, "day-count", "\"act/365\" or \"act/360\"");
    }
  }
  interest.days_in_year = basis == "act/360" ? 360 : 365;
  in.integer("start-days", interest.start_days, 0, 3660);
  if (const toml::node* rows = in.find("base-rates")) {
    const auto* array = rows->as_array();
    if (array == nullptr) {
      in.type_error(*rows, "base-rates", "a list of { from = 2026-01-01, rate = \"2.27%\" }");
    }
    for (std::size_t i = 0; array != nullptr && i < array->size(); ++i) {
      const auto* row = array->get(i)->as_table();
      if (row == nullptr) {
        in.type_error(*array->get(i), "base-rates", "a list of { from = DATE, rate = \"2.27%\" }");
        continue;
      }
      DunningKeys cell(*row, "a row of [dunning.interest] base-rates", top.path(), top.diags());
      BaseRate rate;
      rate.loc = cell.here();
      std::optional<Date> from;
      std::optional<Decimal> value;
      if (const toml::node* f = cell.find("from")) {
        from = cell.date_of(*f, "from");
      }
      cell.decimal("rate", value, true);
      cell.finish();
      if (from && value) {
        rate.from = *from;
        rate.rate = *value;
        interest.base_rates.push_back(rate);
      } else if (!row->contains("from") || !row->contains("rate")) {
        cell.error(row->source(), "a base-rates row needs both 'from' and 'rate'");
      }
    }
  }
  if (const toml::node* until = in.find("base-rates-until")) {
    interest.base_rates_until = in.date_of(*until, "base-rates-until");
  }
  in.finish();
}

DunningLevel read_level(const toml::table& table, const std::string& context,
                        const std::string& path, Diagnostics& diags) {
  DunningLevel level;
  level.loc = loc_of(table.source(), path);
  DunningKeys in(table, context, path, diags);
  in.record_places(level.field_locs);
  in.integer("days", level.days, -366, 3660);
  in.integer("min-days-since-previous", level.min_gap, 0, 3660);
  in.string("template", level.template_name);
  in.per_currency("fee", level.fees);
  in.boolean("interest", level.interest);
  in.finish();
  return level;
}

// A list of level tables: [[dunning.levels]] or `levels` of [dunning.plans.NAME].
void read_levels(DunningKeys& parent, const std::string& prefix, DunningPlan& plan) {
  const toml::node* node = parent.find("levels");
  if (node == nullptr) {
    return;
  }
  const auto* array = node->as_array();
  if (array == nullptr) {
    parent.type_error(*node, "levels", "a list of tables [[" + prefix + "]]");
    return;
  }
  for (std::size_t i = 0; i < array->size(); ++i) {
    const auto* table = array->get(i)->as_table();
    if (table == nullptr) {
      parent.type_error(*array->get(i), "levels", "a list of tables [[" + prefix + "]]");
      continue;
    }
    plan.levels.push_back(read_level(*table, fmt::format("level {} of [[{}]]", i + 1, prefix),
                                     parent.path(), parent.diags()));
  }
}

template <typename Each>
void each_table(DunningKeys& parent, std::string_view key, Each each) {
  const toml::node* node = parent.find(key);
  if (node == nullptr) {
    return;
  }
  if (node->as_table() == nullptr) {
    parent.type_error(*node, key, "a table");
    return;
  }
  for (const auto& [name, child] : *node->as_table()) {
    if (child.as_table() == nullptr) {
      parent.type_error(child, name.str(), "a table");
      continue;
    }
    each(std::string(name.str()), *child.as_table());
  }
}

} // namespace

void read_dunning_settings(const toml::node* node, const std::string& path, Diagnostics& diags,
                           DunningSettings& dunning) {
  if (node == nullptr) {
    return;
  }
  const auto* table = node->as_table();
  if (table == nullptr) {
    diags.add(Error(ErrorKind::invalid_input, loc_of(node->source(), path),
                    "'dunning' must be a table [dunning]"));
    return;
  }
  dunning.present = true;
  DunningKeys in(*table, "[dunning]", path, diags);
  dunning.loc = in.here();
  in.record_places(dunning.field_locs);
  in.integer("grace-days", dunning.grace_days, 0, 366);
  in.per_currency("min-open", dunning.min_open);
  in.string("language", dunning.language);
  in.string("charges", dunning.charges);
  in.string("charge-series", dunning.charge_series);
  in.integer("charge-days", dunning.charge_days, 0, 366);
  in.string("statement", dunning.statement);
  read_interest(in, dunning.interest);
  DunningPlan& main_plan = dunning.plans["default"];
  main_plan.name = "default";
  main_plan.loc = dunning.loc;
  read_levels(in, "dunning.levels", main_plan);
  each_table(in, "plans", [&](const std::string& name, const toml::table& plan_table) {
    DunningPlan plan;
    plan.name = name;
    plan.loc = loc_of(plan_table.source(), path);
    DunningKeys plan_keys(plan_table, fmt::format("[dunning.plans.{}]", name), path, diags);
    read_levels(plan_keys, fmt::format("dunning.plans.{}.levels", name), plan);
    plan_keys.finish();
    dunning.plans[name] = std::move(plan);
  });
  each_table(in, "templates", [&](const std::string& name, const toml::table& texts) {
    DunningTemplate letter;
    letter.name = name;
    letter.loc = loc_of(texts.source(), path);
    DunningKeys keys(texts, fmt::format("[dunning.templates.{}]", name), path, diags);
    for (const auto& [language, text] : texts) {
      keys.string(language.str(), letter.texts[std::string(language.str())]);
    }
    keys.finish();
    dunning.templates[name] = std::move(letter);
  });
  in.finish();
}

} // namespace dues::syntax
