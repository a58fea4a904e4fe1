#pragma once

// The byte codec of the ledger snapshot (model/snapshot.cpp): plain values written one
// after another, read back with every overrun caught. Meaningful only to the same build.
#include "model/ledger.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

namespace dues::snapshot_bytes {

// Appends values to a byte string.
class Writer {
public:
  template <typename T>
  void pod(const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    m_out.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  void text(std::string_view value) {
    pod(static_cast<std::uint32_t>(value.size()));
    m_out.append(value);
  }
  void date(const Date& day) { pod(day_number(day)); }
  void decimal(const Decimal& value) {
    pod(value.mantissa());
    pod(value.scale());
  }
  void money(const Money& amount) {
    text(amount.currency().code);
    pod(amount.minor_units());
  }
  void pos(const syntax::Pos& at) { pod(at); }
  std::string take() { return std::move(m_out); }
  std::string& bytes() { return m_out; }

private:
  std::string m_out;
};

// Reads what Writer wrote; any overrun or nonsense makes ok() false and reads zeros.
class Reader {
public:
  explicit Reader(std::string_view bytes) : m_bytes(bytes) {}
  bool ok() const { return m_ok; }
  template <typename T>
  T pod() {
    T value{};
    if (!take(sizeof value)) {
      return value;
    }
    std::memcpy(&value, m_bytes.data() + m_at - sizeof value, sizeof value);
    return value;
  }
  std::string_view text() { return raw(pod<std::uint32_t>()); }
  Date date() { return Date{date::sys_days{date::days{pod<int>()}}}; }
  Decimal decimal() {
    const auto mantissa = pod<std::int64_t>();
    const auto scale = pod<int>();
    return {mantissa, scale};
  }
  Money money() {
    const std::string_view code = text();
    const auto units = pod<std::int64_t>();
    // Nearly every amount of a ledger is in one or two currencies: remember the last.
    if (m_currency == nullptr || m_currency->code != code) {
      m_currency = find_currency(code);
    }
    if (m_currency == nullptr) {
      m_ok = false;
      return {};
    }
    return {*m_currency, units};
  }
  syntax::Pos pos() { return pod<syntax::Pos>(); }
  // Reads a count and checks it is not absurd for the bytes left.
  std::size_t count(std::size_t smallest_item) {
    const auto n = pod<std::uint64_t>();
    if (n > (m_bytes.size() - m_at) / std::max<std::size_t>(smallest_item, 1)) {
      m_ok = false;
      return 0;
    }
    return static_cast<std::size_t>(n);
  }
  bool at_end() const { return m_at == m_bytes.size(); }
  // How many bytes were read.
  std::size_t offset() const { return m_at; }
  // The next `size` bytes as they are.
  std::string_view raw(std::size_t size) {
    if (!take(size)) {
      return {};
    }
    return m_bytes.substr(m_at - size, size);
  }

private:
  bool take(std::size_t size) {
    if (!m_ok || size > m_bytes.size() - m_at) {
      m_ok = false;
      return false;
    }
    m_at += size;
    return true;
  }
  std::string_view m_bytes;
  std::size_t m_at = 0;
  bool m_ok = true;
  const Currency* m_currency = nullptr; // of the last amount read
};

void write_details(Writer& out, const DocumentDetails& details);
// False (and `in` not ok) when the bytes are not details written by write_details.
void read_details(Reader& in, DocumentDetails& details);

} // namespace dues::snapshot_bytes
