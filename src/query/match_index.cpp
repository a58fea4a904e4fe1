#include "query/match_index.hpp"

#include "base/creditor_reference.hpp"
#include "query/match_text.hpp"

#include <algorithm>
#include <string>
#include <tuple>

namespace dues::query {
namespace {

constexpr std::uint32_t k_many = 0xFFFFFFFFU;

// Customers with more open invoices than this also get a (customer, amount) index.
constexpr std::size_t k_small_bucket = 64;

std::uint64_t hash_text(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

// Adds text -> document to a lookup by hash; a hash two documents share maps to k_many.
void index_text(std::unordered_map<std::uint64_t, std::uint32_t>& index, std::string_view text,
                std::uint32_t document) {
  if (text.empty()) {
    return;
  }
  const auto [it, added] = index.emplace(hash_text(text), document);
  if (!added && it->second != document) {
    it->second = k_many;
  }
}

} // namespace

std::size_t OpenInvoices::AmountKeyHash::operator()(const AmountKey& key) const {
  return std::hash<std::int64_t>{}(key.units) * 31 + key.customer * 7
         + std::hash<const void*>{}(key.currency);
}

OpenInvoices::OpenInvoices(const Ledger& ledger, const Date& as_of)
    : m_ledger(ledger), m_remaining(ledger.documents.size(), 0),
      m_by_customer(ledger.customers.size()) {
  const Balances balances = balances_as_of(ledger, as_of);
  std::vector<int> first_due(ledger.documents.size(), 0);
  for (const OpenItem& item : open_items(ledger, balances)) {
    if (m_remaining[item.document] == 0) {
      first_due[item.document] = day_number(item.due);
      m_by_customer[ledger.documents[item.document].customer].push_back(item.document);
    }
    m_remaining[item.document] += item.open.minor_units();
  }
  for (std::uint32_t d = 0; d < ledger.documents.size(); ++d) {
    const Document& document = ledger.documents[d];
    if (!document.is_invoice()) {
      continue;
    }
    const std::string number = compact_id(document.id);
    m_longest_number = std::max(m_longest_number, number.size());
    index_text(m_numbers, number, d);
    const std::string digits = digits_after_prefix(number);
    if (digits.size() >= 6) {
      index_text(m_digits, digits, d);
    }
    if (document.details && !document.details->reference.empty()) {
      index_text(m_references, compact_rf_reference(document.details->reference), d);
    }
  }
  for (std::vector<std::uint32_t>& bucket : m_by_customer) {
    std::sort(bucket.begin(), bucket.end(), [&](std::uint32_t a, std::uint32_t b) {
      const Document& x = ledger.documents[a];
      const Document& y = ledger.documents[b];
      return std::tuple(first_due[a], day_number(x.date), std::string_view(x.id))
             < std::tuple(first_due[b], day_number(y.date), std::string_view(y.id));
    });
    if (bucket.size() > k_small_bucket) {
      for (const std::uint32_t d : bucket) {
        const Document& document = ledger.documents[d];
        m_by_amount[{document.customer, &document.total.currency(), m_remaining[d]}].push_back(d);
      }
    }
  }
}

std::optional<std::uint32_t> OpenInvoices::lookup(const TextIndex& index, std::string_view key,
                                                  bool reference, bool digits) const {
  const auto it = index.find(hash_text(key));
  if (it == index.end() || it->second == k_many) {
    return std::nullopt;
  }
  // The index holds hashes: confirm the text itself.
  const Document& document = m_ledger.documents[it->second];
  std::string actual;
  if (reference) {
    actual = compact_rf_reference(document.info().reference);
  } else {
    actual = compact_id(document.id);
    if (digits) {
      actual = digits_after_prefix(actual);
    }
  }
  return actual == key ? std::optional<std::uint32_t>(it->second) : std::nullopt;
}

std::optional<std::uint32_t> OpenInvoices::by_reference(std::string_view reference) const {
  return lookup(m_references, reference, true, false);
}

std::optional<std::uint32_t> OpenInvoices::by_number(std::string_view compact, bool digits) const {
  return lookup(digits ? m_digits : m_numbers, compact, false, digits);
}

const std::vector<std::uint32_t>* OpenInvoices::with_amount(std::uint32_t customer,
                                                            const Currency& currency,
                                                            std::int64_t units) const {
  if (m_by_customer[customer].size() <= k_small_bucket) {
    return nullptr;
  }
  static const std::vector<std::uint32_t> k_none;
  const auto it = m_by_amount.find({customer, &currency, units});
  return it == m_by_amount.end() ? &k_none : &it->second;
}

} // namespace dues::query
