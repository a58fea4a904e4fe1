#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace dues {

// The 32-bit FNV-1a hash of a short text.
std::uint32_t hash_text(std::string_view text);

// An open-addressing hash index from texts to small values, sized for millions of
// entries without a node per entry. The texts themselves live elsewhere (in the
// objects the values point to): lookups compare through `key_of(value)`.
template <typename Value>
class FlatIndex {
public:
  // The value stored for `key`, or nullptr.
  template <typename KeyOf>
  const Value* find(std::string_view key, KeyOf key_of) const {
    if (m_slots.empty()) {
      return nullptr;
    }
    const std::uint32_t tag = hash_text(key);
    for (std::size_t i = tag & m_mask;; i = (i + 1) & m_mask) {
      const Slot& slot = m_slots[i];
      if (!slot.used) {
        return nullptr;
      }
      if (slot.tag == tag && key_of(slot.value) == key) {
        return &slot.value;
      }
    }
  }

  // Adds `key`; when it is already there, returns the earlier value and changes nothing.
  template <typename KeyOf>
  const Value* insert(std::string_view key, Value value, KeyOf key_of) {
    if ((m_count + 1) * 10 > m_slots.size() * 7) {
      reserve(m_slots.empty() ? 8 : m_slots.size());
    }
    const std::uint32_t tag = hash_text(key);
    for (std::size_t i = tag & m_mask;; i = (i + 1) & m_mask) {
      Slot& slot = m_slots[i];
      if (!slot.used) {
        slot = {tag, true, value};
        ++m_count;
        return nullptr;
      }
      if (slot.tag == tag && key_of(slot.value) == key) {
        return &slot.value;
      }
    }
  }

  std::size_t size() const { return m_count; }

  // One slot of the table, as stored (for snapshots of a whole ledger).
  struct Slot {
    std::uint32_t tag = 0;
    bool used = false;
    Value value{};
  };
  const std::vector<Slot>& slots() const { return m_slots; }
  // Takes over a table saved with slots(); its size must be a power of two.
  void assign(std::vector<Slot> slots, std::size_t count) {
    m_slots = std::move(slots);
    m_mask = m_slots.empty() ? 0 : m_slots.size() - 1;
    m_count = count;
  }

  // Makes room for `count` entries without rehashing.
  void reserve(std::size_t count) {
    std::size_t wanted = 16;
    while (wanted * 7 < count * 10) {
      wanted *= 2;
    }
    if (wanted <= m_slots.size()) {
      return;
    }
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(wanted, Slot{});
    m_mask = wanted - 1;
    for (const Slot& slot : old) {
      if (!slot.used) {
        continue;
      }
      for (std::size_t i = slot.tag & m_mask;; i = (i + 1) & m_mask) {
        if (!m_slots[i].used) {
          m_slots[i] = slot;
          break;
        }
      }
    }
  }

private:
  std::vector<Slot> m_slots;
  std::size_t m_mask = 0;
  std::size_t m_count = 0;
};

} // namespace dues
