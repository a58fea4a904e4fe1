#include "query/export_accounts.hpp"

#include "base/hash.hpp"
#include "base/text.hpp"

#include <fmt/format.h>

#include <unordered_map>

namespace dues::query {
namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return is_ascii_digit(c); }

// Whether beancount holds `c` after the first character of a component, as it is.
bool beancount_keeps(char c) { return is_ascii_letter(c) || is_digit(c) || c == '-'; }

// Whether ledger and hledger hold `c` in an account name part as it is: anything but
// the separator ':', spaces, control characters and the comment start ';'.
bool ledger_keeps(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte > 0x20 && byte != 0x7f && c != ':' && c != ';';
}

bool is_root(std::string_view part) {
  return part == "Assets" || part == "Liabilities" || part == "Equity" || part == "Income"
         || part == "Expenses";
}

} // namespace

std::string account_component(std::string_view name, LedgerSyntax syntax) {
  std::string out;
  bool exact = !name.empty();
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool keeps = syntax == LedgerSyntax::beancount ? beancount_keeps(c) : ledger_keeps(c);
    if (syntax == LedgerSyntax::beancount && i == 0) {
      exact = exact && (is_lower(c) || is_digit(c));
      out += is_lower(c) ? ascii_upper(c) : (is_digit(c) || is_ascii_upper(c) ? c : 'X');
      continue;
    }
    exact = exact && keeps;
    out += keeps ? c : '-';
  }
  if (!exact) {
    out += "-X" + hash_hex(name).substr(0, 8);
  }
  return out;
}

AccountMap::AccountMap(const syntax::ExportSettings& settings, const Ledger& ledger,
                       LedgerSyntax syntax)
    : m_settings(settings), m_syntax(syntax) {
  for (const auto& [key, account] : {std::pair{"income", &m_settings.income},
                                     {"fees", &m_settings.fees},
                                     {"bad-debt", &m_settings.bad_debt},
                                     {"opening", &m_settings.opening}}) {
    check(*account, key);
  }
  for (const auto& [method, account] : m_settings.bank_by_method) {
    check(account, "bank-by-method");
  }
  for (const auto& [code, account] : m_settings.income_by_tax) {
    check(account, "income-by-tax");
  }
  check(fill(m_settings.tax, "{tax}", "x"), "tax");
  check(fill(m_settings.bank, "{method}", "x"), "bank");
  std::unordered_map<std::string, std::uint32_t> seen;
  for (std::uint32_t i = 0; i < ledger.customers.size(); ++i) {
    const std::string& id = ledger.customers[i].id;
    m_receivable.push_back(fill(m_settings.receivable, "{customer}", id));
    m_customer_credit.push_back(fill(m_settings.customer_credit, "{customer}", id));
    check(m_receivable.back(), "receivable");
    check(m_customer_credit.back(), "customer-credit");
    const auto [it, fresh] = seen.emplace(m_receivable.back(), i);
    if (!fresh) {
      throw Error(ErrorKind::invalid_input, m_settings.loc,
                  fmt::format("[export] receivable: customers '{}' and '{}' would share the "
                              "account '{}'; put {{customer}} in the pattern",
                              ledger.customers[it->second].id, id, it->first));
    }
  }
}

std::string AccountMap::fill(const std::string& pattern, std::string_view placeholder,
                             std::string_view name) const {
  std::string out = pattern;
  const std::string part = name.empty() ? std::string() : account_component(name, m_syntax);
  for (std::size_t at = out.find(placeholder); at != std::string::npos;
       at = out.find(placeholder, at + part.size())) {
    out.replace(at, placeholder.size(), part);
  }
  return out;
}

void AccountMap::check(const std::string& account, std::string_view key) const {
  std::string_view problem;
  std::size_t start = 0;
  for (int index = 0; start <= account.size() && problem.empty(); ++index) {
    const std::size_t end = std::min(account.find(':', start), account.size());
    const std::string_view part = std::string_view(account).substr(start, end - start);
    if (part.empty()) {
      problem = "an empty part";
    } else if (m_syntax == LedgerSyntax::beancount) {
      if (index == 0 && !is_root(part)) {
        problem = "a first part other than Assets, Liabilities, Equity, Income or Expenses";
      } else if (!(is_ascii_upper(part[0]) || is_digit(part[0]))) {
        problem = "a part that does not start with a capital letter or digit";
      }
      for (const char c : part) {
        if (!beancount_keeps(c)) {
          problem = "a character other than letters, digits and '-'";
        }
      }
    } else {
      for (const char c : part) { // single spaces are fine: two end an account name
        if (c != ' ' && !ledger_keeps(c)) {
          problem = "a ';', tab or control character";
        }
      }
      if (part.find("  ") != std::string_view::npos) {
        problem = "two spaces in a row";
      }
    }
    start = end + 1;
  }
  if (!problem.empty()) {
    throw Error(ErrorKind::invalid_input, m_settings.loc,
                fmt::format("[export] {}: '{}' is not a {} account name: it has {}", key, account,
                            m_syntax == LedgerSyntax::beancount ? "beancount"
                            : m_syntax == LedgerSyntax::ledger  ? "ledger"
                                                                : "hledger",
                            problem));
  }
}

const std::string& AccountMap::income(std::string_view tax_code) const {
  const auto it = m_settings.income_by_tax.find(std::string(tax_code));
  return it == m_settings.income_by_tax.end() ? m_settings.income : it->second;
}

const std::string& AccountMap::tax(std::string_view tax_code) const {
  auto it = m_tax_accounts.find(tax_code);
  if (it == m_tax_accounts.end()) {
    it = m_tax_accounts.emplace(tax_code, fill(m_settings.tax, "{tax}", tax_code)).first;
  }
  return it->second;
}

const std::string& AccountMap::bank(std::string_view method) const {
  auto it = m_bank_accounts.find(method);
  if (it == m_bank_accounts.end()) {
    const auto set = m_settings.bank_by_method.find(std::string(method));
    it = m_bank_accounts
             .emplace(method, set == m_settings.bank_by_method.end() ? fill(
                                  m_settings.bank, "{method}", method.empty() ? "other" : method)
                                                                     : set->second)
             .first;
  }
  return it->second;
}

} // namespace dues::query
