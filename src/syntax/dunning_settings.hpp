#pragma once

// [dunning] in dues.toml (collections): reminder levels, fees and interest. See
// docs/dunning.md and docs/settings.md.
#include "base/date.hpp"
#include "base/decimal.hpp"
#include "base/error.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dues::syntax {

// One row of a base-rate table: the rate that applies from `from` on.
struct BaseRate {
  Date from;
  Decimal rate; // percent a year; may be negative (the Basiszinssatz was, 2013-2022)
  SourceLoc loc;
};

// [dunning.interest]: simple interest, day by day, on the amount open each day.
struct InterestSettings {
  std::string mode = "none";       // none | fixed | base-plus
  std::optional<Decimal> rate;     // fixed: percent a year
  std::optional<Decimal> points;   // base-plus: percentage points above the base rate
  std::vector<BaseRate> base_rates; // base-plus: from-date ascending
  // base-plus: the last day the table is known to cover (base-rates-until); interest for
  // a later day is an error, never the last row's rate carried on unchecked.
  std::optional<Date> base_rates_until;
  int days_in_year = 365;          // act/365 or act/360
  int start_days = 0;              // interest runs from the day after due + start_days
  SourceLoc loc;
};

// One [[dunning.levels]] entry: level N is the Nth in the list.
struct DunningLevel {
  int days = 0;          // relative to the due date; negative: a friendly note before it
  int min_gap = 0;       // at least this many days after the previous level was sent
  std::string template_name; // a [dunning.templates.NAME]
  std::map<std::string, Decimal, std::less<>> fees; // currency -> flat fee
  bool interest = false; // state (or charge) interest accrued so far at this level
  SourceLoc loc;
  std::map<std::string, SourceLoc, std::less<>> field_locs;
};

// [dunning.templates.NAME]: the text of a letter, one per language ("en", "de", "zh").
struct DunningTemplate {
  std::string name;
  std::map<std::string, std::string, std::less<>> texts; // language -> subject\n\nbody
  SourceLoc loc;
};

// A set of levels; the default one is [[dunning.levels]], others are
// [dunning.plans.NAME] with their own `levels` (a customer's `dunning = "NAME"`).
struct DunningPlan {
  std::string name; // "default" for [[dunning.levels]]
  std::vector<DunningLevel> levels;
  SourceLoc loc;
};

struct DunningSettings {
  bool present = false;       // [dunning] is in dues.toml
  int grace_days = 0;         // added to positive level days
  std::map<std::string, Decimal, std::less<>> min_open; // currency -> smallest amount dunned
  std::string language = "en";                          // when the customer has none
  std::string charges = "letter"; // letter: fees and interest only stated | document
  std::string charge_series = "charge"; // the [series.NAME] of charge documents
  int charge_days = 14;                 // a charge is due this many days after it is issued
  std::string statement = "pdf"; // attached to each letter: "pdf" (the statement) or "none"
  InterestSettings interest;
  std::map<std::string, DunningPlan, std::less<>> plans; // "default" and [dunning.plans.*]
  std::map<std::string, DunningTemplate, std::less<>> templates;
  SourceLoc loc;
  std::map<std::string, SourceLoc, std::less<>> field_locs;
};

} // namespace dues::syntax
