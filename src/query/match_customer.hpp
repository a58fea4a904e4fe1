#pragma once

#include "bank/statement.hpp"
#include "model/ledger.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace dues::query {

// Who paid, as far as a bank line tells: found by the payer's account, the payer's name
// or a customer's name written in the text.
struct PayerIdentity {
  std::uint32_t customer = 0;
  int score = 100; // similarity of the payer name, 100 for an account
  bool by_account = false;
  std::string reason; // "payer account ... belongs to globex"
};

// Finds the customer behind a bank line through indexes of customer accounts and name
// words, built once per ledger. Part of match_bank_lines.
class CustomerFinder {
public:
  CustomerFinder(const Ledger& ledger, int name_cutoff);

  // The customer, or nullopt; `why` gets the reason when a name was close but not
  // conclusive, and `tie` is set when two customers were equally close.
  std::optional<PayerIdentity> identify(const bank::BankLine& line, std::string& why, bool& tie);

  // The customer whose account this is (compact, upper case), when exactly one is.
  std::optional<std::uint32_t> by_account(std::string_view account) const;

  // privacy: encrypted accounts are found by the HMAC stored beside them (under
  // `matching_key`, when not empty) and by their decrypted text (`revealed`).
  void add_private_accounts(const std::string& matching_key,
                            const std::vector<std::pair<std::uint32_t, std::string>>& revealed);

private:
  struct NameVariant {
    std::uint32_t customer = 0;
    std::string text; // as written in customers.toml
    std::vector<std::string> tokens;
  };
  struct NameResult {
    std::optional<PayerIdentity> identity;
    std::string why;
    bool tie = false; // two customers equally close: never guessed
  };

  std::optional<PayerIdentity> account_of(const bank::BankLine& line) const;
  void add_account(const std::string& key, std::uint32_t customer);
  NameResult by_payer_name(const std::string& name);
  NameResult by_text(const std::string& text) const;
  std::vector<std::uint32_t> variants_sharing(const std::vector<std::string>& tokens) const;

  const Ledger& m_ledger;
  int m_cutoff;
  std::string m_matching_key; // privacy
  std::unordered_map<std::string, std::uint32_t> m_accounts; // k_shared when two share one
  std::vector<NameVariant> m_names;
  std::unordered_map<std::string, std::vector<std::uint32_t>> m_by_token; // -> m_names
  std::unordered_map<std::string, NameResult> m_cache;                    // payer name -> result
};

// An account number or IBAN without spaces, dashes and dots, upper case.
std::string compact_account(std::string_view account);

} // namespace dues::query
