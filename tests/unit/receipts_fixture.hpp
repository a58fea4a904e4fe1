#pragma once

// Builds ledgers from dues.toml, customers.toml and journal text, the way `dues` does,
// for the receipt, statement and aging tests.
#include "model/build.hpp"
#include "syntax/toml_reader.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace dues::testing {

constexpr std::string_view k_settings = R"(format = 1
[company]
name = "Test Company"
currency = "EUR"
)";

constexpr std::string_view k_customers = R"([acme]
name = "ACME Corporation"
currency = "EUR"

[beta]
name = "Beta GmbH"
currency = "EUR"

[sato]
name = "佐藤商事株式会社"
currency = "JPY"

[manual]
name = "Manual Ltd"
currency = "EUR"
allocation = "manual"
)";

// The ledger of journal files (path, text); fails the test (printing every problem) when
// it does not validate.
inline Ledger ledger_from_files(const std::vector<JournalText>& journals, std::string_view settings,
                                std::string_view customers) {
  Diagnostics diags;
  syntax::Settings parsed = syntax::read_settings(settings, "dues.toml", diags);
  std::vector<Customer> records = syntax::read_customers(customers, "customers.toml", diags);
  Ledger ledger = build_ledger(std::move(parsed), std::move(records), journals, diags);
  std::string problems;
  for (const Error& error : diags.errors()) {
    problems += std::string(error.what()) + "\n";
  }
  INFO(problems);
  REQUIRE(diags.empty());
  return ledger;
}

// The ledger of one journal file, journal/2026.dues.
inline Ledger ledger_from(std::string_view journal, std::string_view settings = k_settings,
                          std::string_view customers = k_customers) {
  return ledger_from_files({{"journal/2026.dues", journal}}, settings, customers);
}

// The number of errors building the ledger gives (0 when it validates).
inline std::size_t errors_in(std::string_view journal, std::string_view settings = k_settings,
                             std::string_view customers = k_customers) {
  Diagnostics diags;
  syntax::Settings parsed = syntax::read_settings(settings, "dues.toml", diags);
  std::vector<Customer> records = syntax::read_customers(customers, "customers.toml", diags);
  build_ledger(std::move(parsed), std::move(records), {{"journal/2026.dues", journal}}, diags);
  return diags.errors().size();
}

inline Date day(std::string_view text) {
  const auto parsed = parse_date(text);
  REQUIRE(parsed.has_value());
  return *parsed;
}

inline Money eur(std::string_view text) {
  const auto money = parse_money(text, *find_currency("EUR"));
  REQUIRE(money.has_value());
  return *money;
}

inline Money money(std::string_view text, std::string_view code) {
  const auto parsed = parse_money(text, *find_currency(code));
  REQUIRE(parsed.has_value());
  return *parsed;
}

inline std::uint32_t customer_of(const Ledger& ledger, std::string_view id) {
  return *ledger.find_customer_index(id);
}

inline std::uint32_t document_of(const Ledger& ledger, std::string_view id) {
  const IdRef* ref = ledger.find_id(id);
  REQUIRE(ref != nullptr);
  return ref->index;
}

} // namespace dues::testing
