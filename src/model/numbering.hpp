#pragma once

#include "base/error.hpp"
#include "model/ledger.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace dues {

// The parts of an id that a series format such as "INV-{year}-{seq:04}" encodes.
struct SeriesNumber {
  std::optional<int> year;
  long sequence = 0;
};

// Reads an id against a series format; nullopt when the id does not follow it.
std::optional<SeriesNumber> match_series(std::string_view format, std::string_view id);

// What is wrong with a series format such as "INV-{year}-{seq:04}", or "" when nothing
// (hardening, issue 21.9): `dues check` reports it at the key, and checks no id against it.
std::string series_format_problem(std::string_view format);

// The id with this year and sequence number in a series format.
std::string format_series_id(std::string_view format, int year, long sequence);

// The series that numbers documents of this kind ("invoice", "credit", "payment",
// "refund"), or nullptr when the ledger defines none.
const syntax::SeriesSetting* series_for_kind(const syntax::Settings& settings,
                                             std::string_view kind);

// The next free id of a series for a document dated in `year`: one more than the
// highest number used (per year when the series resets yearly).
std::string next_id(const Ledger& ledger, const syntax::SeriesSetting& series, int year);

// Checks that every numbered series is gapless, that ids follow their series' format
// and that {year} matches the entry's date.
void check_numbering(const Ledger& ledger, Diagnostics& diags);

} // namespace dues
