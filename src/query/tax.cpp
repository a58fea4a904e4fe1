#include "query/tax.hpp"

#include <algorithm>
#include <map>

namespace dues::query {
namespace {

constexpr std::string_view k_untaxed = "(none)";

// The parts of a document's total: one per stored tax line, plus the untaxed rest.
struct Part {
  std::string_view code;
  Decimal rate;
  Money base;
  Money tax;
};

std::vector<Part> parts_of(const Document& document) {
  std::vector<Part> parts;
  Money rest = document.total;
  if (document.details) {
    for (const TaxAmount& line : document.details->taxes) {
      parts.push_back({line.code, line.rate, line.base, line.amount});
      rest -= line.base + line.amount;
    }
  }
  if (!rest.is_zero() || parts.empty()) {
    parts.push_back({k_untaxed, Decimal{}, rest, Money::zero(rest.currency())});
  }
  return parts;
}

class TaxBuilder {
public:
  TaxBuilder(const Ledger& ledger, const TaxRequest& request)
      : m_ledger(ledger), m_request(request), m_first(day_number(request.period.start)),
        m_last(day_number(request.period.end)), m_seen(day_number(request.as_of)),
        m_voided(voided_by(ledger, m_seen)) {}

  TaxRow& row(const Currency& currency, std::string_view code, const Decimal& rate) {
    TaxBlock& block = m_blocks[currency.code];
    if (block.currency == nullptr) {
      block.currency = &currency;
      block.total = empty(currency, "total", Decimal{});
      block.documents = Money::zero(currency);
    }
    auto& rows = m_rows[currency.code];
    const auto key =
        std::make_pair(std::string(code), rate.units_at_scale(Decimal::k_max_scale).value_or(0));
    auto it = rows.find(key);
    if (it == rows.end()) {
      it = rows.emplace(key, empty(currency, code, rate)).first;
    }
    return it->second;
  }

  // The documents whose tax lines the report reads: dated in the period (accrual
  // basis) or paid in it (cash basis).
  std::vector<std::uint32_t> documents() {
    std::vector<std::uint8_t> read(m_ledger.documents.size(), 0);
    for (std::size_t i = 0; i < m_ledger.documents.size(); ++i) {
      read[i] = dated_in(i) ? 1 : 0;
    }
    for (const Allocation& allocation : m_ledger.allocations) {
      if (paid_in(allocation)) {
        read[allocation.document] = 1;
      }
    }
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < read.size(); ++i) {
      if (read[i] != 0) {
        out.push_back(static_cast<std::uint32_t>(i));
      }
    }
    return out;
  }

  TaxReport build() {
    for (std::size_t i = 0; i < m_ledger.documents.size(); ++i) {
      const Document& document = m_ledger.documents[i];
      if (!dated_in(i)) {
        continue;
      }
      const bool invoice = document.is_invoice();
      for (const Part& part : parts_of(document)) {
        TaxRow& r = row(document.total.currency(), part.code, part.rate);
        (invoice ? r.invoice_base : r.credit_base) += part.base;
        (invoice ? r.invoice_tax : r.credit_tax) += part.tax;
        ++(invoice ? r.invoices : r.credit_notes);
      }
      TaxBlock& block = m_blocks[document.total.currency().code];
      block.documents += invoice ? document.total : -document.total;
      ++(invoice ? block.total.invoices : block.total.credit_notes);
    }
    for (const Allocation& allocation : m_ledger.allocations) {
      if (!paid_in(allocation)) {
        continue;
      }
      const Document& document = m_ledger.documents[allocation.document];
      const Int128 paid = allocation.amount.minor_units();
      const Int128 total = document.total.minor_units();
      for (const Part& part : parts_of(document)) {
        TaxRow& r = row(document.total.currency(), part.code, part.rate);
        r.cash_base += scale(part.base, paid, total, RoundingMode::half_up);
        r.cash_tax += scale(part.tax, paid, total, RoundingMode::half_up);
      }
    }
    TaxReport report;
    report.period = m_request.period;
    report.as_of = m_request.as_of;
    for (auto& [code, block] : m_blocks) {
      for (auto& [key, r] : m_rows[code]) {
        r.base = r.invoice_base - r.credit_base;
        r.tax = r.invoice_tax - r.credit_tax;
        add_to(block.total, r);
        block.rows.push_back(std::move(r));
      }
      std::stable_partition(block.rows.begin(), block.rows.end(),
                            [](const TaxRow& r) { return r.code != k_untaxed; });
      report.blocks.push_back(std::move(block));
    }
    return report;
  }

private:
  // Accrual basis: a document dated in the period, not void by the report's day.
  bool dated_in(std::size_t i) const {
    const Document& document = m_ledger.documents[i];
    const int day = day_number(document.date);
    return day >= m_first && day <= m_last && day <= m_seen && m_voided[i] == 0
           && m_request.filter.wants(m_ledger, document.customer, document.total.currency());
  }

  // Cash basis: a payment received in the period applied to a document with a total.
  bool paid_in(const Allocation& allocation) const {
    if (allocation.source_kind != SourceKind::payment) {
      return false;
    }
    const Payment& payment = m_ledger.payments[allocation.source];
    const Document& document = m_ledger.documents[allocation.document];
    const int day = day_number(payment.date);
    return day >= m_first && day <= m_last && day_number(allocation.date) <= m_seen
           && m_voided[allocation.document] == 0 && document.total.is_positive()
           && m_request.filter.wants(m_ledger, document.customer, document.total.currency());
  }

  static std::vector<std::uint8_t> voided_by(const Ledger& ledger, int seen) {
    std::vector<std::uint8_t> voided(ledger.documents.size(), 0);
    for (const StatusEvent& event : ledger.status_events) {
      if (event.kind == StatusKind::voided && day_number(event.date) <= seen) {
        voided[event.document] = 1;
      }
    }
    return voided;
  }

  TaxRow empty(const Currency& currency, std::string_view code, const Decimal& rate) const {
    const Money zero = Money::zero(currency);
    TaxRow r;
    r.code = code;
    const auto setting = m_ledger.settings.taxes.find(r.code);
    if (setting != m_ledger.settings.taxes.end()) {
      r.name = setting->second.name;
    } else if (code == k_untaxed) {
      r.name = "untaxed";
    }
    r.rate = rate;
    r.zero_rate = rate.is_zero() && code != k_untaxed && code != "total";
    r.invoice_base = r.invoice_tax = r.credit_base = r.credit_tax = zero;
    r.base = r.tax = r.cash_base = r.cash_tax = zero;
    return r;
  }

  static void add_to(TaxRow& total, const TaxRow& r) {
    total.invoice_base += r.invoice_base;
    total.invoice_tax += r.invoice_tax;
    total.credit_base += r.credit_base;
    total.credit_tax += r.credit_tax;
    total.base += r.base;
    total.tax += r.tax;
    total.cash_base += r.cash_base;
    total.cash_tax += r.cash_tax;
  }

  const Ledger& m_ledger;
  const TaxRequest& m_request;
  int m_first;
  int m_last;
  int m_seen;
  std::vector<std::uint8_t> m_voided; // by document: void by the report's day
  std::map<std::string_view, TaxBlock> m_blocks;
  std::map<std::string_view, std::map<std::pair<std::string, std::int64_t>, TaxRow>> m_rows;
};

} // namespace

TaxReport tax_summary(const Ledger& ledger, const TaxRequest& request) {
  return TaxBuilder(ledger, request).build();
}

std::vector<std::uint32_t> tax_documents(const Ledger& ledger, const TaxRequest& request) {
  return TaxBuilder(ledger, request).documents();
}

} // namespace dues::query
