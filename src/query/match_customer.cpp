#include "query/match_customer.hpp"

#include "query/match_text.hpp"

#include "base/sealed.hpp" // privacy
#include "crypt/hmac.hpp"  // privacy

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace dues::query {
namespace {

constexpr std::uint32_t k_shared = 0xFFFFFFFFU;
// privacy: the index key of an encrypted account is this prefix and its HMAC.
constexpr std::string_view k_hmac_key = "hmac:";

// Name words shared by more customers than this are too common to find candidates by.
constexpr std::size_t k_common_word = 2000;

bool holds_all(const std::vector<std::string>& sorted, const std::vector<std::string>& wanted) {
  return std::all_of(wanted.begin(), wanted.end(), [&](const std::string& token) {
    return std::binary_search(sorted.begin(), sorted.end(), token);
  });
}

std::size_t letters_in(const std::vector<std::string>& tokens) {
  std::size_t total = 0;
  for (const std::string& token : tokens) {
    total += token.size();
  }
  return total;
}

} // namespace

std::string compact_account(std::string_view account) {
  std::string compact;
  for (const char c : account) {
    if (c == ' ' || c == '-' || c == '.' || c == '/') {
      continue;
    }
    compact += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return compact;
}

CustomerFinder::CustomerFinder(const Ledger& ledger, int name_cutoff)
    : m_ledger(ledger), m_cutoff(name_cutoff) {
  for (std::uint32_t c = 0; c < ledger.customers.size(); ++c) {
    const Customer& customer = ledger.customers[c];
    for (const std::string& account : customer.bank_accounts) {
      if (const auto sealed = parse_sealed(account)) { // privacy: found by its HMAC
        if (!sealed->hmac.empty()) {
          add_account(std::string(k_hmac_key) + sealed->hmac, c);
        }
        continue;
      }
      add_account(compact_account(account), c);
    }
    std::vector<std::string> texts{customer.name};
    texts.insert(texts.end(), customer.aliases.begin(), customer.aliases.end());
    for (const std::string& text : texts) {
      NameVariant variant{c, text, name_tokens(text)};
      if (variant.tokens.empty()) {
        continue;
      }
      const auto index = static_cast<std::uint32_t>(m_names.size());
      for (const std::string& token : variant.tokens) {
        m_by_token[token].push_back(index);
      }
      m_names.push_back(std::move(variant));
    }
  }
}

void CustomerFinder::add_account(const std::string& key, std::uint32_t customer) {
  const auto [it, added] = m_accounts.emplace(key, customer);
  if (!added && it->second != customer) {
    it->second = k_shared;
  }
}

void CustomerFinder::add_private_accounts(
    const std::string& matching_key,
    const std::vector<std::pair<std::uint32_t, std::string>>& revealed) {
  m_matching_key = matching_key;
  for (const auto& [customer, account] : revealed) {
    add_account(compact_account(account), customer);
  }
}

std::optional<std::uint32_t> CustomerFinder::by_account(std::string_view account) const {
  auto it = m_accounts.find(std::string(account));
  if (it == m_accounts.end() && !m_matching_key.empty()) { // privacy: by the stored HMAC
    it = m_accounts.find(std::string(k_hmac_key) + crypt::hmac_sha256_hex(m_matching_key, account));
  }
  if (it == m_accounts.end() || it->second == k_shared) {
    return std::nullopt;
  }
  return it->second;
}

std::optional<PayerIdentity> CustomerFinder::account_of(const bank::BankLine& line) const {
  if (!line.payer_account.empty()) {
    if (const auto customer = by_account(compact_account(line.payer_account))) {
      return PayerIdentity{*customer, 100, true,
                           fmt::format("payer account {} belongs to {}", line.payer_account,
                                       m_ledger.customers[*customer].id)};
    }
  }
  // Accounts are often written into the text as well (IBAN: ..., ?31 IBAN).
  for (const std::string& token : alnum_tokens(line.reference)) {
    if (token.size() < 8) {
      continue;
    }
    // A short tag may be glued in front ("?31DE00..." gives "31DE00...").
    for (std::size_t start = 0; start <= 4 && start + 8 <= token.size(); ++start) {
      const std::string_view tail = std::string_view(token).substr(start);
      if (const auto customer = by_account(tail)) {
        return PayerIdentity{*customer, 100, true,
                             fmt::format("account {} in the text belongs to {}", tail,
                                         m_ledger.customers[*customer].id)};
      }
    }
  }
  return std::nullopt;
}

std::vector<std::uint32_t>
CustomerFinder::variants_sharing(const std::vector<std::string>& tokens) const {
  std::vector<std::uint32_t> variants;
  for (const std::string& token : tokens) {
    const auto it = m_by_token.find(token);
    if (it != m_by_token.end() && it->second.size() <= k_common_word) {
      variants.insert(variants.end(), it->second.begin(), it->second.end());
    }
  }
  std::sort(variants.begin(), variants.end());
  variants.erase(std::unique(variants.begin(), variants.end()), variants.end());
  return variants;
}

CustomerFinder::NameResult CustomerFinder::by_payer_name(const std::string& name) {
  if (const auto it = m_cache.find(name); it != m_cache.end()) {
    return it->second;
  }
  const std::vector<std::string> tokens = name_tokens(name);
  std::map<std::uint32_t, std::pair<int, std::uint32_t>> best; // customer -> (score, variant)
  for (const std::uint32_t v : variants_sharing(tokens)) {
    const int score = name_similarity(tokens, m_names[v].tokens);
    auto& slot = best[m_names[v].customer];
    if (score > slot.first) {
      slot = {score, v};
    }
  }
  std::vector<std::pair<int, std::uint32_t>> ranked; // (score, variant), best first
  for (const auto& [customer, entry] : best) {
    ranked.push_back(entry);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  NameResult result;
  if (ranked.empty()) {
    return m_cache[name] = result;
  }
  const auto& [score, variant] = ranked[0];
  const std::string& id = m_ledger.customers[m_names[variant].customer].id;
  if (score < m_cutoff) {
    result.why = fmt::format("payer name '{}' is not close enough to a customer (best: {}, "
                             "similarity {} < {})",
                             name, id, score, m_cutoff);
  } else if (ranked.size() > 1 && ranked[1].first == score) {
    result.why = fmt::format("payer name '{}' is as close to {} as to {} (similarity {})", name, id,
                             m_ledger.customers[m_names[ranked[1].second].customer].id, score);
    result.tie = true;
  } else {
    result.identity =
        PayerIdentity{m_names[variant].customer, score, false,
                      fmt::format("payer name '{}' is customer {} '{}' (similarity {})", name, id,
                                  m_names[variant].text, score)};
  }
  return m_cache[name] = result;
}

CustomerFinder::NameResult CustomerFinder::by_text(const std::string& text) const {
  const std::vector<std::string> tokens = name_tokens(text);
  std::size_t longest = 0;
  std::vector<std::uint32_t> found; // variants of the longest length, all in the text
  for (const std::uint32_t v : variants_sharing(tokens)) {
    const NameVariant& variant = m_names[v];
    const std::size_t letters = letters_in(variant.tokens);
    if (letters < 4 || !holds_all(tokens, variant.tokens)) {
      continue;
    }
    if (letters > longest) {
      longest = letters;
      found.clear();
    }
    if (letters == longest) {
      found.push_back(v);
    }
  }
  NameResult result;
  if (found.empty()) {
    return result;
  }
  const std::uint32_t customer = m_names[found[0]].customer;
  for (const std::uint32_t v : found) {
    if (m_names[v].customer != customer) {
      result.why = fmt::format("the text names both {} and {}", m_ledger.customers[customer].id,
                               m_ledger.customers[m_names[v].customer].id);
      return result;
    }
  }
  result.identity =
      PayerIdentity{customer, 85, false,
                    fmt::format("name '{}' of customer {} is in the text", m_names[found[0]].text,
                                m_ledger.customers[customer].id)};
  return result;
}

std::optional<PayerIdentity> CustomerFinder::identify(const bank::BankLine& line, std::string& why,
                                                      bool& tie) {
  tie = false;
  if (auto identity = account_of(line)) {
    return identity;
  }
  if (!line.payer_name.empty()) {
    NameResult result = by_payer_name(line.payer_name);
    if (result.identity) {
      return result.identity;
    }
    why = result.why;
    tie = result.tie;
    if (result.tie) {
      return std::nullopt; // a close call is for a person, not for the text search
    }
  }
  NameResult result = by_text(line.reference);
  if (!result.why.empty()) {
    why = result.why;
    tie = true; // two customers named in the text
  }
  return result.identity;
}

} // namespace dues::query
