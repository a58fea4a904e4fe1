#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dues::query {

// Text helpers of bank matching: finding invoice numbers and references in free text,
// and comparing payer names with customer names. Pure functions, no ledger.

// The runs of ASCII letters and digits in a text, upper-cased; everything else
// separates them: "Rechnung INV-2024-0042, Kd 7" -> RECHNUNG INV 2024 0042 KD 7.
std::vector<std::string> alnum_tokens(std::string_view text);

// An id with separators dropped and letters upper-cased, so that "INV-2024-0042",
// "INV 2024 0042" and "inv20240042" compare equal: "INV20240042".
std::string compact_id(std::string_view id);

// The digits of a compact id after its leading letters ("INV20240042" -> "20240042"),
// or "" when it does not start with letters followed only by digits.
std::string digits_after_prefix(std::string_view compact);

// The valid ISO 11649 references in a text, compact ("RF052024000042"), also when
// printed in groups of four or glued to other words after a separator.
std::vector<std::string> find_rf_references(std::string_view text);

// The words of a name as matching sees them: full-width forms folded to ASCII, lower
// case, accents dropped (ü -> u), punctuation as separators, company suffixes (GmbH,
// Ltd, LLC, Inc, Corp, 有限公司, ...) removed; runs of CJK characters become their
// character pairs ("某某科技" -> 某某, 某科, 科技). Sorted and unique.
std::vector<std::string> name_tokens(std::string_view name);

// Token-set similarity of two token lists from name_tokens, 0..100: mostly how much of
// the shorter name the longer one holds (a subset scores high), with a share of the
// overlap of both, so "Acme Widgets" is closer to "ACME WIDGETS LLC" than "Acme" is.
int name_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b);

} // namespace dues::query
