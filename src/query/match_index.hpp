#pragma once

#include "model/balance.hpp"
#include "model/ledger.hpp"

#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dues::query {

// The open invoices of a ledger, indexed for bank matching (by reference, invoice
// number, customer, and customer and amount), with the money this run has planned
// taken off. Part of match_bank_lines.
class OpenInvoices {
public:
  OpenInvoices(const Ledger& ledger, const Date& as_of);

  const Ledger& ledger() const { return m_ledger; }
  std::int64_t remaining(std::uint32_t document) const { return m_remaining[document]; }
  void take(std::uint32_t document, std::int64_t units) { m_remaining[document] -= units; }
  // Voided by the day of the balances: its number or reference in a bank text says nothing.
  bool voided(std::uint32_t document) const { return m_voided[document] != 0; }

  // The invoice whose ref is this compact RF reference, or nullopt.
  std::optional<std::uint32_t> by_reference(std::string_view reference) const;
  // The invoice with this compact number (or, with `digits`, these digits after its
  // letter prefix), or nullopt when none or several have it.
  std::optional<std::uint32_t> by_number(std::string_view compact, bool digits) const;
  std::size_t longest_number() const { return m_longest_number; }
  // False when no invoice's compact number starts with the first two characters of
  // `compact` (which has at least two): then neither it nor any longer text that starts
  // the same way is one, and by_number(compact, false) need not look.
  bool may_start_number(std::string_view compact) const;
  // The customer's open invoices, oldest due date first.
  const std::vector<std::uint32_t>& of_customer(std::uint32_t customer) const {
    return m_by_customer[customer];
  }
  // The customer's open invoices whose open amount at the start was `units`, when the
  // customer has many; nullptr means "scan of_customer instead".
  const std::vector<std::uint32_t>* with_amount(std::uint32_t customer, const Currency& currency,
                                                std::int64_t units) const;

private:
  struct AmountKey {
    std::uint32_t customer = 0;
    const Currency* currency = nullptr;
    std::int64_t units = 0;
    friend bool operator==(const AmountKey&, const AmountKey&) = default;
  };
  struct AmountKeyHash {
    std::size_t operator()(const AmountKey& key) const;
  };
  // An open-addressing table from 64-bit text hashes to documents: a million ids
  // index in a few flat arrays, without a node per entry.
  class TextIndex {
  public:
    void reserve(std::size_t entries);
    // Adds a hash; one that two documents share finds neither.
    void add(std::uint64_t hash, std::uint32_t document);
    // Adds many, fetching the slots of later ones from memory while placing earlier
    // ones: a table of millions lives outside the caches, and each add waits for one.
    void add_all(const std::vector<std::pair<std::uint64_t, std::uint32_t>>& entries);
    std::optional<std::uint32_t> find(std::uint64_t hash) const;

  private:
    std::size_t home_of(std::uint64_t hash) const;
    std::size_t slot_of(std::uint64_t hash) const;
    std::vector<std::uint64_t> m_hashes; // 0: empty slot
    std::vector<std::uint32_t> m_documents;
    std::size_t m_count = 0;
  };

  std::optional<std::uint32_t> lookup(const TextIndex& index, std::string_view key,
                                      bool reference) const;
  void remember_prefix(std::string_view number);

  const Ledger& m_ledger;
  std::vector<std::int64_t> m_remaining;
  std::vector<std::uint8_t> m_voided;
  TextIndex m_references;
  TextIndex m_numbers;
  // The letter prefixes of invoice numbers ("INV"), so that digits written without
  // one ("2024-0043") can be looked up as "INV20240043".
  std::vector<std::string> m_prefixes;
  std::size_t m_longest_number = 0;
  std::bitset<36 * 36> m_starts; // first two characters of compact numbers, [0-9A-Z]^2
  std::vector<std::vector<std::uint32_t>> m_by_customer;
  std::unordered_map<AmountKey, std::vector<std::uint32_t>, AmountKeyHash> m_by_amount;
};

} // namespace dues::query
