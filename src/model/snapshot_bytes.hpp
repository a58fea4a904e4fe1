#pragma once

// The byte codec of the ledger snapshot (model/snapshot.cpp): plain values written one
// after another, read back with every overrun caught. Meaningful only to the same build.
#include "base/hash.hpp"
#include "model/ledger.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <limits>
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

// What a Reader does with the bytes it has passed: it hashes them (as hash_hex hashes the
// whole text) and hands them to `passed` (which may give a file mapping's pages back),
// a stride at a time, so the text is read once and need not stay in memory.
struct Following {
  ContentHash* hash = nullptr;
  std::function<void(std::string_view)> passed;
};

// Reads what Writer wrote; any overrun or nonsense makes ok() false and reads zeros.
class Reader {
public:
  explicit Reader(std::string_view bytes) : m_bytes(bytes) {}
  Reader(std::string_view bytes, Following following)
      : m_bytes(bytes), m_following(std::move(following)), m_mark(k_stride) {
    const std::uint64_t size = m_bytes.size();
    m_following.hash->add_raw(std::string_view(reinterpret_cast<const char*>(&size), sizeof size));
  }
  // Follows the bytes not yet passed on (when following): call once at the end.
  void finish() {
    if (m_following.hash != nullptr) {
      pass(m_bytes.size());
    }
  }
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
    // What came before these bytes is passed on (not these: the caller reads them).
    if (m_at >= m_mark) {
      pass(m_at - m_at % k_stride);
    }
    m_at += size;
    return true;
  }
  // Hashes and hands on the bytes from where the last pass ended up to `end`.
  void pass(std::size_t end) {
    const std::string_view piece = m_bytes.substr(m_passed, end - m_passed);
    m_following.hash->add_raw(piece);
    if (m_following.passed) {
      m_following.passed(piece);
    }
    m_passed = end;
    m_mark = end + k_stride;
  }
  static constexpr std::size_t k_stride = std::size_t{1} << 20;
  std::string_view m_bytes;
  Following m_following;
  std::size_t m_passed = 0; // followed up to here
  std::size_t m_mark =
      std::numeric_limits<std::size_t>::max(); // the next pass when m_at reaches it
  std::size_t m_at = 0;
  bool m_ok = true;
  const Currency* m_currency = nullptr; // of the last amount read
};

void write_details(Writer& out, const DocumentDetails& details);
// False (and `in` not ok) when the bytes are not details written by write_details.
void read_details(Reader& in, DocumentDetails& details);

} // namespace dues::snapshot_bytes
