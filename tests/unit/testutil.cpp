#include "testutil.hpp"

#include "syntax/journal_writer.hpp"
#include "syntax/toml_reader.hpp"

#include <fmt/format.h>

namespace dues {

std::ostream& operator<<(std::ostream& out, const Money& money) {
  return out << fmt::format("{}", money);
}

std::ostream& operator<<(std::ostream& out, const Decimal& value) {
  return out << fmt::format("{} ({}e-{})", format_decimal(value), value.mantissa(), value.scale());
}

std::ostream& operator<<(std::ostream& out, const ErrorKind& kind) {
  switch (kind) {
  case ErrorKind::usage:
    return out << "usage";
  case ErrorKind::invalid_input:
    return out << "invalid_input";
  case ErrorKind::conflict:
    return out << "conflict";
  case ErrorKind::environment:
    return out << "environment";
  case ErrorKind::internal:
    return out << "internal";
  }
  return out << "?";
}

std::ostream& operator<<(std::ostream& out, const ExitCode& code) {
  return out << "exit " << static_cast<int>(code);
}

std::ostream& operator<<(std::ostream& out, const SourceLoc& where) {
  return out << format_loc(where);
}

} // namespace dues

doctest::String doctest::StringMaker<dues::Date>::convert(const dues::Date& day) {
  return dues::format_date(day).c_str();
}

namespace dues::test {

std::string settings_toml(std::string_view extra) {
  std::string text = R"(format = 1

[company]
name = "Test Company"
currency = "EUR"

[taxes.standard]
rate = "20%"

[taxes.reduced]
rate = "7%"

[taxes.zero]
rate = "0%"

[terms.net30]
days = 30
)";
  text += extra;
  return text;
}

std::string_view customers_toml() {
  return R"([acme]
name = "ACME Corporation"

[globex]
name = "Globex"

[nippon]
name = "日本商事"
currency = "JPY"

[gulf]
name = "Gulf Trading"
currency = "KWD"
)";
}

Date day(std::string_view text) {
  const auto value = parse_date(text);
  REQUIRE_MESSAGE(value.has_value(), "bad date literal in a test: " << text);
  return *value;
}

Decimal dec(std::string_view text) {
  const auto value = parse_decimal(text);
  REQUIRE_MESSAGE(value.has_value(), "bad decimal literal in a test: " << text);
  return *value;
}

Money money(std::string_view amount, std::string_view currency) {
  const Currency* code = find_currency(currency);
  REQUIRE_MESSAGE(code != nullptr, "bad currency in a test: " << currency);
  const auto value = parse_money(amount, *code);
  REQUIRE_MESSAGE(value.has_value(), "bad amount literal in a test: " << amount);
  return *value;
}

Money eur(std::string_view amount) {
  return money(amount, "EUR");
}

std::vector<std::string> messages(const Diagnostics& diags) {
  Diagnostics sorted = diags;
  sorted.sort();
  std::vector<std::string> out;
  for (const Error& error : sorted.errors()) {
    out.emplace_back(error.what());
  }
  return out;
}

namespace {

class Collector : public syntax::EntrySink {
public:
  explicit Collector(Parsed& parsed) : m_parsed(parsed) {}
  void entry(const syntax::Entry& entry) override { m_parsed.entries.push_back(entry); }
  void trivia(std::string_view line) override { m_parsed.trivia.emplace_back(line); }

private:
  Parsed& m_parsed;
};

} // namespace

Parsed parse(std::string_view text, const syntax::ParseOptions& options, const std::string& path) {
  Parsed parsed;
  Collector collector(parsed);
  syntax::parse_journal(text, path, 0, collector, parsed.diags, options);
  return parsed;
}

std::string rewrite(std::string_view text) {
  const Parsed parsed = parse(text);
  REQUIRE_MESSAGE(parsed.diags.empty(), "journal does not parse: " << parsed.errors().front());
  std::string out;
  for (const syntax::Entry& entry : parsed.entries) {
    syntax::write_entry(out, entry);
  }
  return out;
}

namespace {

std::uint32_t index_of(const Ledger& ledger, std::string_view id, IdKind kind) {
  const IdRef* ref = ledger.find_id(id);
  REQUIRE_MESSAGE(ref != nullptr, "no such id in the test ledger: " << id);
  REQUIRE(ref->kind == kind);
  return ref->index;
}

} // namespace

std::uint32_t Built::document(std::string_view id) const {
  return index_of(ledger, id, IdKind::document);
}

std::uint32_t Built::payment(std::string_view id) const {
  return index_of(ledger, id, IdKind::payment);
}

std::uint32_t Built::customer(std::string_view id) const {
  const std::uint32_t* index = ledger.find_customer_index(id);
  REQUIRE_MESSAGE(index != nullptr, "no such customer: " << id);
  return *index;
}

Built build(const LedgerText& text) {
  Built built;
  syntax::Settings settings = syntax::read_settings(text.settings, "dues.toml", built.diags);
  std::vector<Customer> customers =
      syntax::read_customers(text.customers, "customers.toml", built.diags);
  std::vector<JournalText> journals;
  for (const auto& [path, journal] : text.journals) {
    journals.push_back({path, journal});
  }
  BuildOptions options;
  options.balances_only = text.balances_only;
  built.ledger =
      build_ledger(std::move(settings), std::move(customers), journals, built.diags, options);
  return built;
}

Built build(std::string_view journal) {
  LedgerText text;
  text.journals.emplace_back(std::string(k_journal_path), std::string(journal));
  return build(text);
}

Built build_clean(std::string_view journal) {
  Built built = build(journal);
  const auto errors = built.errors();
  REQUIRE_MESSAGE(errors.empty(), "the test ledger has errors, the first: " << errors.front());
  return built;
}

} // namespace dues::test
