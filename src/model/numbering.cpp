#include "model/numbering.hpp"
#include "model/suggestions.hpp" // hardening: "did you mean"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

namespace dues {
namespace {

struct Numbered {
  std::string_view id;
  Date date;
  syntax::Pos pos;
  std::string_view kind;
  std::string_view series; // explicit series name, if any
};

// Calls `each` for every entry that has its own id. Opening items (import) keep the
// number another system gave them: they belong to no series.
template <typename Each>
void for_each_numbered(const Ledger& ledger, Each each) {
  for (const Document& document : ledger.documents) {
    if (!document.info().opening.empty()) {
      continue;
    }
    each(Numbered{document.id, document.date, document.pos,
                  document.is_invoice() ? "invoice" : "credit", document.info().series});
  }
  for (const Payment& payment : ledger.payments) {
    each(Numbered{payment.id, payment.date, payment.pos, "payment", {}});
  }
  for (const Refund& refund : ledger.refunds) {
    each(Numbered{refund.id, refund.date, refund.pos, "refund", {}});
  }
}

int year_of(const Date& day) {
  return static_cast<int>(day.year());
}

} // namespace

namespace {

// The value of a run of decimal digits (at most 12, so it fits); 0 for anything else.
long digits_value(std::string_view digits) {
  long value = 0;
  for (const char c : digits.substr(0, 12)) {
    if (c < '0' || c > '9') {
      return 0;
    }
    value = value * 10 + (c - '0');
  }
  return value;
}

} // namespace

// What is wrong with a series format such as "INV-{year}-{seq:04}", or "" when nothing:
// fields {year} and {seq} or {seq:N} (N digits from 1 to 12, as ids are matched), one
// {seq}, and around them only what an id may hold (letters, digits, '-', '_', '.', '/').
std::string series_format_problem(std::string_view format) {
  int seqs = 0;
  for (std::size_t at = 0; at < format.size(); ++at) {
    const char c = format[at];
    if (c == '{') {
      const std::size_t close = format.find_first_of("{}", at + 1);
      if (close == std::string_view::npos || format[close] == '{') {
        return fmt::format("'{{' at character {} is not closed by '}}'", at + 1);
      }
      const std::string_view field = format.substr(at + 1, close - at - 1);
      if (field.starts_with("seq")) {
        const std::string_view width = field.substr(3);
        if (!width.empty()) {
          const std::string_view digits = width.substr(1);
          std::size_t value = 0;
          for (const char d : digits.substr(0, 3)) {
            value = d >= '0' && d <= '9' ? value * 10 + static_cast<std::size_t>(d - '0') : 99;
          }
          if (!width.starts_with(':') || digits.empty() || digits.size() > 3
              || digits.find_first_not_of("0123456789") != std::string_view::npos || value < 1
              || value > 12) {
            return fmt::format("'{{{}}}': the width after 'seq:' must be a number from 1 to 12 "
                               "(such as {{seq:04}})",
                               field);
          }
        }
        ++seqs;
      } else if (field != "year") {
        return fmt::format("unknown field '{{{}}}' (expected {{year}}, {{seq}} or {{seq:04}})",
                           field);
      }
      at = close;
    } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                 || c == '-' || c == '_' || c == '.' || c == '/')) {
      return fmt::format("'{}' cannot be part of an id (letters, digits, '-', '_', '.', '/')",
                         c == '}' ? std::string("}") : std::string(1, c));
    }
  }
  if (seqs != 1) {
    return seqs == 0 ? "it needs a {seq} or {seq:04} placeholder"
                     : "it has more than one {seq} placeholder";
  }
  return {};
}

std::optional<SeriesNumber> match_series(std::string_view format, std::string_view id) {
  SeriesNumber number;
  bool has_seq = false;
  std::size_t f = 0;
  std::size_t i = 0;
  while (f < format.size()) {
    if (format[f] == '{') {
      const std::size_t close = format.find('}', f);
      if (close == std::string_view::npos) {
        return std::nullopt;
      }
      const std::string_view field = format.substr(f + 1, close - f - 1);
      f = close + 1;
      std::size_t digits = 0;
      while (i + digits < id.size() && id[i + digits] >= '0' && id[i + digits] <= '9') {
        ++digits;
      }
      if (field == "year") {
        if (digits < 4) {
          return std::nullopt;
        }
        number.year = static_cast<int>(digits_value(id.substr(i, 4)));
        i += 4;
      } else if (field.starts_with("seq")) {
        std::size_t width = 1;
        if (field.size() > 4 && field[3] == ':') {
          width = static_cast<std::size_t>(std::max(1L, digits_value(field.substr(4))));
        }
        if (digits < width || digits > 12) {
          return std::nullopt;
        }
        // A number wider than the pad must not start with 0 (INV-00001 is not INV-0001).
        if (digits > width && id[i] == '0') {
          return std::nullopt;
        }
        number.sequence = digits_value(id.substr(i, digits));
        has_seq = true;
        i += digits;
      } else {
        return std::nullopt;
      }
      continue;
    }
    if (i >= id.size() || id[i] != format[f]) {
      return std::nullopt;
    }
    ++i;
    ++f;
  }
  if (i != id.size() || !has_seq) {
    return std::nullopt;
  }
  return number;
}

std::string format_series_id(std::string_view format, int year, long sequence) {
  std::string id;
  std::size_t f = 0;
  while (f < format.size()) {
    if (format[f] == '{') {
      const std::size_t close = format.find('}', f);
      const std::string_view field = format.substr(f + 1, close - f - 1);
      if (field == "year") {
        id += fmt::format("{:04}", year);
      } else if (field.starts_with("seq")) {
        int width = 1;
        if (field.size() > 4 && field[3] == ':') {
          width = static_cast<int>(digits_value(field.substr(4)));
        }
        id += fmt::format("{:0{}}", sequence, width);
      }
      f = close + 1;
      continue;
    }
    id += format[f++];
  }
  return id;
}

const syntax::SeriesSetting* series_for_kind(const syntax::Settings& settings,
                                             std::string_view kind) {
  const auto it = settings.series.find(std::string(kind));
  if (it != settings.series.end()) {
    return &it->second;
  }
  for (const auto& [name, series] : settings.series) {
    if (series.kind == kind) {
      return &series;
    }
  }
  return nullptr;
}

std::string next_id(const Ledger& ledger, const syntax::SeriesSetting& series, int year) {
  long highest = 0;
  for_each_numbered(ledger, [&](const Numbered& entry) {
    const auto number = match_series(series.format, entry.id);
    if (!number) {
      return;
    }
    if (series.yearly_reset && number->year && *number->year != year) {
      return;
    }
    highest = std::max(highest, number->sequence);
  });
  return format_series_id(series.format, year, highest + 1);
}

namespace {

// One numbered run: a series, and a year when the series resets yearly.
struct NumberGroup {
  const syntax::SeriesSetting* series = nullptr;
  int year = 0;
  long count = 0;
  long highest = 0;
};

// Finds the series of each numbered entry and checks its id and year against it.
class SeriesResolver {
public:
  SeriesResolver(const Ledger& ledger, Diagnostics& diags) : m_ledger(ledger), m_diags(diags) {
    for (const char* kind : {"invoice", "credit", "payment", "refund"}) {
      m_by_kind.emplace_back(kind, series_for_kind(ledger.settings, kind));
    }
    for (const auto& [name, series] : ledger.settings.series) {
      if (!series.external && !series_format_problem(series.format).empty()) {
        m_broken.push_back(&series); // reported by check_settings, at the key: no ids checked
      }
    }
  }

  // The group an entry belongs to and its sequence number, or nullopt (external series,
  // no series, or an error already reported when `report` is set).
  std::optional<std::pair<std::size_t, long>> place(const Numbered& entry, bool report) {
    const syntax::SeriesSetting* series = nullptr;
    if (!entry.series.empty()) {
      const auto it = m_ledger.settings.series.find(std::string(entry.series));
      if (it == m_ledger.settings.series.end()) {
        if (report) {
          error(entry, unknown_series(entry.series, m_ledger.settings));
        }
        return std::nullopt;
      }
      series = &it->second;
    } else {
      for (const auto& [kind, found] : m_by_kind) {
        if (kind == entry.kind) {
          series = found;
        }
      }
    }
    if (series == nullptr || series->external || is_broken(series)) {
      return std::nullopt;
    }
    const auto number = match_series(series->format, entry.id);
    if (!number) {
      if (report) {
        error(entry, fmt::format("id '{}' does not follow the {} series format '{}'", entry.id,
                                 series->name, series->format));
      }
      return std::nullopt;
    }
    if (number->sequence < 1) {
      if (report) {
        error(entry, fmt::format("'{}' has sequence number 0; numbering starts at 1", entry.id));
      }
      return std::nullopt;
    }
    if (number->year && *number->year != year_of(entry.date) && report) {
      error(entry, fmt::format("'{}' is numbered in year {} but dated {}", entry.id, *number->year,
                               format_date(entry.date)));
    }
    const int year = series->yearly_reset && number->year ? *number->year : 0;
    for (std::size_t i = 0; i < groups.size(); ++i) {
      if (groups[i].series == series && groups[i].year == year) {
        return std::make_pair(i, number->sequence);
      }
    }
    groups.push_back({series, year, 0, 0});
    return std::make_pair(groups.size() - 1, number->sequence);
  }

  std::vector<NumberGroup> groups;

private:
  void error(const Numbered& entry, const std::string& message) {
    m_diags.add(Error(ErrorKind::invalid_input, m_ledger.where(entry.pos), message));
  }
  const Ledger& m_ledger;
  Diagnostics& m_diags;
  std::vector<std::pair<std::string_view, const syntax::SeriesSetting*>> m_by_kind;
  std::vector<const syntax::SeriesSetting*> m_broken;
  bool is_broken(const syntax::SeriesSetting* series) const {
    return std::find(m_broken.begin(), m_broken.end(), series) != m_broken.end();
  }
};

// The runs of numbers from..to that are really missing: a number whose id is written on
// a line that did not parse (Ledger::unparsed_ids) is not, its own error is reported.
std::vector<std::pair<long, long>> missing_runs(const Ledger& ledger, std::string_view format,
                                                int year, long from, long to) {
  if (ledger.unparsed_ids.empty() || to - from >= 100'000) {
    return {{from, to}};
  }
  std::vector<std::pair<long, long>> runs;
  for (long number = from; number <= to; ++number) {
    if (ledger.is_unparsed(format_series_id(format, year, number))) {
      continue;
    }
    if (!runs.empty() && runs.back().second == number - 1) {
      runs.back().second = number;
    } else {
      runs.emplace_back(number, number);
    }
  }
  return runs;
}

// Reports the missing numbers of one group (the slow path, only for a broken series).
void report_gaps(const Ledger& ledger, SeriesResolver& resolver, std::size_t group,
                 Diagnostics& diags) {
  std::vector<std::pair<long, Numbered>> numbers;
  for_each_numbered(ledger, [&](const Numbered& entry) {
    const auto place = resolver.place(entry, false);
    if (place && place->first == group) {
      numbers.emplace_back(place->second, entry);
    }
  });
  std::stable_sort(numbers.begin(), numbers.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  const NumberGroup& info = resolver.groups[group];
  long expected = 1;
  for (const auto& [sequence, entry] : numbers) {
    if (sequence > expected) {
      // Without a yearly reset the group has no year: name the missing ids in the year of
      // the id after the gap (its year matches its date, or that is reported already).
      const int year = info.year != 0 ? info.year : year_of(entry.date);
      for (const auto& [from, to] : missing_runs(ledger, info.series->format, year, expected,
                                                 sequence - 1)) {
        const std::string first = format_series_id(info.series->format, year, from);
        const std::string last = format_series_id(info.series->format, year, to);
        diags.add(Error(ErrorKind::invalid_input, ledger.where(entry.pos),
                        first == last
                            ? fmt::format("numbering gap in series '{}': {} is missing before {}",
                                          info.series->name, first, entry.id)
                            : fmt::format("numbering gap in series '{}': {} to {} are missing "
                                          "before {}",
                                          info.series->name, first, last, entry.id)));
      }
    }
    expected = std::max(expected, sequence + 1);
  }
}

} // namespace

void check_numbering(const Ledger& ledger, Diagnostics& diags) {
  // Ids are unique, so a group of n numbers whose highest is n has no gap: one pass
  // decides, and only a broken group is looked at again.
  SeriesResolver resolver(ledger, diags);
  for_each_numbered(ledger, [&](const Numbered& entry) {
    const auto place = resolver.place(entry, true);
    if (place) {
      NumberGroup& group = resolver.groups[place->first];
      ++group.count;
      group.highest = std::max(group.highest, place->second);
    }
  });
  for (std::size_t i = 0; i < resolver.groups.size(); ++i) {
    if (resolver.groups[i].count != resolver.groups[i].highest) {
      report_gaps(ledger, resolver, i, diags);
    }
  }
}

} // namespace dues
