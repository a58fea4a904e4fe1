#pragma once

// Helpers shared by the unit tests: printing dues values in doctest messages, and
// building a ledger from strings so tests need no files.

#include "base/date.hpp"
#include "base/decimal.hpp"
#include "base/error.hpp"
#include "base/money.hpp"
#include "model/build.hpp"
#include "model/ledger.hpp"
#include "syntax/journal.hpp"
#include "syntax/journal_parser.hpp"

#include <doctest/doctest.h>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace dues {

// doctest prints operands with operator<<; these make failures readable.
std::ostream& operator<<(std::ostream& out, const Money& money);     // "1200.50 EUR"
std::ostream& operator<<(std::ostream& out, const Decimal& value);   // "12.5 (125e-1)"
std::ostream& operator<<(std::ostream& out, const ErrorKind& kind);  // "invalid_input"
std::ostream& operator<<(std::ostream& out, const ExitCode& code);   // "usage (2)"
std::ostream& operator<<(std::ostream& out, const SourceLoc& where); // "path:line:col"

} // namespace dues

// Date is date::year_month_day: date.h's own operator<< would print it too, but
// through the stream's locale; this prints exactly what dues writes.
template <>
struct doctest::StringMaker<dues::Date> {
  static doctest::String convert(const dues::Date& day);
};

// Vectors print their elements, so a failed comparison of message lists shows both lists.
template <typename T>
struct doctest::StringMaker<std::vector<T>> {
  static doctest::String convert(const std::vector<T>& items) {
    doctest::String text = "{";
    for (std::size_t i = 0; i < items.size(); ++i) {
      text += i == 0 ? "\n  " : ",\n  ";
      text += doctest::toString(items[i]);
    }
    text += items.empty() ? "}" : "\n}";
    return text;
  }
};

namespace dues::test {

// The journal path the helpers use: messages name it.
inline constexpr std::string_view k_journal_path = "journal/2026.dues";

// A minimal valid dues.toml: EUR, taxes standard (20%), reduced (7%), zero (0%), terms
// net30, and no numbering series (so ids such as INV-1 are fine). `extra` is appended.
std::string settings_toml(std::string_view extra = {});

// customers.toml with acme and globex (EUR), nippon (JPY) and gulf (KWD).
std::string_view customers_toml();

// Exact values from text; a bad literal fails the test that wrote it.
Date day(std::string_view text);
Decimal dec(std::string_view text);
Money money(std::string_view amount, std::string_view currency = "EUR");
Money eur(std::string_view amount);

// The full messages ("path:line:col: text") of every error, in file order.
std::vector<std::string> messages(const Diagnostics& diags);

// What parse_journal produced from a string.
struct Parsed {
  std::vector<syntax::Entry> entries;
  std::vector<std::string> trivia;
  Diagnostics diags;
  std::vector<std::string> errors() const { return messages(diags); }
};
Parsed parse(std::string_view text, const syntax::ParseOptions& options = {},
             const std::string& path = std::string(k_journal_path));

// The canonical text of every entry of a journal that must parse cleanly.
std::string rewrite(std::string_view text);

// A ledger built from strings, and the problems found.
struct Built {
  Ledger ledger;
  Diagnostics diags;
  std::vector<std::string> errors() const { return messages(diags); }
  // The index of a document or payment by id; fails the test when missing.
  std::uint32_t document(std::string_view id) const;
  std::uint32_t payment(std::string_view id) const;
  std::uint32_t customer(std::string_view id) const;
};

struct LedgerText {
  std::string settings = settings_toml();
  std::string customers = std::string(customers_toml());
  // (path, text) of each journal file.
  std::vector<std::pair<std::string, std::string>> journals;
  bool balances_only = false;
};

Built build(const LedgerText& text);
// One journal file named k_journal_path with the default settings and customers.
Built build(std::string_view journal);
// Like build(), and fails the test when the ledger has errors.
Built build_clean(std::string_view journal);

} // namespace dues::test
