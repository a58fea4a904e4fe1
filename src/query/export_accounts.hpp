#pragma once

#include "model/ledger.hpp"
#include "syntax/settings.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dues::query {

// The plain-text accounting tools dues exports to.
enum class LedgerSyntax { beancount, ledger, hledger };

// One part of an account name (a customer id, a tax code, a payment method) as the
// target's syntax can hold it. A name the syntax holds as it is stays readable
// (beancount only capitalises a lower-case first letter: acme -> Acme); any other name
// is written readably with the characters the syntax refuses turned into '-', plus
// '-X' and 8 hex digits of a hash of the original, so no two names meet
// (docs/export.md, "Account names").
std::string account_component(std::string_view name, LedgerSyntax syntax);

// The accounts of [export] with the names of one ledger filled in, checked against the
// target syntax. Throws Error(invalid_input) at [export] when an account is not a valid
// account name of the target, or when two customers' accounts would meet.
class AccountMap {
public:
  AccountMap(const syntax::ExportSettings& settings, const Ledger& ledger, LedgerSyntax syntax);

  const std::string& receivable(std::uint32_t customer) const { return m_receivable[customer]; }
  const std::string& customer_credit(std::uint32_t customer) const {
    return m_customer_credit[customer];
  }
  // The income account of items taxed with `tax_code` ("" for untaxed items).
  // The three are filled in once per name, then looked up (an export asks per posting).
  const std::string& income(std::string_view tax_code) const;
  const std::string& tax(std::string_view tax_code) const;
  const std::string& bank(std::string_view method) const;
  const std::string& fees() const { return m_settings.fees; }
  const std::string& bad_debt() const { return m_settings.bad_debt; }
  // import: the other side of an opening item (equity, not income or tax).
  const std::string& opening() const { return m_settings.opening; }

private:
  std::string fill(const std::string& pattern, std::string_view placeholder,
                   std::string_view name) const;
  void check(const std::string& account, std::string_view key) const;
  syntax::ExportSettings m_settings;
  LedgerSyntax m_syntax;
  std::vector<std::string> m_receivable;
  std::vector<std::string> m_customer_credit;
  mutable std::map<std::string, std::string, std::less<>> m_tax_accounts;  // by tax code
  mutable std::map<std::string, std::string, std::less<>> m_bank_accounts; // by method
};

} // namespace dues::query
