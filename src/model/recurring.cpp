#include "model/recurring.hpp"
#include "model/suggestions.hpp" // hardening: "did you mean"

#include <fmt/format.h>

namespace dues {

std::vector<RecurringPeriod> recurring_periods(const syntax::RecurringSetting& recurring,
                                               const Date& as_of) {
  const int step = recurring.schedule == "yearly" ? 12 : recurring.schedule == "quarterly" ? 3 : 1;
  const unsigned day =
      recurring.day > 0 ? static_cast<unsigned>(recurring.day) : unsigned(recurring.start.day());
  const Date first_month{recurring.start.year(), recurring.start.month(), date::day{1}};
  std::vector<RecurringPeriod> periods;
  for (int k = 0;; k += step) {
    const Date month = add_months(first_month, k);
    const Date last = end_of_month(month);
    const Date when{month.year(), month.month(),
                    date::day{std::min(day, static_cast<unsigned>(last.day()))}};
    if (day_number(when) < day_number(recurring.start)) {
      continue;
    }
    if ((recurring.end && day_number(when) > day_number(*recurring.end))
        || day_number(when) > day_number(as_of)) {
      break;
    }
    const int year = static_cast<int>(when.year());
    periods.push_back(
        {when, step == 12 ? fmt::format("{:04}", year)
                          : fmt::format("{:04}-{:02}", year, static_cast<unsigned>(when.month()))});
  }
  return periods;
}

std::string recurring_origin(std::string_view name, std::string_view key) {
  return fmt::format("recurring:{}/{}", name, key);
}

std::string fill_period(std::string_view text, const RecurringPeriod& period) {
  std::string out(text);
  const auto replace = [&](std::string_view field, const std::string& value) {
    for (auto at = out.find(field); at != std::string::npos;
         at = out.find(field, at + value.size())) {
      out.replace(at, field.size(), value);
    }
  };
  replace("{period}", period.key);
  replace("{year}", fmt::format("{:04}", static_cast<int>(period.date.year())));
  replace("{month}", fmt::format("{:02}", static_cast<unsigned>(period.date.month())));
  return out;
}

void check_recurring(const Ledger& ledger, Diagnostics& diags) {
  const syntax::Settings& settings = ledger.settings;
  for (const auto& entry : settings.recurring) {
    const std::string& name = entry.first;
    const syntax::RecurringSetting& recurring = entry.second;
    const syntax::InvoiceTemplate& invoice = recurring.invoice;
    const auto fail = [&](const std::string& message) {
      diags.add(Error(ErrorKind::invalid_input, recurring.loc,
                      fmt::format("recurring template '{}': {}", name, message)));
    };
    const Customer* customer = ledger.find_customer(invoice.customer);
    if (!invoice.customer.empty() && customer == nullptr) {
      fail(unknown_customer(invoice.customer, ledger.customers));
    }
    if (!invoice.terms.empty() && !settings.terms.contains(invoice.terms)) {
      fail(unknown_terms(invoice.terms, settings));
    }
    if (!invoice.currency.empty() && find_currency(invoice.currency) == nullptr) {
      fail(fmt::format("unknown currency '{}'", invoice.currency));
    }
    if (!invoice.series.empty() && !settings.series.contains(invoice.series)) {
      fail(unknown_series(invoice.series, settings));
    }
    check_template_taxes(invoice.items, settings, fmt::format("recurring template '{}': ", name),
                         diags);
    if (recurring.end && day_number(*recurring.end) < day_number(recurring.start)) {
      fail(fmt::format("end {} is before start {}", *recurring.end, recurring.start));
    }
  }
}

} // namespace dues
