#include "query/match_index.hpp"

#include "base/creditor_reference.hpp"
#include "base/payment_reference.hpp"
#include "base/text.hpp"
#include "model/balance_days.hpp"
#include "query/match_text.hpp"

#include <algorithm>
#include <string>
#include <tuple>

namespace dues::query {
namespace {

constexpr std::uint32_t k_many = 0xFFFFFFFFU;

// Invoice-number prefixes remembered for numbers written without theirs.
constexpr std::size_t k_max_prefixes = 32;

// Customers with more open invoices than this also get a (customer, amount) index.
constexpr std::size_t k_small_bucket = 64;

// The index of a compact text's first two characters in OpenInvoices::m_starts; nullopt
// for a text that is shorter or does not start with two of [0-9A-Z].
std::optional<std::size_t> start_of(std::string_view compact) {
  const auto value = [](char c) -> int {
    return is_ascii_digit(c) ? c - '0' : is_ascii_upper(c) ? c - 'A' + 10 : -1;
  };
  if (compact.size() < 2 || value(compact[0]) < 0 || value(compact[1]) < 0) {
    return std::nullopt;
  }
  return static_cast<std::size_t>(value(compact[0]) * 36 + value(compact[1]));
}

std::uint64_t hash_text(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

} // namespace

void OpenInvoices::TextIndex::reserve(std::size_t entries) {
  std::size_t capacity = 16;
  while (capacity < 2 * entries) {
    capacity *= 2;
  }
  if (capacity <= m_hashes.size()) {
    return;
  }
  std::vector<std::uint64_t> hashes = std::move(m_hashes);
  std::vector<std::uint32_t> documents = std::move(m_documents);
  m_hashes.assign(capacity, 0);
  m_documents.assign(capacity, 0);
  for (std::size_t i = 0; i < hashes.size(); ++i) {
    if (hashes[i] != 0) {
      const std::size_t slot = slot_of(hashes[i]);
      m_hashes[slot] = hashes[i];
      m_documents[slot] = documents[i];
    }
  }
}

std::size_t OpenInvoices::TextIndex::home_of(std::uint64_t hash) const {
  // Mix the bits (splitmix64's finaliser) so similar ids spread over the table.
  std::uint64_t mixed = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9ULL;
  mixed = (mixed ^ (mixed >> 27)) * 0x94D049BB133111EBULL;
  return static_cast<std::size_t>(mixed ^ (mixed >> 31)) & (m_hashes.size() - 1);
}

std::size_t OpenInvoices::TextIndex::slot_of(std::uint64_t hash) const {
  const std::size_t mask = m_hashes.size() - 1;
  std::size_t slot = home_of(hash);
  while (m_hashes[slot] != 0 && m_hashes[slot] != hash) {
    slot = (slot + 1) & mask;
  }
  return slot;
}

void OpenInvoices::TextIndex::add(std::uint64_t hash, std::uint32_t document) {
  if (2 * (m_count + 1) > m_hashes.size()) {
    reserve(2 * (m_count + 1)); // at most half full, so probes stay short
  }
  hash = hash == 0 ? 1 : hash;
  const std::size_t slot = slot_of(hash);
  if (m_hashes[slot] == 0) {
    ++m_count;
    m_hashes[slot] = hash;
    m_documents[slot] = document;
  } else if (m_documents[slot] != document) {
    m_documents[slot] = k_many;
  }
}

void OpenInvoices::TextIndex::add_all(
    const std::vector<std::pair<std::uint64_t, std::uint32_t>>& entries) {
  reserve(m_count + entries.size());
  constexpr std::size_t k_ahead = 16;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i + k_ahead < entries.size()) {
      const std::uint64_t later = entries[i + k_ahead].first;
      const std::size_t slot = home_of(later == 0 ? 1 : later);
      __builtin_prefetch(&m_hashes[slot], 1);
      __builtin_prefetch(&m_documents[slot], 1);
    }
    add(entries[i].first, entries[i].second);
  }
}

std::optional<std::uint32_t> OpenInvoices::TextIndex::find(std::uint64_t hash) const {
  if (m_hashes.empty()) {
    return std::nullopt;
  }
  hash = hash == 0 ? 1 : hash;
  const std::size_t slot = slot_of(hash);
  if (m_hashes[slot] == 0 || m_documents[slot] == k_many) {
    return std::nullopt;
  }
  return m_documents[slot];
}

std::size_t OpenInvoices::AmountKeyHash::operator()(const AmountKey& key) const {
  return std::hash<std::int64_t>{}(key.units) * 31 + key.customer * 7
         + std::hash<const void*>{}(key.currency);
}

OpenInvoices::OpenInvoices(const Ledger& ledger, const Date& as_of)
    : m_ledger(ledger), m_remaining(ledger.documents.size(), 0),
      m_voided(ledger.documents.size(), 0), m_by_customer(ledger.customers.size()) {
  for (const StatusEvent& event : ledger.status_events) {
    if (event.kind == StatusKind::voided && event.date <= as_of) {
      m_voided[event.document] = 1;
    }
  }
  // What balances_as_of and open_items would give on the day, without the rest of the
  // balances (payments, credit, refunds) that matching does not look at.
  OpenOnDays open(ledger, {as_of});
  open.next();
  std::vector<int> first_due(ledger.documents.size(), 0);
  std::vector<std::pair<std::uint64_t, std::uint32_t>> numbers;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> references;
  numbers.reserve(ledger.documents.size());
  references.reserve(ledger.documents.size()); // pages never written cost nothing
  std::string number;
  for (std::uint32_t d = 0; d < ledger.documents.size(); ++d) {
    const Document& document = ledger.documents[d];
    if (!document.is_invoice()) {
      continue;
    }
    if (const std::int64_t owed = open.open(d); owed != 0) {
      for_each_open_part(document, Money(document.total.currency(), owed),
                         [&](int, const Date& due, const Money& left) {
                           if (m_remaining[d] == 0) {
                             first_due[d] = day_number(due);
                             m_by_customer[document.customer].push_back(d);
                           }
                           m_remaining[d] += left.minor_units();
                         });
    }
    number = compact_id(document.id);
    m_longest_number = std::max(m_longest_number, number.size());
    if (const auto start = start_of(number)) {
      m_starts.set(*start);
    }
    numbers.emplace_back(hash_text(number), d);
    remember_prefix(number);
    if (!document.reference.empty()) {
      references.emplace_back(hash_text(reference_key(document.reference)), d);
    }
  }
  m_numbers.add_all(numbers);
  m_references.add_all(references);
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

void OpenInvoices::remember_prefix(std::string_view number) {
  const std::size_t digits = number.find_first_of("0123456789");
  if (digits == 0 || digits == std::string_view::npos || number.size() - digits < 6
      || m_prefixes.size() >= k_max_prefixes
      || number.find_first_not_of("0123456789", digits) != std::string_view::npos) {
    return;
  }
  const std::string_view letters = number.substr(0, digits);
  if (std::find(m_prefixes.begin(), m_prefixes.end(), letters) == m_prefixes.end()) {
    m_prefixes.emplace_back(letters);
  }
}

std::optional<std::uint32_t> OpenInvoices::lookup(const TextIndex& index, std::string_view key,
                                                  bool reference) const {
  const auto found = index.find(hash_text(key));
  if (!found) {
    return std::nullopt;
  }
  // The index holds hashes: confirm the text itself.
  const Document& document = m_ledger.documents[*found];
  const std::string actual =
      reference ? reference_key(document.reference) : compact_id(document.id);
  return actual == key ? found : std::nullopt;
}

std::optional<std::uint32_t> OpenInvoices::by_reference(std::string_view reference) const {
  return lookup(m_references, reference, true);
}

std::optional<std::uint32_t> OpenInvoices::by_number(std::string_view compact, bool digits) const {
  if (!digits) {
    return lookup(m_numbers, compact, false);
  }
  std::optional<std::uint32_t> found;
  std::string number;
  for (const std::string& prefix : m_prefixes) {
    number = prefix;
    number += compact;
    if (const auto document = lookup(m_numbers, number, false)) {
      if (found) {
        return std::nullopt; // INV-2024-0043 and SO-2024-0043: the digits name neither
      }
      found = document;
    }
  }
  return found;
}

bool OpenInvoices::may_start_number(std::string_view compact) const {
  const auto start = start_of(compact);
  return !start || m_starts.test(*start);
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
