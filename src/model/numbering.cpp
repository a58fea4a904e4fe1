#include "model/numbering.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace dues {
namespace {

struct Numbered {
  std::string_view id;
  Date date;
  syntax::Pos pos;
  std::string_view kind;
  std::string_view series; // explicit series name, if any
};

// Calls `each` for every entry that has its own id.
template <typename Each>
void for_each_numbered(const Ledger& ledger, Each each) {
  for (const Document& document : ledger.documents) {
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
        number.year = std::stoi(std::string(id.substr(i, 4)));
        i += 4;
      } else if (field.starts_with("seq")) {
        std::size_t width = 1;
        if (field.size() > 4 && field[3] == ':') {
          width = static_cast<std::size_t>(
              std::max(1, std::atoi(std::string(field.substr(4)).c_str())));
        }
        if (digits < width || digits > 12) {
          return std::nullopt;
        }
        // A number wider than the pad must not start with 0 (INV-00001 is not INV-0001).
        if (digits > width && id[i] == '0') {
          return std::nullopt;
        }
        number.sequence = std::stol(std::string(id.substr(i, digits)));
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
          width = std::atoi(std::string(field.substr(4)).c_str());
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

void check_numbering(const Ledger& ledger, Diagnostics& diags) {
  // (series name, year or 0) -> sequence -> entry
  std::map<std::pair<std::string, int>, std::map<long, Numbered>> groups;
  for_each_numbered(ledger, [&](const Numbered& entry) {
    const syntax::SeriesSetting* series = nullptr;
    if (!entry.series.empty()) {
      const auto it = ledger.settings.series.find(std::string(entry.series));
      if (it == ledger.settings.series.end()) {
        diags.add(
            Error(ErrorKind::invalid_input, ledger.where(entry.pos),
                  fmt::format("unknown series '{}' (not in [series] of dues.toml)", entry.series)));
        return;
      }
      series = &it->second;
    } else {
      series = series_for_kind(ledger.settings, entry.kind);
    }
    if (series == nullptr || series->external) {
      return;
    }
    const auto number = match_series(series->format, entry.id);
    if (!number) {
      diags.add(Error(ErrorKind::invalid_input, ledger.where(entry.pos),
                      fmt::format("id '{}' does not follow the {} series format '{}'", entry.id,
                                  series->name, series->format)));
      return;
    }
    if (number->year && *number->year != year_of(entry.date)) {
      diags.add(Error(ErrorKind::invalid_input, ledger.where(entry.pos),
                      fmt::format("'{}' is numbered in year {} but dated {}", entry.id,
                                  *number->year, format_date(entry.date))));
    }
    const int group_year = series->yearly_reset && number->year ? *number->year : 0;
    groups[{series->name, group_year}].emplace(number->sequence, entry);
  });
  for (const auto& [key, numbers] : groups) {
    long expected = 1;
    for (const auto& [sequence, entry] : numbers) {
      if (sequence != expected) {
        const auto& series = ledger.settings.series.at(key.first);
        // Without a yearly reset the group has no year: name the missing ids in the year of
        // the id after the gap (its year matches its date, or that is reported above).
        const int year = key.second != 0 ? key.second : year_of(entry.date);
        const std::string first = format_series_id(series.format, year, expected);
        const std::string last = format_series_id(series.format, year, sequence - 1);
        diags.add(Error(ErrorKind::invalid_input, ledger.where(entry.pos),
                        first == last
                            ? fmt::format("numbering gap in series '{}': {} is missing before {}",
                                          key.first, first, entry.id)
                            : fmt::format("numbering gap in series '{}': {} to {} are missing "
                                          "before {}",
                                          key.first, first, last, entry.id)));
      }
      expected = sequence + 1;
    }
  }
}

} // namespace dues
