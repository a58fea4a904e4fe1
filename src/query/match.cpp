#include "query/match.hpp"

#include "base/creditor_reference.hpp"
#include "base/payment_reference.hpp"
#include "query/match_customer.hpp"
#include "query/match_index.hpp"
#include "query/match_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace dues::query {
namespace {

// The most tokens an invoice number may be split into in free text ("INV 2024 0042").
constexpr std::size_t k_max_number_tokens = 4;

// How many of a customer's oldest open invoices a tolerance search looks at.
constexpr std::size_t k_scan_limit = 256;

// Search steps a subset-sum search may take for one line.
constexpr std::size_t k_subset_budget = 200000;

// How many of a customer's open invoices an unmatched line lists as hints.
constexpr std::size_t k_hints = 5;

// How an amount received compares with an amount open.
enum class Fit {
  none,  // too much, or short by more than the tolerance
  exact, // equal
  fee,   // short by no more than the tolerance: the difference is a fee
};

// A number found in a bank text: the invoice, and whether it was written with its prefix.
struct NumberFound {
  std::uint32_t document = 0;
  bool with_prefix = true;
};

class Matcher {
public:
  Matcher(const Ledger& ledger, const Date& as_of, const MatchSettings& settings)
      : m_ledger(ledger), m_open(ledger, as_of), m_customers(ledger, settings.name_cutoff),
        m_settings(settings) {
    m_customers.add_private_accounts(settings.matching_key, settings.revealed_accounts);
    for (const Payment& payment : ledger.payments) {
      if (!payment.bank.empty()) {
        m_imported.emplace(payment.bank, &payment.id);
      }
    }
  }

  LineMatch match(const bank::BankLine& line, std::size_t index);

private:
  bool eligible(std::uint32_t document, const bank::BankLine& line) const;
  std::string not_eligible(std::uint32_t document, const bank::BankLine& line) const;
  Fit fit(std::int64_t total, std::int64_t open, const Currency& currency) const;
  void settle(LineMatch& match, const bank::BankLine& line,
              const std::vector<std::uint32_t>& documents, std::int64_t total) const;
  std::string amount_text(std::int64_t units, const Currency& currency) const {
    return format_amount(Money(currency, units));
  }
  void propose(LineMatch& match, const std::vector<std::uint32_t>& documents) const;

  bool by_reference(const bank::BankLine& line, LineMatch& match);
  std::vector<NumberFound> numbers_in(const std::string& text) const;
  bool by_number(const bank::BankLine& line, LineMatch& match);
  void by_customer(const bank::BankLine& line, LineMatch& match);
  bool customer_amount(const bank::BankLine& line, LineMatch& match,
                       const std::vector<std::uint32_t>& items, int base);
  std::vector<std::vector<std::uint32_t>> subsets(const std::vector<std::uint32_t>& items,
                                                  std::int64_t total) const;
  void finish(LineMatch& match);

  const Ledger& m_ledger;
  OpenInvoices m_open;
  CustomerFinder m_customers;
  const MatchSettings& m_settings;
  // bank key -> payment id, both in the ledger's payments: no copy of 100,000 keys
  std::unordered_map<std::string_view, const std::string*> m_imported;
};

std::int64_t total_of(const bank::BankLine& line) {
  return line.amount.minor_units() + line.fee.minor_units();
}

// How reasons name the money: "amount", or "amount with the file's fee 34.99".
std::string amount_words(const bank::BankLine& line) {
  return line.fee.is_zero() ? std::string("amount")
                            : fmt::format("amount with the file's fee {}", format_amount(line.fee));
}

bool Matcher::eligible(std::uint32_t document, const bank::BankLine& line) const {
  const Document& invoice = m_ledger.documents[document];
  return invoice.is_invoice() && m_open.remaining(document) > 0
         && invoice.total.currency() == line.amount.currency()
         && day_number(invoice.date) <= day_number(line.date) + m_settings.date_tolerance;
}

// Why an invoice cannot take money from this line.
std::string Matcher::not_eligible(std::uint32_t document, const bank::BankLine& line) const {
  const Document& invoice = m_ledger.documents[document];
  if (!invoice.is_invoice() || m_open.remaining(document) <= 0) {
    return fmt::format("{} is not open", invoice.id);
  }
  if (!(invoice.total.currency() == line.amount.currency())) {
    return fmt::format("{} is in {}", invoice.id, invoice.total.currency().code);
  }
  return fmt::format("{} is dated {}, after the line (see --date-tolerance)", invoice.id,
                     format_date(invoice.date));
}

Fit Matcher::fit(std::int64_t total, std::int64_t open, const Currency& currency) const {
  if (total == open) {
    return Fit::exact;
  }
  if (total > open || (!m_settings.fee_tolerance && !m_settings.fee_tolerance_percent)) {
    return Fit::none;
  }
  const std::int64_t shortfall = open - total;
  if (m_settings.fee_tolerance
      && Decimal(shortfall, currency.exponent) > *m_settings.fee_tolerance) {
    return Fit::none;
  }
  if (const auto& percent = m_settings.fee_tolerance_percent) {
    // shortfall / open <= mantissa / 10^scale / 100, in integers.
    Int128 scale = 100;
    for (int i = 0; i < percent->scale(); ++i) {
      scale *= 10;
    }
    if (Int128(shortfall) * scale > Int128(open) * percent->mantissa()) {
      return Fit::none;
    }
  }
  return Fit::fee;
}

// Plans to settle these invoices in full from a line; a shortfall the caller found
// within tolerance is the fee, money beyond their sum stays as customer credit.
void Matcher::settle(LineMatch& match, const bank::BankLine& line,
                     const std::vector<std::uint32_t>& documents, std::int64_t total) const {
  const Currency& currency = line.amount.currency();
  std::int64_t sum = 0;
  for (const std::uint32_t document : documents) {
    const Document& invoice = m_ledger.documents[document];
    const std::int64_t open = m_open.remaining(document);
    sum += open;
    const Date day = day_number(invoice.date) > day_number(line.date) ? invoice.date : line.date;
    match.applies.push_back({document, Money(currency, open), day});
  }
  match.fee = line.fee;
  if (sum > total) {
    match.fee += Money(currency, sum - total);
  }
  match.customer = m_ledger.documents[documents.front()].customer;
  match.status = MatchStatus::matched;
}

void Matcher::propose(LineMatch& match, const std::vector<std::uint32_t>& documents) const {
  match.status = MatchStatus::ambiguous;
  for (const std::uint32_t document : documents) {
    const Document& invoice = m_ledger.documents[document];
    match.candidates.push_back(
        {document, Money(invoice.total.currency(), m_open.remaining(document))});
  }
}

// Tier 0: a valid RF reference, or a valid national one (OGM, Finnish, KID, QR), in the
// text that is an invoice's `ref`.
bool Matcher::by_reference(const bank::BankLine& line, LineMatch& match) {
  std::vector<std::string> references = find_rf_references(line.reference);
  for (std::string& national : find_national_references(line.reference)) {
    references.push_back(std::move(national));
  }
  for (const std::string& reference : references) {
    const auto document = m_open.by_reference(reference);
    if (!document) {
      continue;
    }
    const Document& invoice = m_ledger.documents[*document];
    match.tier = 0;
    match.reasons.push_back(fmt::format(
        "reference {} is the ref of {}",
        reference.starts_with("RF") ? format_rf_reference(reference) : invoice.reference,
        invoice.id));
    if (!eligible(*document, line)) {
      match.reasons.push_back("but " + not_eligible(*document, line));
      match.status = MatchStatus::ambiguous;
      return true;
    }
    const std::int64_t total = total_of(line);
    const std::int64_t open = m_open.remaining(*document);
    const Currency& currency = line.amount.currency();
    const Fit how = fit(total, open, currency);
    match.confidence = 100;
    if (how == Fit::exact) {
      match.reasons.push_back(amount_words(line) + " equals its open amount");
    } else if (how == Fit::fee) {
      match.confidence = 95;
      match.reasons.push_back(fmt::format("{} short of {} open, within tolerance: recorded as fee",
                                          amount_text(open - total, currency),
                                          amount_text(open, currency)));
    } else if (total < open) {
      match.confidence = 90;
      match.reasons.push_back(fmt::format("partial payment: {} of {} open",
                                          amount_text(total, currency),
                                          amount_text(open, currency)));
      settle(match, line, {*document}, total);
      match.applies.front().amount = Money(currency, total);
      match.fee = line.fee;
      return true;
    } else {
      match.confidence = 90;
      match.reasons.push_back(fmt::format("{} more than is open: left as customer credit",
                                          amount_text(total - open, currency)));
    }
    settle(match, line, {*document}, total);
    return true;
  }
  return false;
}

std::vector<NumberFound> Matcher::numbers_in(const std::string& text) const {
  const std::vector<std::string> tokens = alnum_tokens(text);
  std::vector<NumberFound> found;
  const auto add = [&](std::uint32_t document, bool with_prefix) {
    for (NumberFound& seen : found) {
      if (seen.document == document) {
        seen.with_prefix = seen.with_prefix || with_prefix;
        return;
      }
    }
    found.push_back({document, with_prefix});
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::string joined;
    bool digits = true;
    for (std::size_t k = i; k < tokens.size() && k < i + k_max_number_tokens; ++k) {
      joined += tokens[k];
      digits = digits && tokens[k].find_first_not_of("0123456789") == std::string::npos;
      if (joined.size() > m_open.longest_number()) {
        break;
      }
      // Most tokens of a memo ("RECHNUNG", "GMBH") start no invoice number: skip the
      // lookups of every text they begin, unless digits may follow a letter prefix.
      const bool may_be_number = joined.size() < 2 || m_open.may_start_number(joined);
      if (!may_be_number && !digits) {
        break;
      }
      if (!may_be_number) {
        if (joined.size() >= 6) {
          if (const auto by_digits = m_open.by_number(joined, true)) {
            add(*by_digits, false);
          }
        }
        continue;
      }
      if (const auto document = m_open.by_number(joined, false)) {
        add(*document, true);
      } else if (digits && joined.size() >= 6) {
        if (const auto by_digits = m_open.by_number(joined, true)) {
          add(*by_digits, false);
        }
      }
    }
  }
  return found;
}

// Tier 1: invoice numbers in the text, and an amount that fits their open amounts.
bool Matcher::by_number(const bank::BankLine& line, LineMatch& match) {
  std::vector<NumberFound> found = numbers_in(line.reference);
  // A voided invoice's number is noted and ignored: the payer's name and the amount
  // still decide (someone quoting the number of an invoice that was re-issued).
  std::erase_if(found, [&](const NumberFound& number) {
    if (!m_open.voided(number.document)) {
      return false;
    }
    match.reasons.push_back(fmt::format("invoice number {} in the text is of a voided invoice: "
                                        "ignored",
                                        m_ledger.documents[number.document].id));
    return true;
  });
  if (found.empty()) {
    return false;
  }
  match.tier = 1;
  std::vector<std::uint32_t> usable;
  bool with_prefix = true;
  for (const NumberFound& number : found) {
    const Document& invoice = m_ledger.documents[number.document];
    match.reasons.push_back(fmt::format("invoice number {} in the text{}", invoice.id,
                                        number.with_prefix ? "" : " (without its prefix)"));
    if (eligible(number.document, line)) {
      usable.push_back(number.document);
      with_prefix = with_prefix && number.with_prefix;
    } else {
      match.reasons.push_back(not_eligible(number.document, line));
    }
  }
  match.status = MatchStatus::ambiguous;
  if (usable.empty()) {
    return true;
  }
  if (const auto payer = m_customers.by_account(compact_account(line.payer_account))) {
    for (const std::uint32_t document : usable) {
      if (m_ledger.documents[document].customer != *payer) {
        match.reasons.push_back(fmt::format(
            "but {} belongs to {} and the payer account to {}", m_ledger.documents[document].id,
            m_ledger.customers[m_ledger.documents[document].customer].id,
            m_ledger.customers[*payer].id));
        propose(match, usable);
        return true;
      }
    }
  }
  const Currency& currency = line.amount.currency();
  const std::int64_t total = total_of(line);
  std::int64_t sum = 0;
  for (const std::uint32_t document : usable) {
    sum += m_open.remaining(document);
  }
  std::vector<std::uint32_t> chosen;
  Fit how = usable.size() > 1 ? fit(total, sum, currency) : Fit::none;
  if (how != Fit::none) {
    chosen = usable;
  } else {
    std::vector<std::uint32_t> fitting;
    for (const std::uint32_t document : usable) {
      const Fit single = fit(total, m_open.remaining(document), currency);
      if (single != Fit::none) {
        fitting.push_back(document);
        how = single;
      }
    }
    if (fitting.size() != 1) {
      match.reasons.push_back(
          fitting.empty() ? fmt::format("but {} does not fit the open amount{}",
                                        amount_text(total, currency), usable.size() > 1 ? "s" : "")
                          : std::string("but the amount fits more than one of them"));
      propose(match, fitting.empty() ? usable : fitting);
      return true;
    }
    chosen = fitting;
  }
  settle(match, line, chosen, total);
  match.confidence = with_prefix ? 95 : 90;
  if (how == Fit::fee) {
    match.confidence -= 5;
    match.reasons.push_back(fmt::format("{} short, within tolerance: recorded as fee",
                                        format_amount(match.fee - line.fee)));
  } else {
    match.reasons.push_back(amount_words(line)
                            + (chosen.size() > 1 ? " equals the sum of their open amounts"
                                                 : " equals its open amount"));
  }
  return true;
}

// Exact sums of two or more of `items` (open amounts) equal to `total`: at most two, as
// one is a match and two are a tie. The search is bounded.
std::vector<std::vector<std::uint32_t>> Matcher::subsets(const std::vector<std::uint32_t>& items,
                                                         std::int64_t total) const {
  std::vector<std::int64_t> after(items.size() + 1, 0); // sum of items[i..]
  for (std::size_t i = items.size(); i-- > 0;) {
    after[i] = after[i + 1] + m_open.remaining(items[i]);
  }
  std::vector<std::vector<std::uint32_t>> found;
  std::vector<std::uint32_t> chosen;
  std::size_t budget = k_subset_budget;
  const auto search = [&](auto& self, std::size_t i, std::int64_t sum) -> void {
    if (found.size() >= 2 || budget == 0) {
      return;
    }
    --budget;
    if (sum == total) {
      if (chosen.size() >= 2) {
        found.push_back(chosen);
      }
      return;
    }
    if (i == items.size() || sum + after[i] < total) {
      return;
    }
    const std::int64_t value = m_open.remaining(items[i]);
    if (sum + value <= total) {
      chosen.push_back(items[i]);
      self(self, i + 1, sum + value);
      chosen.pop_back();
    }
    self(self, i + 1, sum);
  };
  search(search, 0, 0);
  return found;
}

// Tier 2 once the customer is known: one open invoice of the amount, the oldest ones
// adding up to it, or one unique combination; exact first, then within tolerance.
bool Matcher::customer_amount(const bank::BankLine& line, LineMatch& match,
                              const std::vector<std::uint32_t>& items, int base) {
  const Currency& currency = line.amount.currency();
  const std::int64_t total = total_of(line);
  const std::string& id = m_ledger.customers[*match.customer].id;
  std::vector<std::uint32_t> exact;
  std::vector<std::uint32_t> short_by_fee;
  const auto* same = m_open.with_amount(*match.customer, currency, total);
  for (const std::uint32_t document : same != nullptr ? *same : items) {
    if (eligible(document, line) && m_open.remaining(document) == total) {
      exact.push_back(document);
    }
  }
  for (std::size_t i = 0; i < items.size() && i < k_scan_limit; ++i) {
    if (fit(total, m_open.remaining(items[i]), currency) == Fit::fee) {
      short_by_fee.push_back(items[i]);
    }
  }
  const auto pick = [&](const std::vector<std::uint32_t>& documents, int confidence,
                        const std::string& reason) {
    settle(match, line, documents, total);
    match.confidence = confidence;
    match.reasons.push_back(reason);
    return true;
  };
  const auto tie = [&](const std::vector<std::uint32_t>& documents, const std::string& reason) {
    match.reasons.push_back(reason);
    propose(match, documents);
    return true;
  };
  if (exact.size() == 1) {
    return pick(exact, base, fmt::format("its only open invoice of this {}", amount_words(line)));
  }
  if (exact.size() > 1) {
    return tie(exact, fmt::format("{} open invoices of {} have this {}", exact.size(), id,
                                  amount_words(line)));
  }
  std::vector<std::uint32_t> oldest;
  std::int64_t sum = 0;
  for (std::size_t i = 0; i < items.size() && i < m_settings.subset_limit && sum < total; ++i) {
    oldest.push_back(items[i]);
    sum += m_open.remaining(items[i]);
  }
  if (oldest.size() >= 2 && sum == total) {
    return pick(oldest, base - 5,
                fmt::format("its {} oldest open invoices add up to the {}", oldest.size(),
                            amount_words(line)));
  }
  if (short_by_fee.size() == 1) {
    return pick(short_by_fee, base - 5,
                fmt::format("{} short of its open invoice, within tolerance: recorded as fee",
                            amount_text(m_open.remaining(short_by_fee[0]) - total, currency)));
  }
  if (short_by_fee.size() > 1) {
    return tie(short_by_fee, fmt::format("{} open invoices of {} are within tolerance of the "
                                         "amount",
                                         short_by_fee.size(), id));
  }
  if (oldest.size() >= 2 && fit(total, sum, currency) == Fit::fee) {
    return pick(oldest, base - 10,
                fmt::format("its {} oldest open invoices add up to the amount plus {}, within "
                            "tolerance: recorded as fee",
                            oldest.size(), amount_text(sum - total, currency)));
  }
  std::vector<std::uint32_t> smaller;
  for (std::size_t i = 0; i < items.size() && smaller.size() < m_settings.subset_limit; ++i) {
    if (m_open.remaining(items[i]) < total) {
      smaller.push_back(items[i]);
    }
  }
  const auto sums = subsets(smaller, total);
  if (sums.size() == 1) {
    return pick(sums[0], base - 10,
                fmt::format("{} of its open invoices add up to the {}", sums[0].size(),
                            amount_words(line)));
  }
  if (sums.size() > 1) {
    std::vector<std::uint32_t> both = sums[0];
    both.insert(both.end(), sums[1].begin(), sums[1].end());
    std::sort(both.begin(), both.end());
    both.erase(std::unique(both.begin(), both.end()), both.end());
    return tie(both, "more than one combination of its open invoices adds up to the amount");
  }
  return false;
}

// Tier 2: the payer identifies the customer.
void Matcher::by_customer(const bank::BankLine& line, LineMatch& match) {
  std::string why;
  bool tie = false;
  const auto payer = m_customers.identify(line, why, tie);
  if (!payer) {
    match.status = tie ? MatchStatus::ambiguous : MatchStatus::unmatched;
    match.reasons.push_back(why.empty() ? "no reference, invoice number or known payer" : why);
    return;
  }
  match.tier = 2;
  match.customer = payer->customer;
  match.reasons.push_back(payer->reason);
  std::vector<std::uint32_t> items;
  for (const std::uint32_t document : m_open.of_customer(payer->customer)) {
    if (eligible(document, line)) {
      items.push_back(document);
    }
  }
  const int base = payer->by_account ? 90 : std::min(90, payer->score);
  if (customer_amount(line, match, items, base)) {
    return;
  }
  match.status = MatchStatus::unmatched;
  match.reasons.push_back(
      items.empty() ? fmt::format("but it has no open invoice in {}", line.amount.currency().code)
                    : fmt::format("but no open invoice of it, nor a combination, comes to {}",
                                  amount_text(total_of(line), line.amount.currency())));
  items.resize(std::min(items.size(), k_hints));
  propose(match, items);
  match.status = MatchStatus::unmatched;
}

// A match below the confidence threshold becomes a proposal; a match takes its money
// off the open amounts so later lines do not plan it again.
void Matcher::finish(LineMatch& match) {
  if (match.status != MatchStatus::matched) {
    return;
  }
  if (match.confidence < m_settings.min_confidence) {
    match.reasons.push_back(fmt::format("confidence {} is below min-confidence {}",
                                        match.confidence, m_settings.min_confidence));
    std::vector<std::uint32_t> documents;
    for (const PlannedApply& apply : match.applies) {
      documents.push_back(apply.document);
    }
    match.applies.clear();
    match.fee = Money();
    propose(match, documents);
    return;
  }
  for (const PlannedApply& apply : match.applies) {
    m_open.take(apply.document, apply.amount.minor_units());
  }
}

LineMatch Matcher::match(const bank::BankLine& line, std::size_t index) {
  LineMatch match;
  match.line = index;
  match.fee = Money::zero(line.amount.currency());
  if (const auto it = m_imported.find(line.key); it != m_imported.end()) {
    match.status = MatchStatus::already_imported;
    match.payment_id = *it->second;
    match.reasons.push_back(fmt::format("payment {} has this line's key", *it->second));
    return match;
  }
  if (!by_reference(line, match) && !by_number(line, match)) {
    by_customer(line, match);
  }
  finish(match);
  return match;
}

} // namespace

std::string_view match_status_name(MatchStatus status) {
  switch (status) {
  case MatchStatus::matched:
    return "matched";
  case MatchStatus::ambiguous:
    return "ambiguous";
  case MatchStatus::unmatched:
    return "unmatched";
  case MatchStatus::already_imported:
    return "already-imported";
  }
  return "unmatched";
}

std::vector<LineMatch> match_bank_lines(const Ledger& ledger, const Date& as_of,
                                        std::span<const bank::BankLine> lines,
                                        const MatchSettings& settings) {
  Matcher matcher(ledger, as_of, settings);
  std::vector<std::size_t> order(lines.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return day_number(lines[a].date) < day_number(lines[b].date);
  });
  std::vector<LineMatch> matches(lines.size());
  for (const std::size_t index : order) {
    matches[index] = matcher.match(lines[index], index);
  }
  return matches;
}

} // namespace dues::query
