#include "query/dso.hpp"

#include "model/balance_days.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <unordered_map>

namespace dues::query {
namespace {

constexpr std::uint32_t k_all = std::numeric_limits<std::uint32_t>::max();

// A customer (or k_all) in a currency.
using Key = std::pair<std::uint32_t, std::string_view>;

// One sale: an invoice (+) or credit note (-) with the day it was voided, if ever.
struct Sale {
  int day = 0;
  std::int64_t amount = 0;
  int voided = std::numeric_limits<int>::max();
};

struct Figures {
  std::int64_t ar = 0;
  std::int64_t current = 0;
};

class DsoBuilder {
public:
  DsoBuilder(const Ledger& ledger, const DsoRequest& request)
      : m_ledger(ledger), m_request(request) {
    std::vector<int>& voided = m_voided;
    voided.assign(ledger.documents.size(), std::numeric_limits<int>::max());
    for (const StatusEvent& event : ledger.status_events) {
      if (event.kind == StatusKind::voided) {
        voided[event.document] = std::min(voided[event.document], day_number(event.date));
      }
    }
    // Per currency met: each customer's list in m_sales, then the list of all (map nodes
    // stay put, so a million documents look up no map).
    std::vector<const Currency*> met;
    std::vector<std::vector<std::vector<Sale>*>> lists;
    for (std::uint32_t i = 0; i < ledger.documents.size(); ++i) {
      const Document& document = ledger.documents[i];
      const Currency& currency = document.total.currency();
      if (!request.filter.wants(ledger, document.customer, currency)) {
        continue;
      }
      std::size_t c = 0;
      while (c < met.size() && !(*met[c] == currency)) {
        ++c;
      }
      if (c == met.size()) {
        m_currencies[currency.code] = &currency;
        met.push_back(&currency);
        lists.emplace_back(ledger.customers.size() + 1, nullptr);
      }
      std::vector<Sale>*& own = lists[c][document.customer];
      own = own != nullptr ? own : &m_sales[{document.customer, currency.code}];
      std::vector<Sale>*& all = lists[c].back();
      all = all != nullptr ? all : &m_sales[{k_all, currency.code}];
      const std::int64_t amount = document.is_invoice() ? document.total.minor_units()
                                                        : -document.total.minor_units();
      const Sale sale{day_number(document.date), amount, voided[i]};
      own->push_back(sale);
      all->push_back(sale);
      if (document.is_invoice()) {
        m_invoices.push_back({i, static_cast<std::uint32_t>(c)});
      }
    }
    std::vector<std::uint32_t> place(met.size()); // met's order -> m_currency_list's
    for (const auto& [code, currency] : m_currencies) {
      for (std::size_t c = 0; c < met.size(); ++c) {
        place[c] =
            met[c] == currency ? static_cast<std::uint32_t>(m_currency_list.size()) : place[c];
      }
      m_currency_list.push_back(currency);
    }
    for (WantedInvoice& invoice : m_invoices) {
      invoice.currency = place[invoice.currency];
    }
    for (auto& [key, list] : m_sales) {
      std::sort(list.begin(), list.end(),
                [](const Sale& a, const Sale& b) { return a.day < b.day; });
    }
  }

  // Open invoices and their not-yet-due part at the end of each of `days`, per key: one
  // sweep over the ledger (OpenOnDays) for every day. Also which invoices are settled in
  // full at the end of the last day (paid_invoices' `cleared`).
  struct Sweep {
    std::vector<std::map<Key, Figures>> figures; // per day
    std::vector<std::uint8_t> cleared;
  };
  Sweep sweep(const std::vector<Date>& days) const {
    Sweep result;
    const std::size_t all = m_ledger.customers.size();
    std::vector<std::vector<Figures>> sums(m_currency_list.size());
    std::vector<std::vector<std::uint8_t>> seen(m_currency_list.size());
    OpenOnDays open(m_ledger, days);
    while (open.next()) {
      const int day = day_number(days[open.day()]);
      for (std::size_t c = 0; c < sums.size(); ++c) {
        sums[c].assign(all + 1, Figures{});
        seen[c].assign(all + 1, 0);
      }
      for (const WantedInvoice& invoice : m_invoices) {
        const std::int64_t owed = open.open(invoice.document);
        if (owed == 0) {
          continue;
        }
        const Document& document = m_ledger.documents[invoice.document];
        const Money left_open(document.total.currency(), owed);
        for_each_open_part(document, left_open, [&](int, const Date& due, const Money& left) {
          const bool current = day_number(due) > day;
          for (const std::size_t slot : {std::size_t{document.customer}, all}) {
            Figures& figures = sums[invoice.currency][slot];
            figures.ar += left.minor_units();
            figures.current += current ? left.minor_units() : 0;
            seen[invoice.currency][slot] = 1;
          }
        });
      }
      std::map<Key, Figures>& figures = result.figures.emplace_back();
      for (std::size_t c = 0; c < sums.size(); ++c) {
        for (std::size_t slot = 0; slot < sums[c].size(); ++slot) {
          if (seen[c][slot] != 0) {
            const std::uint32_t customer = slot == all ? k_all : static_cast<std::uint32_t>(slot);
            figures.emplace(Key{customer, m_currency_list[c]->code}, sums[c][slot]);
          }
        }
      }
      if (open.day() + 1 == days.size()) {
        result.cleared = cleared(open, day);
      }
    }
    return result;
  }

  // Per document: an invoice wanted, issued, not void, with nothing open and nothing
  // written off at the end of `day` (the sweep's day at hand).
  std::vector<std::uint8_t> cleared(const OpenOnDays& open, int day) const {
    std::unordered_map<std::uint32_t, std::int64_t> written_off;
    for (const WriteOff& writeoff : m_ledger.writeoffs) {
      if (day_number(writeoff.date) <= day) {
        written_off[writeoff.document] += writeoff.amount.minor_units();
      }
    }
    std::vector<std::uint8_t> result(m_ledger.documents.size(), 0);
    for (const WantedInvoice& invoice : m_invoices) {
      const std::uint32_t i = invoice.document;
      const auto off = written_off.find(i);
      result[i] = day_number(m_ledger.documents[i].date) <= day && m_voided[i] > day
                  && open.open(i) == 0 && (off == written_off.end() || off->second == 0);
    }
    return result;
  }

  // Sales of a key dated from..to, leaving out documents void by the end of `seen`.
  std::int64_t sales(const Key& key, int from, int to, int seen) const {
    const auto found = m_sales.find(key);
    if (found == m_sales.end()) {
      return 0;
    }
    const std::vector<Sale>& list = found->second;
    auto it = std::lower_bound(list.begin(), list.end(), from,
                               [](const Sale& sale, int day) { return sale.day < day; });
    std::int64_t total = 0;
    for (; it != list.end() && it->day <= to; ++it) {
      total += it->voided <= seen ? 0 : it->amount;
    }
    return total;
  }

  // The countback method: walk back month by month from `end`, taking each month's
  // sales off the receivables while they cover it; the month where they run out counts
  // pro rata.
  Ratio countback(const Key& key, std::int64_t ar, const Date& end) const {
    if (ar <= 0) {
      return {0, 1};
    }
    const int seen = day_number(end);
    Int128 whole_days = 0;
    std::int64_t left = ar;
    Date month_end = end;
    for (int m = 0; m < m_request.countback_months; ++m) {
      Period month = period_of(PeriodUnit::month, month_end);
      month.end = month_end;
      const std::int64_t sold =
          sales(key, day_number(month.start), day_number(month.end), seen);
      if (sold > 0 && left <= sold) {
        return ratio_of(whole_days * sold + Int128{left} * month.days(), sold);
      }
      left -= std::max<std::int64_t>(sold, 0);
      whole_days += month.days();
      month_end = add_days(month.start, -1);
    }
    return {whole_days, 1};
  }

  DsoRow row(const Key& key, const Period& period, const Figures& begin, const Figures& end,
             const std::vector<const PaidInvoice*>& paid) const {
    const Currency& currency = *m_currencies.at(key.second);
    DsoRow row;
    if (key.first != k_all) {
      row.customer_id = m_ledger.customers[key.first].id;
      row.customer_name = m_ledger.customers[key.first].name;
    }
    row.period = period;
    const std::int64_t sold =
        sales(key, day_number(period.start), day_number(period.end), day_number(period.end));
    row.begin_ar = Money(currency, begin.ar);
    row.sales = Money(currency, sold);
    row.ar = Money(currency, end.ar);
    row.current = Money(currency, end.current);
    row.standard = sold > 0 ? ratio_of(Int128{end.ar} * period.days(), sold) : undefined_ratio();
    row.countback = countback(key, end.ar, period.end);
    const Int128 collected = Int128{begin.ar} + sold - end.ar;
    const Int128 collectible = Int128{begin.ar} + sold - end.current;
    row.cei = collectible > 0 ? ratio_of(collected * 100, collectible) : undefined_ratio();
    Int128 days = 0;
    for (const PaidInvoice* settlement : paid) {
      days += settlement->days_to_pay;
    }
    row.paid = static_cast<int>(paid.size());
    row.days_to_pay = ratio_of(days, row.paid);
    return row;
  }

  DsoReport build() const {
    DsoReport report;
    report.as_of = m_request.as_of;
    report.unit = m_request.unit;
    const std::vector<Period> periods =
        periods_back(m_request.unit, m_request.as_of, std::max(1, m_request.periods));
    // The day before the first period, then each period's end (the last is as_of).
    std::vector<Date> days{add_days(periods.front().start, -1)};
    for (const Period& period : periods) {
      days.push_back(period.end);
    }
    Sweep swept = sweep(days);
    const std::vector<PaidInvoice> settled = paid_invoices(m_ledger, days.back(), swept.cleared);
    std::map<Key, Figures> begin = std::move(swept.figures[0]);
    for (const auto& [code, currency] : m_currencies) {
      report.blocks.push_back({currency, {}, {}});
    }
    const auto block_of = [&](std::string_view code) -> DsoBlock& {
      return *std::find_if(report.blocks.begin(), report.blocks.end(),
                           [&](const DsoBlock& block) { return block.currency->code == code; });
    };
    // The settlements of each period, in ledger order.
    std::vector<std::vector<const PaidInvoice*>> paid_in(periods.size());
    for (const PaidInvoice& settlement : settled) {
      const int day = day_number(settlement.paid);
      if (day < day_number(periods.front().start) || day > day_number(periods.back().end)
          || !m_request.filter.wants(m_ledger, settlement.customer, settlement.total.currency())) {
        continue;
      }
      const auto p = std::find_if(periods.begin(), periods.end(), [&](const Period& period) {
        return day <= day_number(period.end);
      });
      paid_in[static_cast<std::size_t>(p - periods.begin())].push_back(&settlement);
    }
    for (std::size_t p = 0; p < periods.size(); ++p) {
      const Period& period = periods[p];
      std::map<Key, Figures> end = std::move(swept.figures[p + 1]);
      std::map<Key, std::vector<const PaidInvoice*>> paid;
      for (const PaidInvoice* settlement : paid_in[p]) {
        const std::string_view code = settlement->total.currency().code;
        paid[{settlement->customer, code}].push_back(settlement);
        paid[{k_all, code}].push_back(settlement);
      }
      // Every key with a figure: receivables at either end, sales or payments.
      std::map<Key, int> keys;
      for (const auto* source : {&begin, &end}) {
        for (const auto& [key, figures] : *source) {
          keys[key] = 1;
        }
      }
      for (const auto& [key, list] : m_sales) {
        if (sales(key, day_number(period.start), day_number(period.end), day_number(period.end))
            != 0) {
          keys[key] = 1;
        }
      }
      for (const auto& [key, list] : paid) {
        keys[key] = 1;
      }
      const bool last = p + 1 == periods.size();
      for (const auto& [key, unused] : keys) {
        if (key.first != k_all && !last) {
          continue;
        }
        const auto find = [](const std::map<Key, Figures>& map, const Key& k) {
          const auto it = map.find(k);
          return it == map.end() ? Figures{} : it->second;
        };
        const auto it = paid.find(key);
        DsoRow row = this->row(key, period, find(begin, key), find(end, key),
                               it == paid.end() ? std::vector<const PaidInvoice*>{} : it->second);
        DsoBlock& block = block_of(key.second);
        (key.first == k_all ? block.trend : block.customers).push_back(std::move(row));
      }
      begin = std::move(end);
    }
    // Periods without any figure still show, so every trend has one row per period.
    for (DsoBlock& block : report.blocks) {
      std::vector<DsoRow> trend;
      for (const Period& period : periods) {
        const auto it = std::find_if(block.trend.begin(), block.trend.end(), [&](const DsoRow& r) {
          return r.period.label == period.label;
        });
        if (it != block.trend.end()) {
          trend.push_back(*it);
        } else {
          DsoRow empty = row({k_all, block.currency->code}, period, {}, {}, {});
          trend.push_back(std::move(empty));
        }
      }
      block.trend = std::move(trend);
      std::sort(block.customers.begin(), block.customers.end(),
                [](const DsoRow& a, const DsoRow& b) { return a.customer_id < b.customer_id; });
    }
    return report;
  }

private:
  const Ledger& m_ledger;
  const DsoRequest& m_request;
  std::map<std::string_view, const Currency*> m_currencies;
  std::vector<const Currency*> m_currency_list; // m_currencies' values, by code
  std::map<Key, std::vector<Sale>> m_sales;
  struct WantedInvoice {
    std::uint32_t document = 0;
    std::uint32_t currency = 0; // place in m_currency_list
  };
  std::vector<WantedInvoice> m_invoices; // in ledger order
  std::vector<int> m_voided;             // per document: the day it was voided, or max
};

} // namespace

DsoReport dso(const Ledger& ledger, const DsoRequest& request) {
  return DsoBuilder(ledger, request).build();
}

} // namespace dues::query
