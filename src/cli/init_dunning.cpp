#include "cli/init_dunning.hpp"

#include <fmt/format.h>

namespace dues::cli {
namespace {

constexpr std::string_view k_levels = R"(
# Reminder levels (docs/dunning.md): days after the due date, at least
# min-days-since-previous after the level before; `dues remind` shows the plan and
# `dues remind --send` (daily, from cron) sends each level once.
[[dunning.levels]]
days = 7
template = "reminder"

[[dunning.levels]]
days = 30
min-days-since-previous = 10
template = "notice"{fee}
interest = true

[[dunning.levels]]
days = 45
min-days-since-previous = 10
template = "final"
interest = true

[dunning.templates.reminder]
en = """Payment reminder from {{company}}

Dear {{customer}},

our records show these invoices as unpaid. If you have paid already, please ignore this.

{{invoices}}
Total: {{total}}
"""{reminder}

[dunning.templates.notice]
en = """Overdue notice from {{company}}

Dear {{customer}},

these invoices are overdue despite our reminder:

{{invoices}}
Total: {{total}}
"""{notice}

[dunning.templates.final]
en = """Final notice from {{company}}

Dear {{customer}},

{{invoices}}
Total: {{total}}

Please pay within 7 days.
"""
)";

// The last day the EUR base-rate table covers (base-rates-until).
constexpr std::string_view k_base_rates_until = "2026-06-30";

} // namespace

std::optional<std::string> init_dunning_notice(std::string_view currency, const Date& today) {
  if (currency != "EUR") {
    return std::nullopt;
  }
  const Date until = *parse_date(k_base_rates_until);
  const Date next = add_days(until, 1);
  const std::string when =
      day_number(today) > day_number(until)
          ? fmt::format("today ({}) is already past it, so", format_date(today))
          : "after that day";
  return fmt::format(
      "note: dues.toml's [dunning.interest] base-rates (Germany's Basiszinssatz, BGB section 247) "
      "go through {} (base-rates-until), and only 1.27% from 2026-01-01 was verified; {} "
      "`dues remind` stops at levels with interest until you add the rate in force from {} "
      "as `{{ from = {}, rate = \"R%\" }},` to base-rates and set base-rates-until = {}. "
      "The Deutsche Bundesbank fixes the rate for each 1 January and 1 July and publishes "
      "it on bundesbank.de and in the Bundesanzeiger (docs/dunning.md, \"Base rates\").\n",
      format_date(until), when, format_date(next), format_date(next),
      format_date(add_days(add_months(next, 6), -1)));
}

std::string init_dunning_settings(std::string_view currency) {
  std::string head = "\n[dunning]\nlanguage = \"en\"\n";
  std::string fee;
  std::string reminder;
  std::string notice;
  if (currency == "EUR") {
    head += R"(
# Germany (§§ 286, 288 BGB) between businesses: base rate + 9 points and EUR 40 flat
# (Verzugspauschale). The EU Directive 2011/7/EU minimum is the ECB rate + 8 points;
# consumers: base rate + 5 and no flat fee.
# The base rates below were NOT verified against the primary source when this default
# was written: check them against the Bundesbank table (Basiszinssatz nach § 247 BGB,
# bundesbank.de) before relying on the figures. Only 1.27% from 2026-01-01 was checked
# (against a copy of the Bundesbank's announcement of December 2025).
# The base rate changes each 1 January and 1 July: add each new row and move
# base-rates-until; interest for a day after it stops `dues remind` with an error
# instead of using an old rate.
[dunning.interest]
points = "9%"
day-count = "act/365"
base-rates = [
  { from = 2024-01-01, rate = "3.62%" },
  { from = 2024-07-01, rate = "3.37%" },
  { from = 2025-01-01, rate = "2.27%" },
  { from = 2025-07-01, rate = "1.27%" },
  { from = 2026-01-01, rate = "1.27%" },
]
base-rates-until = )" + std::string(k_base_rates_until) + R"(
)";
    fee = "\nfee = { EUR = \"40.00\" }    # § 288 (5) BGB, Art. 6 of Directive 2011/7/EU";
    reminder = "\nde = \"\"\"Zahlungserinnerung von {company}\n\nGuten Tag {customer},\n\n"
               "folgende Rechnungen sind noch offen:\n\n{invoices}\nSumme: {total}\n\"\"\"";
    notice = "\nde = \"\"\"Mahnung von {company}\n\nGuten Tag {customer},\n\n"
             "trotz unserer Erinnerung sind folgende Rechnungen offen:\n\n{invoices}\n"
             "Summe: {total}\n\"\"\"";
  } else if (currency == "CNY") {
    head += R"(
# China: no statutory flat fee; late-payment interest (逾期利息/违约金) follows the
# contract. 18.25% a year is 0.05% a day, a common contract rate: check yours.
[dunning.interest]
rate = "18.25%"
day-count = "act/365"
)";
    reminder = "\nzh = \"\"\"{company} 付款提醒\n\n{customer}：\n\n以下发票尚未付款：\n\n"
               "{invoices}\n合计：{total}\n\"\"\"";
    notice = "\nzh = \"\"\"{company} 逾期付款通知\n\n{customer}：\n\n以下发票已逾期：\n\n"
             "{invoices}\n合计：{total}\n\"\"\"";
  }
  return head + fmt::format(fmt::runtime(k_levels), fmt::arg("fee", fee),
                            fmt::arg("reminder", reminder), fmt::arg("notice", notice));
}

} // namespace dues::cli
