#include "model/dunning_rules.hpp"

#include "base/money.hpp"
#include "model/customer.hpp"
#include "model/customer_fields.hpp" // decimal_as_written

#include <fmt/format.h>

namespace dues {
namespace {

SourceLoc at(const syntax::DunningLevel& level, std::string_view key) {
  const auto it = level.field_locs.find(key);
  return it == level.field_locs.end() ? level.loc : it->second;
}

void check_level(const syntax::DunningSettings& dunning, const syntax::DunningPlan& plan,
                 std::size_t index, Diagnostics& diags) {
  const syntax::DunningLevel& level = plan.levels[index];
  const auto fail = [&](const SourceLoc& loc, const std::string& message) {
    diags.add(Error(ErrorKind::invalid_input, loc,
                    fmt::format("dunning level {} ({}): {}", index + 1, plan.name, message)));
  };
  if (level.template_name.empty()) {
    fail(level.loc, "needs a template = \"NAME\" of [dunning.templates.NAME]");
  } else if (const auto it = dunning.templates.find(level.template_name);
             it == dunning.templates.end()) {
    fail(at(level, "template"),
         fmt::format("template '{}' is not in [dunning.templates]", level.template_name));
  } else if (!it->second.texts.contains(dunning.language)) {
    fail(at(level, "template"),
         fmt::format("template '{}' has no text in the default language '{}'",
                     level.template_name, dunning.language));
  }
  if (index > 0) {
    const syntax::DunningLevel& previous = plan.levels[index - 1];
    if (level.days <= previous.days) {
      fail(at(level, "days"),
           fmt::format("days {} overlaps level {} (days {}): each level's days must be later "
                       "than the one before",
                       level.days, index, previous.days));
    }
  }
  for (const auto& [code, fee] : level.fees) {
    const Currency* currency = find_currency(code);
    if (currency == nullptr) {
      fail(at(level, "fee"), fmt::format("unknown currency '{}' in fee", code));
    } else if (fee.is_negative()) {
      fail(at(level, "fee"), fmt::format("a fee must not be negative: {} {}",
                                         decimal_as_written(fee), code));
    } else if (!money_from_decimal(fee, *currency)) {
      fail(at(level, "fee"), fmt::format("fee {} has too many decimals for {}",
                                         decimal_as_written(fee), code));
    }
  }
}

void check_interest(const syntax::InterestSettings& interest, Diagnostics& diags) {
  const auto fail = [&](const SourceLoc& loc, const std::string& message) {
    diags.add(Error(ErrorKind::invalid_input, loc, "[dunning.interest]: " + message));
  };
  if (interest.rate && interest.points) {
    fail(interest.loc, "give either 'rate' (a fixed annual rate) or 'points' (above the base "
                       "rate), not both");
  }
  if (interest.rate && interest.rate->is_negative()) {
    fail(interest.loc, "'rate' must not be negative");
  }
  if (interest.points && interest.base_rates.empty()) {
    fail(interest.loc, "'points' above the base rate needs 'base-rates', a table of "
                       "{ from = DATE, rate = \"N%\" } rows");
  }
  if (interest.base_rates_until && !interest.base_rates.empty()
      && day_number(*interest.base_rates_until) < day_number(interest.base_rates.back().from)) {
    fail(interest.loc, fmt::format("base-rates-until {} is before the last base-rates row ({})",
                                   format_date(*interest.base_rates_until),
                                   format_date(interest.base_rates.back().from)));
  }
  if (!interest.points && !interest.base_rates.empty()) {
    fail(interest.loc, "'base-rates' are only used with 'points'");
  }
  for (std::size_t i = 1; i < interest.base_rates.size(); ++i) {
    if (day_number(interest.base_rates[i].from) <= day_number(interest.base_rates[i - 1].from)) {
      fail(interest.base_rates[i].loc,
           fmt::format("base-rates row {} starts {}, not after the row before it ({})", i + 1,
                       format_date(interest.base_rates[i].from),
                       format_date(interest.base_rates[i - 1].from)));
    }
  }
}

} // namespace

void check_dunning(const syntax::Settings& settings, Diagnostics& diags) {
  const syntax::DunningSettings& dunning = settings.dunning;
  if (!dunning.present) {
    return;
  }
  const auto loc = [&](std::string_view key) {
    const auto it = dunning.field_locs.find(key);
    return it == dunning.field_locs.end() ? dunning.loc : it->second;
  };
  for (const auto& [name, plan] : dunning.plans) {
    for (std::size_t i = 0; i < plan.levels.size(); ++i) {
      check_level(dunning, plan, i, diags);
    }
  }
  check_interest(dunning.interest, diags);
  for (const auto& [code, amount] : dunning.min_open) {
    const Currency* currency = find_currency(code);
    if (currency == nullptr || amount.is_negative() || !money_from_decimal(amount, *currency)) {
      diags.add(Error(ErrorKind::invalid_input, loc("min-open"),
                      fmt::format("[dunning] min-open {} {}: not an amount of a known currency",
                                  format_decimal(amount), code)));
    }
  }
  if (dunning.statement != "pdf" && dunning.statement != "none") {
    diags.add(Error(ErrorKind::invalid_input, loc("statement"),
                    fmt::format("[dunning] statement must be \"pdf\" or \"none\", not '{}'",
                                dunning.statement)));
  }
  if (dunning.charges != "letter" && dunning.charges != "document") {
    diags.add(Error(ErrorKind::invalid_input, loc("charges"),
                    fmt::format("[dunning] charges must be \"letter\" or \"document\", not '{}'",
                                dunning.charges)));
  } else if (dunning.charges == "document") {
    const auto series = settings.series.find(dunning.charge_series);
    if (series == settings.series.end() || series->second.kind != "invoice") {
      diags.add(Error(ErrorKind::invalid_input, loc("charges"),
                      fmt::format("[dunning] charges = \"document\" needs [series.{}] with "
                                  "kind = \"invoice\" to number them",
                                  dunning.charge_series)));
    }
  }
}

void check_customer_dunning(const syntax::CustomerRecord& customer,
                            const syntax::Settings& settings, Diagnostics& diags) {
  const auto loc = [&](std::string_view key) {
    const auto it = customer.field_locs.find(key);
    return it == customer.field_locs.end() ? customer.loc : it->second;
  };
  if (!customer.dunning.empty() && customer.dunning != "off"
      && !settings.dunning.plans.contains(customer.dunning)) {
    diags.add(Error(ErrorKind::invalid_input, loc("dunning"),
                    fmt::format("dunning '{}' is neither \"off\" nor a [dunning.plans.{}]",
                                customer.dunning, customer.dunning)));
  }
  for (const std::string& email : customer.reminder_emails) {
    if (!is_valid_email(email)) {
      diags.add(Error(ErrorKind::invalid_input, loc("reminder-emails"),
                      fmt::format("not a valid email address: '{}'", email)));
    }
  }
}

} // namespace dues
