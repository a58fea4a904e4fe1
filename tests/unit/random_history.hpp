#pragma once

// A random history for property tests: invoices with instalments, payments with fees,
// credit notes, allocations, write-offs, refunds, voids and disputes in EUR, USD, JPY
// and KWD over k_days days, written as journal text (in a shuffled order) with the
// generator's own bookkeeping of each day. build() reads it back through build_ledger.
#include "base/money.hpp"
#include "model/build.hpp"
#include "receipts_fixture.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace dues::random_history {

constexpr int k_customers = 3; // c0, c1, c2
constexpr int k_days = 100;
constexpr std::array<std::string_view, 4> k_codes{"EUR", "USD", "JPY", "KWD"};

inline const Date k_first_day{date::year{2026}, date::month{1}, date::day{1}};

// An invoice or credit note as the generator tracks it.
struct Tracked {
  std::string id;
  int customer = 0;
  const Currency* currency = nullptr;
  Money total;
  Money open; // invoices: still owed; credit notes and payments: not yet applied
  bool is_invoice = true;
  bool touched = false;
  bool voided = false;
  bool disputed = false;
  int status_day = -1; // the last day with a status event (one a day)
};

inline Tracked tracked(std::string id, int customer, const Currency& currency, const Money& total,
                       bool is_invoice) {
  Tracked document;
  document.id = std::move(id);
  document.customer = customer;
  document.currency = &currency;
  document.total = total;
  document.open = total;
  document.is_invoice = is_invoice;
  return document;
}

// What the generator expects at the end of one day.
struct Snapshot {
  std::map<std::string, Money> open;                        // invoice id -> open
  std::map<std::pair<int, std::string_view>, Money> credit; // customer, currency
};

class History {
public:
  explicit History(std::uint64_t seed) : m_random(seed) {}

  void generate() {
    for (int d = 0; d < k_days; ++d) {
      m_today = d;
      issue_documents();
      receive_payments();
      apply_credit();
      write_off();
      refund();
      change_status();
      m_snapshots.push_back(snapshot());
    }
  }

  // The journal in a shuffled order, split over two files: dues sorts by date itself.
  std::vector<std::string> journals() {
    std::vector<std::string> entries = m_entries;
    std::shuffle(entries.begin(), entries.end(), m_random);
    std::vector<std::string> files(2);
    for (std::size_t i = 0; i < entries.size(); ++i) {
      files[i % 2] += entries[i] + "\n";
    }
    return files;
  }

  const Snapshot& on(int d) const { return m_snapshots.at(static_cast<std::size_t>(d)); }
  std::size_t entry_count() const { return m_entries.size(); }

private:
  bool chance(int percent) { return pick(100) < percent; }
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
  static Date date_of(int d) { return add_days(k_first_day, d); }
  std::string today() const { return format_date(date_of(m_today)); }

  Money random_amount(const Currency& currency, std::int64_t most) {
    const std::int64_t scale = currency.exponent == 0 ? 1 : currency.exponent == 2 ? 100 : 1000;
    std::uniform_int_distribution<std::int64_t> units(1, most * scale);
    return {currency, units(m_random)};
  }

  Money& credit(int customer, const Currency& currency) {
    return m_credit.try_emplace({customer, currency.code}, Money::zero(currency)).first->second;
  }

  // Up to `limit` of money from `left` (and the customer's credit when `capped`) spread
  // over random open invoices of the customer: "  apply ID AMOUNT" lines.
  std::string apply_lines(int customer, const Currency& currency, Money& left, bool capped,
                          Tracked* note) {
    std::string lines;
    const int wanted = pick(4);
    for (int i = 0; i < wanted; ++i) {
      std::vector<Tracked*> open;
      for (Tracked& invoice : m_documents) {
        if (invoice.is_invoice && invoice.customer == customer && *invoice.currency == currency
            && !invoice.voided && invoice.open.is_positive()) {
          open.push_back(&invoice);
        }
      }
      Money room = capped ? min(left, credit(customer, currency)) : left;
      if (open.empty() || !room.is_positive()) {
        break;
      }
      Tracked& invoice = *open[static_cast<std::size_t>(pick(static_cast<int>(open.size())))];
      Money amount = min(room, invoice.open);
      if (chance(50)) {
        amount = Money(
            currency,
            1 + pick(static_cast<int>(std::min<std::int64_t>(amount.minor_units(), 1000000))));
      }
      invoice.open -= amount;
      invoice.touched = true;
      left -= amount;
      if (note != nullptr) {
        note->touched = true;
      }
      credit(customer, currency) -= amount;
      lines += fmt::format("  apply {} {}\n", invoice.id, format_amount(amount));
    }
    return lines;
  }

  void issue_documents() {
    const int count = pick(3);
    for (int i = 0; i < count; ++i) {
      const int customer = pick(k_customers);
      const Currency& currency =
          *find_currency(k_codes[static_cast<std::size_t>(pick(static_cast<int>(k_codes.size())))]);
      if (chance(80)) {
        issue_invoice(customer, currency);
      } else {
        issue_credit_note(customer, currency);
      }
    }
  }

  void issue_invoice(int customer, const Currency& currency) {
    Tracked invoice = tracked(fmt::format("I{}", ++m_numbers), customer, currency,
                              random_amount(currency, 5000), true);
    std::string text = fmt::format("{} invoice {} customer c{} ", today(), invoice.id, customer);
    const int parts = invoice.total.minor_units() >= 3 && chance(30) ? 2 + pick(2) : 0;
    if (parts == 0) {
      text += fmt::format("due {} total {} {}\n", format_date(date_of(m_today + pick(4) * 15)),
                          format_amount(invoice.total), currency.code);
    } else {
      text += fmt::format("total {} {}\n", format_amount(invoice.total), currency.code);
      const std::vector<Money> shares =
          allocate(invoice.total, std::vector<std::int64_t>(static_cast<std::size_t>(parts), 1));
      for (int p = 0; p < parts; ++p) {
        text += fmt::format("  instalment {} {}\n", format_date(date_of(m_today + 10 + 30 * p)),
                            format_amount(shares[static_cast<std::size_t>(p)]));
      }
    }
    m_documents.push_back(invoice);
    m_entries.push_back(text);
  }

  void issue_credit_note(int customer, const Currency& currency) {
    m_documents.push_back(tracked(fmt::format("C{}", ++m_numbers), customer, currency,
                                  random_amount(currency, 800), false));
    Tracked& note = m_documents.back();
    credit(customer, currency) += note.total;
    std::string text = fmt::format("{} credit {} customer c{} total {} {}\n", today(), note.id,
                                   customer, format_amount(note.total), currency.code);
    const std::size_t index = m_documents.size() - 1;
    Money left = note.open;
    text += apply_lines(customer, currency, left, false, &m_documents[index]);
    m_documents[index].open = left;
    m_entries.push_back(text);
  }

  void receive_payments() {
    const int count = pick(3);
    for (int i = 0; i < count; ++i) {
      const int customer = pick(k_customers);
      const Currency& currency =
          *find_currency(k_codes[static_cast<std::size_t>(pick(static_cast<int>(k_codes.size())))]);
      const Money amount = random_amount(currency, 4000);
      const Money fee = chance(30) ? random_amount(currency, 5) : Money::zero(currency);
      m_payments.push_back(
          tracked(fmt::format("P{}", ++m_numbers), customer, currency, amount + fee, false));
      Tracked& payment = m_payments.back();
      credit(customer, currency) += payment.total;
      std::string text = fmt::format("{} payment {} customer c{} amount {} {}", today(), payment.id,
                                     customer, format_amount(amount), currency.code);
      text += fee.is_zero() ? "\n" : fmt::format(" fee {}\n", format_amount(fee));
      Money left = payment.open;
      text += apply_lines(customer, currency, left, false, nullptr);
      m_payments.back().open = left;
      m_entries.push_back(text);
    }
  }

  // Later allocations of payments and credit notes, never more than the customer's
  // credit (a refund may have paid some of it back).
  void apply_credit() {
    if (!chance(40)) {
      return;
    }
    std::vector<Tracked*> sources;
    for (Tracked& payment : m_payments) {
      if (payment.open.is_positive()) {
        sources.push_back(&payment);
      }
    }
    for (Tracked& note : m_documents) {
      if (!note.is_invoice && !note.voided && note.open.is_positive()) {
        sources.push_back(&note);
      }
    }
    if (sources.empty()) {
      return;
    }
    Tracked& source = *sources[static_cast<std::size_t>(pick(static_cast<int>(sources.size())))];
    Money left = source.open;
    const std::string lines = apply_lines(source.customer, *source.currency, left, true,
                                          source.id.starts_with("C") ? &source : nullptr);
    source.open = left;
    if (!lines.empty()) {
      m_entries.push_back(fmt::format("{} allocate {}\n{}", today(), source.id, lines));
    }
  }

  std::vector<Tracked*> open_invoices() {
    std::vector<Tracked*> open;
    for (Tracked& invoice : m_documents) {
      if (invoice.is_invoice && !invoice.voided && invoice.open.is_positive()) {
        open.push_back(&invoice);
      }
    }
    return open;
  }

  void write_off() {
    const std::vector<Tracked*> open = open_invoices();
    if (open.empty() || !chance(25)) {
      return;
    }
    Tracked& invoice = *open[static_cast<std::size_t>(pick(static_cast<int>(open.size())))];
    const Money amount =
        chance(50) ? invoice.open
                   : Money(*invoice.currency, 1
                                                  + pick(static_cast<int>(std::min<std::int64_t>(
                                                      invoice.open.minor_units(), 1000000))));
    invoice.open -= amount;
    invoice.touched = true;
    m_entries.push_back(fmt::format("{} writeoff {} amount {} {} reason \"Uncollectible\"\n",
                                    today(), invoice.id, format_amount(amount),
                                    invoice.currency->code));
  }

  void refund() {
    if (!chance(20)) {
      return;
    }
    std::vector<std::pair<int, const Currency*>> holders;
    for (const auto& [key, amount] : m_credit) {
      if (amount.is_positive()) {
        holders.emplace_back(key.first, &amount.currency());
      }
    }
    if (holders.empty()) {
      return;
    }
    const auto [customer, currency] =
        holders[static_cast<std::size_t>(pick(static_cast<int>(holders.size())))];
    Money& held = credit(customer, *currency);
    const Money amount =
        chance(50)
            ? held
            : Money(
                *currency,
                1 + pick(static_cast<int>(std::min<std::int64_t>(held.minor_units(), 1000000))));
    held -= amount;
    m_entries.push_back(fmt::format("{} refund R{} customer c{} amount {} {}\n", today(),
                                    ++m_numbers, customer, format_amount(amount), currency->code));
  }

  void change_status() {
    for (int i = 0; i < 2; ++i) {
      if (m_documents.empty()) {
        return;
      }
      Tracked& document =
          m_documents[static_cast<std::size_t>(pick(static_cast<int>(m_documents.size())))];
      if (document.voided || document.status_day == m_today) {
        continue;
      }
      Money& held = credit(document.customer, *document.currency);
      const bool can_void = !document.touched && (document.is_invoice || held >= document.total);
      if (can_void && chance(30)) {
        document.voided = true;
        document.status_day = m_today;
        if (document.is_invoice) {
          document.open = Money::zero(*document.currency);
        } else {
          held -= document.total;
          document.open = Money::zero(*document.currency);
        }
        m_entries.push_back(fmt::format("{} void {} reason \"Wrong\"\n", today(), document.id));
      } else if (document.is_invoice) {
        document.status_day = m_today;
        document.disputed = !document.disputed;
        m_entries.push_back(fmt::format("{} {} {} reason \"Because\"\n", today(),
                                        document.disputed ? "dispute" : "resolve", document.id));
      }
    }
  }

  Snapshot snapshot() const {
    Snapshot shot;
    for (const Tracked& document : m_documents) {
      if (document.is_invoice) {
        shot.open.emplace(document.id, document.open);
      }
    }
    shot.credit = m_credit;
    return shot;
  }

  std::mt19937_64 m_random;
  int m_today = 0;
  int m_numbers = 0;
  std::vector<Tracked> m_documents;
  std::vector<Tracked> m_payments;
  std::map<std::pair<int, std::string_view>, Money> m_credit;
  std::vector<std::string> m_entries;
  std::vector<Snapshot> m_snapshots;
};

inline Ledger build(const std::vector<std::string>& files) {
  std::string customers;
  for (int c = 0; c < k_customers; ++c) {
    customers += fmt::format("[c{}]\nname = \"Customer {}\"\n\n", c, c);
  }
  return testing::ledger_from_files({{"journal/a.dues", files[0]}, {"journal/b.dues", files[1]}},
                                    testing::k_settings, customers);
}

} // namespace dues::random_history

namespace dues::random_history {

// Events no journal of History writes, added to its ledger for tests that compare one
// computation of the balance rules with another (not with the generator's bookkeeping):
// sepa returns of some payments (a few twice), dated on or after the payment, and voids
// of invoices that money was already applied to.
inline void add_returns_and_voids(Ledger& ledger, std::uint64_t seed) {
  std::mt19937_64 random(seed);
  const auto pick = [&](int n) {
    return std::uniform_int_distribution<int>(0, n - 1)(random);
  };
  for (std::uint32_t p = 0; p < ledger.payments.size(); ++p) {
    for (int times = pick(100) < 15 ? 1 + pick(2) : 0; times > 0; --times) {
      PaymentReturn ret;
      ret.payment = p;
      ret.date = add_days(ledger.payments[p].date, pick(40));
      ret.reason = "AM04";
      ledger.payment_returns.push_back(ret);
    }
  }
  for (const Allocation& allocation : ledger.allocations) {
    if (pick(100) < 5) {
      StatusEvent event;
      event.kind = StatusKind::voided;
      event.document = allocation.document;
      event.date = add_days(allocation.date, pick(30));
      ledger.status_events.push_back(event);
    }
  }
}

} // namespace dues::random_history
